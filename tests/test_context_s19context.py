"""Periods of stocks held before the news (在此之前，已…) and since a year a run began (自2012年
起，已连续…，共有…): ``cumulative``; a recent campaign's total (近期…专项检查…累计抽检…): the
year's; statuses of a check's results made public (抽检公示: achieved) and of a year's plan of
checks (抽检计划: target) (the nineteenth session, issue 12's context)."""

from __future__ import annotations

from .report_helpers import area_items, report_json


def periods(text: str) -> list[tuple[float, str | None]]:
    report = report_json(text)
    return [(item["value"], item["period"])
            for area in ("distinctions", "brands", "supervision", "standards")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item]


def test_a_stock_held_before_this_news() -> None:
    text = ("平阳县质量奖揭晓\n2021年11月8日\n"
            "今年，平阳县政府质量奖评审落下帷幕，3家企业获奖。在此之前，该县已培育出省政府质量奖企业"
            "2家、市长质量奖企业7家。\n")
    found = periods(text)
    assert (3, "2021") in found
    assert (2, "cumulative") in found and (7, "cumulative") in found


def test_a_stock_held_before_this_news_reworded() -> None:
    """此前 with 累计 says the same as 在此之前，已."""
    text = ("平阳县质量奖揭晓\n2021年11月8日\n"
            "今年，平阳县又有2家企业获得县长质量奖。此前，全县累计有15家企业获得县长质量奖。\n")
    found = periods(text)
    assert (2, "2021") in found and (15, "cumulative") in found


def test_a_run_since_a_year_began() -> None:
    text = ("县长质量奖颁奖\n2017年4月20日\n"
            "平阳县从2012年开始设立县长质量奖，已先后评选五届，共有19家企业获奖。\n")
    assert (19, "cumulative") in periods(text)


def test_a_year_a_rule_took_effect_is_no_run() -> None:
    text = ("县长质量奖颁奖\n2016年5月3日\n"
            "宁海县自2012年起实施县长质量奖评选。2015年，全县共有6家企业获得县长质量奖。\n")
    assert all(period != "cumulative" for _, period in periods(text))


def test_a_total_of_a_recent_campaigns_work_is_the_years() -> None:
    text = ("节前食品安全检查\n2023-09-20\n"
            "近日，平阳县市场监管局集中开展节前食品安全专项检查，走访商超及食品店95家。"
            "检查期间累计抽检节令食品42批次，其中粽子和糕点18批次。\n")
    found = periods(text)
    assert (42, None) in found and (18, None) in found


def test_a_total_with_no_campaign_stays_a_stock() -> None:
    text = "质量工作\n2023-09-20\n近年来，全县累计抽检食品500批次。\n"
    assert (500, "cumulative") in periods(text)


def statuses(text: str) -> list[tuple[float, str]]:
    return [(item["value"], item["status"]) for item in area_items(text, "supervision", "stats")]


def test_a_publicity_of_check_results_is_no_shortlist() -> None:
    text = ("平阳县食品抽检结果公示(2022年第5期)\n2022-08-15\n"
            "平阳县市场监管局近期组织开展食品抽检，现将结果予以公示：本期公示抽检样品150批次，"
            "合格144批次，不合格6批次。\n")
    assert statuses(text) == [(150, "achieved"), (144, "achieved"), (6, "achieved")]


def test_a_years_plan_of_checks_sets_targets() -> None:
    text = ("平阳县2019年产品质量监督抽查计划\n"
            "为加强产品质量监管，现将本年度抽查安排通知如下：计划抽查电线电缆30组，建材25组。\n")
    assert statuses(text) == [(30, "target"), (25, "target")]


def test_a_plans_results_are_achieved() -> None:
    text = ("2016年商品质量抽检计划完成情况\n"
            "今年全县共抽检农资产品40组，合格38组。\n")
    assert (40, "achieved") in statuses(text)


def test_a_campaign_the_lead_tells_of_dates_a_later_paragraphs_total() -> None:
    text = ("节前食品安全检查\n2023-09-20\n"
            "平阳县市场监管局日前开展节前食品安全专项检查，督促经营者落实主体责任。\n"
            "检查中，执法人员重点查看了进货台账和标签标识。此外，该局还累计抽检节令食品"
            "36批次，其中糕点14批次。\n")
    found = periods(text)
    assert (36, None) in found and (14, None) in found


def test_a_check_the_national_office_ran_speaks_for_the_country() -> None:
    text = ("某某社北京6月9日电（记者张某）国家质检总局近日对电动自行车进行的产品质量监督抽查显示，"
            "产品抽样合格率为86.4%。\n"
            "本次抽查的样品来自江苏、浙江、天津、广东等7个省、直辖市的95家企业。\n")
    report = report_json(text)
    rates = [stat for stat in report["supervision"]["stats"] if stat["metric"] == "pass_rate"]
    assert [(stat["value"], stat["place"]) for stat in rates] == [(86.4, "全国")]


def test_a_check_a_place_runs_on_the_national_plan_is_not_the_countrys() -> None:
    text = ("产品质量抽查\n"
            "根据质检总局的抽查计划，宁海县质监局对电热水壶开展监督抽查，抽样合格率为91.2%。\n")
    report = report_json(text)
    assert all(stat["place"] != "全国" for stat in report["supervision"]["stats"])


def test_a_check_a_local_office_does_after_the_national_office_is_not_its() -> None:
    """按照国家…总局组织的…抽查 and 配合…总局对…抽查: a local office's work on the national
    office's plan, whose own report does not speak for the country."""
    from qsreport.extract.lexicon.context import NATIONAL_CHECK

    assert NATIONAL_CHECK.search("按照国家市场监管总局组织开展的童车专项抽查部署，本局抽查12批次") \
        is None
    assert NATIONAL_CHECK.search("根据国家质检总局对灯具的监督抽查安排，本局抽样20批次") is None
    assert NATIONAL_CHECK.search("配合质检总局对灯具开展监督抽查，本局抽样20批次") is None
    assert NATIONAL_CHECK.search("国家市场监管总局近日组织对电动车开展专项抽查") is not None


def test_an_editions_year_glued_to_its_name_dates_the_report() -> None:
    text = ("碧溪白茶品牌价值再创新高\n"
            "6月2日，某研究院公布2021中国茶叶品牌价值评估榜单，碧溪白茶品牌价值21.4亿元，"
            "较上届提高9.8%。\n"
            "近年来，平阳县实施《2020年碧溪白茶品牌推广方案》，带动茶农增收。\n")
    report = report_json(text)
    values = [(stat["value"], stat["period"]) for stat in report["distinctions"]["stats"]]
    assert (21.4, "2021") in values


def test_a_national_lists_release_totals_are_the_countrys() -> None:
    text = ("中国品牌价值评价结果出炉 福建多个品牌上榜\n2021年05月14日 来源：某某日报\n"
            "在“中国品牌日”活动上，第八届中国品牌价值评价结果正式公布，本次评价发布的品牌数量为580个，"
            "品牌价值合计75000亿元。其中，福建有41个品牌上榜。\n")
    report = report_json(text)
    placed = {stat["value"]: stat["place"] for stat in report["distinctions"]["stats"]}
    assert placed[580] == "全国" and placed[75000] == "全国"
    assert placed.get(41) != "全国"


def test_a_place_in_the_releases_own_clause_keeps_its_count() -> None:
    text = ("中国品牌价值评价结果出炉 福建多个品牌上榜\n2021年05月14日 来源：某某日报\n"
            "在“中国品牌日”活动上，第八届中国品牌价值评价结果正式公布。本次评价中，福建共有41个品牌"
            "上榜，品牌价值合计2600亿元。\n")
    report = report_json(text)
    assert [(stat["value"], stat["place"]) for stat in report["distinctions"]["stats"]] \
        == [(2600, "福建")]


def test_a_titles_place_after_its_verb_and_a_marks_closing_place() -> None:
    text = ("泰和市质量品牌工作成效\n2024年05月11日\n"
            "目前，全市3家企业获省长质量奖提名奖，18个品牌入选“好品江西”品牌，95家企业获评江西省"
            "高端品牌培育企业，2处市场入选全国百强市场。\n")
    report = report_json(text)
    places = [stat["place"] for stat in report["distinctions"]["stats"]]
    assert places and all(place is None for place in places)


def test_a_policys_year_in_the_opening_is_background() -> None:
    text = ("山东新一批好品名单出炉\n发布日期：2024-10-12 09:30\n"
            "某某网 山东青岛10月12日电 (陈某)山东省质量品牌推进会12日在青岛召开，会上揭晓了新一批"
            "“好品山东”入选名单。其中，甲牌海参、乙牌轮胎、丙地苹果等64个品牌入选。\n\n"
            "据介绍，2022年，山东省委、省政府出台《某某行动方案》，推动品牌建设提质增效。\n")
    report = report_json(text)
    assert [(count["value"], count["period"]) for count in report["brands"]["counts"]] \
        == [(64, None)]


def test_therefore_before_the_early_stage_is_no_stock() -> None:
    """因此前期 (therefore, in the early stage) holds 此前 but tells no stock held before."""
    text = "食品抽检\n2022-06-10\n各项工作进展顺利，因此前期已抽检食品150批次，未发现问题。\n"
    assert periods(text) == [(150, None)]
