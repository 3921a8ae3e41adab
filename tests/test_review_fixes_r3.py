"""Fixes after a review of the tallied areas and the scorer: firms without a licence, or that
lost one, are no licence holders; a recall denied is no recall; cylinders left out of a count
with words between are still left out; 伤亡 (the dead and the injured together) is no count
of injuries; and each late metric is scored on its own. Every text here is written for the
test."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _stats(text: str, area: str) -> list[dict[str, Any]]:
    data = report_json(f"{text}\n")
    return data[area]["stats"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("text", [
    "年内甲市共查处未取得生产许可证的企业5家。",
    "丁市排查出无证生产许可证企业6家。",
    "丙区检查发现没有取得许可证的企业7家。",
])
def test_firms_without_a_licence_are_no_licence_holders(text: str) -> None:
    """A clause of firms that hold no licence (未取得, 没有取得, 无证) counts none licensed."""
    assert all(row["metric"] != "licensed" for row in _stats(text, "certification"))


@pytest.mark.parametrize("text, value", [
    ("乙县今年依法注销生产许可证企业12家。", 12),
    ("丁市全年吊销许可证企业4家。", 4),
    ("全市共收回生产许可证企业3家。", 3),
])
def test_firms_whose_licence_was_taken_are_revoked_not_holders(text: str, value: int) -> None:
    """注销 or 吊销 before 许可证企业N家: firms that lost their licence, ``revoked``."""
    rows = [(row["metric"], row["value"]) for row in _stats(text, "certification")]
    assert rows == [("revoked", value)]


def test_licence_holders_held_are_still_licensed() -> None:
    """Holders with no word of loss in their clause stay ``licensed``."""
    rows = _stats("戊县现有生产许可证企业45家。", "certification")
    assert [(row["metric"], row["value"]) for row in rows] == [("licensed", 45)]


@pytest.mark.parametrize("text", [
    "另有12辆缺陷汽车至今未召回。",
    "甲市仍有12辆缺陷汽车拒不召回。",
    "乙县尚有9件问题童车没有被召回。",
])
def test_goods_not_recalled_are_no_recall(text: str) -> None:
    """Goods counted, then a denied recall (未召回, 拒不召回, 没有被召回): no products_recalled."""
    assert all(row["metric"] != "products_recalled" for row in _stats(text, "supervision"))


def test_goods_then_their_recall_are_still_recalled() -> None:
    """Goods counted, then 已被召回: recalled."""
    rows = _stats("丙市有14辆缺陷汽车已被召回。", "supervision")
    assert [(row["metric"], row["value"]) for row in rows] == [("products_recalled", 14)]


@pytest.mark.parametrize("text", [
    "甲市在册特种设备900台（不含液化石油气瓶），均按期检验。",
    "乙县共登记各类设备5000台(不包括车用钢瓶)。",
    "丙区检验锅炉30台（不含各类气瓶）。",
])
def test_cylinders_left_out_with_words_between_are_no_kind_counted(text: str) -> None:
    """不含 or 不包括 and a few words before the cylinders' name: they are left out of the
    count, as 不含气瓶 is."""
    assert all(row["equipment"] != "gas_cylinder" for row in _stats(text, "special_equipment"))


def test_cylinders_named_whole_are_still_counted() -> None:
    """A longer name of cylinders counted on its own is still theirs."""
    rows = _stats("丁县检验液化石油气瓶800只。", "special_equipment")
    assert [(row["equipment"], row["value"]) for row in rows] == [("gas_cylinder", 800)]


@pytest.mark.parametrize("text", ["戊省特种设备事故伤亡人数同比下降20%。",
                                  "今年全市特种设备伤亡人数比上年减少了30%。"])
def test_a_change_of_the_dead_and_injured_together_is_no_injuries(text: str) -> None:
    """伤亡人数 counts the dead and the injured together: its change is no ``injuries``."""
    assert all(row["metric"] != "injuries" for row in _stats(text, "special_equipment"))


def test_each_late_metric_is_scored_on_its_own() -> None:
    """A key that names one of supervision's late metrics (trademarks) is compared on that one
    only: the others it does not name (problems found, firms supervised) are not scored."""
    from qsreport.evaluate_fields import in_the_keys_metrics

    found = {"supervision": {"stats": [
        {"metric": "batches_failed", "value": 3, "unit": "批次"},
        {"metric": "trademarks_registered", "value": 640, "unit": "件"},
        {"metric": "problems_found", "value": 12, "unit": "个"},
        {"metric": "firms_supervised", "value": 85, "unit": "家"}]}}
    key = {"supervision": {"stats": [
        {"metric": "batches_failed", "value": 3, "unit": "批次"},
        {"metric": "trademarks_registered", "value": 640, "unit": "件"}]}}
    kept = in_the_keys_metrics(found, key)["supervision"]["stats"]
    assert [s["metric"] for s in kept] == ["batches_failed", "trademarks_registered"]
