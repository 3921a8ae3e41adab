"""Named-winner families of rounds 89-91: a trademark title's winners written as a quoted mark
on its product (the mark is the winner), and words that open a clause but name no winner (the
speaker's own body, how often, what a rule says). Every text here is written for the test,
with made-up places and firms."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def winners(text: str) -> list[tuple[str, str]]:
    return [(h["name"], h["category"])
            for h in area_items(HEADER + text + "\n", "brands", "honours")]


WELL_KNOWN = "china_well_known_trademark"
FAMOUS = "provincial_famous_trademark"


def test_a_run_of_quoted_marks_on_products_names_the_marks() -> None:
    """“甲”电缆、“乙”面粉等中国驰名商标: each winner is the quoted mark, not the product."""
    text = "该市以“云帆”电缆、“麦香园”面粉、“青禾”大米等中国驰名商标为引领，带动了一批企业创牌。"
    assert winners(text) == [("云帆", WELL_KNOWN), ("麦香园", WELL_KNOWN), ("青禾", WELL_KNOWN)]


def test_quoted_marks_on_products_after_the_verb_of_a_famous_trademark() -> None:
    """The same shape in other words: 某县的“甲”瓷砖和“乙”饮料被认定为省著名商标."""
    text = "今年，乙县的“东岭”瓷砖、“清泉湾”饮料和“红杉”家具被认定为甲省著名商标。"
    assert winners(text) == [("东岭", FAMOUS), ("清泉湾", FAMOUS), ("红杉", FAMOUS)]


def test_a_quoted_mark_on_a_product_under_a_brand_title_is_the_product() -> None:
    """A best-products title is won by the product: “甲”电缆 stays named whole as before."""
    text = "该县的“云帆”电缆、“海帆”电线和“星帆”插座荣获甲省名牌产品称号。"
    names = [n.strip("“”").replace("”", "") for n, _ in winners(text)]
    assert names == ["云帆电缆", "海帆电线", "星帆插座"]


def test_the_speakers_own_body_is_no_winner() -> None:
    """我会4家企业获评某奖，分别是A、B: the firms won, not 我会 (the association speaking)."""
    text = ("本届市政府质量奖评选结果揭晓，我会3家企业获评甲市政府质量奖，分别是：甲乙电子有限公司、"
            "丙丁机械有限公司、戊己纺织有限公司。")
    names = [n for n, _ in winners(text)]
    assert "我会" not in names
    text = "我司2个产品获评甲省名牌产品，这是公司多年坚持质量第一的结果。"
    assert "我司" not in [n for n, _ in winners(text)]


def test_how_often_and_what_a_rule_says_are_no_winners() -> None:
    """每次获得…的企业 and 根据要求，…获得…称号的产品: no name opens either clause."""
    text = "该奖每两年评选一次，每次获得甲市政府质量奖的企业可得到50万元奖励。"
    assert [n for n, _ in winners(text)] == []
    text = "根据规定，在有效期内，企业可以在获得甲省名牌产品称号的产品上使用标志。"
    assert [n for n, _ in winners(text)] == []


def test_a_shops_trade_name_in_brackets_wins_a_time_honoured_title() -> None:
    """某某有限公司（某某斋）等8家企业被认定为“某都老字号”: the trade name in brackets won."""
    text = "日前，甲市某某食品有限公司（福临斋）等8家企业被认定为第三批“甲都老字号”。"
    assert winners(text) == [("福临斋", "other")]
    text = "乙县老街茶社（清风阁）、某某酱园有限公司（万源号）被评为首批“浙江老字号”。"
    assert [n for n, _ in winners(text)] == ["清风阁", "万源号"]


def test_a_roster_of_shops_with_their_trade_names_after_the_steps_passed() -> None:
    """经申报、评审、公示等程序，认定…为“某某老字号”, then one shop a line with its trade name:
    the steps are passed (no application open), and each trade name is a winner."""
    text = ("经企业自愿申报、专家评审和社会公示等程序，认定5家企业（品牌）为“江东老字号”。\n"
            "名单如下：\n"
            "甲市丰源酱菜厂（丰源）\n"
            "乙县德和堂药店（德和堂）\n"
            "甲市某某餐饮管理有限公司（老王记）\n"
            "丙县长兴布鞋坊（长兴）\n"
            "甲市醉仙楼饭店（醉仙楼）\n")
    assert [n for n, _ in winners(text)] == ["丰源", "德和堂", "老王记", "长兴", "醉仙楼"]


def test_a_roster_of_shops_under_another_title_names_no_trade_name() -> None:
    """A shop and a bracket under a title that is no time-honoured name: no trade-name row."""
    text = ("经企业申报、专家评审和社会公示等程序，认定3家单位为甲市诚信经营示范单位。\n"
            "名单如下：\n"
            "甲市丰源酱菜店（丰源）\n"
            "乙县德和堂药店（德和堂）\n"
            "丙县长兴布鞋店（长兴）\n")
    assert [n for n, _ in winners(text)] == []
