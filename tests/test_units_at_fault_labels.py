"""Units a check found at fault, read by the shared row reader (rows.rows_read with
``label_after``): the label is the words after the count, else those before it, and the span
is the count's own. Every sentence here was written for these tests (made-up numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json

HEADER = "青岚市场监管\n发布日期：2023-03-14  来源：青岚日报\n"


def _at_fault(body: str) -> list[tuple[Any, ...]]:
    text = HEADER + body + "\n"
    report = report_json(text)
    return [(s["value"], s["unit"], s["label"], text[s["span"][0]:s["span"][1]])
            for s in report["supervision"]["stats"] if s["metric"] == "units_at_fault"]


def test_the_label_is_the_words_after_the_count() -> None:
    assert _at_fault("检查中发现5家企业的11台叉车存在制动问题。") == [
        (5, "家", "企业的11台叉车存在制动问题", "5家")]


def test_the_words_before_where_none_follow() -> None:
    assert _at_fault("本月共检查加气站30家，发现问题7家。") == [(7, "家", "发现问题", "7家")]
