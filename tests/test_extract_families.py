"""One test per phrasing family of issue 3: each fails if its rule is taken away.

The sentences are written for these tests (not copied from the corpus), in the shapes reports
use; each report is a header plus a body, parsed end to end.
"""

from __future__ import annotations

from typing import Any

import pytest

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes

from .report_helpers import report_json

HEADER = "测试报告\n发布日期：2012-06-01  来源：测试日报\n"


def run(body: str, encoding: str = "utf-8") -> dict[str, Any]:
    return to_jsonable(parse_bytes((HEADER + body).encode(encoding), None))  # type: ignore[no-any-return]


def brands(body: str) -> list[tuple[str, int, str | None]]:
    return [(c["category"], c["value"], c["basis"]) for c in run(body)["brands"]["counts"]]


def standards(body: str) -> list[tuple[str, str, int]]:
    return [(c["level"], c["role"], c["value"]) for c in run(body)["standards"]["counts"]]


def stats(body: str) -> list[tuple[str, float, str]]:
    return [(s["metric"], s["value"], s["unit"]) for s in run(body)["supervision"]["stats"]]


# -- lists ---------------------------------------------------------------------------------------

def test_a_list_of_categories_each_with_its_number() -> None:
    """``现有A22个、B63个、C99件`` gives three totals."""
    assert brands("全县现有中国名牌产品5个、浙江名牌产品31个、浙江省著名商标40件。") == [
        ("china_top_brand", 5, "total"), ("provincial_brand", 31, "total"),
        ("provincial_famous_trademark", 40, "total")]


def test_respectively_pairs_categories_with_numbers() -> None:
    """``国际标准、国家标准分别为4项和30项`` pairs in order."""
    assert standards("企业主持制定的国际标准、国家标准分别为4项和30项。") == [
        ("international", "drafted", 4), ("national", "drafted", 30)]


def test_additions_then_totals_respectively() -> None:
    """``新增A5个、B20个，总数分别达到30个和150个``: two added, two totals."""
    assert brands("今年新增中国名牌产品5个、浙江名牌产品20个，总数分别达到30个和150个。") == [
        ("china_top_brand", 5, "added"), ("provincial_brand", 20, "added"),
        ("china_top_brand", 30, "total"), ("provincial_brand", 150, "total")]


# -- number before the category --------------------------------------------------------------------

def test_number_before_the_category() -> None:
    """``有8个产品荣获中国名牌产品称号`` is an addition of 8."""
    assert brands("今年全市有8个产品荣获中国名牌产品称号。") == [("china_top_brand", 8, "added")]


def test_number_with_the_category_named_earlier() -> None:
    """``其中我市有6个产品入选`` counts the category the sentence named before."""
    assert brands("省里公布了新一批浙江名牌产品名单，其中我市有6个产品入选。") == [
        ("provincial_brand", 6, "added")]


def test_a_running_total_takes_the_previous_clauses_category() -> None:
    """``新增国家免检产品17个，累计达到48个``: 48 is the total of the same category."""
    assert brands("新增国家免检产品17个，累计达到48个。") == [
        ("inspection_exempt", 17, "added"), ("inspection_exempt", 48, "total")]


def test_applications_are_not_honours() -> None:
    """Products merely applied for (申报) give no count."""
    assert brands("今年我市申报中国名牌产品12个。") == []


# -- numbers in every form ---------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "value"), [("１４", 14), ("三十五", 35), ("一百零八", 108)])
def test_full_width_and_chinese_numbers(written: str, value: int) -> None:
    """Full-width digits and Chinese numerals are read as numbers."""
    assert brands(f"全市拥有中国驰名商标{written}件。") == [("china_well_known_trademark", value,
                                                             "total")]


def test_percentages_in_both_forms_and_with_yishang() -> None:
    """``百分之八十七点六`` and ``90%以上`` are pass rates of 87.6 and 90."""
    assert stats("抽样合格率为百分之八十七点六。重点产品合格率稳定在90%以上。") == [
        ("pass_rate", 87.6, "%"), ("pass_rate", 90, "%")]


def test_wan_and_yi_stay_in_the_unit() -> None:
    """``1850万元`` is 1850 and 万元; ``1.2亿元`` is 1.2 and 亿元."""
    assert stats("查处案件中，涉案货值1850万元，罚没款1.2亿元。") == [
        ("goods_value", 1850, "万元"), ("fines", 1.2, "亿元")]


# -- enforcement statistics -------------------------------------------------------------------------

def test_a_sentence_of_enforcement_figures() -> None:
    """Each figure of a typical campaign sentence gets its metric and unit as written."""
    body = ("行动中出动执法人员1200人次，检查各类生产企业450家（次），抽查产品1250批次，"
            "查处质量违法案件36起，案值385.6万元，罚没款21万元，捣毁制假窝点5个，开展专项行动8次。")
    assert stats(body) == [
        ("personnel_deployed", 1200, "人次"), ("enterprises_inspected", 450, "家(次)"),
        ("batches_sampled", 1250, "批次"), ("cases", 36, "起"), ("goods_value", 385.6, "万元"),
        ("fines", 21, "万元"), ("dens_closed", 5, "个"), ("campaigns", 8, "次")]


def test_pass_rates_listed_respectively() -> None:
    """``合格率分别为97.8%和95.1%`` gives two pass rates."""
    assert stats("水泥、钢筋的合格率分别为97.8%和95.1%。") == [
        ("pass_rate", 97.8, "%"), ("pass_rate", 95.1, "%")]


# -- distractors ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "2009年3月15日上午10时，市质监局召开会议。",
    "咨询电话：0571-87654321，浙ICP备05012345号。",
    "本文已被浏览1024次。",
    "我市中国名牌产品数量居全省第二位。",
    "全市共有25家企业参与制修订国家标准。",
    "开展“2008年质量月”活动和“亮剑2012”行动。",
])
def test_distractors_are_not_figures(body: str) -> None:
    """Dates, phones, ICP and view counts, rankings, firms taking part, years in names: none."""
    report = run(body)
    assert report["brands"]["counts"] == []
    assert report["standards"]["counts"] == []
    assert report["supervision"]["stats"] == []


def test_training_given_is_training_not_enforcement() -> None:
    """A training class's sessions and trainees (once a distractor above) are schema 2's training
    figures since issue 12, and still no brand, standard or enforcement figure."""
    report = run("全年举办培训班12期，培训人员600人。")
    assert report["brands"]["counts"] == []
    assert report["standards"]["counts"] == []
    assert [(s["metric"], s["value"], s["unit"]) for s in report["supervision"]["stats"]] == [
        ("training_sessions", 12, "期"), ("people_trained", 600, "人")]


def test_standardisation_committees_are_not_standards() -> None:
    """``行业标准化技术委员会1个`` is a committee, not an industry standard."""
    assert standards("新组建行业标准化技术委员会1个。") == []


# -- roles, rates, honours, facilities ----------------------------------------------------------

def test_adopted_versus_drafted() -> None:
    """The nearest verb decides: 参与制定 → drafted, 采用 → adopted."""
    assert standards("企业参与制定国家标准12项，主导产品采用国际标准40项。") == [
        ("national", "drafted", 12), ("international", "adopted", 40)]


def test_rate_targets_versus_achievements() -> None:
    """``采标率达85%`` is achieved; ``力争…达到90%以上`` a target."""
    report = run("去年主导产品采标率达85%，力争到年底达到90%以上。")
    assert [(r["value"], r["target"]) for r in report["standards"]["rates"]] == [
        (85, False), (90, True)]


def test_honours_from_a_list_with_a_back_reference() -> None:
    """``A和B均获此殊荣`` names the winners of the title the previous sentence named."""
    report = run("今年的中国名牌产品名单公布。温岭的利欧牌水泵和钱江牌摩托车均获此殊荣。")
    assert [(h["name"], h["category"]) for h in report["brands"]["honours"]] == [
        ("利欧牌水泵", "china_top_brand"), ("钱江牌摩托车", "china_top_brand")]


def test_facility_states_and_back_references() -> None:
    """A centre under construction, and ``该中心`` passing acceptance later in the report."""
    report = run("国家电机产品质量监督检验中心正在加紧建设。专家组一致同意该中心通过验收。")
    assert [(f["name"], f["status"]) for f in report["inspection"]["facilities"]] == [
        ("国家电机产品质量监督检验中心", "under_construction")]


def test_plans_to_finish_are_not_a_state() -> None:
    """``力争年内建成`` is a hope: no facility state comes from it."""
    assert run("力争年内建成市食品检测中心。")["inspection"]["facilities"] == []


def test_traditional_script_reads_the_same() -> None:
    """The same sentence in traditional script and Big5 gives the same figures."""
    text = "測試報告\n發布日期：2012-06-01  來源：測試日報\n全市現有中國名牌產品22個，另有國家免檢產品63個。"
    report = to_jsonable(parse_bytes(text.encode("cp950"), None))
    assert [(c["category"], c["value"], c["label"]) for c in report["brands"]["counts"]] == [
        ("china_top_brand", 22, "中國名牌產品"), ("inspection_exempt", 63, "國家免檢產品")]


# -- families met first in the held-out reports --------------------------------------------------

def test_a_topic_clause_carries_its_category_forward() -> None:
    """``中国驰名商标方面，今年新增3件，总数已有15件``: both figures count the topic's title."""
    assert brands("中国驰名商标方面，今年新增3件，总数已有15件。") == [
        ("china_well_known_trademark", 3, "added"), ("china_well_known_trademark", 15, "total")]


def test_a_figure_won_in_a_named_list() -> None:
    """``在…中国名牌产品名单中，我市一举斩获五项``: five added top brands."""
    assert brands("在新近公布的中国名牌产品名单中，我市企业一举斩获五项。") == [
        ("china_top_brand", 5, "added")]


def test_verbs_of_winning_mark_additions() -> None:
    """捧得, 摘得 and 新晋 are additions, like 荣获."""
    assert brands("今年我市有21个产品捧得浙江名牌产品称号，17件商标新晋浙江省著名商标。") == [
        ("provincial_brand", 21, "added"), ("provincial_famous_trademark", 17, "added")]


def test_passed_batches_are_not_batches_sampled() -> None:
    """``抽取75批次，经检验合格68批次``: only 75 is the number sampled; 68 passed (schema 2's
    batches_passed, ``other`` in schema 1)."""
    assert stats("现场抽取样品75批次，经检验合格68批次。") == [
        ("batches_sampled", 75, "批次"), ("batches_passed", 68, "批次")]


def test_a_state_written_before_the_facility_name() -> None:
    """``由市质监局筹建的X检验中心``: the centre is planned."""
    report = run("由市质监局筹建的江苏省电梯产品质量监督检验中心已完成可行性论证。")
    assert [(f["name"], f["status"]) for f in report["inspection"]["facilities"]] == [
        ("江苏省电梯产品质量监督检验中心", "planned")]


def test_a_breadcrumb_before_the_title_and_a_date_under_the_signature() -> None:
    """A breadcrumb line is skipped for the title; a summary's date is read from its last line."""
    data = "首页 > 质监动态 > 工作信息\n温岭名牌工作总结\n正文一句。\n温岭市质量技术监督局\n2006年9月18日"
    report = report_json(data)
    assert (report["meta"]["title"], report["meta"]["date"]) == ("温岭名牌工作总结", "2006-09-18")


# -- families met first in the second blind set ---------------------------------------------------

def test_an_authority_naming_the_winners() -> None:
    """``认定A的“振石”商标和B的“华祥”商标为中国驰名商标``: both marks, by their names."""
    report = run("商标局认定甲集团的“振石”商标和乙公司的“华祥”商标为中国驰名商标。")
    assert [(h["name"], h["category"]) for h in report["brands"]["honours"]] == [
        ("振石", "china_well_known_trademark"), ("华祥", "china_well_known_trademark")]


def test_a_passive_agent_is_not_part_of_the_name() -> None:
    """``晋祠大米近日被国家质检总局授予…称号``: the name stops before 被."""
    report = run("晋源区的晋祠大米近日被国家质检总局授予“国家地理标志保护产品”称号。")
    assert [h["name"] for h in report["brands"]["honours"]] == ["晋祠大米"]


def test_every_rate_of_a_goal_sentence_is_a_target() -> None:
    """``到2015年，A率力争达到85%以上，B率达到90%``: both are targets."""
    report = run("到2015年，全市采标率力争达到85%以上，农业标准化生产覆盖率达到90%。")
    assert [(r["value"], r["target"]) for r in report["standards"]["rates"]] == [
        (85, True), (90, True)]


def test_two_written_as_liang_is_a_count_of_standards() -> None:
    """``两项国家标准`` is two national standards drafted."""
    assert standards("由市质监局牵头制定的两项国家标准通过审定。") == [("national", "drafted", 2)]


def test_failed_enterprises_are_not_enterprises_inspected() -> None:
    """``对抽查不合格的16家企业``: not a count of inspections."""
    assert stats("对抽查不合格的16家企业，已责令限期整改。") == []


def test_a_signature_date_in_chinese_numerals() -> None:
    """``二〇〇三年十二月三十日`` under the signature is the report's date."""
    data = "工作总结\n正文一句。\n武汉市质量技术监督局\n二〇〇三年十二月三十日"
    assert to_jsonable(parse_bytes(data.encode(), None))["meta"]["date"] == "2003-12-30"


def test_a_centre_named_after_what_it_cost() -> None:
    """``投资4,800万元的X中心建成``: the name starts after 的; a new building is the centre."""
    report = run("投资4,800万元的徐州市食品质量检验检测中心建成并投入使用。"
                 "临海市质量技术监督检测中心新大楼于10月竣工。")
    assert [(f["name"], f["status"]) for f in report["inspection"]["facilities"]] == [
        ("徐州市食品质量检验检测中心", "completed"), ("临海市质量技术监督检测中心", "completed")]


# -- families met first in the third blind set ----------------------------------------------------

def test_a_headline_figure_counts_once() -> None:
    """A figure only the title states is kept; one the body repeats is not doubled."""
    data = ("桐乡市五只产品荣膺中国名牌产品\n发布时间：2006-09-18\n"
            "我市五只产品榜上有名。我市中国名牌产品总数达到9只。")
    report = report_json(data)
    assert [(c["category"], c["value"], c["basis"]) for c in report["brands"]["counts"]] == [
        ("china_top_brand", 5, "added"), ("china_top_brand", 9, "total")]
    only_title = report_json("德清又有两件商标获得中国驰名商标认定\n正文没有数字。")
    assert [(c["value"], c["basis"]) for c in only_title["brands"]["counts"]] == [(2, "added")]


def test_a_product_named_with_its_maker() -> None:
    """``甲公司的华鼎牌旅行箱`` is 华鼎牌旅行箱; the 的 inside 美的牌 stays."""
    report = run("今年的浙江名牌产品名单中，甲箱包有限公司的华鼎牌旅行箱、美的牌空调器均为首次申报即获认定。")
    assert [h["name"] for h in report["brands"]["honours"]] == ["华鼎牌旅行箱", "美的牌空调器"]


def test_a_list_after_the_title_it_won() -> None:
    """``今年新获中国名牌产品的分别是：A、B和C``."""
    report = run("今年新获中国名牌产品的分别是：浮烟牌轮胎、白浪牌柴油机和潍河牌食用盐。")
    assert [h["name"] for h in report["brands"]["honours"]] == [
        "浮烟牌轮胎", "白浪牌柴油机", "潍河牌食用盐"]


def test_rates_listed_respectively() -> None:
    """``A、B、C三大产业的采标率分别达到92%、85%和60%``: three rates, each with its industry."""
    report = run("轨道交通、硬质合金、服饰等产业的采标率分别达到92%、85%和60%。")
    assert [(r["value"], r["scope"]) for r in report["standards"]["rates"]] == [
        (92, ["轨道交通"]), (85, ["硬质合金"]), (60, ["服饰"])]


def test_one_verb_governs_two_figures_of_a_clause() -> None:
    """``共抽查328家企业生产的412批次产品``: 328 firms inspected, 412 batches sampled."""
    assert stats("本次共抽查328家企业生产的412批次产品。") == [
        ("enterprises_inspected", 328, "家"), ("batches_sampled", 412, "批次")]


def test_capacities_exam_pass_rates_and_campaign_counts() -> None:
    """A lab's capacity and an exam's pass rate are no enforcement figures; 4个专项整治 is one."""
    assert stats("基地建成后，年检测能力可达3万批次。培训考试合格率为96.7%。") == []
    assert stats("组织开展了食品、农资、建材、燃油4个专项整治。") == [("campaigns", 4, "个")]


def test_a_facility_named_in_one_clause_and_its_state_in_the_next() -> None:
    """``X中心迁建项目已列入重点工程，目前处于规划设计阶段``: the centre is planned."""
    report = run("县质量技术监督检测中心迁建项目已列入县重点工程，目前处于规划设计阶段。")
    assert [(f["name"], f["status"]) for f in report["inspection"]["facilities"]] == [
        ("县质量技术监督检测中心", "planned")]


def test_costs_and_groups_are_not_facilities() -> None:
    """``一批检验检测机构相继建成``, ``总投资2.3亿元、…的X基地竣工``: only the base."""
    report = run("一批检验检测机构相继建成。总投资2.3亿元、建筑面积4.6万平方米的惠州市质检综合实验基地已于9月底竣工。")
    assert [(f["name"], f["status"]) for f in report["inspection"]["facilities"]] == [
        ("惠州市质检综合实验基地", "completed")]
