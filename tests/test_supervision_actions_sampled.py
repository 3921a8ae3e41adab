"""A sampling the report tells by its counted batches is its spot check: in its lead where it
names no campaign (组织抽检…9类食品120批次, 共完成抽检1万余批次), when a bare supervision check
told before is pointed back to with its batches (此次监督检查了…45批次产品), and when a sampling
is named a campaign (抽检专项行动) or joined to another under one 行动. Invented reports,
parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_a_lead_that_samples_counted_batches_is_a_spot_check() -> None:
    """组织抽检…120批次样品 in the lead, no campaign named: one spot check."""
    got = _actions("甲区公布食品检验结果",
                   "近期，甲区市场监管局组织抽检糕点、饮料、调味品等9类食品120批次样品，"
                   "其中合格样品116批次，不合格样品4批次。")
    assert [k for k, _ in got] == ["spot_check"]


def test_a_years_samplings_counted_in_the_lead_are_a_spot_check() -> None:
    """共完成抽检…批次 summed up for a year: the year's spot checks, one action."""
    got = _actions("乙市食品检验合格率达98%",
                   "2029年，乙市两级市场监管部门共完成抽检12530批次，比上年增加1200批次。")
    assert [k for k, _ in got] == ["spot_check"]


def test_a_sampling_planned_in_the_lead_is_none() -> None:
    """将抽检…批次: planned, no campaign carried out."""
    got = _actions("丙县部署食品检验工作",
                   "丙县市场监管局下一步将抽检粮油、乳品等食品300批次。")
    assert [k for k, _ in got] == []


def test_failed_batches_a_sampling_found_are_no_lead_sampling() -> None:
    """抽检中发现的3批次不合格产品: findings of a check, no sampling told by its batches."""
    got = _actions("丁县督促企业整改",
                   "丁县市场监管局针对抽检中发现的3批次不合格产品，约谈了生产企业负责人。")
    assert [k for k, _ in got] == []


def test_a_bare_check_pointed_back_to_with_its_batches_is_a_spot_check() -> None:
    """开展了监督检查。这次共监督检查了…45批次产品: a sampling, not enforcement."""
    got = _actions("戊省检查儿童用品质量",
                   "近日，戊省质监局对部分市县商场销售的童鞋和书包的质量开展了监督检查。"
                   "这次共监督检查了20家经销企业的45批次产品，合格38批次。")
    assert [k for k, _ in got] == ["spot_check"]


def test_a_bare_check_pointed_back_to_with_firms_only_stays_enforcement() -> None:
    """此次监督检查…企业30家 with no batches: the check of enforcement it was."""
    got = _actions("己县检查农资经营户",
                   "近日，己县质监局对全县农资经营户开展了监督检查。这次共监督检查农资经营户30家，"
                   "责令整改2家。")
    assert [k for k, _ in got] == ["law_enforcement"]


def test_a_sampling_named_a_campaign_is_a_spot_check() -> None:
    """化肥抽检专项行动: a sampling by name, not a campaign of kind other."""
    got = _actions("庚市护航春耕",
                   "庚市市场监管局对农资市场开展了化肥抽检专项行动，共抽检化肥15个批次。")
    assert [k for k, _ in got] == ["spot_check"]


def test_a_sampling_joined_to_an_enforcement_campaign_is_two_actions() -> None:
    """…专项抽检与综合执法行动: a spot check and a campaign of enforcement."""
    got = _actions("辛县护航夏粮生产",
                   "辛县市场监管局5月启动化肥专项抽检与综合执法行动，共抽检复合肥20批次。")
    assert sorted(k for k, _ in got) == ["law_enforcement", "spot_check"]


def test_samplings_summed_up_since_the_years_start_are_the_routine() -> None:
    """今年以来…抽检…批次: the routine's tally over months, no campaign."""
    got = _actions("壬市查处食品违法案件",
                   "今年以来，壬市共抽检食品8000批次，查处违法案件600宗。")
    assert [k for k, _ in got] == []


def test_a_lead_that_samples_goods_counted_in_pieces_is_a_spot_check() -> None:
    """抽检市售10件燃气罐: goods sampled, counted in 件: one spot check."""
    got = _actions("癸市抽检燃气罐全部合格",
                   "癸市标检局为确保市售燃气罐安全，抽检市售10件燃气罐，进行标示查核及品质检测，结果均合格。")
    assert [k for k, _ in got] == ["spot_check"]


def test_instruments_counted_in_pieces_are_no_spot_check() -> None:
    """抽查…电子秤10件: instruments, metrology's, no spot check."""
    got = _actions("子县检查集贸市场电子秤",
                   "子县质监局近日抽查集贸市场电子秤10件，发现2件称量不准，已责令停用。")
    assert "spot_check" not in [k for k, _ in got]


def test_a_check_named_by_its_subject_with_a_bracketed_qualifier_is_enforcement() -> None:
    """开展了月饼商品(过度)包装监督检查: a check named by its subject, enforcement."""
    got = _actions("丑区检查月饼包装",
                   "连日来，丑区市场监管局集中开展了月饼商品(过度)包装监督检查，"
                   "执法人员从包装层数、空隙率等方面对月饼礼盒进行检查。")
    assert [k for k, _ in got] == ["law_enforcement"]


def test_samplings_a_work_summary_sums_up_for_the_year_are_the_routine() -> None:
    """今年全县…抽查产品120批次: the year's tally in a work summary, no campaign."""
    got = _actions("寅县质监局工作简报",
                   "今年全县查处质量违法案件35起，抽查产品120批次，合格率为92.5%。")
    assert [k for k, _ in got] == []


def test_a_firms_own_habitual_testing_is_no_spot_check() -> None:
    """每年抽检…批次 told of a firm's own testing: a habit, no campaign carried out."""
    assert _actions("某乳业公司获评质量标杆",
                    "甲市某乳业公司建立了严格的自检制度，每年抽检原料和成品3000余批次，"
                    "产品合格率保持在99%以上。") == []
    assert _actions("某面粉厂质量管理见成效",
                    "该厂坚持日常自检，每月抽取面粉样品200余批次送实验室检测。") == []


def test_a_bureaus_lead_sampling_reworded_is_still_a_spot_check() -> None:
    """抽取了…42批次 in the lead, told another way: the spot check still."""
    got = _actions("丁县检验粮油质量",
                   "丁县市场监管局日前从城区三家超市抽取了食用油、大米等样品42批次，"
                   "全部符合标准。")
    assert [k for k, _ in got] == ["spot_check"]


def test_goods_a_body_tests_counted_in_pieces_are_a_spot_check() -> None:
    """检测市售…件, 实测…款, 随机购买…件…检测: goods bought or taken from the market and
    tested, counted in 件 or 款, are one spot check where no campaign is named."""
    for body in ("丑市标检局与某消费者组织合作，检测市售12件不同品牌的电热毯，其中3件标示不符。",
                 "某消费者委员会以志愿者实测18款防晒霜，大部分防晒效果与标示相符。",
                 "为了解儿童台灯安全，丑市标检局在网店随机购买9件台灯送实验室检测，4件不合格。"):
        got = _actions("丑市公布市售商品检测结果", body)
        assert [k for k, _ in got] == ["spot_check"], body


def test_a_test_counted_by_anything_but_its_goods_is_no_spot_check() -> None:
    """A test counted by hours or points (连续测试48小时, 检测了6项指标) and goods bought
    but not counted (随机购买电热毯) are no sampling of counted goods."""
    for body in ("寅县一家工厂对新产品连续测试48小时，检测了6项指标，结果良好。",
                 "寅县一名消费者随机购买电热毯后，发现说明书缺页，向商家反映。"):
        assert _actions("寅县新闻", body) == [], body
