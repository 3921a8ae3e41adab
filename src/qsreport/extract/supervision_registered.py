"""Supervision (schema 2): the market entities a region has on its business register —
``market_entities`` (市场主体, 经营主体: every kind together), ``market_enterprises`` (企业,
私营企业, 内资企业 …) and ``market_self_employed`` (个体工商户, 个体户) — as a stock
(甲县经营主体实有4.1万户: ``basis: total``) or newly registered (今年新登记的市场主体3900户:
``added``), and a kind's share of them (企业户数占比31%: ``share``). A change after a count
(同比增长12%) is read by :mod:`.changes` as any level's. The words are in
:mod:`.lexicon.supervision_registered`."""

from __future__ import annotations

import re

from ..chars import LABEL_EDGE_REACHED, LABEL_EDGE_TOTAL
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .figures import scaled_unit
from .lexicon.supervision_registered import (
    ADDED,
    COUNT_FIRST,
    KIND_FIRST,
    LIST_ITEM,
    METRICS,
    NET_CHANGE,
    NOT_REGISTER,
    REGISTER_SENTENCE,
    RESPECTIVE,
    RESPECTIVE_NUMBER,
    SHARE,
    SHARE_SENTENCE,
    TOTAL,
)


def registered_stats(doc: Doc) -> list[SupervisionStat]:
    """Each count of a kind of market entity, its kind named right before it (市场主体达到
    327万户, 其中企业2.3万家) or right after it after a register's verb (新登记1.2万户市场主体),
    in a clause of no check, service or programme; a firm's count only in a sentence of the
    register. Its label is its clause up to the number."""
    view = doc.view
    if REGISTER_SENTENCE.search(view) is None:
        return []
    found: dict[int, tuple[re.Match[str], str]] = {}
    for match in [*KIND_FIRST.finditer(view), *COUNT_FIRST.finditer(view)]:
        kind = _kind(match)
        if kind is not None and match.end() not in found:
            found[match.end()] = (match, kind)
    out: list[SupervisionStat] = []
    last: tuple[int, str | None] = (-1, None)  # the sentence of the last count, its basis
    for end in sorted(found):
        match, kind = found[end]
        value = to_number(match.group("num"))
        sentence = doc.sentence_at(match.start("num"))
        start = doc.clause_start(match.start("num"), sentence.start)
        words = view[start:match.start("num")]
        if value is None or NOT_REGISTER.search(view, _list_start(doc, start),
                                                match.start("num")) \
                or (kind == "firms" and REGISTER_SENTENCE.search(
                    view, sentence.start, sentence.end) is None):
            continue
        inherited = last[1] if last[0] == sentence.start else None
        basis = "change" if NET_CHANGE.search(words) else "total" if TOTAL.search(words) \
            else "added" if ADDED.search(words) else inherited or "total"
        last = (sentence.start, basis)
        out.append(SupervisionStat(
            metric=METRICS[kind],  # type: ignore[arg-type]
            label=doc.text[start:match.start("num")].strip(LABEL_EDGE_TOTAL) or METRICS[kind],
            value=value,
            unit=scaled_unit(doc.text, match, "counter"),
            basis=basis,  # type: ignore[arg-type]
            span=(start, match.end("counter")),
            evidence=doc.evidence(sentence),
        ))
    return out + _respective_changes(doc, out) + _shares(doc)


def _list_start(doc: Doc, start: int) -> int:
    """Where the words that govern the count whose clause starts at ``start`` begin: its
    clause, or, where the clause only goes on with a list (…共检查经营企业12户，个体工商户20户,
    a clause that opens on a kind, after 其中 or a joint at most), the clause the list opens in."""
    sentence = doc.sentence_at(start)
    while start > sentence.start and LIST_ITEM.match(doc.view, start):
        start = doc.clause_start(start - 1, sentence.start)
    return start


def _respective_changes(doc: Doc, counts: list[SupervisionStat]) -> list[SupervisionStat]:
    """The changes a list of counts is given together after its last count (…，个体户2.9万家，
    较前一年同期分别增长4%和7%): one per count, in order, each its count's metric with
    ``basis: change``, the unit its list writes last where a number writes none."""
    view = doc.view
    out: list[SupervisionStat] = []
    for i, last in enumerate(counts):
        told = RESPECTIVE.match(view, last.span[1])
        if told is None:
            continue
        numbers = list(RESPECTIVE_NUMBER.finditer(view, told.start("nums"), told.end("nums")))
        sentence = doc.sentence_at(last.span[0])
        listed = [c for c in counts[:i + 1] if c.span[0] >= sentence.start][-len(numbers):]
        unit = numbers[-1].group("unit")
        if len(listed) != len(numbers) or not unit:
            continue
        label = doc.text[told.start():told.start("nums")].strip(" ，,")
        for count, number in zip(listed, numbers, strict=True):
            value = to_number(number.group("num"))
            if value is None:
                continue
            out.append(SupervisionStat(
                metric=count.metric, label=label, value=value,
                unit=doc.text[number.start("unit"):number.end("unit")] if number.group("unit")
                else unit, basis="change", span=(number.start(), number.end()),
                evidence=count.evidence))
    return out


def _kind(match: re.Match[str]) -> str | None:
    """The kind a match counts: the group of the entity's word, or, for a count before its
    kind, the word after it."""
    for kind in ("all", "self", "firms"):
        if match.groupdict().get(kind):
            return kind
    tail = match.group(0)[match.end("counter") - match.start():]
    return "all" if ("市场主体" in tail or "经营主体" in tail) else \
        "self" if "个体" in tail else "firms" if "企业" in tail else None


def _shares(doc: Doc) -> list[SupervisionStat]:
    """A kind's share of the entities (企业户数占比31%), in a sentence that names them."""
    view = doc.view
    out: list[SupervisionStat] = []
    for match in SHARE.finditer(view):
        kind = _kind(match)
        value = to_number(match.group("num"))
        sentence = doc.sentence_at(match.start("num"))
        if kind is None or value is None or SHARE_SENTENCE.search(
                view, sentence.start, match.start()) is None:
            continue
        start = doc.clause_start(match.start("num"), sentence.start)
        out.append(SupervisionStat(
            metric=METRICS[kind],  # type: ignore[arg-type]
            label=doc.text[start:match.start("num")].strip(LABEL_EDGE_REACHED) or METRICS[kind],
            value=value, unit="%", basis="share",
            span=(start, match.end("unit")), evidence=doc.evidence(sentence)))
    return out
