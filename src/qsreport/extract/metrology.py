"""Metrology: instruments verified and checked, their pass and verification rates, the sites
they stand in, and measurement standards (schema 2); the words are in
:mod:`.lexicon.metrology`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from ..models import Metrology, MetrologyStat
from .areas import tally_area
from .common import Doc
from .lexicon.metrology import METROLOGY
from .tallies import Tallies, stats_of

_TALLIES = Tallies(METROLOGY)


def extract_metrology(doc: Doc) -> Metrology:
    """``共检定出租车计价器186台``, ``合格611台``, ``合格率97.8%``, ``52个加油站``,
    ``社会公用计量标准45项``."""
    return Metrology(stats=[MetrologyStat(metric=t.metric, instrument=t.name,  # type: ignore[arg-type]
                                          **fields) for t, fields in stats_of(doc, _TALLIES)])


AREA = tally_area("metrology", extract_metrology,
                  title="Metrology", kind="metrology", what="instrument")
