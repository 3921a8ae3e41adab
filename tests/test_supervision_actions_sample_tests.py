"""A test of goods the lead tells by its samples or by the goods on sale it tested, with no
campaign word and no batches counted (对市售…做了耐热测试, 买入…样品交实验室检验, 联合检测
结果显示，在…个…样品中): the report's spot check, where it names no campaign; not one planned,
a firm's own routine, the year so far summed up, nor a lab's equipment. Invented reports,
parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _kinds(title: str, body: str) -> list[str]:
    text = f"{title}\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    # a joint test, its samples counted right after it
    "甲市消委会与乙署的联合检测结果显示，在9个电饭煲样品中，有2个温控不达标。",
    # goods on sale tested
    "某会近日对市售暖手宝做了耐热测试，近半数表面温度偏高。",
    # a model bought on trial, its sample sent to a lab
    "丙署人员上月在网店买入该款积木，随后把样品交实验室检验。",
    # samples drawn and tested in one quarter of the year: that quarter's round
    "某署今年第二季在各区超市共抽取二百份饮品样本，逐一进行检测。",
])
def test_a_lead_test_of_samples_is_a_spot_check(body: str) -> None:
    """A lead's test of sampled or on-sale goods, no campaign named: one spot check."""
    assert _kinds("某地公布产品测试结果", body) == ["spot_check"]


@pytest.mark.parametrize("body", [
    # other verbs of taking samples, other test words, a list of three, units of 款 and 份
    "乙县消费者协会从三家网店选购了8款儿童水杯样品，委托实验室进行检测。",
    "某署人员日前到各区超市采集二十份米粉样品化验。",
    "丙市标准局针对市售的移动电源、充电线及插线板进行比较试验，结果显示多款不达标。",
    "质量测评显示，在测评的16款电动牙刷样品中，有5款续航不达标。",
    "丁区消委会买入5个品牌的电暖器样本，送交检测机构测试。",
])
def test_the_same_test_told_in_other_words_is_a_spot_check(body: str) -> None:
    """Other taking verbs, test words, orders and units: still one spot check."""
    assert _kinds("某地公布产品测试结果", body) == ["spot_check"]


@pytest.mark.parametrize("body", [
    # a firm's own routine
    "甲公司每年自行抽取原料样品送检，确保产品质量稳定。",
    # a test planned
    "乙县局将于下月对市售电暖器开展耐压测试。",
    # a lab's equipment, no samples
    "丙市检测中心新购入一批检测设备，提升检测能力。",
    # the year so far summed up
    "今年以来，某局共抽取四百份饮品样品逐一检测，合格率为98%。",
])
def test_what_tells_no_test_carried_out_is_none(body: str) -> None:
    """A plan, a habit, the year so far or a lab's equipment: no spot check."""
    assert _kinds("某地产品质量工作动态", body) == []
