"""A stated change of a pass rate is a figure of its own (basis ``change``) in schema 2, kept
apart from levels wherever figures are tabulated; schema 1 never states it."""

from __future__ import annotations

import sqlite3
from typing import Literal

from qsreport.extract import areas
from qsreport.models import ReportData
from qsreport.pipeline import ParseOptions, parse_bytes
from qsreport.render.csv import FACT_COLUMNS, fact_rows
from qsreport.render.sqlite import create_schema, insert, rows_for

HEADER = "测试报告\n发布日期：2012-06-01  来源：测试日报\n"
BODY = "甲市今年抽检家具150批次，抽检合格率是90.4%，比上年提高2.2个百分点。"


def _parse(schema: Literal["1", "2"] = "2") -> ReportData:
    return parse_bytes((HEADER + BODY).encode(), None, ParseOptions(schema=schema))


def _facts(schema: Literal["1", "2"]) -> list[dict[str, object]]:
    return [dict(zip(FACT_COLUMNS, row, strict=True)) for row in fact_rows(_parse(schema))]


def test_the_facts_table_marks_a_change_as_one_and_levels_as_none() -> None:
    """CSV and SQLite rows carry a stat's basis: the change says ``change``, the level nothing."""
    rows = [(f["category"], f["value"], f["unit"], f["basis"]) for f in _facts("2")]
    assert rows == [("batches_sampled", 150, "批次", None), ("pass_rate", 90.4, "%", None),
                    ("pass_rate", 2.2, "个百分点", "change")]


def test_schema_1_s_facts_table_has_no_change_and_no_basis_of_a_stat() -> None:
    """Schema 1 writes the levels only, with the empty basis of a stat it always wrote."""
    rows = [(f["category"], f["value"], f["basis"]) for f in _facts("1")]
    assert rows == [("batches_sampled", 150, None), ("pass_rate", 90.4, None)]


def test_a_query_for_pass_rate_levels_leaves_changes_out() -> None:
    """The lowest pass rates of docs/batch.md: a change of 2.2 points is no pass rate of 2.2%."""
    connection = sqlite3.connect(":memory:")
    create_schema(connection)
    insert(connection, rows_for("a.txt", _parse("2")))
    lowest = connection.execute(
        "SELECT f.value FROM facts f WHERE f.kind = 'stat' AND f.category = 'pass_rate'"
        " AND f.basis IS NOT 'change' ORDER BY f.value LIMIT 1").fetchall()
    assert lowest == [(90.4,)]


def test_the_terminal_table_and_the_page_mark_a_change() -> None:
    """The table's value cell (also the summary on ``qsreport show`` pages) says ``(change)``."""
    report = _parse("2")
    supervision = next(area for area in areas() if area.name == "supervision")
    stats = next(item_list for item_list in supervision.lists if item_list.field == "stats")
    assert [stats.row(s)[2] for s in report.supervision.stats] == [
        "150 批次", "90.4 %", "2.2 个百分点 (change)"]


def test_an_undated_change_over_a_year_s_same_time_is_the_next_year_s() -> None:
    """In a report with no date, a change told after 比2010年同期 (较2015年同期) is 2011's
    (2016's), as the level before it is."""
    for body, year, level, change in (
            ("前三季度全县抽检建材的合格率为87.2%，比2010年同期下降0.9个百分点。\n", "2011", 87.2, 0.9),
            ("上半年乙市抽检童装合格率是93.6%，较2015年同期提升2.4个百分点。\n", "2016", 93.6, 2.4)):
        stats = parse_bytes(("某县抽检情况\n" + body).encode(), None).supervision.stats
        assert [(s.value, s.period, s.basis) for s in stats if s.metric == "pass_rate"] == [
            (level, year, None), (change, year, "change")]
