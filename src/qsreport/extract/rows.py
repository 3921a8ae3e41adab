"""A table of (metric, pattern) rows read over a whole report: the reader the areas share
whose figures are each a row's match (standards' distinctions and support, distinctions'
values, metrology's comparisons)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .. import regex_cache as rx
from ..chars import LABEL_EDGE
from ..numbers import to_number
from ..regex_prefilter import compile_fast, might_match
from ..regex_triggers import holds_needles
from .common import Doc, told_again
from .tally_names import last_match

T = TypeVar("T")


def compiled_rows(table: Sequence[tuple[str, str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A table of (metric, pattern) rows compiled for :func:`rows_read`: each row scans a whole
    report, so each has the test of its first characters in front (:func:`compile_fast`: the
    same matches, the places where none can start failed at once)."""
    return tuple((metric, compile_fast(pattern)) for metric, pattern in table)


def rows_read(doc: Doc, rows: tuple[tuple[str, re.Pattern[str]], ...],
              lead: str, make: Callable[..., T], *, label_after: bool = False) -> list[T]:
    """The figures a table of (metric, pattern) rows reads, each built by ``make`` (from its
    metric, label, value, unit, span and evidence): each figure once (the first row
    that reads it decides) and each value once where a headline's figure is told again in the
    body. The label is the words before the figure, trimmed of :data:`.LABEL_EDGE` and of the
    words ``lead`` (共, 约, 为…: what may lead to the figure), or, where
    fewer than two are left (a count before its title), the words after it. A row whose
    pattern has a group ``at`` starts its figure there: the words before only say where the
    row may match (a list named earlier in the sentence). With ``label_after`` the words after
    the figure come first (trimmed of ``lead`` too), the words before only where none are left,
    and the span is the figure's alone (a finding's words before it: 发现…6家企业的…问题)."""
    view, label_trim = doc.view, LABEL_EDGE + lead
    taken: dict[int, T] = {}
    said: dict[tuple[str, float], list[int]] = {}  # (where each value was said)
    for metric, pattern in rows:
        if not might_match(pattern, view) or not holds_needles(pattern, view, 0, len(view)):
            # (the text lacks every word of one of the sets each of the row's matches holds
            # one of: a row of figures opens on any digit, and the one set ``might_match``
            # asks for, 企业 or 单位, is in most reports where 类 or 级 after a count is not)
            continue
        marked = "at" in pattern.groupindex
        for match in pattern.finditer(view):
            end = match.end("unit")
            first = match.start("at") if marked else match.start()
            value = to_number(match.group("num"))
            if end in taken or value is None or any(
                    told_again(doc, at, match.start("num")) for at in said.get((metric, value), ())):
                continue
            said.setdefault((metric, value), []).append(match.start("num"))
            sentence = doc.sentence_at(match.start("num"))
            before = doc.text[first:match.start("num")].strip(label_trim)
            if label_after:
                label = doc.text[end:match.end()].strip(label_trim) or before
                first = match.start("num")
            else:
                label = before if len(before) >= 2 else doc.text[end:match.end()].strip(LABEL_EDGE)
            taken[end] = make(
                metric=metric,
                label=label,
                value=value,
                unit=doc.text[match.start("unit"):end],
                span=(first, end),
                evidence=doc.evidence(sentence),
            )
    return [taken[end] for end in sorted(taken)]


def kind_names(kinds: Sequence[tuple[str, str]]) -> re.Pattern[str]:
    """One alternation of the (pattern, kind) rows ``kinds``, the i-th row's pattern as group
    ``k{i}``, for :func:`kind_named`."""
    return rx.compile("|".join(f"(?P<k{i}>{pattern})" for i, (pattern, _) in enumerate(kinds)))


def kind_named(names: re.Pattern[str], kinds: Sequence[tuple[str, str]], view: str,
               start: int, at: int, end: int) -> str | None:
    """The kind of the row of ``kinds`` (``names`` = :func:`kind_names` of them) named nearest
    before ``at`` in ``start``..``at``, else the first named in ``at``..``end``; None where
    none is."""
    nearest = kind_before(names, kinds, view, start, at)
    if nearest is not None:
        return nearest[1]
    named = names.search(view, at, end)
    return None if named is None else kinds[int((named.lastgroup or "k0")[1:])][1]


def kind_before(names: re.Pattern[str], kinds: Sequence[tuple[str, str]], view: str,
                start: int, stop: int) -> tuple[int, str] | None:
    """Where the row of ``kinds`` named nearest before ``stop`` (in ``start``..``stop``) ends,
    and its kind; None where none is named."""
    named = last_match(names.finditer(view, start, stop))
    return None if named is None else (named.end(), kinds[int((named.lastgroup or "k0")[1:])][1])
