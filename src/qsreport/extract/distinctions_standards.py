"""Distinctions (schema 2): a standard's front-runners (企业标准“领跑者”) and the firms confirmed
for good standardization conduct (标准化良好行为企业), counted — titles a firm or its standard
holds, which no tally of another distinction reads — and the support a region gives standards
work: money granted for it, what the money went to, and the standardization committees it
holds (their words are in :mod:`.lexicon.distinctions`, ``STANDARDS_DISTINCTIONS`` and
``STANDARDS_SUPPORT``). :func:`rows_read` reads any such table of rows."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from .. import regex_cache as rx
from ..models import DistinctionStat
from ..numbers import to_number
from .common import Doc, told_again
from .lexicon.distinctions import STANDARDS_DISTINCTIONS, STANDARDS_SUPPORT

_ANY = rx.compile(r"领跑者|良好行为|标准[^。；;]{0,40}?(?:资助|补助|扶持|资金支持|经费支持|研制资金|专项资金)|"
                  r"技术委员会|标委会|技术组织|秘书处")


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((metric, rx.compile(pattern))
                 for metric, pattern in STANDARDS_DISTINCTIONS + STANDARDS_SUPPORT)


def standards_distinctions(doc: Doc) -> list[DistinctionStat]:
    """Each count of front-runners or of good-conduct firms, each sum granted for standards
    work and each count of what it went to, and each count of standardization committees, once
    a figure (the first row that reads it decides) and once a value (a headline told again), of
    no other distinction (``any``)."""
    if _ANY.search(doc.view) is None:
        return []
    return rows_read(doc, _rows(), " ，,、近约", any_distinction)


T = TypeVar("T")


def any_distinction(**fields: Any) -> DistinctionStat:
    """A distinction of no kind (``any``)."""
    return DistinctionStat(distinction="any", **fields)


def rows_read(doc: Doc, rows: tuple[tuple[str, re.Pattern[str]], ...],
              label_trim: str, make: Callable[..., T]) -> list[T]:
    """The figures a table of (metric, pattern) rows reads, each built by ``make`` (from its
    metric, label, value, unit, span and evidence): each figure once (the first row
    that reads it decides) and each value once where a headline's figure is told again in the
    body. The label is the words before the figure, trimmed of ``label_trim``, or, where
    fewer than two are left (a count before its title), the words after it."""
    view = doc.view
    taken: dict[int, T] = {}
    said: dict[tuple[str, float], list[int]] = {}  # (where each value was said)
    for metric, pattern in rows:
        for match in pattern.finditer(view):
            end = match.end("unit")
            value = to_number(match.group("num"))
            if end in taken or value is None or any(
                    told_again(doc, at, match.start("num")) for at in said.get((metric, value), ())):
                continue
            said.setdefault((metric, value), []).append(match.start("num"))
            sentence = doc.sentence_at(match.start("num"))
            label = doc.text[match.start():match.start("num")].strip(label_trim)
            if len(label) < 2:
                label = doc.text[end:match.end()].strip(" ，,、")
            taken[end] = make(
                metric=metric,
                label=label,
                value=value,
                unit=doc.text[match.start("unit"):end],
                span=(match.start(), end),
                evidence=doc.evidence(sentence),
            )
    return [taken[end] for end in sorted(taken)]
