"""The place an earlier sentence of a figure's paragraph says the work was done in
(:func:`carried_place`), for :mod:`.context`, where the figure's own sentence names none."""

from __future__ import annotations

from collections.abc import Callable

from .. import regex_cache as rx
from ..places.finder import Mention
from .common import CLAUSE_MARK
from .context_place import as_written, sentence_places
from .lexicon.context import LOCAL, NATIONAL

_CARRY_REACH = 300  # how far back an earlier sentence's place is read
_TERRITORY = rx.compile(r"[市县区]?(?:辖区|境内)")
# Where the work was done: 在甲区…, or where the officers went (执法人员来到甲市…).
_WENT_TO = rx.compile(r"(?:在|来到|赶到|前往|赶赴|奔赴)$")
# What says a place is not where the work was done: a venue (在甲市召开), or an office that
# guided it (在甲省质监局的指导下).
_VENUE = rx.compile(r"召开|举行|举办|揭晓|开幕|闭幕|会议|支持|指导|帮助|带领|领导|关心|局|政府|部门")


def carried_place(view: str, text: str, paragraph: int, sentence: int, number: int,
                  find: Callable[[str, int, int], list[Mention]] | None = None) -> str | None:
    """The place where an earlier sentence of the figure's paragraph says the work was done
    (在甲区某街道捣毁一个窝点。…现场查获…38吨: 甲区's), for a figure whose own sentence names
    no place, nor 全市, 全省 or 全国; the last place the paragraph names before the figure's
    sentence, and not a venue (在甲市召开, 在北京揭晓) nor an office's guidance (在甲省质监局的
    指导下). ``find``: the sentence-place reader (:func:`sentence_places` unless one is given)."""
    low = max(paragraph, sentence - _CARRY_REACH)
    if LOCAL.search(view, sentence, number) or NATIONAL.search(view, sentence, number):
        return None
    mentions = (find or sentence_places)(view, low, sentence)
    # 在甲区… (在甲省乙市…: before the run), or a check over a place's territory (抽查甲市辖区
    # 内经销的…。共抽查38家企业…).
    run = len(mentions) - 1
    while run > 0 and mentions[run - 1].end == mentions[run].start:
        run -= 1
    if not mentions or (not _WENT_TO.search(view, max(0, mentions[run].start - 2),
                                            mentions[run].start)
                        and not _TERRITORY.match(view, mentions[-1].end)):
        return None
    clause = CLAUSE_MARK.search(view, mentions[-1].end, sentence)
    if _VENUE.search(view, mentions[-1].end, clause.start() if clause else sentence):
        return None
    return as_written(view, text, mentions)
