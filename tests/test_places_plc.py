"""Places and regions of real reports' families (issue 12): banners' short names, counties made
cities since the gazetteer, a variant character, a headline's county by its short name, the
bureau of industry and commerce. Texts written for the test."""

from __future__ import annotations

import pytest

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.places import find_places


def names(text: str) -> list[str]:
    view = match_view(text)
    return [text[m.start:m.end] for m in find_places(view)]


def region(text: str) -> str | None:
    return parse(text.encode()).meta.region


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("准旗质监局", ["准旗"]),  # a banner's two-character short name, before its bureau
        ("在察右后旗某镇", ["察右后旗"]),  # three characters or more: alone
        ("标准旗舰店与到达旗下门店", []),  # inside common words: none
        ("陜西省寶雞市", ["陜西省", "寶雞市"]),  # 陜: a variant the match view keeps
        ("宁乡市市场监管局", ["宁乡市"]),  # a county made a city since the gazetteer's data
    ],
)
def test_banners_variants_and_new_cities_are_places(text: str, found: list[str]) -> None:
    """Short names of banners, names with a variant character, counties made cities since."""
    assert names(text) == found


def test_a_headline_opening_on_a_county_s_short_name_is_that_county_s() -> None:
    """某县眼镜抽检…: the county, where the body names it in full (as the body writes it)."""
    text = "宜黄保温杯抽检合格率达98%\n近日，宜黄县质监局对全县32家保温杯企业开展监督抽查。\n"
    assert region(text) == "宜黄县"
    undated = "宜丰开展节前计量检查\n节前，我县对全县集贸市场的电子秤开展专项检查。\n"
    assert region(undated) == "宜丰"


def test_a_headline_s_common_word_is_no_county_unless_the_body_says_so() -> None:
    """新建 (a county's short name, and "newly built") opens the headline; the body names
    another place more: not the county."""
    text = "新建厂房投产\n来源：测试日报\n乙市经济开发区内，乙市一家企业的厂房本月投产。\n"
    assert region(text) != "新建"


def test_a_county_s_short_name_after_its_city_in_a_headline_is_the_county() -> None:
    """甲市乙县 written 甲乙 in a headline (赣州安远…): the county."""
    text = "赣州安远举办脐橙标准宣贯会\n会上，安远县发布了两项脐橙地方标准。\n"
    assert region(text) == "安远县"


def test_the_bureau_of_industry_and_commerce_names_the_report_s_place() -> None:
    """某地区工商系统查获…: a bureau of industry and commerce, as a quality bureau."""
    text = "开展白酒专项整治\n本季度，新疆维吾尔自治区阿克苏地区工商系统查获假酒1200瓶。\n"
    assert region(text) == "阿克苏地区"


def test_an_office_s_head_handing_an_award_elsewhere_is_a_guest() -> None:
    """甲省某局局长某某向乙县颁发…: not the province's report."""
    text = ("授牌仪式举行\n日前，浙江省工商局局长陈某某向龙泉市副市长颁发了中国驰名商标证书。"
            "龙泉市是青瓷之乡，龙泉市共有驰名商标3件。\n")
    assert region(text) == "龙泉市"


def test_a_run_of_places_past_a_city_of_no_kind_gives_the_county() -> None:
    """甲省乙市丙县 in a report that says 我县 and 全省: the county, past the city between."""
    text = "苹果品牌价值发布\n记者从陕西省咸阳市礼泉县获悉，我县苹果品牌价值再创新高，位居全省前列。\n"
    assert region(text) == "礼泉县"


def test_a_county_s_merged_bureau_names_the_report_s_place() -> None:
    """某县工商质监局 (the merged bureau some counties ran): the county, over a city's institute
    named after it in the same paragraph."""
    text = ("开展烟花爆竹抽检\n今年以来，宜黄县工商质监局会同抚州市质检所开展烟花爆竹抽检，"
            "共抽检12个批次。\n")
    assert region(text) == "宜黄县"


def test_a_headline_s_province_and_the_one_place_of_it_named_later_is_that_place() -> None:
    """甲省质监局到乙市调研…: the one place of the province the headline names, written in
    full; a list of its cities keeps the province."""
    assert region("江西省质监局到赣州市调研脐橙标准工作\n调研组一行听取了汇报。\n") == "赣州市"
    assert region("江西省质监局到赣州市、吉安市调研\n调研组一行听取了汇报。\n") == "江西省"


def test_a_province_inside_a_quoted_mark_is_no_region() -> None:
    """“品字标甲省制造”: the mark's province, not where the report is; the body's district is."""
    text = ("“品字标浙江制造”企业又添5家\n"
            "今年以来，江干区又有5家企业获证，全区获证企业达到21家。\n")
    assert region(text) == "江干区"
    # (after an edition's ordinal the place is the award's own: “第二届甲县…质量奖”)
    assert region("“第二届天台县人民政府质量奖”揭晓\n今年共有4家企业获奖。\n") == "天台县"
