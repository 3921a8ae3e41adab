"""Supervision campaigns: whether the kind's bare campaign word (打假专项行动, 开展了专项检查)
and the one campaign of that kind the report names are two campaigns, not one told twice.
Read by :mod:`.supervision_actions` where a kind names one campaign only."""

from __future__ import annotations

from typing import Protocol

from .. import regex_cache as rx
from ..segmenting import Segment
from . import supervision_actions_checks as checks
from .common import Doc
from .lexicon.supervision_mentions import ORDINAL, PLURAL_LEAD
from .lexicon.supervision_plans import NAMING_PLAN
from .lexicon.supervision_steps import OWN_POINT_LEAD

# Before a named campaign in its sentence, 其中 makes it a part of the one before (开展打假专项
# 行动。其中，春季农资打假行动…).
_PART_LEAD = rx.compile(r"其中")
# The end of the sentence before a named campaign's, whatever line breaks a document's reader
# left inside its own (a PDF's lines).
_FULL_STOP = rx.compile(r"[。！？!?]")
# The marks between the fields a campaign covers (食品、建材及家电专项打假).
_FIELD_MARK = rx.compile(r"[、及和与，,]")


class Mentioned(Protocol):
    """A campaign word's mention as far as the tests of campaigns told apart (here) and told
    again (:mod:`.supervision_actions_again`) read it."""

    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def title_start(self) -> int: ...
    @property
    def title_end(self) -> int: ...
    @property
    def item(self) -> Segment: ...
    @property
    def named(self) -> bool: ...


def two_campaigns(doc: Doc, first: Mentioned, named: Mentioned) -> bool:
    """Whether ``first``, the kind's first mention, and ``named``, its one named campaign,
    are two campaigns: side by side, or told apart."""
    return _side_by_side(doc, first, named) or _told_apart(doc, first, named)


def _side_by_side(doc: Doc, first: Mentioned, named: Mentioned) -> bool:
    """Whether the kind's own campaign (打假专项行动) and a named one of the kind stand in
    one sentence, two campaigns (开展了打假专项行动，又部署了护优集中行动), or each heads an
    enumerated item of its own (一是开展了…专项执法检查行动…三是开展了…专项执法检查行动)."""
    view = doc.view
    if first is named or first.named or "行动" not in view[first.start:first.title_end] \
            or checks.notice_subject(doc, first.start):
        return False
    if doc.sentence_at(first.start) is doc.sentence_at(named.start):
        return True
    return "行动" in view[named.start:named.title_end] \
        and ORDINAL.search(view, max(first.item.start, first.title_start - 60),
                           first.title_start) is not None \
        and ORDINAL.search(view, first.end, named.title_start) is not None


def _told_apart(doc: Doc, first: Mentioned, named: Mentioned) -> bool:
    """Whether the kind's bare campaign (开展了专项检查) and the one of the kind named later
    (燃气充装单位安全专项检查) are two: told in sentences of their own, the bare word heading
    no point (（二）推进打假治劣。… 开展“某某”打假行动: the point's campaign named in its
    body) nor a series (一系列打假活动), the named one not the headline's (a footer
    repeating it), a part (其中，…), one of the fields the bare one lists nor one asked for."""
    line, title = doc.layout.header.title_line, doc.view[named.title_start:named.title_end]
    sentence = doc.sentence_at(first.start)
    head = OWN_POINT_LEAD.search(doc.view, sentence.start, first.start)
    return first is not named and not first.named and sentence is not doc.sentence_at(
        named.start) and (head is None or head.start() > sentence.start + 2) \
        and (line is None or title not in doc.view[line.start:line.end]) \
        and not PLURAL_LEAD.match(doc.view, first.title_start) \
        and not _PART_LEAD.search(doc.view, doc.sentence_at(named.start).start, named.title_start) \
        and not _one_of_its_fields(doc, first, named) and not _asked_for(doc, named)


def _one_of_its_fields(doc: Doc, first: Mentioned, named: Mentioned) -> bool:
    """Whether the named campaign's subject is one of the fields the bare one lists (开展了
    食品、建材及家电专项打假。在建材专项打假行动中…): a part of it, told again."""
    view, sentence = doc.view, doc.sentence_at(first.start)
    fields = view[max(sentence.start, first.title_start - 16):first.start]
    subject = view[named.title_start:named.start]
    return _FIELD_MARK.search(fields) is not None and any(
        subject.startswith(field[i:]) for field in _FIELD_MARK.split(fields)
        for i in range(len(field) - 1))  # (a field's tail of two characters at least)


def _asked_for(doc: Doc, named: Mentioned) -> bool:
    """Whether the named campaign's sentence, read back to its full stop, asks for it or
    plans it (今年要深化…专项执法行动): no campaign told apart from the bare one."""
    view, start = doc.view, named.title_start
    stops = [m.end() for m in _FULL_STOP.finditer(view, max(0, start - 200), start)]
    return NAMING_PLAN.search(view, stops[-1] if stops else max(0, start - 200), start) is not None

