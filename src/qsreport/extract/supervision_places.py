"""Supervision: places inspected (schema 2's ``places_inspected``): markets, shops and stations
a check went through, which are no firms inspected (检查商场45家次、超市120家次). A sentence
about instruments leaves them to metrology, whose sites they are (巡查加气站9家，检定加气机
40台)."""

from __future__ import annotations

from .. import regex_cache as rx
from .common import Doc
from .lexicon.metrology import METROLOGY
from .lexicon.supervision import PLACE_ITEM, PLACES_BEFORE

_PLACE_UNITS = frozenset({"家", "家次", "个", "个次", "户", "户次", "处"})
_INSTRUMENT_WORK = rx.compile(METROLOGY.trigger)


def place_inspected(doc: Doc, sentence_start: int, sentence_end: int, context_start: int,
                    start: int, unit: str, previous: tuple[str | None, str]) -> bool:
    """Whether a figure with no metric counts places a check went through: the check and the
    place right before it (突击检查了超市、商场和副食店16家), or a place going on with a list
    of them (、农贸市场9个)."""
    if unit not in _PLACE_UNITS:
        return False
    view = doc.view
    listed = previous[0] == "places_inspected" \
        and PLACE_ITEM.fullmatch(view, context_start, start) is not None
    if not listed and PLACES_BEFORE.search(view, context_start, start) is None:
        return False
    return _INSTRUMENT_WORK.search(view, sentence_start, sentence_end) is None
