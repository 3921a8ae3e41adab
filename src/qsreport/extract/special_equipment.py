"""Special equipment: boilers, pressure vessels, lifts and their kin registered and inspected,
their users inspected, hazards found and put right (schema 2); the words are in
:mod:`.lexicon.special_equipment`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import EquipmentStat, SpecialEquipment
from .areas import tally_area
from .common import Doc
from .lexicon.special_equipment import SPECIAL_EQUIPMENT
from .tallies import Tallies, stats_of

_TALLIES = Tallies(SPECIAL_EQUIPMENT)
# Hazards found and put right in one breath (发现并整改隐患5处): the figure is of both.
_FOUND_AND_RECTIFIED = rx.compile(r"(?:发现|查出)(?:并|后)(?:及时)?(?:整改|消除|排除)")


def extract_special_equipment(doc: Doc) -> SpecialEquipment:
    """``注册登记的特种设备共8420台，其中锅炉312台``, ``对125台锅炉进行了定期检验``,
    ``抽查电梯使用单位58家``, ``发现事故隐患17处``."""
    stats = []
    for tally, fields in stats_of(doc, _TALLIES):
        if tally.metric == "hazards_rectified" and _FOUND_AND_RECTIFIED.search(
                doc.view, tally.label_start, tally.figure.start):
            stats.append(EquipmentStat(metric="hazards_found", equipment=tally.name,  # type: ignore[arg-type]
                                       **fields))
        stats.append(EquipmentStat(metric=tally.metric, equipment=tally.name,  # type: ignore[arg-type]
                                   **fields))
    return SpecialEquipment(stats=stats)


AREA = tally_area("special_equipment", extract_special_equipment,
                  title="Special equipment", kind="equipment", what="equipment")
