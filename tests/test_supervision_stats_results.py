"""A spot check's results told after its counts: a breakdown after the failed (or passed)
batches keeps their reading (不合格8批次，其中汽油5批次、柴油3批次); firms and batches whose
clause closes on the verdict (17家企业的31批次产品合格) are results, not what the check went
through; a rate per head or per year (5.2批次/千人) is no count; a pass rate of instruments
counted is metrology's; and cases closed (结案) are no figure. Invented reports, parsed end to
end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"甲市公布检验结果\n发布时间：2031-02-03  来源：测试日报\n{body}",
                  "supervision", "stats", ("metric", "value"))


def test_a_breakdown_of_the_failed_batches_is_failed_batches() -> None:
    """不合格8批次，其中汽油5批次、柴油3批次: the failures broken down, not batches sampled."""
    got = _stats("甲市局共抽检车用汽柴油300个批次，不合格8批次，其中汽油5批次、柴油3批次。")
    assert got == [("batches_sampled", 300), ("batches_failed", 8), ("batches_failed", 5),
                   ("batches_failed", 3)]


def test_a_breakdown_of_the_passed_batches_is_passed_batches() -> None:
    """合格52批次，其中复合肥30批次、尿素22批次: the passes broken down."""
    got = _stats("乙县抽检化肥60批次，合格52批次，其中复合肥30批次、尿素22批次。")
    assert got == [("batches_sampled", 60), ("batches_passed", 52), ("batches_passed", 30),
                   ("batches_passed", 22)]


def test_a_breakdown_of_the_sampled_batches_stays_sampled() -> None:
    """共抽检60批次，其中复合肥30批次、尿素30批次: the sample broken down, as before."""
    got = _stats("丙县共抽检化肥60批次，其中复合肥30批次、尿素30批次，合格52批次。")
    assert got == [("batches_sampled", 60), ("batches_sampled", 30), ("batches_sampled", 30),
                   ("batches_passed", 52)]


def test_firms_and_batches_whose_clause_closes_on_passing_are_results() -> None:
    """17家企业的31批次产品合格: passed batches; the 17 firms are firms passed, no firms
    inspected."""
    got = _stats("此次抽查了丁市27家企业的童装50批次产品，17家企业的31批次产品合格。")
    assert got == [("enterprises_inspected", 27), ("batches_sampled", 50),
                   ("firms_passed", 17), ("batches_passed", 31)]


def test_batches_whose_clause_closes_on_passing_after_their_goods_are_passed() -> None:
    """19家企业的43批次的玩具合格: the goods named between the count and the verdict."""
    got = _stats("戊县抽查了25家企业的玩具58批次，19家企业的43批次的玩具合格。")
    assert got == [("enterprises_inspected", 25), ("batches_sampled", 58),
                   ("firms_passed", 19), ("batches_passed", 43)]


def test_a_rate_per_thousand_people_is_no_count() -> None:
    """抽检量达到5.2批次/千人: a rate per head, no batches sampled (schema 2 keys it as the
    sampling density)."""
    got = _stats("全市共完成抽检16000批次，抽检量达到5.2批次/千人。")
    assert got == [("batches_sampled", 16000), ("sampling_density", 5.2)]


def test_staff_counted_per_time_keep_their_unit() -> None:
    """出动执法人员120人/次: the unit 人/次, no rate per head."""
    got = _stats("己县出动执法人员120人/次，检查企业30家。")
    assert got == [("personnel_deployed", 120), ("enterprises_inspected", 30)]


def test_a_list_of_products_parted_by_semicolons_shares_the_first_parts_sampling() -> None:
    """抽取甲产品20批次…；乙产品2批次…；丙产品15批次: each part's batches sampled, and each
    part's own rate, though two parts share a value."""
    got = _stats("全市共抽取电动车产品20批次，合格率为95%；抽取充电器产品20批次，合格率为95%；"
                 "蓄电池产品2批次，合格率100%；头盔（摩托车、电动车）产品15批次，合格率100%。")
    assert got == [("batches_sampled", 20), ("pass_rate", 95), ("batches_sampled", 20),
                   ("pass_rate", 95), ("batches_sampled", 2), ("pass_rate", 100),
                   ("batches_sampled", 15), ("pass_rate", 100)]


def test_a_list_of_products_parted_by_semicolons_counts_their_firms() -> None:
    """其中抽取甲产品32家，32批次产品…；乙产品31家，37批次产品: the firms and batches of each."""
    got = _stats("本次共抽查生产企业63家，69批次产品。其中抽取电缆产品32家，32批次产品，"
                 "合格率为84.38%；防水卷材31家，37批次产品，合格率为67.57%。")
    assert got == [("enterprises_inspected", 63), ("batches_sampled", 69),
                   ("enterprises_inspected", 32), ("batches_sampled", 32), ("pass_rate", 84.38),
                   ("enterprises_inspected", 31), ("batches_sampled", 37), ("pass_rate", 67.57)]


def test_parts_after_what_a_sampling_found_are_no_firms_inspected() -> None:
    """抽检发现6家企业…不合格，其中，大型企业1家…；中型企业1家: firms found at fault."""
    got = _stats("庚市抽检发现6家企业的产品不合格，其中，大型企业1家；中型企业1家；小型企业4家。")
    assert ("enterprises_inspected", 1) not in got and ("enterprises_inspected", 4) not in got


def test_a_part_after_a_semicolon_without_a_sampling_before_is_no_batch_count() -> None:
    """检查企业20家…；蓄电池产品2批次: no sampling of batches opens a part before it."""
    got = _stats("辛县检查企业20家，合格率为95%；蓄电池产品2批次。")
    assert ("batches_sampled", 2) not in got


def test_firms_pass_rate_is_no_checks_pass_rate() -> None:
    """企业合格率达56.0%: the share of firms whose goods passed, no figure of the schema."""
    got = _stats("壬县抽查了25家企业的玩具58批次，企业合格率达56.0%，批次合格率为69%。")
    assert got == [("enterprises_inspected", 25), ("batches_sampled", 58), ("pass_rate", 69)]


def test_a_penalty_the_law_allows_is_no_fine() -> None:
    """最高刑罚为罚款三万元, 定罪后至多可处罚款8000元: a cap, not a fine."""
    assert _stats("乙市条例规定，销售假冒电器属违法行为，最高刑罚为罚款三万元和监禁三个月。") == []
    assert _stats("该商户涉嫌违反条例，若被定罪，至多可处罚款8000元。") == []


def test_a_fine_imposed_is_still_a_fine() -> None:
    """对该加油站处以罚款2000元: a fine imposed."""
    assert _stats("癸县质监局对该加油站处以罚款2000元，没收违法所得。") == [("fines", 2000)]


def test_passed_and_failed_batches_told_with_jige() -> None:
    """及格的有109批次，不及格的8批次: passed and failed, as 合格 and 不合格."""
    got = _stats("子区市场监管局抽检面包、乳品等8类食品117批次。"
                 "及格的有109批次，不及格的8批次。")
    assert got == [("batches_sampled", 117), ("categories_sampled", 8), ("batches_passed", 109),
                   ("batches_failed", 8)]


def test_the_firms_of_the_special_equipment_trade_are_firms_inspected() -> None:
    """检查特种设备相关企业65家: firms, as 特种设备使用单位 are."""
    got = _stats("节日期间，丑市出动检查人员130人次，检查特种设备相关企业65家，设备106台。")
    assert ("enterprises_inspected", 65) in got



def test_pass_rate_of_scales_a_check_counted_is_not_products() -> None:
    """…共检查了2个市场的60台磅秤，…合格率: the instruments counted are rated, not products
    sampled (metrology's rate)."""
    got = _stats("乙县分局节前对菜市场进行抽查，共检查了2个市场的60台磅秤，其中不合格1台，合格率98.3%。")
    assert ("pass_rate", 98.3) not in got


def test_pass_rate_after_a_scales_campaign_is_not_products() -> None:
    """磅秤专项抽检 … 合格率: the scales' own campaign, its rate theirs."""
    got = _stats("丙市局年前开展超市磅秤专项抽检，共检查卖场40家、磅秤900台，其中不合格5台，"
                 "合格率为99.4%。")
    assert ("pass_rate", 99.4) not in got


def test_pass_rate_of_weighbridges_is_not_products() -> None:
    """检查了…使用的地衡，合格率: weighbridges are instruments too, their rate no products'."""
    got = _stats("丁县局上月检查了县内砖厂和粮库使用的地衡，合格率95%。")
    assert got == []


def test_pass_rate_of_meters_from_their_makers_stays_sampled() -> None:
    """Near miss: a spot check of the firms that make gas meters rates their products."""
    got = _stats("丁市局对燃气表生产企业开展监督抽查，共抽查12批次，燃气表合格率为91.7%。")
    assert ("pass_rate", 91.7) in got


def test_cases_closed_are_no_figure() -> None:
    """立案…件，结案…件: the cases handled count, the cases closed are no figure (nor carried as
    cases from the count before them)."""
    got = _stats("甲县局全年立案查处各类案件12件，结案9件，罚没款3.5万元。")
    assert got == [("cases", 12), ("fines", 3.5)]


def test_cases_closed_in_a_campaigns_tally_are_no_figure() -> None:
    """立案31件，已结案27件，罚没款…，移送…2件: each figure but the closed cases."""
    got = _stats("丁县局专项行动共立案31件，已结案27件，罚没款18万元，移送公安机关2件。")
    assert got == [("cases", 31), ("fines", 18), ("cases_transferred", 2)]


def test_batches_after_the_firms_whose_goods_failed_are_failed_batches() -> None:
    """…，查出5家厂家所产的6批次样品不合格, 其中有3家门店的4个样品不合格: failures, though
    the sentence names no test."""
    got = _stats("本次共抽取60家企业的75批次产品。其中，在制造环节取得40家企业的50批次，"
                 "查出5家厂家所产的6批次样品不合格。")
    assert ("batches_failed", 6) in got
    assert ("batches_sampled", 6) not in got
    got = _stats("甲市局共检测27家药店的45个样品。其中有3家门店的4个样品不合格。")
    assert ("batches_failed", 4) in got


def test_batches_after_firms_with_no_verdict_are_no_result() -> None:
    """为3家企业的5批次产品出具报告: no verdict closes the clause, no result."""
    got = _stats("甲市中心今年为3家企业的5批次产品出具报告。")
    assert ("batches_failed", 5) not in got
    assert ("batches_passed", 5) not in got
