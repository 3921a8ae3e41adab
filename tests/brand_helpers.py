"""What the brand-count tests share: each brand count a text gives, by the fields they pin."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def counts(text: str) -> list[tuple[str, int, str | None, str]]:
    """(category, value, basis, status) of every brand count the text gives, in order."""
    report: Any = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(c["category"], c["value"], c["basis"], c["status"])
            for c in report["brands"]["counts"]]
