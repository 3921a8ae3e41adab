"""Supervision campaigns: whether the kind's bare campaign word (打假专项行动, 开展了专项检查)
and the one campaign of that kind the report names are two campaigns, not one told twice.
Read by :mod:`.supervision_actions` where a kind names one campaign only."""

from __future__ import annotations

from typing import Protocol

from ..segmenting import Segment
from . import supervision_actions_checks as checks
from .common import Doc
from .lexicon.supervision_mentions import ORDINAL
from .lexicon.supervision_steps import OWN_POINT_LEAD


class Mentioned(Protocol):
    """A campaign word's mention as far as these tests read it."""

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
    body), the named one not the headline's (a footer repeating it, the bare word's)."""
    line, title = doc.layout.header.title_line, doc.view[named.title_start:named.title_end]
    sentence = doc.sentence_at(first.start)
    head = OWN_POINT_LEAD.search(doc.view, sentence.start, first.start)
    return first is not named and not first.named and sentence is not doc.sentence_at(
        named.start) and (head is None or head.start() > sentence.start + 2) \
        and (line is None or title not in doc.view[line.start:line.end])
