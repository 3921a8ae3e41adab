"""Names paired with titles by 分别: ``A、B分别被认定为甲称号、乙称号`` — A won the first
title, B the second, when the names and the titles are as many (read by
:mod:`.brands_honours`; a run of names so paired is no run under its first title,
:mod:`.brands_runs`)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from .common import MatchIndex

# 分别 (or 分别被) right before the verb of winning.
_RESPECTIVELY = rx.compile(r"分别(?:被)?$")
# What joins one title of the run to the next (中国名牌产品称号和省名牌产品称号; “甲”、“乙”).
_TITLE_JOIN = rx.compile(r"[”」\"]?(?:称号)?\s*(?:、|和|及|与|以及)\s*[“「\"]?")
# Right after a run of names: 分别, a verb of winning, and a few words before the first title.
_PAIRED_AFTER = rx.compile(r"(?P<lead>分别(?:被)?)(?:获得|荣获|获评|评为|认定为|确定为|入选|获)了?"
                           r"[^，,；;。、]{0,8}")
_REACH = 16  # how far after the run the first title may start


def respective_titles(view: str, verb_start: int, term: re.Match[str],
                      terms: MatchIndex) -> list[re.Match[str]]:
    """The run of titles ``term`` opens when 分别 stands right before the verb at
    ``verb_start`` (two titles or more), else none."""
    if _RESPECTIVELY.search(view, max(0, verb_start - 3), verb_start) is None:
        return []
    titles = [term]
    while (following := terms.first_starting_from(titles[-1].end())) is not None and \
            _TITLE_JOIN.fullmatch(view, titles[-1].end(), following.start()):
        titles.append(following)
    return titles if len(titles) > 1 else []


def paired_after(view: str, end: int, terms: list[re.Match[str]]) -> bool:
    """Whether the names ending at ``end`` are paired with the titles after them by 分别."""
    first = next((t for t in terms if end <= t.start() <= end + _REACH), None)
    if first is None:
        return False
    # (the run's last piece may already hold 分别: from a few characters before its end)
    lead = _PAIRED_AFTER.search(view, max(0, end - 4), first.start())
    return lead is not None and lead.end() == first.start() and \
        bool(respective_titles(view, lead.end("lead"), first, MatchIndex(terms)))
