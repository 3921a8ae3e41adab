"""Fresh sentences for the sample-pool, goods-in-品 and scope-after-batches readings, written
after those rules in other forms than their own tests (other units, verbs, scripts and orders),
to check the rules reach their families. Every sentence here was written for these tests
(made-up places and numbers)."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import picked

HEADER = "甲市市场监管局工作简报\n发布时间：2031-07-08  来源：甲市市场监管局\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(HEADER + body, "supervision", "stats", ("metric", "value", "unit"))


@pytest.mark.parametrize(("body", "expected"), [
    ("某会本次购样检验，9份样品中有2份的标签不符合规定。",
     [("batches_sampled", 9, "份"), ("batches_failed", 2, "份")]),
    ("某会测试了16款吹风机，其中3款的温升超出标准上限。", [("batches_failed", 3, "款")]),
    ("在抽查的20件玩具中，有4件未达到国家标准要求。",
     [("batches_sampled", 20, "件"), ("batches_failed", 4, "件")]),
    ("委員會測試的8款電熱水壺當中，1款沒有中文標示。",
     [("batches_sampled", 8, "款"), ("batches_failed", 1, "款")]),
    ("抽检酱油样品12个，其中3个样品氨基酸态氮含量不合格。",
     [("batches_sampled", 12, "个"), ("batches_failed", 3, "个")]),
    ("全年共抽检保健食品200批次，其中不合格保健食品3批次。", [("batches_failed", 3, "批次")]),
    ("某局抽检农产品150批次，检出不合格农产品9批次。", [("batches_failed", 9, "批次")]),
    ("全县抽检化妆品60批次，合格化妆品58批次。", [("batches_passed", 58, "批次")]),
    ("本次抽验了8类、260批次产品，涉及生产企业190家。",
     [("batches_sampled", 260, "批次"), ("enterprises_inspected", 190, "家")]),
    ("共抽查电线电缆120批次，覆盖甲、乙等3个市的95家企业。", [("enterprises_inspected", 95, "家")]),
    ("抽检了46批次样品，涉及经营单位40家。", [("enterprises_inspected", 40, "家")]),
])
def test_fresh_sentences_of_the_families(body: str, expected: list[tuple[Any, ...]]) -> None:
    """Each fresh sentence gives the figures its family's rule should read."""
    got = _stats(body)
    for stat in expected:
        assert stat in got
