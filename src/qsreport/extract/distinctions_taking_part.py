"""Distinctions (schema 2): places and firms taking part in a quality programme
(``participants``): a quality-city or -county campaign (of ``quality_city``), quality
revitalisation or improvement, benchmarking against advanced standards (of ``any``); each
count in the run of counts that leads up to 开展 and the programme's name, in the unit written
(the words are in :mod:`.lexicon.distinctions_taking_part`). Not the holders of a title
(``awarded``), nor firms a programme trains, checks or rewards."""

from __future__ import annotations

from .. import regex_cache as rx
from ..chars import LABEL_EDGE
from ..models import DistinctionStat
from ..numbers import to_number
from ..regex_prefilter import compile_fast, might_match
from .common import Doc
from .lexicon.distinctions_taking_part import (
    BOUND,
    COUNT,
    NOT_TAKING_PART,
    NOUN_END,
    ON_THEM,
    QUALITY_CITY,
    REACH,
    STARTED,
)

_STARTED = compile_fast(STARTED)
_COUNT = rx.compile(COUNT)
_NOT = rx.compile(NOT_TAKING_PART)
_QUALITY_CITY = rx.compile(QUALITY_CITY)
_ON_THEM = rx.compile(ON_THEM)
_NOUN_END = rx.compile(NOUN_END)
_BOUND = rx.compile(BOUND)


def taking_part(doc: Doc) -> list[DistinctionStat]:
    """``12个县开展质量兴县活动``, ``5个市、17个县开展“质量兴市（县）”活动``,
    ``3万多家企业…开展对标达标活动``: each count in the clause before 开展 and the programme's
    name, where nothing between the clause's opening and 开展 says another thing was done
    (获得, 培训, 检查 …) and the bureau does not act on them (对…)."""
    view = doc.view
    if not might_match(_STARTED, view):
        return []
    found = []
    for started in _STARTED.finditer(view):
        at = started.start()
        opens = max(at - REACH, 0)
        for bound in _BOUND.finditer(view, opens, at):
            opens = bound.end()
        if _NOT.search(view, opens, at) is not None:
            continue
        programme = started.group("programme")
        sentence = doc.sentence_at(at)
        for match in _COUNT.finditer(view, opens, at):
            value = to_number(match.group("num"))
            if value is None or _ON_THEM.search(view, opens, match.start()) is not None:
                continue  # 对7家食品企业开展质量提升行动: the bureau's work on them
            noun = _NOUN_END.search(view, match.end("unit"), at)
            found.append(DistinctionStat(
                metric="participants",
                distinction="quality_city" if _QUALITY_CITY.match(programme) else "any",
                label=(doc.text[match.end("unit"):noun.start() if noun else at].strip(LABEL_EDGE)
                       + " " + doc.text[started.start("programme"):started.end("programme")]).strip(),
                value=value,
                unit=doc.text[match.start("unit"):match.end("unit")].replace("多", "").replace("余", ""),
                span=(match.start("num"), match.end("unit")),
                evidence=doc.evidence(sentence),
            ))
    return found
