"""Schema 2 context families of rounds 57-61 that need a report with no date, or a region
named by its short name in speech. Every text here is written for the test."""

from __future__ import annotations

from .report_helpers import report_json


def report(text: str) -> dict:  # type: ignore[type-arg]
    return report_json(text)


def periods(text: str) -> list[tuple[float, str | None]]:
    return [(s["value"], s["period"]) for s in report(text)["supervision"]["stats"]]


def test_an_undated_report_s_aside_opened_by_last_year_is_the_year_before_the_sentence_s() -> None:
    """2013年，…合格率为90.5%（去年88.1%）: the aside compares with the year the sentence names."""
    text = ("某某网讯 2013年，某市质监局共抽查食品添加剂312批次，合格率为90.5%（去年88.1%），"
            "比上一年有所提高。\n")
    assert (88.1, "2012") in periods(text)
    assert (90.5, "2013") in periods(text)


def test_an_undated_report_s_last_year_outside_an_aside_stays_unresolved() -> None:
    """去年 that opens no aside in an undated report is not counted back from a named year."""
    text = "某某网讯 2013年，某市开展专项检查。去年全市抽查食品添加剂312批次。\n"
    assert (312, "2012") not in periods(text)


def test_erlian_as_reports_say_it_is_the_city_of_erenhot() -> None:
    """二连市 (traditional 二連市) is the short name spoken for 二连浩特市."""
    for city in ("二连市", "二連市"):
        text = f"近日，{city}质监局对全市28家加油站开展计量检查，出动执法人员60人次。\n"
        assert report(text)["meta"]["region"] == city


def test_a_testing_institute_s_own_news_is_its_place_s() -> None:
    """No bureau, title place or publisher: 某市计量测试检定所 (某市特种设备检验所) names the region."""
    text = ("近期，为保障冬季用气安全，丽江市特种设备检验所派出检验人员，"
            "对辖区内燃气锅炉开展定期检验，共检验锅炉16台。\n")
    assert report(text)["meta"]["region"] == "丽江市"
    text = "今年以来，铜仁市计量测试检定所累计检定出租车计价器410台，合格率98%。\n"
    assert report(text)["meta"]["region"] == "铜仁市"


def test_institutes_in_a_list_name_no_region() -> None:
    """A list of institutes (a base's tenants) says nothing about where the story is."""
    text = ("某检测基地近日开工，建成后甲省计量科学研究院、甲省特种设备检验研究院等8家机构"
            "将入驻，总投资3亿元。\n").replace("甲省", "云南省")
    assert report(text)["meta"]["region"] is None


def test_a_market_regulation_department_named_after_its_place_gives_the_region() -> None:
    """某州市场监管部门 (某市市场监督管理部门), like 某市市场监管局, names the region."""
    text = ("某某网讯 今年以来，云南省楚雄州市场监管部门加强电动自行车监管，"
            "共检查销售门店58家，立案查处案件6起。\n")
    assert report(text)["meta"]["region"] in ("楚雄州", "楚雄")


def test_a_county_whose_name_opens_with_chang_after_its_province_is_no_governor() -> None:
    """甲省长乙县 (湖北省长阳…, 某州长兴…): the 省 is the province's own, not 省长's."""
    from qsreport.places.finder import find_places, is_about

    for view, name in (("湖北省长阳县质监局开展检查", "长阳土家族自治县"),
                       ("浙江湖州长兴县质监局开展检查", "长兴县")):
        found = [m for m in find_places(view) if m.place.name == name]
        assert found and is_about(view, found[0])
    view = "副省长沙某某出席"
    assert not any(is_about(view, m) for m in find_places(view))


def test_a_province_s_office_cited_as_the_authority_is_not_the_region() -> None:
    """根据甲省质监局…的通知，乙市质监局…: the city's work, under the province's notice."""
    text = ("按照湖北省质监局关于开展电梯安全检查的通知要求，本月起，荆门市质监局对全市"
            "在用电梯开展检查，共检查电梯460台。\n")
    assert report(text)["meta"]["region"] == "荆门市"


def test_a_city_s_own_document_cited_keeps_the_city() -> None:
    """根据《甲市人民政府关于…》: the city's own rules, the city's report."""
    text = ("根据《衢州市人民政府关于质量奖评审的办法》，经评审，决定授予3家企业市质量奖。\n")
    assert report(text)["meta"]["region"] == "衢州市"
