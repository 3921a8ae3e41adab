"""Inspection capacity: the inspection and testing bodies a report counts and what they hold
or are being built with — investment, land and floor area, staff, instruments, the products
and parameters they can test (schema 2); the words are in :mod:`.lexicon.capacity`, the
reading in :mod:`.tallies`."""

from __future__ import annotations

from ..models import Capacity, CapacityStat
from .areas import tally_area
from .common import Doc
from .lexicon.capacity import CAPACITY
from .tallies import Tallies
from .tally_stats import stats_of

_TALLIES = Tallies(CAPACITY)


def extract_capacity(doc: Doc) -> Capacity:
    """``中心总投资3600万元``, ``建筑面积8200平方米``, ``有检验技术人员46名``,
    ``建成国家级质检中心3个``. Only in a report that names an inspection body somewhere:
    the sentences read are many (any that speaks of a project or a building)."""
    if _TALLIES.names.search(doc.view) is None:
        return Capacity()
    return Capacity(stats=[CapacityStat(metric=t.metric, body=t.name,  # type: ignore[arg-type]
                                        **fields) for t, fields in stats_of(doc, _TALLIES)])


AREA = tally_area("capacity", extract_capacity,
                  title="Inspection capacity", kind="capacity", what="body")
