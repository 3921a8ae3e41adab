"""Schema 2 keys (issue 12): units of unlike kinds a check went through, counted together
(``units_inspected``, read where a list names firms and places both), and a standards count
over several levels (level ``several``, for hand keying); version 1 writes neither. Every
sentence here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any, get_args

from qsreport.vocabulary import STAT_METRICS_LATE, STAT_METRICS_V2_ONLY, StandardLevel, StatMetric

from .report_helpers import report_json

HEADER = "青禾市场监管\n发布日期：2023-03-14  来源：青禾日报\n"


def test_the_keys_are_late_and_of_version_2_only() -> None:
    """No round's typed key names them yet; version 1 writes none of them."""
    assert "units_inspected" in get_args(StatMetric)
    assert "units_inspected" in STAT_METRICS_LATE and "units_inspected" in STAT_METRICS_V2_ONLY
    assert "several" in get_args(StandardLevel)


def _units(body: str, schema: str = "2") -> list[tuple[Any, ...]]:
    return [(s["metric"], s["value"], s["unit"])
            for s in report_json(HEADER + body + "\n", schema)["supervision"]["stats"]]


def test_units_of_unlike_kinds_counted_together() -> None:
    """A check's verb, then firms and places in one list, then one count: ``units_inspected``
    (in the unit written), never dens closed or places inspected; version 1 writes none."""
    assert _units("截至月底，全县共清查各类小作坊、食品店、农贸市场340家。") == [
        ("units_inspected", 340, "家")]
    assert _units("全省共排查食品经营户和农贸市场1.2万个。") == [
        ("units_inspected", 1.2, "万个")]
    assert _units("节前，某局巡查了五金公司、建材市场等27处。") == [("units_inspected", 27, "处")]
    assert _units("截至月底，全县共清查各类小作坊、食品店、农贸市场340家。", schema="1") == []


def test_one_kind_alone_keeps_its_metric() -> None:
    """Firms alone are firms inspected, places alone places inspected; a firm named after a
    place's word (市场经营户) is a firm."""
    assert _units("共检查食品加工企业和小作坊120家。") == [("enterprises_inspected", 120, "家")]
    assert _units("检查商场、超市45家。") == [("places_inspected", 45, "家")]
    assert _units("检查市场经营户、商户80户。") == [("enterprises_inspected", 80, "户")]


def test_a_count_over_several_levels_is_of_version_2_only() -> None:
    """A standards count keyed over several levels stays in schema 2 and is dropped from
    schema 1, which knows no such level; a single level's count stays in both."""
    from dataclasses import replace

    from qsreport.jsonable import to_jsonable
    from qsreport.pipeline import ParseOptions, parse_bytes
    from qsreport.schema_v1 import as_version_1

    report = parse_bytes((HEADER + "今年全市新增地方标准14项。\n").encode(), None, ParseOptions())
    assert [c["value"] for c in to_jsonable(as_version_1(report))["standards"]["counts"]] == [14]
    report.standards.counts = [replace(count, level="several")
                               for count in report.standards.counts]
    assert [c["level"] for c in to_jsonable(report)["standards"]["counts"]] == ["several"]
    assert to_jsonable(as_version_1(report))["standards"]["counts"] == []
