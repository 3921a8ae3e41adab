"""Schema 1 as a view of the report's dataclasses: what ``--schema 1`` writes.

Schema 1 is frozen (render/schema_v1.json): achieved levels only, none of the fields or areas
schema 2 added. :func:`as_version_1` narrows a report to it; :func:`field_names_v1` is what
:func:`qsreport.jsonable.to_jsonable` writes of each dataclass for such a report.
"""

from __future__ import annotations

from dataclasses import fields, replace
from functools import cache
from typing import Any

from .jsonable import field_names
from .models import STAT_METRICS_V1, STAT_METRICS_V2_ONLY, ReportData

# The fields schema 2 added to each figure (and the firms behind a brand count); BrandCount
# had a basis already.
_V2_FIELDS = frozenset({"status", "place", "period", "place_code", "place_name", "part_of",
                        "firms"})
# Fields schema 2 added to items, the source and the meta, which a schema-1 report is written
# without.
_V2_EVERY_ITEM = frozenset({"page", "text_sha256", "language", "document",
                            "region_code", "region_name"})
_V2_BASIS = ("StandardCount", "StandardRate", "SupervisionStat")
# Items that are no figures but got a field of schema 2's (a named winner's status).
_V2_ITEM_FIELDS = {"BrandHonour": frozenset({"status", "place", "period", "place_code",
                                              "place_name"})}
# A report's fields in schema 1, which is frozen: an area added later is left out of it.
_V1_REPORT = ("schema_version", "source", "meta", "sections", "brands", "standards",
              "supervision", "inspection", "warnings")


@cache
def field_names_v1(kind: Any) -> tuple[str, ...] | None:
    names = field_names(kind)
    if names is None:
        return None
    if kind is ReportData:
        return tuple(name for name in names if name in _V1_REPORT)
    if "value" not in names:  # not a figure (a named winner has a period, but no value)
        dropped = _V2_EVERY_ITEM | _V2_ITEM_FIELDS.get(kind.__name__, frozenset())
        return tuple(name for name in names if name not in dropped)
    dropped = _V2_FIELDS | _V2_EVERY_ITEM | ({"basis"} if kind.__name__ in _V2_BASIS else set())
    return tuple(name for name in names if name not in dropped)


def as_version_1(report: ReportData) -> ReportData:
    """The report as schema 1 states it: only achieved levels — no targets, shortlists,
    applications or recommendations, no changes (提高3个百分点) — but for rates, which say
    ``target`` themselves; none of the areas schema 2 added (metrology, …), so that CSV and
    SQLite write none of their figures either; no supervision figure of a metric version 1
    never reported (``STAT_METRICS_V2_ONLY``: pledges signed, teams sent, …); and, when
    written, without the fields schema 2 added."""
    import copy

    old = copy.copy(report)
    old.schema_version = "1"
    for area_name in ("brands", "standards", "supervision"):
        area = copy.copy(getattr(report, area_name))
        for field_ in fields(area):
            items = getattr(area, field_.name)
            if items and hasattr(items[0], "value") and hasattr(items[0], "period"):
                setattr(area, field_.name, [_metric_v1(i) for i in items if i.basis != "change"
                                            and (i.status == "achieved" or hasattr(i, "target"))
                                            and getattr(i, "metric", None)
                                            not in STAT_METRICS_V2_ONLY
                                            and getattr(i, "level", None) != "several"
                                            ])  # rates: v1's own flag
        # (a standards count over several levels is schema 2's: schema 1 has no such level)
        setattr(old, area_name, area)
    # (a named winner on a shortlist or a plan won nothing yet)
    old.brands.honours = [h for h in report.brands.honours if h.status == "achieved"]
    if report.source.format == "wordml":  # schema 1 predates Word's one-file XML: its
        old.source = replace(report.source, format="docx")  # nearest is the same vocabulary
    for field_ in fields(ReportData):  # schema 2's own areas are not in schema 1
        if field_.name not in _V1_REPORT:
            setattr(old, field_.name, type(getattr(report, field_.name))())
    return old


def _metric_v1(item: Any) -> Any:
    """A figure as schema 1 knows it: schema 2's outcome metrics (batches_failed,
    cases_transferred, …) are schema 1's ``other``; a brand count names no firms (so that
    CSV and SQLite write no ``brand_firms`` row either); a figure of a kind schema 1 gave no
    basis has none (so that the facts table's ``basis`` of a supervision stat stays empty)."""
    if getattr(item, "firms", None) is not None:
        item = replace(item, firms=None)
    if type(item).__name__ in _V2_BASIS and item.basis is not None:
        item = replace(item, basis=None)
    metric = getattr(item, "metric", None)
    if metric is None or metric in STAT_METRICS_V1:
        return item
    return replace(item, metric="other")
