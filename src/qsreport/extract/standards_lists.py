"""Standards counts listed after 分别 for several places or bodies: one level shared by all
the list's numbers (甲、乙分别发布团体标准320项和210项), numbers that share one unit written
once at the end (丙、丁分别发布了150、120项), and a list with no level of its own that goes on
with the list of the clause before (…分别发布团体标准320项和210项，丙、丁分别发布了150、120项)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import StandardCount
from ..regex_prefilter import compile_fast
from ..segmenting import Segment
from .common import CLAUSE_STOP, Doc, Figure, nearest_word
from .lexicon.standards import ROLE_WORD, standard_level
from .standards_rates import Goals
from .standards_values import count_unit, count_value

_RESPECTIVELY = rx.compile(r"分别")
# A bare number before a list's last figure: the 150 of 150、120项 (the unit said once).
_BARE_BEFORE = compile_fast(r"(\d+)\s*(?:、|和|及|与)\s*$")
# What joins the numbers of one list: 320项和210项, 150、120项.
_JOINED = rx.compile(r"\s*(?:、|和|及|与|以及)\s*")
_LOOK_BACK = 12  # characters before a figure that a bare number and its joint can take


def listed_counts(doc: Doc, sentence: Segment, levels: list[re.Match[str]],
                  figures: list[Figure], found: dict[int, StandardCount]) -> dict[int, StandardCount]:
    """Counts of the 分别 lists of ``sentence`` that ``found`` (the counts read so far, by
    their number's start) left out, each at the level of its list."""
    view = doc.view
    out: dict[int, StandardCount] = {}
    carried: StandardCount | None = None  # the last list's count, for a list with no level
    goals = Goals(doc, sentence.start, sentence.end)
    for word in _RESPECTIVELY.finditer(view, sentence.start, sentence.end):
        clause_start = doc.clause_start(word.start(), sentence.start)
        stop = CLAUSE_STOP.search(view, word.end(), sentence.end)
        clause_end = stop.start() if stop else sentence.end
        listed = _list_after(view, [f for f in figures if word.end() <= f.start < clause_end])
        own = [lv for lv in levels if clause_start <= lv.start() < clause_end]
        known = [found[f.start] for f, _ in listed if f.start in found]
        if len(listed) < 2 or len(own) > 1 or len({c.level for c in known}) > 1:
            carried = None  # (国家标准3项、行业标准5项: each number has its own level)
            continue
        model = known[0] if known else _model(doc, own[0] if own else None, carried,
                                              clause_start, clause_end)
        if model is None:
            carried = None
            continue
        for figure, unit_end in listed:
            if figure.start in found or goals.reach(figure.start):
                continue
            out[figure.start] = StandardCount(
                level=model.level, role=model.role, label=model.label,
                value=count_value(figure), unit=count_unit(doc, figure, unit_end),
                span=(figure.start, figure.end), evidence=doc.evidence(sentence))
        carried = model
    return out


def _list_after(view: str, figures: list[Figure]) -> list[tuple[Figure, int]]:
    """The figures of a list after 分别, each with where its unit ends, with the bare numbers
    that share the next one's unit (150、120项 → 150项 and 120项); empty unless the figures
    are joined as one list."""
    listed: list[tuple[Figure, int]] = []
    for figure in figures:
        bare: list[tuple[Figure, int]] = []
        end = figure.start
        while (number := _BARE_BEFORE.search(view, max(0, end - _LOOK_BACK), end)) is not None:
            bare.insert(0, (figure._replace(value=int(number.group(1)), start=number.start(1),
                                            end=number.end(1)), figure.end))
            end = number.start(1)
        first = bare[0][0] if bare else figure
        if listed and not _JOINED.fullmatch(view, listed[-1][0].end, first.start):
            return []
        listed += [*bare, (figure, figure.end)]
    return listed


def _model(doc: Doc, level: re.Match[str] | None, carried: StandardCount | None,
           start: int, end: int) -> StandardCount | None:
    """A count giving the list's level and role: its own level word, else the list before's;
    the role from the clause's verb (发布, 采用), else the list before's."""
    role = nearest_word(ROLE_WORD, doc.view, start, end)
    if level is None:
        if carried is None:
            return None
        return StandardCount(level=carried.level, role=role or carried.role,  # type: ignore[arg-type]
                             label=carried.label, value=0, unit=carried.unit, span=(start, end),
                             evidence="")
    if role is None:
        return None
    return StandardCount(level=standard_level(level), role=role,  # type: ignore[arg-type]
                         label=doc.text[level.start():level.end()], value=0, unit="",
                         span=(start, end), evidence="")
