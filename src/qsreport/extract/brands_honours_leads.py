"""Winners grouped by the title each group won, every group led by its verb and title: 对获得
甲称号的A、B和获得乙称号的C各奖励…. A name belongs to the lead before it, so a reading that
gives it a title another lead names (A won 乙), or that takes a lead into the name (获得乙的C
as a winner of 甲), is read again under its own lead's title. Only a clause with two leads or more is so grouped: one lead
alone (荣获甲的A公司又获得乙) says nothing of the other titles."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import regex_cache as rx
from ..models import BrandHonour
from .common import Doc
from .lexicon.brands import brand_category

# A group's lead: the verb, the title, then 的 before the group's first name (not 的企业,
# 的单位: the holders' word of a count, 等12家获得甲的企业).
# (a place the title bears may stand before the found title: 获得甲省|名牌产品)
_VERB = rx.compile(r"(?:获得|荣获|获评|被评为|被认定为)了?(?:\d{4}年度?)?[“「\"]?[^\W\d_的]{0,4}$")
_OPENS_GROUP = rx.compile(r"[”」\"]?(?:称号|荣誉称号)?的(?!企业|单位|产品|品牌|商标|消息|喜讯)")
_CLAUSE_END = "，,。；;！？!?"
_LONGEST_VERB = 12


def regrouped(doc: Doc, honours: list[BrandHonour]) -> list[BrandHonour]:
    """``honours`` read group by group: each name under the title of the lead before it (a
    lead read into a name is cut off), a name before the first lead dropped."""
    kept = []
    for honour in honours:
        start = doc.text.find(honour.name, *honour.span)  # (the span holds name and title)
        # (each lead holds a title of the name's clause: a sentence naming fewer than two
        # has no groups, and its clause is not read)
        sentence = doc.sentence_at(start) if start >= 0 else None
        leads = _leads(doc, start) if sentence is not None and \
            len(doc.brand_terms(sentence.start, sentence.end)) >= 2 else []
        if len(leads) < 2:
            kept.append(honour)
            continue
        end = start + len(honour.name)
        inside = [lead for lead in leads if start <= lead[0] < end]
        if inside:  # (获得乙的C read as one name: C, of 乙)
            start = inside[-1][1]
        before = [lead for lead in leads if lead[1] <= start]
        if not before or end - start < 2:
            continue  # (A和获得乙的B: A is no winner of 乙)
        _, _, term = before[-1]
        kept.append(replace(honour, name=doc.text[start:end],
                            honour=doc.text[term.start():term.end()],
                            category=brand_category(term),  # type: ignore[arg-type]
                            span=(min(start, term.start()), max(end, term.end()))))
    return kept


def _leads(doc: Doc, pos: int) -> list[tuple[int, int, re.Match[str]]]:
    """The group leads of the clause around ``pos``: where each begins and ends, its title."""
    view = doc.view
    sentence = doc.sentence_at(pos)
    low = max((view.rfind(c, sentence.start, pos) for c in _CLAUSE_END), default=-1)
    low = max(low + 1, sentence.start)
    stops = [i for c in _CLAUSE_END if (i := view.find(c, pos, sentence.end)) >= 0]
    high = min(stops, default=sentence.end)
    leads = []
    for term in doc.brand_terms(low, high):
        verb = _VERB.search(view, max(low, term.start() - _LONGEST_VERB), term.start())
        opens = _OPENS_GROUP.match(view, term.end(), high)
        if verb and opens:
            leads.append((verb.start(), opens.end(), term))
    return leads
