"""Metrology: instruments verified and checked, their pass and verification rates, the sites
they stand in, and measurement standards (schema 2); the words are in
:mod:`.lexicon.metrology`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import Metrology, MetrologyStat
from .areas import tally_area
from .common import Doc
from .lexicon.metrology import METROLOGY
from .tallies import Tallies, stats_of

_TALLIES = Tallies(METROLOGY)
# Two rates joined before one figure (受检率、合格率达100%): the figure is each rate's.
_VERIFICATION_RATE = r"(?:受检率|检定率|强检率|送检率)"
_BOTH_RATES = rx.compile(rf"{_VERIFICATION_RATE}[、和及与]合格率|合格率[、和及与]{_VERIFICATION_RATE}")
_OTHER_RATE = {"pass_rate": "verification_rate", "verification_rate": "pass_rate"}


def extract_metrology(doc: Doc) -> Metrology:
    """``共检定出租车计价器186台``, ``合格611台``, ``合格率97.8%``, ``52个加油站``,
    ``社会公用计量标准45项``."""
    stats = []
    for tally, fields in stats_of(doc, _TALLIES):
        stats.append(MetrologyStat(metric=tally.metric, instrument=tally.name,  # type: ignore[arg-type]
                                   **fields))
        if tally.metric in _OTHER_RATE and _BOTH_RATES.search(doc.view, tally.label_start,
                                                              tally.figure.start):
            stats.append(MetrologyStat(metric=_OTHER_RATE[tally.metric],  # type: ignore[arg-type]
                                       instrument=tally.name, **fields))  # type: ignore[arg-type]
    return Metrology(stats=stats)


AREA = tally_area("metrology", extract_metrology,
                  title="Metrology", kind="metrology", what="instrument")
