"""Sentences whose names the learned tagger is not asked about: those that only mention
products, firms or places beside a title (an example, a showcase, the subject of some work)
and say of none of them that it won, holds or was given anything (read by
:mod:`.winners`)."""

from __future__ import annotations

import re

from ... import regex_cache as rx
from ...regex_prefilter import any_of
from ...segmenting import Segment
from ..lexicon.brand_winning import WON_IN_SENTENCE
from ..lexicon.brands import CONTEXT_VERB, HONOUR_VERB

_WON = any_of(HONOUR_VERB, CONTEXT_VERB, WON_IN_SENTENCE)
# 获 of other words than winning (据悉, 获悉, 获知: news heard; 获取, 获利, 获益; 获救, 获释,
# 获刑, 获赔): no win.
_OTHER_GAIN = rx.compile(r"获(?:悉|知|取|利|益|救|释|刑|罪|赔|准入)")
# The sentence before opens a list its title's winners fill (…名牌产品名单如下：, 新增3个，
# 分别是：), or the names' sentence opens as that list (它们是A、B, 分别为A、B, 其中有A): the
# names need no word of their own.
_LIST_OPENED = rx.compile(r"(?:[:：]|如下|分别[是为]|包括|名单[是为]?)\s*$")
_LIST_OPENS = rx.compile(r"\s*(?:其中[，,]?)?(?:它们|这些|这[\d一二三四五六七八九十两]*[个家项件种]|分别|依次)?"
                         r"(?:是|为|有|包括|即)")
# A title set right before a quoted name (地理标志保护产品“甲山白茶”…): the name is what the
# title describes, so it holds it. (A name before a title, “甲山白茶”地理标志证明商标的管理,
# only qualifies the mark the sentence is about.)
_QUOTE_OPENS = "“「『\""


def only_mentions(view: str, sentence: Segment, terms: list[re.Match[str]]) -> bool:
    """Whether ``sentence`` names no win at all: no title of it stands right before a quoted
    name, none of the words of winning, holding, granting or listing stands in it, and the
    sentence its title was carried from (when every one of ``terms`` stands before it) does
    not open a list of names."""
    if any(t.end() < len(view) and view[t.end()] in _QUOTE_OPENS for t in terms
           if t.start() >= sentence.start):
        return False
    if any(not _OTHER_GAIN.match(view, m.start())
           for m in _WON.finditer(view, sentence.start, sentence.end)):
        return False
    if all(t.start() < sentence.start for t in terms):
        return _LIST_OPENED.search(view, max(0, sentence.start - 12), sentence.start) is None \
            and _LIST_OPENS.match(view, sentence.start, sentence.end) is None
    return True
