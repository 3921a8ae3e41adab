"""Special equipment: boilers, pressure vessels, lifts and their kin registered and inspected,
their users inspected, hazards found and put right (schema 2); the words are in
:mod:`.lexicon.special_equipment`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from ..models import EquipmentStat, SpecialEquipment
from .areas import tally_area
from .common import Doc
from .lexicon.special_equipment import SPECIAL_EQUIPMENT
from .tallies import Tallies, stats_of

_TALLIES = Tallies(SPECIAL_EQUIPMENT)


def extract_special_equipment(doc: Doc) -> SpecialEquipment:
    """``注册登记的特种设备共8420台，其中锅炉312台``, ``对125台锅炉进行了定期检验``,
    ``抽查电梯使用单位58家``, ``发现事故隐患17处``."""
    return SpecialEquipment(stats=[
        EquipmentStat(metric=t.metric, equipment=t.name, **fields)  # type: ignore[arg-type]
        for t, fields in stats_of(doc, _TALLIES)])


AREA = tally_area("special_equipment", extract_special_equipment,
                  title="Special equipment", kind="equipment", what="equipment")
