"""Extraction: rules that read a segmented report and return its figures, area by area."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from ..cleaning import match_view
from ..models import Brands, Inspection, Standards, Supervision
from ..segmenting import Segment
from .brands import extract_brands
from .common import Doc
from .inspection import extract_inspection
from .standards import extract_standards
from .supervision import extract_supervision

__all__ = ["Doc", "drop_title_repeats", "extract_brands", "extract_inspection",
           "extract_standards", "extract_supervision"]


def _repeats(items: list[Any], title: Segment, key: Callable[[Any], Hashable]) -> list[Any]:
    """Items without those read from the title that the body states as well."""
    in_title = [i for i in items if title.start <= i.span[0] < title.end]
    if not in_title:
        return items
    body_keys = {key(i) for i in items if not title.start <= i.span[0] < title.end}
    return [i for i in items if i not in in_title or key(i) not in body_keys]


def drop_title_repeats(doc: Doc, brands: Brands, standards: Standards,
                       supervision: Supervision, inspection: Inspection) -> None:
    """A headline usually repeats a figure of the article; keep the article's copy."""
    title = doc.layout.header.title_line
    if title is None:
        return
    # Keys compare names and units in the match view, so scripts and widths do not matter.
    brands.counts = _repeats(brands.counts, title, lambda c: (c.category, c.value, c.basis))
    brands.honours = _repeats(brands.honours, title,
                              lambda h: (h.category, match_view(h.name)))
    standards.counts = _repeats(standards.counts, title, lambda c: (c.level, c.role, c.value))
    standards.rates = _repeats(standards.rates, title, lambda r: (r.value, r.target))
    supervision.stats = _repeats(supervision.stats, title,
                                 lambda s: (s.metric, s.value, match_view(s.unit)))
    inspection.facilities = _repeats(inspection.facilities, title,
                                     lambda f: match_view(f.name))
