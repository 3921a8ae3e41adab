"""Schema 2: a failure rate of instruments (电子秤不合格率为3%) or of special equipment (电梯不合格率
为15%) is the metrology or special-equipment area's ``failure_rate``, with the instrument or
equipment named before it, not a spot check's. The tallies read it where its number is in
figures; where the supervision rules read the same rate (the sentence says the instruments were
checked, 抽查; or its number is in words, 百分之三), that reading gives way to the area's in
version 2 — version 1, which has no such areas, keeps it. Words in
:mod:`.lexicon.failure_rates`."""

from __future__ import annotations

from ..models import EquipmentStat, MetrologyStat, ReportData, SupervisionStat
from .common import Doc
from .lexicon.failure_rates import GOODS
from .lexicon.metrology import INSTRUMENTS
from .lexicon.special_equipment import EQUIPMENT
from .rows import kind_before, kind_names

# The kinds a rate may be of, without the catch-alls (设备, 计量器具 and the like: ``any``),
# which name no instrument or equipment of their own.
_INSTRUMENTS = tuple((words, kind) for words, kind in INSTRUMENTS if kind != "any")
_EQUIPMENT = tuple((words, kind) for words, kind in EQUIPMENT if kind != "any")
_GOODS_ROWS = ((GOODS, ""),)
_INSTRUMENT_NAMES = kind_names(_INSTRUMENTS)
_EQUIPMENT_NAMES = kind_names(_EQUIPMENT)
_GOODS_NAMES = kind_names(_GOODS_ROWS)


def keep_area_failure_rates(doc: Doc, report: ReportData) -> None:
    """Give each supervision failure rate of instruments or special equipment to its area:
    dropped where the area read the same number, else moved there with the kind named nearest
    before it in its sentence."""
    read = {stat.span[1] for area in (report.metrology, report.special_equipment)
            for stat in area.stats if stat.metric == "failure_rate"}
    kept = []
    for stat in report.supervision.stats:
        if stat.metric != "failure_rate" or stat.basis is not None \
                or (stat.span[1] not in read and not _moved(doc, report, stat)):
            kept.append(stat)
    report.supervision.stats = kept
    for area in (report.metrology, report.special_equipment):
        area.stats.sort(key=lambda stat: stat.span[0])  # (a moved rate in its text's order)


def _moved(doc: Doc, report: ReportData, stat: SupervisionStat) -> bool:
    """Whether ``stat`` went to metrology or special equipment, its sentence naming a kind of
    either before it, and no goods sampled nearer to it."""
    sentence = doc.sentence_at(stat.span[0])
    if sentence.end <= sentence.start:
        return False
    view, start, stop = doc.view, sentence.start, stat.span[1]
    equipment = kind_before(_EQUIPMENT_NAMES, _EQUIPMENT, view, start, stop)
    instrument = kind_before(_INSTRUMENT_NAMES, _INSTRUMENTS, view, start, stop)
    goods = kind_before(_GOODS_NAMES, _GOODS_ROWS, view, start, stop)
    nearest = max(equipment or (-1, ""), instrument or (-1, ""))[0]
    if nearest < 0 or (goods is not None and goods[0] > nearest):
        return False  # no kind named, or goods named nearer: a spot check's rate
    fields = {"label": stat.label, "value": stat.value, "unit": stat.unit, "status": stat.status,
              "place": stat.place, "period": stat.period, "span": stat.span,
              "evidence": stat.evidence, "page": stat.page}
    if equipment is not None and (instrument is None or equipment[0] > instrument[0]):
        report.special_equipment.stats.append(EquipmentStat(
            metric="failure_rate", equipment=equipment[1], **fields))  # type: ignore[arg-type]
    elif instrument is not None:
        report.metrology.stats.append(MetrologyStat(
            metric="failure_rate", instrument=instrument[1], **fields))  # type: ignore[arg-type]
    return True

