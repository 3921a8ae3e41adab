"""The region of a report led by a place the gazetteer reads only with a place's word after it,
or by a place below any county (the seventeenth session, issue 12's context): a county or city
by its short name opening the news part of a two-part headline (发现问题12处！某地开展…), and a
town or a grassroots market office as the lead's doer (某某镇启动…, 某某市场监管所开展…)."""

from __future__ import annotations

from tests.region_helpers import places, region

# A headline of a hook and its news: the short name that opens the news part.

def test_a_short_name_opening_the_headlines_second_part() -> None:
    text = ("查出隐患企业21家！丹阳开展锅炉安全回头看\n"
            "今年以来，全市对在用锅炉开展复查，出动检查人员90人次，检查使用单位58家。\n")
    assert region(text) == "丹阳"


def test_a_short_name_after_a_question_mark_hook() -> None:
    text = ("电子秤还准吗？招远开展集贸市场计量检查\n"
            "近日，全市组织计量人员走进农贸市场，检查电子秤340台，合格率98.5%。\n")
    assert region(text) == "招远"


def test_a_hook_alone_names_no_place() -> None:
    text = ("好消息！电梯检验合格率再提高\n"
            "据统计，今年共检验电梯500台，合格率99%。\n")
    assert region(text) is None


# A town or a grassroots market office leading the news.

def test_a_market_office_named_after_its_town() -> None:
    text = ("开展农资产品专项检查\n"
            "近日，石桥市场监管所开展春季农资专项检查，检查农资门店26家，责令整改3家。\n")
    assert region(text) == "石桥"
    assert (26, None) in places(text)


def test_a_town_that_opens_the_lead() -> None:
    text = ("创建诚信计量示范街区\n"
            "5月8日，青溪镇启动诚信计量示范街区创建，首批18家商户参加，涉及超市、药店和加油站。\n")
    assert region(text) == "青溪镇"


def test_a_town_after_a_purpose_clause() -> None:
    text = ("两家企业获重奖\n"
            "为鼓励企业争创品牌，白沙镇日前对获得省著名商标的两家企业各奖励10万元。\n")
    assert region(text) == "白沙镇"


def test_a_village_word_is_no_town() -> None:
    text = ("美丽乡村建设观摩会举行\n"
            "近日，各地代表来到示范点参观，观摩了12个项目。\n")
    assert region(text) is None


def test_a_county_named_in_the_lead_goes_before_a_town() -> None:
    """The county the lead names goes before the town it works with (甲县 is no gazetteer
    name: then none, never the town)."""
    text = ("开展计量检查\n"
            "近日，甲县市场监管局联合青溪镇政府开展计量检查，检查电子秤120台。\n")
    assert region(text) is None
    assert region(text.replace("甲县", "婺源县")) == "婺源县"
    # (a town that leads the clause, 青溪镇联合…, beside the county's bureau: still the county)
    assert region("开展计量检查\n近日，青溪镇联合婺源县市场监管局开展计量检查，检查电子秤120台。\n") \
        == "婺源县"
