"""A toll's changes told together, in the order of the tolls they follow (…发生事故30起，死亡
25人，受伤12人，同比分别下降6.5%、3.2%和8.1%; 事故起数、死亡人数较上年分别减少20%和10%):
each figure of the list is the change of the toll in its place, read here for
:mod:`.special_equipment` (a keyword before the list would give every figure to the last toll
named, or none)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import EquipmentStat
from ..numbers import to_number
from .common import Doc
from .lexicon.special_equipment import SPECIAL_EQUIPMENT
from .lexicon.special_equipment_tolls import OTHER_TOLLS

_PERCENT = r"\d+(?:\.\d+)?\s*[%％]"
# 分别 and a change word right before a list of two or more figures in %.
_RESPECTIVELY = rx.compile(
    r"分别(?:为)?(?:下降|上升|增长|减少|增加|降低|提高)(?:了)?"
    rf"(?:约|近)?\s*(?P<run>{_PERCENT}(?:\s*(?:[、，,和及与]|以及)\s*(?:约|近)?\s*{_PERCENT})+)")
_ONE = rx.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％])")
# The tolls named in the list's own clause, in their order (事故起数、死亡人数较上年分别…).
_NAMED = rx.compile(r"(?P<accidents>事故(?:总?起数|数量|总数))|(?P<deaths>(?:死亡|遇难)人数)|"
                    r"(?P<injuries>(?:受伤|伤员)人数)|(?P<economic_loss>(?:直接)?经济损失)")
_CLAUSE_START = rx.compile(r"[，,；;：:]")
_RATE = rx.compile(r"率")
# Other accidents than the equipment's (道路交通事故起数…分别下降…), and the area's own words: a
# list naming its tolls is the area's only in a sentence that names the equipment or counts
# its tolls.
_OTHER = rx.compile(OTHER_TOLLS)
_AREA = rx.compile(SPECIAL_EQUIPMENT.trigger)
_TOLLS = ("accidents", "deaths", "injuries", "economic_loss")
# A loss's change in % is no metric of the area (its own unit only): its place is kept, and
# its figure left out.
_KEPT = frozenset({"accidents", "deaths", "injuries"})


def respective_changes(doc: Doc, stats: list[EquipmentStat]) -> list[EquipmentStat]:
    """``stats`` with each list of changes told with 分别 given to the tolls in its order:
    those its clause names, else the tolls counted before it in its sentence, when there are
    as many of them as figures; the figures' own readings give way."""
    view = doc.view
    if "分别" not in view:
        return stats
    found = False
    given: set[tuple[str, float]] = set()  # (a change told again later: once)
    for match in _RESPECTIVELY.finditer(view):
        sentence = doc.sentence_at(match.start())
        figures = list(_ONE.finditer(view, match.start("run"), match.end("run")))
        clause = doc.after_last(_CLAUSE_START, match.start(), sentence.start)
        if _RATE.search(view, clause, match.start()):
            continue  # (万台事故率和死亡率分别下降…: rates, whose changes are their own)
        if _OTHER.search(view, clause, match.start()):
            continue
        counted: list[tuple[str, str]] = [(stat.metric, stat.equipment) for stat in stats
                   if stat.metric in _TOLLS and stat.unit not in ("%", "％")
                   and sentence.start <= stat.span[1] <= match.start()]
        named = [m.lastgroup or "" for m in _NAMED.finditer(view, clause, match.start())]
        if not counted and not _AREA.search(view, sentence.start, sentence.end):
            named = []
        tolls: list[tuple[str, str]] = [(metric, "any") for metric in named]
        if len(tolls) != len(figures):
            tolls = counted
        if len(tolls) != len(figures):
            continue
        found = True
        taken = {figure.end() for figure in figures}
        stats = [stat for stat in stats if stat.span[1] not in taken]
        label = doc.text[clause:match.start("run")].strip()
        for (metric, equipment), figure in zip(tolls, figures, strict=True):
            value = to_number(figure.group("num"))
            if metric not in _KEPT or value is None or (metric, value) in given:
                continue
            given.add((metric, value))
            stats.append(EquipmentStat(
                metric=metric, equipment=equipment,  # type: ignore[arg-type]
                label=label, value=value, unit=figure.group("unit"), basis="change",
                span=(clause, figure.end()), evidence=doc.evidence(sentence)))
    return sorted(stats, key=lambda stat: stat.span[1]) if found else stats
