"""Periods of stocks held before the news (在此之前，已…) and since a year a run began (自2010年
开始，已连续…，共有…): ``cumulative``; a recent campaign's total (近期…专项检查…累计抽检…): the
year's; statuses of a check's results made public (抽检公示: achieved) and of a year's plan of
checks (抽检计划: target) (the nineteenth session, issue 12's context)."""

from __future__ import annotations

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def periods(text: str) -> list[tuple[float, str | None]]:
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(item["value"], item["period"])
            for area in ("distinctions", "brands", "supervision", "standards")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item]


def test_a_stock_held_before_this_news() -> None:
    text = ("宁海县质量奖名单公布\n2020年12月3日\n"
            "今年，宁海县政府质量奖评审结束，2家企业获奖。在此之前，已培育出浙江省政府质量奖企业1家、"
            "宁波市市长质量奖企业8家。\n")
    found = periods(text)
    assert (2, "2020") in found
    assert (1, "cumulative") in found and (8, "cumulative") in found


def test_a_run_since_a_year_began() -> None:
    text = ("县长质量奖颁奖\n2016年5月3日\n"
            "为引导企业提升质量，宁海县自2010年开始，已连续七届举办县长质量奖评选活动，共有22家企业获奖。\n")
    assert (22, "cumulative") in periods(text)


def test_a_year_a_rule_took_effect_is_no_run() -> None:
    text = ("县长质量奖颁奖\n2016年5月3日\n"
            "宁海县自2012年起实施县长质量奖评选。2015年，全县共有6家企业获得县长质量奖。\n")
    assert all(period != "cumulative" for _, period in periods(text))


def test_a_total_of_a_recent_campaigns_work_is_the_years() -> None:
    text = ("开展中秋专项检查\n2023-09-20\n"
            "近期，宁海县市场监督管理局开展中秋月饼专项监督检查，检查经营户120家。"
            "同时，加大对月饼的检验检测，累计抽检各类食品50余批，其中月饼30批次。\n")
    found = periods(text)
    assert (50, None) in found and (30, None) in found


def test_a_total_with_no_campaign_stays_a_stock() -> None:
    text = "质量工作\n2023-09-20\n近年来，全县累计抽检食品500批次。\n"
    assert (500, "cumulative") in periods(text)


def statuses(text: str) -> list[tuple[float, str]]:
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(item["value"], item["status"]) for item in report["supervision"]["stats"]]


def test_a_publicity_of_check_results_is_no_shortlist() -> None:
    text = ("2022年食品安全监督抽检公示(第12期)\n发布时间:2022-11-30\n"
            "近期，宁海县市场监督管理局对食品生产、流通和餐饮环节开展监督抽检。"
            "现公示抽检相关食品280批次，合格271批次，不合格9批次。\n")
    assert statuses(text) == [(280, "achieved"), (271, "achieved"), (9, "achieved")]


def test_a_years_plan_of_checks_sets_targets() -> None:
    text = ("2016年流通领域商品质量抽检计划\n"
            "根据有关规定，结合我县实际，现将我县2016年度农资、成品油抽检工作安排如下：一、抽检商品的品种"
            "及组数 农资产品40组;成品油12组。\n")
    assert statuses(text) == [(40, "target"), (12, "target")]


def test_a_plans_results_are_achieved() -> None:
    text = ("2016年商品质量抽检计划完成情况\n"
            "今年全县共抽检农资产品40组，合格38组。\n")
    assert (40, "achieved") in statuses(text)


def test_a_campaign_the_lead_tells_of_dates_a_later_paragraphs_total() -> None:
    text = ("开展中秋专项检查\n2023-09-20\n"
            "9月19日，记者从宁海县市场监督管理局了解到，近期，该局开展中秋月饼专项监督检查，引导经营者"
            "依法经营。\n"
            "据悉，该局以商超为重点，检查月饼包装是否合规。同时，加大对月饼的检验检测，累计抽检各类食品"
            "60余批，其中月饼25批次。\n")
    found = periods(text)
    assert (60, None) in found and (25, None) in found


def test_a_check_the_national_office_ran_speaks_for_the_country() -> None:
    text = ("新华社北京4月2日电（记者王某）国家质检总局日前对电热水壶进行的质量监督抽查显示，"
            "产品实物质量抽样合格率为88.5%。\n"
            "此次抽查共涉及北京、天津、河北、浙江、广东等8个省、直辖市120家企业生产的130种产品。\n")
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    rates = [stat for stat in report["supervision"]["stats"] if stat["metric"] == "pass_rate"]
    assert [(stat["value"], stat["place"]) for stat in rates] == [(88.5, "全国")]


def test_a_check_a_place_runs_on_the_national_plan_is_not_the_countrys() -> None:
    text = ("产品质量抽查\n"
            "根据质检总局的抽查计划，宁海县质监局对电热水壶开展监督抽查，抽样合格率为91.2%。\n")
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    assert all(stat["place"] != "全国" for stat in report["supervision"]["stats"])


def test_an_editions_year_glued_to_its_name_dates_the_report() -> None:
    text = ("青岚绿茶品牌价值再创新高\n"
            "5月20日，某品牌研究中心发布2022中国茶叶区域公用品牌价值评估结果，青岚绿茶品牌价值18.6亿元，"
            "较去年增加12.5%。\n"
            "近年来，宁海县出台《2021年青岚绿茶品牌宣传活动方案》，推动茶产业发展。\n")
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    values = [(stat["value"], stat["period"]) for stat in report["distinctions"]["stats"]]
    assert (18.6, "2022") in values


def test_a_national_lists_release_totals_are_the_countrys() -> None:
    text = ("中国品牌价值评价发布 浙江多个品牌入榜\n2022年05月12日 来源：某某日报\n"
            "“中国品牌日”期间，“2022中国品牌价值评价”在线上发布。本次发布品牌数量达610个，"
            "总品牌价值为80000亿元。其中，浙江有50个品牌进入榜单。\n")
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    placed = {stat["value"]: stat["place"] for stat in report["distinctions"]["stats"]}
    assert placed[610] == "全国" and placed[80000] == "全国"
    assert placed.get(50) != "全国"


def test_a_place_in_the_releases_own_clause_keeps_its_count() -> None:
    text = ("中国品牌价值评价发布 浙江多个品牌入榜\n2022年05月12日 来源：某某日报\n"
            "“中国品牌日”期间，“2022中国品牌价值评价”在线上发布。本次发布中，浙江共有50个品牌进入"
            "榜单，总品牌价值为3000亿元。\n")
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    assert [(stat["value"], stat["place"]) for stat in report["distinctions"]["stats"]] \
        == [(3000, "浙江")]


def test_a_titles_place_after_its_verb_and_a_marks_closing_place() -> None:
    text = ("泰和市质量品牌工作成效\n2024年05月11日\n"
            "目前，全市3家企业获省长质量奖提名奖，18个品牌入选“好品江西”品牌，95家企业获评江西省"
            "高端品牌培育企业，2处市场入选全国百强市场。\n")
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    places = [stat["place"] for stat in report["distinctions"]["stats"]]
    assert places and all(place is None for place in places)


def test_a_policys_year_in_the_opening_is_background() -> None:
    text = ("第三批好品山东品牌名单发布\n发布时间:2024-11-09 21:09:34\n"
            "某某网 山东济南5月10日电 (李某)山东省品牌工作新闻发布会10日在济南举行。会上发布了第三批"
            "“好品山东”品牌名单。其中,甲牌面粉、乙牌酱油、丙地樱桃等86个品牌入选。\n\n"
            "据了解,山东重视品牌工作,2023年,山东省委、省政府印发《某某建设纲要》,提出加快构建品牌体系。\n")
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    assert [(count["value"], count["period"]) for count in report["brands"]["counts"]] \
        == [(86, None)]
