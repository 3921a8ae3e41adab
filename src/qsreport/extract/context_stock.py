"""Which figures count a stock held rather than work done, for :mod:`.context`: the figures
目前 dates as a stock (``cumulative``), and those 近年来 does where no year is in reach."""

from __future__ import annotations

from typing import Any

_STOCK_METRICS = frozenset({"registered", "measurement_standards"})
# Holdings of the tallied areas, by the field that names their kind: titles and zones a place
# holds (distinctions awarded), firms holding a certificate or licence, testing bodies built.
_HELD_METRICS = {"distinction": frozenset({"awarded"}),
                 "scheme": frozenset({"certified", "licensed"}), "body": frozenset({"bodies"})}


def counts_a_stock(item: Any) -> bool:
    """Honours and standards held, equipment registered, measurement standards kept, and the
    holdings of :func:`holds`: figures that 目前 dates as a stock (not work done so far)."""
    if hasattr(item, "category") or hasattr(item, "role"):
        return True  # a brand count or a standards count
    return getattr(item, "metric", None) in _STOCK_METRICS or holds(item)


def holds(item: Any) -> bool:
    """Whether a tallied figure counts a holding (_HELD_METRICS), which 近年来 with no year in
    reach makes a stock, as it does a brand count (近年来，甲市帮助80家企业获得某某认证)."""
    return any(hasattr(item, kind) and getattr(item, "metric", None) in metrics
               for kind, metrics in _HELD_METRICS.items())
