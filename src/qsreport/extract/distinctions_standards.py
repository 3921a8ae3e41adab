"""Distinctions (schema 2): a standard's front-runners (企业标准“领跑者”) and the firms confirmed
for good standardization conduct (标准化良好行为企业), counted — titles a firm or its standard
holds, which no tally of another distinction reads (their words are in
:mod:`.lexicon.distinctions`, ``STANDARDS_DISTINCTIONS``)."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import DistinctionStat
from ..numbers import to_number
from .common import Doc, told_again
from .lexicon.distinctions import STANDARDS_DISTINCTIONS

_ANY = rx.compile(r"领跑者|良好行为")


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((metric, rx.compile(pattern)) for metric, pattern in STANDARDS_DISTINCTIONS)


def standards_distinctions(doc: Doc) -> list[DistinctionStat]:
    """Each count of front-runners or of good-conduct firms, once a figure (the first row that
    reads it decides) and once a value (a headline told again), of no other distinction
    (``any``)."""
    view = doc.view
    if _ANY.search(view) is None:
        return []
    taken: dict[int, DistinctionStat] = {}
    # (a headline's count told again in the body: once; where each was said)
    said: dict[tuple[str, float], list[int]] = {}
    for metric, pattern in _rows():
        for match in pattern.finditer(view):
            end = match.end("unit")
            value = to_number(match.group("num"))
            if end in taken or value is None or any(
                    told_again(doc, at, match.start("num")) for at in said.get((metric, value), ())):
                continue
            said.setdefault((metric, value), []).append(match.start("num"))
            sentence = doc.sentence_at(match.start("num"))
            label = doc.text[match.start():match.start("num")].strip(" ，,、近约")
            if len(label) < 2:  # (the count before the title: its words after it)
                label = doc.text[end:match.end()].strip(" ，,、")
            taken[end] = DistinctionStat(
                metric=metric,  # type: ignore[arg-type]
                distinction="any",
                label=label,
                value=value,
                unit=doc.text[match.start("unit"):end],
                span=(match.start(), end),
                evidence=doc.evidence(sentence),
            )
    return [taken[end] for end in sorted(taken)]
