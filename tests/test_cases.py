"""Phrasing families as data: every ``tests/cases/families_*.json`` case, parsed end to end.

The format is in tests/cases/README.md. A case marked ``known_miss`` is a strict xfail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .report_helpers import report_json

CASES = Path(__file__).parent / "cases"
HEADER = "测试报告\n发布日期：2012-06-01  来源：测试日报\n"


def _load() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("families_*.json")):
        for index, case in enumerate(json.loads(path.read_text("utf-8"))["cases"]):
            marks = []
            if case.get("known_miss"):
                marks.append(pytest.mark.xfail(reason=case["known_miss"], strict=True))
            params.append(pytest.param(case, id=f"{path.stem}-{index}-{case['family']}",
                                       marks=marks))
    return params


def _items(report: dict[str, Any], where: str) -> list[dict[str, Any]]:
    area, name = where.split(".")
    return report[area][name]  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", _load())
def test_a_phrasing_family_gives_its_facts(case: dict[str, Any]) -> None:
    report = report_json(HEADER + case["text"])
    _check(report, case["expect"])
    if "expect_v1" in case:  # what ``--schema 1`` states of the same text
        _check(report_json(HEADER + case["text"], "1"), case["expect_v1"])


def _check(report: dict[str, Any], expect: dict[str, Any]) -> None:
    for where, wanted in expect.items():
        got = [{key: item.get(key) for key in want} for item, want
               in zip(_items(report, where), wanted, strict=False)]
        assert len(_items(report, where)) == len(wanted) and got == wanted, (
            f"{where}: {[{k: i.get(k) for k in ('category', 'level', 'metric', 'kind', 'name', 'value', 'unit', 'status')} for i in _items(report, where)]}")


def test_every_case_file_is_read() -> None:
    """A case file with no cases, or a case without text or expectations, is a mistake."""
    for path in CASES.glob("families_*.json"):
        cases = json.loads(path.read_text("utf-8"))["cases"]
        assert cases, path
        for case in cases:
            assert case.get("text") and case.get("expect") and case.get("family"), (path, case)
