"""Places and periods (issue 12's context): a national check's own
figures are the country's, a local office's part in it is its own place's."""

from __future__ import annotations

from typing import Any

from qsreport.extract.context_national import is_national

from .report_helpers import report_json


def parsed(text: str) -> dict[str, Any]:
    return report_json(text)


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
            "近日，市场监管总局组织开展了童车国家监督专项抽查，共抽查童车产品86批次，涉及79家"
            "企业，合格率为91.9%。\n")
    found = placed(text)
    assert found[86] == "全国" and found[91.9] == "全国"


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
    """A host and year glued to games (a mark on goods sold without leave): the event's name,
    neither the figures' place and year nor the report's region; the office the body names is
    the region. Other games and wordings of the same kind read alike."""
    for event in ("北京2022年冬奥会", "杭州2022年亚运会", "成都大运会"):
        text = ("龙湾区市场监管局近日突击检查景区纪念品商店，查处擅自印有"
                f"{event}会徽的帽子，共派出检查人员42人次，检查门店17家。\n"
                "龙湾区市场监管局提示游客认准正规渠道。\n")
        report = parsed(text)
        assert report["meta"]["region"] == "龙湾区", event
        stats = {stat["value"]: (stat["place"], stat["period"])
                 for stat in report["supervision"]["stats"]}
        assert stats[42][1] is None and stats[17][1] is None, event
        assert "北京" not in {stat[0] for stat in stats.values()}, event


def test_a_year_before_an_event_with_no_host_still_dates() -> None:
    """2008年奥运会期间: a time, no name."""
    text = "文具抽查\n2021年12月3日\n在2008年奥运会期间，丙市的执法人员共出动47人次。\n"
    stats = parsed(text)["supervision"]["stats"]
    assert [(stat["value"], stat["period"]) for stat in stats] == [(47, "2008")]


def test_a_market_is_no_whole_city() -> None:
    """该市场主体 (the market trader) is no 该市: it gives the report no city's kind, nor the
    figure the report's own place."""
    from qsreport.extract.lexicon.context import LOCAL

    assert LOCAL.search("并对该市场主体立案调查") is None
    assert LOCAL.search("该市共检查经营户15家") is not None


def test_the_one_office_named_inside_the_city_goods_came_from_is_the_region() -> None:
    """A story whose only places are the district whose office speaks at its end and the city
    that district lies in (where the goods were bought): the district's."""
    text = ("校外文具摊点一周内被查了一遍，共检查经营户23家。涉事玩具是摊主在重庆某某批发市场"
            "买来的，该市场主体已被立案调查。\n"
            "江北区市场监管局请家长选购时留心标识。\n")
    assert parsed(text)["meta"]["region"] == "江北区"



def test_a_dateline_whose_day_is_in_chinese_numerals_is_no_figures_place() -> None:
    """某某社记者台北二十一日电: a dateline as 台北21日电 is."""
    for day in ("二十一", "21", "九"):
        text = (f"（某某社记者王某台北{day}日电）标准检验局抽检了市面上的灯串共40件，不合格的有9件。\n")
        assert set(placed(text).values()) == {None}, day


def test_a_place_an_aside_includes_is_no_figures_place() -> None:
    """市区（含甲区）有95台: the aside widens the area before it; the figure is that area's."""
    for aside in ("（含秀洲区）", "（包括秀洲区）"):
        text = ("嘉兴市电梯安全检查\n2022年4月9日\n全市现有在用电梯3400台，城区范围"
                f"{aside}登记1260台。\n")
        assert placed(text)[1260] is None, aside
    own = "嘉兴市电梯安全检查\n2022年4月9日\n秀洲区登记电梯1260台。\n"
    assert placed(own)[1260] == "秀洲区"


def test_a_check_over_a_count_of_the_countrys_places_is_the_countrys() -> None:
    """…查核于全国N个县市…: the country's figures, in a city's report too; not a
    ranking among the country's cities."""
    text = ("温州市眼镜店检查\n2021年3月15日\n此次专项抽查在全国18个县市展开，共抽查眼镜店64家，"
            "抽测验光仪152台。\n温州市产品质量在全国25个城市中位列第4，抽查合格率为95%。\n")
    found = placed(text)
    assert found[64] == "全国" and found[152] == "全国"
    assert found[95] != "全国"


def test_a_premises_address_run_is_no_figures_place() -> None:
    """位于甲市乙区某街的加油站: every place of the address run is where the premises stand."""
    text = ("淄博市计量检查\n2018年8月21日\n淄博市质监局在位于淄博市张店区某某路的一家"
            "加油站开展计量抽检，其中一台加油机的计量误差为3.4%。\n")
    assert placed(text)[3.4] in (None, "淄博市")


def test_a_regional_brands_value_is_its_countys() -> None:
    """A brand named after its county (凤冈云雾茶, 都匀银针茶) whose clause gives its value: the
    county's, as written; a brand value with no county at its head keeps none."""
    first = ("区域公用品牌价值评价发布\n2021年6月2日\n本次评价中，凤冈云雾茶以86.4亿元"
             "的品牌价值位居榜首。\n")
    second = "特色农产品品牌评估\n其中，都匀银针茶区域公用品牌价值为41.2亿元，较上年有所提升。\n"
    third = "农产品品牌评估\n2021年6月2日\n其中，某某山笋品牌价值为23.7亿元。\n"
    assert placed(first)[86.4] == "凤冈"
    assert placed(second)[41.2] == "都匀"
    assert placed(third)[23.7] is None


def test_a_pool_drawn_from_the_whole_country_is_the_countrys() -> None:
    """A pool from the whole country (来自全国各地的, 从全国N个…中): the country's counts, in a
    city's report too; the city's own count after them stays the city's."""
    text = ("安康市品牌价值评价\n2021年7月8日\n今年，来自全国各地的共58个品牌完成了有效评价，品牌"
            "价值合计713.2亿元。\n安康市有3个品牌参评。\n主办方从全国200个地理标志品牌中，"
            "先筛出120个品牌，再为其中90个品牌完成了价值评估。\n")
    found = placed(text)
    assert found[58] == "全国" and found[713.2] == "全国" and found[90] == "全国"
    assert found[3] == "安康市"


def test_goods_on_the_national_check_list_make_no_national_report() -> None:
    """对列入国家监督抽查目录的6类电器: a local check of goods the national list names, not
    the national check; its figures are the report's own (纳入…, 属于… alike)."""
    for listed in ("列入", "纳入", "属于"):
        text = ("【质量监督】\n"
                f"2015年，对{listed}国家监督抽查目录的6类小家电开展检查，走访销售门店22家，抽取样品"
                "95批次，合格率为90%。\n")
        assert "全国" not in placed(text).values(), listed


def test_a_header_naming_a_places_government_site_gives_the_region() -> None:
    """A page whose header line names the site of a city's government (某市人民政府…门户网站)
    and whose text names no place: that city's."""
    for site in ("湖州市人民政府统计局门户网站", "湖州市政府网", "湖州市人民政府网"):
        text = (f"{site}\n【质量监督】\n"
                "2012年，走访超市18家，抽取样品64批次，合格率为87%。\n")
        assert parsed(text)["meta"]["region"] == "湖州市", site
    other = "某某科技网站\n【质量监督】\n2012年，走访超市18家。\n"
    assert parsed(other)["meta"]["region"] is None


def periods(text: str) -> dict[float, str | None]:
    report = parsed(text)
    return {item["value"]: item["period"]
            for area in ("distinctions", "brands", "supervision", "standards")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item}


def test_a_year_whose_failures_a_follow_up_revisits_dates_nothing_else() -> None:
    """对2022年抽检不合格的门店进行复查: the failures' year, not the report's; 2022年不合格产品7批次
    is that year's count."""
    for revisit in ("还对2022年抽检不合格的门店进行了复查", "同时对2022年度发现的不合格商户开展“回头看”"):
        text = ("临泽县种子质量检查\n春播前，临泽县市场监管局开展种子专项检查，共抽检玉米种子"
                f"26批次，合格率96%。{revisit}。\n")
        assert periods(text)[26] is None, revisit
    assert periods("临泽县种子抽检\n2022年不合格产品7批次，已全部下架。\n")[7] == "2022"
    own = "临泽县质量抽检总结\n2022年抽检不合格企业均已完成整改。全年共抽检80批次，合格率95%。\n"
    assert periods(own)[80] == "2022"  # that year's failures put right: that year's work
    fixed = ("临泽县种子质量检查\n春播前，临泽县市场监管局开展种子专项检查，共抽检玉米种子26批次，"
             "合格率96%。同时对2022年不合格门店督促整改。\n")
    assert periods(fixed)[26] is None


def test_an_undated_reports_this_year_is_the_year_of_the_plan_it_drew_up() -> None:
    """今年以来，…制定了《2022年…抽查计划》 (or 印发了《…方案》): an undated report's own year is 2022."""
    for drawn in ("制定了《2022年度农资质量抽查计划》", "印发了《2022年农资抽检工作方案》"):
        text = ("某某讯 今年以来，岷县市场监管局扎实推进质量抽检。\n"
                f"该局年初{drawn}。\n一季度完成抽检55批次。\n")
        assert periods(text)[55] == "2022", drawn
    from qsreport.extract.context_this_year import plan_year

    assert plan_year("该局制定了《2022年度农资质量抽查计划》。") is None  # no 今年
    assert plan_year("今年，该局制定了《2022年抽查计划》，又印发《2021年工作要点》。") is None
    assert plan_year("今年，该局学习了《2020年质量工作要点》。") is None  # read, not drawn up


def test_a_multiplier_after_digits_is_no_number_of_its_own() -> None:
    """300.5亿元: the number starts at 300.5, so a headline's money figure the body states
    again takes the body's year."""
    from qsreport.extract.context_figure import number_start

    view = "品牌价值达300.5亿元，罚款4.7万元"
    assert number_start(view, (5, 12)) == 5
    assert number_start(view, (15, 20)) == view.index("4.7")
    assert number_start("查处案件三十五起", (0, 8)) == 4


def test_a_cases_outcome_on_the_next_line_is_the_cases_place() -> None:
    """在甲省乙市，有店被查。⏎最终，…罚没…: the outcome goes on with the
    case the line before places (a run of province and city after 在 too); a new line that
    opens on no outcome word keeps no place."""
    text = ("药店违规调查\n在河北沧州，两家药店因出售过期药品被查处。\n"
            "最终，两家药店被罚没的款项合计7万余元。\n")
    assert placed(text)[7] == "沧州"
    other = ("药店违规调查\n在河北沧州，两家药店因出售过期药品被查处。\n"
             "别处两家药店被罚没的款项合计7万余元。\n")
    assert placed(other)[7] is None


def test_a_national_offices_charge_to_local_offices_keeps_the_check_national() -> None:
    """要求各地…对辖区内不合格企业依法处理: the national office speaking, not a local one."""
    text = ("童车国家监督专项抽查结果\n2024年3月2日\n"
            "近日，市场监管总局组织开展了童车国家监督专项抽查，共抽查童车产品86批次，涉及79家"
            "企业，合格率为91.9%。总局要求各地市场监管部门对辖区内不合格产品生产企业依法处理。\n")
    assert placed(text)[91.9] == "全国"
