"""What the region and figure-place tests share: a report's region, the places of a text that
can say where it is, and each figure's value with its place."""

from __future__ import annotations

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.places import find_places
from qsreport.places.finder import is_about

from .report_helpers import report_json


def region(text: str) -> str | None:
    return parse(text.encode()).meta.region


def about(text: str) -> list[str]:
    """The place names of ``text`` that can say where a report or a figure is."""
    view = match_view(text)
    return [view[m.start:m.end] for m in find_places(view) if is_about(view, m)]


def places(text: str) -> list[tuple[float, str | None]]:
    """Each figure's value and place, over the areas whose figures carry one."""
    report = report_json(text)
    return [(item["value"], item["place"])
            for area in ("supervision", "brands", "metrology", "distinctions", "capacity",
                         "special_equipment", "standards")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item]
