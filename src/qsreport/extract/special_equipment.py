"""Special equipment: boilers, pressure vessels, lifts and their kin registered and inspected,
their users inspected, hazards found and put right (schema 2); the words are in
:mod:`.lexicon.special_equipment`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from ..models import EquipmentStat, SpecialEquipment
from .areas import Area, Figures, ItemList, same_text, score_number, score_unit
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


AREA = Area(
    name="special_equipment",
    extract=extract_special_equipment,
    in_every_key=False,
    lists=(
        ItemList(
            field="stats", title="Special equipment",
            columns=("metric", "equipment", "label", "value"),
            row=lambda s: (s.metric, s.equipment, s.label, f"{s.value} {s.unit}"),
            same=lambda s: (s.metric, s.equipment, s.value, same_text(s.unit)),
            score_name="special equipment",
            score_key=lambda f: (f["metric"], f["equipment"], score_number(f["value"]),
                                 score_unit(f["unit"])),
            figures=Figures("equipment", lambda s: (s.metric, s.label, s.value, s.unit, s.basis,
                                                    s.equipment)),
        ),
    ),
)
