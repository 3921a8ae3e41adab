"""Special equipment (schema 2): the count a verdict was given among, read as the count
inspected (在50部扶梯中有6部不合规定 → 50 部 inspected, 6 部 failed); the words are in
:mod:`.lexicon.special_equipment_population`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import EquipmentStat
from ..numbers import to_number
from .common import Doc
from .lexicon.special_equipment_population import NOT_CHECKED, POPULATION, REACH
from .tallies import Tallies

_POPULATION = rx.compile(POPULATION)
_NOT_CHECKED = rx.compile(rf"(?:{NOT_CHECKED})[^，,；;。!?！？\d]{{0,8}}$")


def populations(doc: Doc, stats: list[EquipmentStat], tallies: Tallies) -> list[EquipmentStat]:
    """An ``inspected`` count for each count closed by 中 that stands before a ``failed``
    count of its sentence (the nearest one before it), no tally of its own; of the kind its
    own words name (设备 alone: the one kind named before it in its sentence), else of the
    failing count's, which takes the population's kind where it names none of its own."""
    view = doc.view
    taken = {stat.span[1] for stat in stats}
    found: list[EquipmentStat] = []
    for stat in stats:
        if stat.metric != "failed":
            continue
        sentence = doc.sentence_at(stat.span[0])
        start = max(sentence.start, stat.span[0] - REACH)
        # (up to the failing count's end: its label may hold the population's 中, 在50部…中有)
        matches = [m for m in _POPULATION.finditer(view, start, stat.span[1])
                   if m.end("unit") not in taken]
        if not matches:
            continue
        match = matches[-1]
        value = to_number(match.group("num"))
        clause = doc.clause_start(match.start(), sentence.start)
        if value is None or _NOT_CHECKED.search(view, clause, match.start()):
            continue
        kinds = tallies.keys_in(view, match.start("words"), match.end("words"))
        equipment = tallies.kind_of(kinds) if kinds else stat.equipment
        if equipment == tallies.words.any_name:
            # (设备 alone: the one kind its sentence named before it, 扶梯方面，在50部设备中…)
            equipment = tallies.kind_of(tallies.keys_in(view, sentence.start, match.start()) or kinds)
        if stat.equipment == tallies.words.any_name:
            stat.equipment = equipment  # type: ignore[assignment]  # (failing among them: theirs)
        taken.add(match.end("unit"))
        found.append(EquipmentStat(
            metric="inspected", equipment=equipment,  # type: ignore[arg-type]
            label=_label(doc, clause, match.start("num"), match.end("unit"), match.end()),
            value=value, unit=doc.text[match.start("unit"):match.end("unit")],
            span=(match.start(), match.end("unit")), evidence=doc.evidence(sentence)))
    return sorted([*stats, *found], key=lambda stat: stat.span[0]) if found else stats


def _label(doc: Doc, clause: int, number: int, unit_end: int, end: int) -> str:
    """The words before the count in its clause, or where fewer than two, its own words
    after it (在50部设备中: 设备中)."""
    before = doc.text[clause:number].strip()
    return before if len(before) >= 2 else doc.text[unit_end:end].strip()
