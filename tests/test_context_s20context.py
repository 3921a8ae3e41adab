"""Places and periods of the twentieth session (issue 12's context): a national check's own
figures are the country's, a local office's part in it is its own place's."""

from __future__ import annotations

from typing import Any

from qsreport.extract.context_national import is_national
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def parsed(text: str) -> dict[str, Any]:
    return to_jsonable(parse_bytes(text.encode("utf-8"), None))  # type: ignore[no-any-return]


def placed(text: str) -> dict[float, str | None]:
    report = parsed(text)
    return {item["value"]: item["place"]
            for area in ("distinctions", "brands", "supervision", "standards", "metrology",
                         "special_equipment")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item}


def test_a_national_checks_own_totals_are_the_countrys() -> None:
    """The national office's check, told by its totals: the country's figures."""
    text = ("童车国家监督专项抽查结果\n2024年3月2日\n"
            "近日，市场监管总局组织开展了童车国家监督专项抽查，共抽查140家企业生产的140批次"
            "产品，合格率为93.6%。\n")
    found = placed(text)
    assert found[140] == "全国" and found[93.6] == "全国"


def test_a_local_offices_part_in_a_national_check_is_not_the_countrys() -> None:
    """A bureau telling how its own firms fared in the national check (我局辖区, 本辖区): its
    place's figures, never 全国."""
    for own in ("我局辖区内", "本辖区", "本局抽查的"):
        text = ("童车国家监督专项抽查结果\n2024年3月2日\n"
                f"近日，市场监管总局组织开展了童车国家监督专项抽查，{own}9家企业的9批次产品"
                "被抽查，合格率为88.9%。\n")
        assert placed(text)[88.9] != "全国", own


def test_a_countys_office_in_a_national_checks_opening_is_the_reports_place() -> None:
    """A county's office telling its part: its report; a list of provinces, places the
    failures came from or the check's own breakdown by place: still the country's check."""
    county = ("童车抽查\n近日，市场监管总局组织开展了童车国家监督专项抽查，宁海县市场监管局配合"
              "抽样9批次产品，合格率为88.9%。\n")
    breakdown = ("童车抽查\n近日，市场监管总局组织开展了童车国家监督专项抽查，共抽查140批次产品，"
                 "其中宁海县有3批次不合格。\n")
    provinces = ("童车抽查\n近日，市场监管总局组织开展了童车国家监督专项抽查，共抽查浙江、江苏、"
                 "广东等6个省的140家企业，合格率为93.6%。\n")
    failures = ("童车抽查\n近日，市场监管总局组织开展了童车国家监督专项抽查，不合格产品涉及宁海、"
                "象山等地。\n")
    assert not is_national(county, (0, 4), 5)
    assert is_national(provinces, (0, 4), 5) and is_national(failures, (0, 4), 5)
    assert is_national(breakdown, (0, 4), 5)


def test_a_host_and_year_in_an_events_name_give_no_place_nor_year() -> None:
    """北京2022年冬奥会 (a mark sold without leave): the event's name, neither the figures'
    place and year nor the report's region; the office the body names is the region."""
    text = ("执法人员走访校园周边文具店，严查销售违法使用北京2022年冬奥会标志的商品，出动执法"
            "人员30人次，检查经营户15家。\n江北区市场监管局提醒家长理性选购。\n")
    report = parsed(text)
    assert report["meta"]["region"] == "江北区"
    stats = {stat["value"]: (stat["place"], stat["period"]) for stat in report["supervision"]["stats"]}
    assert stats[30] == (None, None) and stats[15] == (None, None)


def test_a_year_before_an_event_with_no_host_still_dates() -> None:
    """2008年奥运会期间: a time, no name."""
    text = "玩具检查\n2021年12月3日\n2008年奥运会期间，全市出动执法人员30人次。\n"
    stats = parsed(text)["supervision"]["stats"]
    assert [(stat["value"], stat["period"]) for stat in stats] == [(30, "2008")]


def test_a_market_is_no_whole_city() -> None:
    """该市场主体 (the market trader) is no 该市: it gives the report no city's kind, nor the
    figure the report's own place."""
    from qsreport.extract.lexicon.context import LOCAL

    assert LOCAL.search("并对该市场主体立案调查") is None
    assert LOCAL.search("该市共检查经营户15家") is not None


def test_the_one_office_named_inside_the_city_goods_came_from_is_the_region() -> None:
    """A story whose only places are the district whose office speaks at its end and the city
    that district lies in (where the goods were bought): the district's."""
    text = ("执法人员对校园周边文具店开展检查，出动执法人员30人次，检查经营户15家。据调查，"
            "当事人从重庆某某批发市场购进上述玩具，执法人员已对该市场主体立案调查。\n"
            "江北区市场监管局提醒家长理性选购。\n")
    assert parsed(text)["meta"]["region"] == "江北区"



def test_a_dateline_whose_day_is_in_chinese_numerals_is_no_figures_place() -> None:
    """某某社记者台北二十一日电: a dateline as 台北21日电 is."""
    for day in ("二十一", "21", "九"):
        text = (f"（某某社记者王某台北{day}日电）标准检验局抽检市售灯串50件，其中12件不符合标准。\n")
        assert set(placed(text).values()) == {None}, day


def test_a_place_an_aside_includes_is_no_figures_place() -> None:
    """市区（含甲区）有95台: the aside widens the area before it; the figure is that area's."""
    text = ("苏州市游乐设施检查\n2023年5月6日\n目前全市共有在用大型游乐设施210台（套），其中，"
            "市区范围内（含吴中区）有95台（套）。\n")
    assert placed(text)[95] is None


def test_a_check_over_a_count_of_the_countrys_places_is_the_countrys() -> None:
    """本次查核于全国21个县市，共查核…: the country's figures, in a city's report too; not a
    ranking among the country's cities."""
    text = ("宁波市加油站检查\n2019年9月26日\n本次专项查核于全国21个县市，总计查核87家加油站，"
            "检查加油机1998台。\n宁波市产品质量在全国31个城市中排名第3，抽查合格率为96%。\n")
    found = placed(text)
    assert found[87] == "全国" and found[1998] == "全国"
    assert found[96] != "全国"


def test_a_premises_address_run_is_no_figures_place() -> None:
    """位于甲市乙区某街的加油站: every place of the address run is where the premises stand."""
    text = ("潍坊市加油站检查\n2018年8月21日\n8月15日，潍坊市质监局对位于潍坊市潍城区某某街的一处"
            "加油站进行了突击检查，发现一台加油机计量误差达到了2.1%。\n")
    assert placed(text)[2.1] in (None, "潍坊市")


def test_a_regional_brands_value_is_its_countys() -> None:
    """A brand named after its county (安溪铁观音, 都匀毛尖) whose clause gives its value: the
    county's, as written; a brand value with no county at its head keeps none."""
    first = ("茶叶区域公用品牌价值评估结果发布\n2020年5月14日\n在本次评估中，安溪铁观音以1200.5亿元"
             "位列区域品牌价值第一。\n")
    second = "茶叶品牌价值评估\n都匀毛尖茶品牌价值达到150亿元，打造茶叶强省。\n"
    third = "茶叶品牌价值评估\n2020年5月14日\n其中，某某岩茶品牌价值为700.3亿元。\n"
    assert placed(first)[1200.5] == "安溪"
    assert placed(second)[150] == "都匀"
    assert placed(third)[700.3] is None


def test_a_pool_drawn_from_the_whole_country_is_the_countrys() -> None:
    """来自全国各地的90个品牌 and 从全国200个品牌中…完成了88个: the country's counts, in a
    city's report too; the city's own count after them stays the city's."""
    text = ("安康富硒茶品牌价值\n2020年5月14日\n2020年，来自全国各地的90个品牌完成最终有效评价，"
            "总价值1800.5亿元。\n安康市共有3个品牌参评。\n研究中心从全国200个茶叶区域公用品牌中，"
            "筛选了100个品牌的资料，最终完成了88个品牌的价值评估。\n")
    found = placed(text)
    assert found[90] == "全国" and found[1800.5] == "全国" and found[88] == "全国"
    assert found[3] == "安康市"


def test_goods_on_the_national_check_list_make_no_national_report() -> None:
    """在列入国家监督抽查的8种商品的检查中: a local check of goods the national list names, not
    the national check; its figures are the report's own."""
    text = ("【计量监督】\n"
            "2001年，在列入国家监督抽查的8种定量包装商品的监督检查中，检查商业企业15家，买样检测商品"
            "120批次，抽检合格率80%。\n")
    assert "全国" not in placed(text).values()


def test_a_header_naming_a_places_government_site_gives_the_region() -> None:
    """A page whose header line names the site of a city's government (某市人民政府…门户网站)
    and whose text names no place: that city's."""
    text = ("宁波市人民政府地方志办公室门户网站\n【计量监督】\n"
            "2001年，检查商业企业15家，买样检测商品120批次，抽检合格率80%。\n")
    assert parsed(text)["meta"]["region"] == "宁波市"
    other = "某某科技网站\n【计量监督】\n2001年，检查商业企业15家。\n"
    assert parsed(other)["meta"]["region"] is None


def periods(text: str) -> dict[float, str | None]:
    report = parsed(text)
    return {item["value"]: item["period"]
            for area in ("distinctions", "brands", "supervision", "standards")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item}


def test_a_year_whose_failures_a_follow_up_revisits_dates_nothing_else() -> None:
    """对2023年不合格经营户开展回头看: the failures' year, not the report's; 2023年不合格产品12批次
    is that year's count."""
    text = ("封丘县开展农资抽检\n为保障夏耕生产，封丘县市场监管局于5月至6月开展化肥专项抽检，累计"
            "抽检复合肥30批次，合格率达100%。此次行动对2023年不合格经营户开展“回头看”检查。\n")
    assert periods(text)[30] is None
    assert periods("封丘县农资抽检\n2023年不合格产品12批次，均已处置。\n")[12] == "2023"


def test_an_undated_reports_this_year_is_the_year_of_the_plan_it_drew_up() -> None:
    """今年以来，…制定了《2023年…抽查计划》: an undated report's own year is 2023."""
    text = ("某某网讯 今年以来，固镇县市场监管局统筹抓好全县重点产品监督抽查工作。\n"
            "县局精心谋划，制定了《2023年县级重点产品质量监督抽查计划》。\n第一季度共抽检40批次产品。\n")
    assert periods(text)[40] == "2023"
    from qsreport.extract.context_this_year import plan_year

    assert plan_year("县局制定了《2023年县级重点产品质量监督抽查计划》。") is None  # no 今年
    assert plan_year("今年，县局制定了《2023年抽查计划》，又印发《2022年工作要点》。") is None


def test_a_multiplier_after_digits_is_no_number_of_its_own() -> None:
    """612.73亿元: the number starts at 612.73, so a headline's money figure the body states
    again takes the body's year."""
    from qsreport.extract.context_figure import number_start

    view = "品牌价值达300.5亿元，罚款4.7万元"
    assert number_start(view, (5, 12)) == 5
    assert number_start(view, (15, 20)) == view.index("4.7")
    assert number_start("查处案件三十五起", (0, 8)) == 4


def test_a_cases_outcome_on_the_next_line_is_the_cases_place() -> None:
    """在甲省乙市，三家加油站被查。⏎最终，三家加油站共计罚没…: the outcome goes on with the
    case the line before places (a run of province and city after 在 too); a new line that
    opens on no outcome word keeps no place."""
    text = ("加油站作弊调查\n在山东德州，也有三家加油站被查，均修改了加油机主板。\n"
            "最终，三家加油站共计罚没18万多元。\n")
    assert placed(text)[18] == "德州"
    other = ("加油站作弊调查\n在山东德州，也有三家加油站被查，均修改了加油机主板。\n"
             "各地三家加油站共计罚没18万多元。\n")
    assert placed(other)[18] is None


def test_a_national_offices_charge_to_local_offices_keeps_the_check_national() -> None:
    """要求各地…对辖区内不合格企业依法处理: the national office speaking, not a local one."""
    text = ("童车国家监督专项抽查结果\n2024年3月2日\n"
            "近日，市场监管总局组织开展了童车国家监督专项抽查，共抽查140家企业生产的140批次"
            "产品，合格率为93.6%。总局要求各地市场监管部门对辖区内不合格产品生产企业依法处理。\n")
    assert placed(text)[93.6] == "全国"
