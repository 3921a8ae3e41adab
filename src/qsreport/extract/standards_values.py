"""A standards count's value and unit from its figure: a scale is the value's (2万余个国家标准
→ 10000 个, 6.2万项 → 62000 项), as the counts of standards are compared level by level."""

from __future__ import annotations

from .common import Doc, Figure

_SCALES = {"万": 10_000, "亿": 100_000_000}


def count_value(figure: Figure) -> int:
    """The number of standards ``figure`` counts, its 万 or 亿 multiplied out."""
    scale = next((factor for word, factor in _SCALES.items() if word in figure.scale), 1)
    return round(figure.value * scale)


def count_unit(doc: Doc, figure: Figure, end: int | None = None) -> str:
    """The unit as written (up to ``end``, else the figure's), without the scale when the
    value took it (项 of 1.2万项)."""
    start = figure.end - len(figure.unit) if figure.scale else figure.unit_start
    return doc.text[start:figure.end if end is None else end]
