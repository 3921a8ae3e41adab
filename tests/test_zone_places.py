"""Schema 2 key (issue 12): the places a demonstration zone, a list of zones or a region's
protected geographical-indication products spans (``zone_places``), read after a verb of lying
in or covering, each level's count in its own unit. Every sentence here was written for these
tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from qsreport.vocabulary import DISTINCTION_METRICS_LATE

from .report_helpers import report_json

HEADER = "青禾市场监管\n发布日期：2023-03-14  来源：青禾日报\n"


def _places(body: str, schema: str = "2") -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"], s["distinction"])
            for s in report_json(HEADER + body + "\n", schema)["distinctions"]["stats"]
            if s["metric"] == "zone_places"]


def test_the_key_is_late() -> None:
    """No round's typed key names it yet: unscored where a key names none."""
    assert "zone_places" in DISTINCTION_METRICS_LATE


def test_protected_products_spread_over_two_levels() -> None:
    """分布在 … N个市州、M多个县市区: each level's count, of no kind of zone."""
    assert _places("丙省已有52个产品受到地理标志产品保护，受保护的产品遍及全省9个市州、"
                   "70多个县市区。") == [(9, "个市州", "any"), (70, "个县市区", "any")]


def test_a_zone_s_townships_and_villages_take_the_report_s_zone() -> None:
    """涉及 … N个乡镇M个村 in a sentence of a zone, the zone named in the sentence before."""
    body = ("丁县2020年获批建设省级农业标准化示范区。两年来，示范区涉及全县山地柑橘主产"
            "7个乡镇48个村、6100户。")
    assert _places(body) == [(7, "个乡镇", "standardization_pilot"),
                             (48, "个村", "standardization_pilot")]


def test_zones_covering_provinces_replace_a_count_of_zones() -> None:
    """覆盖 … N个省份 after new protection zones: the places, not N zones awarded."""
    body = "今年新获批的地理标志产品保护示范区共12个，覆盖东部6个省份。"
    assert _places(body) == [(6, "个省份", "gi_zone")]
    stats = report_json(HEADER + body + "\n")["distinctions"]["stats"]
    assert [s["value"] for s in stats if s["metric"] == "awarded"] == [12]


def test_no_places_of_a_check_nor_of_a_zone_s_households() -> None:
    """A check's coverage stays supervision's; a zone's households and a market are no
    places; version 1 writes none."""
    for body in ("丙县标准化示范区建设推进中。本次抽查覆盖全县8个乡镇，抽检产品30批次。",
                 "示范区辐射带动周边农户2600户。",
                 "示范基地涉及全区4个市场。"):
        assert _places(body) == [], body
    body = "受保护的产品遍及全省9个市州。"
    assert _places(body) == [(9, "个市州", "any")]
    assert "distinctions" not in report_json(HEADER + body + "\n", "1")
