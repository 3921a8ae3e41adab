"""Supervision campaigns: the products a campaign targets, read from the longest 、-list of
the item that names it (玩具、童车、儿童服装等), cut at its lead-in verb and its closing 等."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..chars import HAN
from ..segmenting import Segment
from .common import Doc
from .lexicon.supervision_mentions import (
    LIST_END,
    LIST_LEAD,
    SLOGAN_VERB,
)

_TARGET_LIST = rx.compile(
    rf"(?P<list>(?:{HAN}|[A-Za-z0-9“”\"]){{1,12}}(?:、(?:{HAN}|[A-Za-z0-9“”\"]){{1,12}}){{2,}})"
)


def _is_slogan(parts: list[str]) -> bool:
    """``进乡镇、进社区、进农村``: parallel verb phrases, not a list of products."""
    rest = parts[1:]
    return sum(1 for p in rest if p[:1] in SLOGAN_VERB) * 3 >= len(rest) * 2


# The stretches a list can lie in: its characters and 、, nothing else (a match of
# _TARGET_LIST never crosses anything else).
_LIST_STRETCH = rx.compile(rf"(?:{HAN}|[A-Za-z0-9“”\"]|、)+")
_LONGEST_PART = 12  # characters of a list item before its first 、 (the {1,12} above)


def product_list(doc: Doc, item: Segment) -> list[str]:
    """The longest 、-list of products in the item, cut at 等/及/和 and the noun it closes on."""
    best: list[str] = []
    view = doc.view
    if view.count("、", item.start, item.end) < 2:
        return best  # a list needs two 、 at least: no need to try the pattern everywhere
    for stretch in _LIST_STRETCH.finditer(view, item.start, item.end):
        # _TARGET_LIST over the item finds its lists inside these stretches, and only in
        # those with two 、, from at most _LONGEST_PART characters before the first: trying
        # it there alone gives the same lists, without the expensive start at every position.
        first = view.find("、", stretch.start(), stretch.end())
        if first < 0 or view.find("、", first + 1, stretch.end()) < 0:
            continue
        start = max(stretch.start(), first - _LONGEST_PART)
        for match in _TARGET_LIST.finditer(view, start, stretch.end()):
            parts = _list_parts(doc, match)
            if parts is not None and len(parts) > len(best):
                best = parts
    return best


def _list_parts(doc: Doc, match: re.Match[str]) -> list[str] | None:
    """The products of one 、-list, None when it is a slogan."""
    start = match.start("list")
    written = doc.text[start:match.end("list")]
    parts = written.split("、")
    # The first part may carry a lead-in verb (开展玩具 → 玩具).
    view_first = doc.view[start:start + len(parts[0])]
    lead = LIST_LEAD.search(view_first)
    if lead:
        parts[0] = parts[0][lead.end():]
    last_view = doc.view[match.end("list") - len(parts[-1]):match.end("list")]
    cut = LIST_END.search(last_view)
    if cut:
        parts[-1] = parts[-1][:cut.start()]
    parts = [p.strip("“”\"") for p in parts if p.strip("“”\"")]
    if _is_slogan(doc.view[start:match.end("list")].split("、")):
        return None
    return parts
