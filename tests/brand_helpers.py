"""What the brand-count tests share: each brand count a text gives, by the fields they pin."""

from __future__ import annotations

from .report_helpers import area_items


def counts(text: str) -> list[tuple[str, int, str | None, str]]:
    """(category, value, basis, status) of every brand count the text gives, in order."""
    return [(c["category"], c["value"], c["basis"], c["status"])
            for c in area_items(text, "brands", "counts")]
