"""Standards counts whose level and role were said once, before a list of bare numbers:
by year (2013年制定地方标准7项，2014年21项，2015年6项), by place (甲县12项、乙区9项) or, after
其中, by kind (其中农业类11项), in the clauses after a count of the same sentence or, in a
sentence's first clause after a role word (备案企业集中在…), of the sentence before; and a
number each of several levels has (国家标准和行业标准各3项)."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import regex_cache as rx
from ..models import StandardCount
from ..segmenting import Segment
from .common import Doc, Figure
from .lexicon.standards import (
    CARRIED_KIND,
    CARRIED_LEAD,
    CARRIED_LIST_LEAD,
    CARRIED_NAME,
    CARRIED_SEPARATOR,
    EACH,
    LEVEL_LIST,
    LEVEL_WORD,
    LEVEL_WORDS,
    LEVELS_JOINED,
    LEVELS_JOINED_TO_EACH,
    STANDARD_LEVEL,
    standard_level,
)
from .standards_rates import Goals
from .standards_values import count_unit, count_value

_CLAUSE = rx.compile(r"[^，,；;。！？!?\n]+")


def carried_counts(doc: Doc, sentence: Segment, figures: list[Figure],
                   found: dict[int, StandardCount],
                   before: StandardCount | None) -> dict[int, StandardCount]:
    """The bare counts of ``sentence``: each clause that is only a year or place and a number
    goes on with the count of the clause before (``found`` holds the counts read so far, by
    their number's start); a list of places led by a role word goes on with ``before``, the
    last count of the sentence before, when it is the sentence's first clause."""
    view = doc.view
    out: dict[int, StandardCount] = {}
    goals = Goals(doc, sentence.start, sentence.end)
    model: StandardCount | None = None  # the count of the clause before
    parts = False  # whether the clause before listed parts by kind (其中…规程12个)
    for index, clause in enumerate(_CLAUSE.finditer(view, sentence.start, sentence.end)):
        mine = [f for f in figures if clause.start() <= f.start < clause.end()]
        known = [found[f.start] for f in mine if f.start in found]
        if known:
            model, parts = known[-1], False
            continue
        items, by_kind = _bare_list(view, clause.start(), clause.end(), mine, parts)
        lead = None
        if not items and index == 0 and before is not None:
            lead = CARRIED_LIST_LEAD.match(view, clause.start(), clause.end())
            if lead is not None:
                items, by_kind = _bare_list(view, lead.end(), clause.end(), mine)
                items = items if len(items) > 1 else []
            model = before if items else None
        if not items or model is None or any(goals.reach(f.start) for _, f in items):
            model, parts = None, False
            continue
        parts = by_kind  # (畜禽养殖规程3个 after 其中…规程12个: the parts go on)
        for begin, figure in items:
            # (the span starts at the item's year or place, which the context reads)
            out[figure.start] = replace(
                model, value=count_value(figure), unit=count_unit(doc, figure),
                span=(begin, figure.end), evidence=doc.evidence(sentence),
                basis=None, place=None, period=None)
        model = out[items[-1][1].start]
    return out


def _bare_list(view: str, start: int, end: int, figures: list[Figure],
               parts: bool = False) -> tuple[list[tuple[int, Figure]], bool]:
    """The figures of ``view[start:end]``, each with where its year or place starts, when it
    holds nothing else than items ``year or place, number`` joined by 、 (``2014年21项``,
    ``甲县12项、乙区9项``); else none. After 其中, or where the clause before listed such
    parts (``parts``), an item may be named by its kind (其中农业类11项; 果树栽培规程5个);
    with the items, whether one was."""
    position = start
    lead = CARRIED_LEAD.match(view, start, end)
    if lead is not None:
        position = lead.end()
    by_kind = parts or (lead is not None and lead["part"] is not None)
    items: list[tuple[int, Figure]] = []
    kinds = False
    for figure in figures:
        if figure.start < position:
            return [], False
        name = CARRIED_NAME.fullmatch(view, position, figure.start)
        if name is None and by_kind:
            name = CARRIED_KIND.fullmatch(view, position, figure.start)
            kinds = kinds or name is not None
        if name is None:
            return [], False
        items.append((position, figure))
        separator = CARRIED_SEPARATOR.match(view, figure.end, end)
        position = separator.end() if separator else figure.end
    if items and view[position:end].strip() == "":
        return items, kinds
    return [], False


def each_counts(doc: Doc, sentence: Segment, levels: list[re.Match[str]],
                found: dict[int, StandardCount]) -> dict[int, StandardCount]:
    """``国家标准和行业标准各3项``, ``国家、行业和地方标准各2项``: the number is each level's, so
    every level listed gets a count of its own (keyed by where its level word starts)."""
    view = doc.view
    out: dict[int, StandardCount] = {}
    for start, count in found.items():
        if not sentence.start <= start < sentence.end or \
                not EACH.search(view, sentence.start, start):
            continue
        before = [lv for lv in levels if lv.end() < start]
        listed: list[tuple[int, int]] = []  # each level word's span, the nearest first
        while before:
            level = before.pop()
            listed.append(level.span())
            if not before or not LEVELS_JOINED.fullmatch(view, before[-1].end(), level.start()):
                break
        if not listed or not LEVELS_JOINED_TO_EACH.fullmatch(view, listed[0][1], start):
            continue
        words = LEVEL_LIST.search(view, max(0, listed[-1][0] - 20), listed[-1][0])
        if words is not None:  # (国家、行业和|地方标准: the words written without 标准)
            listed += [w.span() for w in LEVEL_WORD.finditer(view, words.start(), words.end())]
        if len(listed) < 2:
            continue
        for word_start, word_end in listed:
            whole = STANDARD_LEVEL.match(view, word_start)
            key = LEVEL_WORDS.get(view[word_start:word_end]) or \
                (standard_level(whole) if whole else None)
            if key is not None and key != count.level:
                out[word_start] = replace(count, level=key,  # type: ignore[arg-type]
                                          label=doc.text[word_start:word_end])
    return out
