"""The name a facility is reported under when the report writes it more fully elsewhere: a
short form (甲省某某质检中心, a headline's 国家某某质检中心(乙)) whose full name the body gives
in a clause that says no stage of it (甲省某某产品质量监督检验中心是…), and a name the body
also writes with its host place in brackets (国家某某中心(乙省))."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .. import regex_cache as rx
from ..models import Facility
from .areas import same_text
from .common import Doc
from .inspection_book import FacilityBook
from .inspection_names import PLACE_IN_PARENS, Span, is_facility, trim_name
from .inspection_same import name_key, same_facility
from .lexicon.inspection import FULL_NAME, FULL_NAME_END, FULL_NAME_REACH, STAGE_ORDER


def _mentions(doc: Doc) -> list[Span]:
    """Every facility's name the body writes (not the headline's)."""
    view = doc.view
    found = []
    for match in _full_names(view, doc.layout.header.end):
        start, end, _ = trim_name(view, match.start(), match.end())
        if is_facility(view, start, end):
            found.append((start, end))
    return found


def _full_names(view: str, pos: int) -> list[re.Match[str]]:
    """``list(FULL_NAME.finditer(view, pos))``, each search started near the next ending
    of a name instead of tried at every Han character before it: a name starting at or
    after ``pos`` holds an ending at or after the first one from ``pos``, and starts at
    most FULL_NAME_REACH characters before its ending."""
    found = []
    while (ending := FULL_NAME_END.search(view, pos)) is not None:
        match = FULL_NAME.search(view, max(pos, ending.start() - FULL_NAME_REACH))
        if match is None:
            break
        found.append(match)
        pos = match.end()
    return found


def _shortened(short: str, full: str) -> bool:
    """Whether the key ``short`` is ``full`` with words left out (国家羊绒质量检验中心(乙) of
    国家羊绒及其制品质量检验中心(乙)): the same first two and last two characters, every
    character of it in order in the full one, and a few characters dropped at most."""
    if not (len(short) < len(full) <= len(short) + 8) or short[:2] != full[:2] \
            or short[-2:] != full[-2:]:
        return False
    rest = iter(full)
    return all(char in rest for char in short)


def use_fullest_names(doc: Doc, book: FacilityBook) -> None:
    """Give each facility the fullest name the body writes for it; a headline's facility
    that the body names in full under a stage of its own is that one (kept once, at the
    further stage)."""
    if not book.items:
        return  # (no facility to name: the body's names are not read)
    view, text = doc.view, doc.text
    mentions = [(span, name_key(view[span[0]:span[1]])) for span in _mentions(doc)]
    named = _named_as(mentions)
    fullest: dict[tuple[str, bool], Span | None] = {}  # (a body's facility's, by its key)
    for index, item in enumerate(book.items):
        key = book.keys[index]
        best: Span | None = None
        if book.in_title[index]:
            for span, mention in mentions:
                if (same_facility(key, mention) or _shortened(key, mention)) \
                        and span[1] - span[0] > len(item.name) and \
                        (best is None or span[1] - span[0] > best[1] - best[0]):
                    best = span
        else:  # the same name with 质检 written out (质量监督检验: a name the body writes
            # either way is left as found), or with its host place in brackets
            spelled = "质检" in same_text(item.name)
            if (key, spelled) not in fullest:
                fullest[key, spelled] = _longest(view, mentions, named.get(key, []), key, spelled)
            best = fullest[key, spelled]
            if best is not None and best[1] - best[0] <= len(item.name):
                best = None
        if best is not None:
            book.items[index] = replace(item, name=text[best[0]:best[1]])
            book.keys[index] = name_key(view[best[0]:best[1]])
    _headline_as_body(book)
    _merge_same(book)


def _longest(view: str, mentions: list[tuple[Span, str]], named: list[int], key: str,
             spelled: bool) -> Span | None:
    """The first of the longest mentions (``named``: their indexes) that name the facility
    of ``key`` more fully: with 质检 written out (where its name has 质检: ``spelled``), or
    with its host place in brackets. Worked out once a key, not once a facility."""
    best: Span | None = None
    for span, mention in (mentions[at] for at in named):
        bracket = PLACE_IN_PARENS.search(mention)
        fits = (mention == key and spelled and "质检" not in view[span[0]:span[1]]) or (
            bracket is not None and bracket.end() == len(mention)
            and mention[:bracket.start()] == key)
        if fits and (best is None or span[1] - span[0] > best[1] - best[0]):
            best = span
    return best


def _named_as(mentions: list[tuple[Span, str]]) -> dict[str, list[int]]:
    """The mentions (their indexes, in order) under their key, and under their key without
    the host place in brackets that ends it."""
    named: dict[str, list[int]] = {}
    for at, (_, mention) in enumerate(mentions):
        named.setdefault(mention, []).append(at)
        bracket = PLACE_IN_PARENS.search(mention)
        if bracket is not None and bracket.end() == len(mention):
            named.setdefault(mention[:bracket.start()], []).append(at)
    return named


# What a headline leaves out of a centre's name: the country's rank before it, its host place
# in brackets after it, and 品 (纺织品 for 纺织产品, whose 产品 name_key drops).
_RANK = rx.compile(r"^(?:国家级?|全国)")
_HOST = rx.compile(r"[(（][^)）]*[)）]$")
_CORE_REACH = 8  # characters a headline may leave out, at most
_CORE_LEAST = 6  # characters a headline's core must keep


def _core(key: str) -> str:
    return _RANK.sub("", _HOST.sub("", key)).replace("品", "")


def _headline_as_body(book: FacilityBook) -> None:
    """A headline's facility that a body's facility names more fully (国家某箱包质检中心 of
    国家某皮具、箱包质量监督检验甲中心), or a national centre named by its trade alone
    (某纺织品质检中心 of 国家某纺织产品质量检验中心(乙)): the fuller name's, so the two are kept
    once. Its core — without rank, host place and 品 — is kept in order in the fuller one,
    which ends the same and holds at most a few characters more."""
    keys = book.keys
    cores = [_core(key) for key in keys]  # (each key's core and marks worked out once)
    ranked = [_RANK.match(key) is not None for key in keys]
    hosted = [_HOST.search(key) is not None for key in keys]
    # the body's national centres with their host named, the only fuller names a body's
    # facility takes (kept in order as keys change)
    national = [at for at in range(len(keys))
                if ranked[at] and hosted[at] and not book.in_title[at]]
    for index in range(len(keys)):
        short = cores[index]
        in_title = book.in_title[index]
        if len(short) < _CORE_LEAST or not (in_title or not (ranked[index] or hosted[index])):
            continue
        for other in range(len(keys)) if in_title else national:
            long = cores[other]
            # (in the body, only a national centre with its host named by its trade alone:
            # 某纺织品质检中心 beside 国家某纺织产品质量检验中心(乙); two of a city's centres,
            # 甲市质检中心 and 甲市食品质检中心, stay two)
            if other == index or book.in_title[other] \
                    or not len(short) <= len(long) <= len(short) + _CORE_REACH \
                    or short[-2:] != long[-2:]:
                continue
            rest = iter(long)
            if all(char in rest for char in short):
                book.items[index] = replace(book.items[index], name=book.items[other].name)
                keys[index], cores[index] = keys[other], long
                ranked[index], hosted[index] = ranked[other], hosted[other]
                if not in_title and ranked[index] and hosted[index]:
                    bisect.insort(national, index)
                break


def _merge_same(book: FacilityBook) -> None:
    """One entry per facility once names are made fuller: the furthest stage, the first
    entry's place in the list (each key's entries folded into its first, in order)."""
    first: dict[str, int] = {}
    items: list[Facility] = []
    keys: list[str] = []
    in_title: list[bool] = []
    for item, key, titled in zip(book.items, book.keys, book.in_title, strict=True):
        at = first.get(key)
        if at is None:
            first[key] = len(items)
            items.append(item)
            keys.append(key)
            in_title.append(titled)
        elif STAGE_ORDER[item.status] > STAGE_ORDER[items[at].status]:
            items[at] = replace(item, name=items[at].name)
    book.items[:], book.keys[:], book.in_title[:] = items, keys, in_title
