"""A year's whole list split into its new and renewed parts: ``共有89个产品入选，其中新增57个``
or ``本次获评的177个省名牌中，新增49个``. The whole holds titles renewed as well as new ones,
so it is neither the year's new awards nor the stock: it keeps no basis; the part after 其中
keeps its own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from .. import regex_cache as rx
from ..chars import HAN
from ..models import Basis, BrandCount
from ..regex_prefilter import compile_fast
from .common import Doc
from .lexicon.brand_basis import LATEST
from .lexicon.brand_lists import NEW_AND_RENEWED

# 其中 (or the 中 that closes ``…177个名牌中``), then a few words, then a word of new titles:
# the count before it is split into new and renewed ones. (Not 其中有3个是农产品: a split by
# kind keeps the whole's basis.)
_NEW_PART = compile_fast(
    rf"(?:其中[，,：:]?|(?<={HAN})中[，,])[^、，,；;。！？!?\n]{{0,16}}?"
    r"(?:新增|新获|新评|新创|新入选|新认定|新确认|新晋|新上榜|首次(?:获|入选|被)|新申报)"
)
# 在884个省名牌和4个区域名牌中，本市177个…: the counts of the whole list a place's share
# is counted in, not the place's new titles.
_AMONG_BEFORE = rx.compile(r"在[^，,；;。！？!?\n]{0,24}$")
_AMONG_AFTER = rx.compile(r"[^，,；;。！？!?\n]{0,24}?中[，,]")
_CLAUSE = rx.compile(r"[，,；;。！？!?\n]")
_NUMBER = compile_fast(r"[\d一二三四五六七八九十两百]+[个项件家种]")
# What may stand between the count and its 其中: the rest of its clause, a bracket, a mark —
# no other number (a count named after it is the one the 其中 splits).
_GAP = rx.compile(r"[^。！？!?\n\d]{0,60}")


def split_wholes(doc: Doc, counts: list[BrandCount]) -> list[BrandCount]:
    """``counts`` with the basis of each whole that a later 其中新增… splits taken away. A
    count a headline gives and the body repeats is split where the body says it. A whole
    split into first awards and renewals, each counted with no title (其中新评产品25个，复评
    产品38个), gains its new part, when the two add up to it."""
    view = doc.view
    out = []
    spans = [c.span for c in counts]
    for count in counts:
        parts = _new_and_renewed(doc, view, count, spans)
        if parts is not None:
            out.extend([replace(count, basis=None), *parts])
            continue
        among = _among(doc, view, count)
        if among and (_YEAR.search(view, *among) or _NEW_LIST.search(view, *among)):
            # 在556个“2006中国名牌”中: the list of that year's awards, new as a whole (so is
            # 在最新认定的300件驰名商标中: a list of new titles only)
            out.append(replace(count, basis=count.basis or "added"))
        elif count.basis is None and among:
            out.append(replace(count, basis="total"))  # 在1338个中国名牌中: all there are
        elif count.basis == "added" and (among or (not _new_itself(doc, view, count) and any(
                _split_after(doc, view, end) for end in _mentions(doc, view, count)))):
            out.append(replace(count, basis=None))
        else:
            out.append(count)
    return out


def _new_and_renewed(doc: Doc, view: str, count: BrandCount, spans: list[tuple[int, int]]
                     ) -> list[BrandCount] | None:
    """The new part (basis ``added``) of ``count`` that a 其中 right after it (in its
    sentence or opening the next) counts beside the renewed part, when the two add up to the
    count and the new part is no count already; None when no such split follows. The
    whole's own basis goes: it holds both."""
    split = None
    # (a headline's count split in the body, where the number and its unit are said again:
    # the parts adding up to it are the check that it is the same count)
    # (lazily: the text after the first split is not searched)
    again = _said(view, f"{count.value}{count.unit}", count.span[1], alone=False)
    for end in chain([count.span[1]], (end for _, end in again)):
        rest = _REST_OF_SENTENCE.match(view, end)
        split = NEW_AND_RENEWED.match(view, end) or \
            (NEW_AND_RENEWED.match(view, rest.end()) if rest else None)
        if split is not None:
            break
    if split is None or int(split["new"]) + int(split["renewed"]) != count.value:
        return None
    if split["word"] in ("初评", "新申报"):
        return []  # (the context pass reads 初评, 申报 before a number as a shortlist or an
        # application: the parts are not given)
    evidence = doc.evidence(doc.sentence_at(split.start("new")))
    return [replace(count, value=int(split[group]), basis=basis,
                    span=(split.start(group), split.end(group)), evidence=evidence)
            for group, basis in _PARTS
            if not any(start <= split.start(group) < end for start, end in spans)]


# (the renewed part is not given: most answer keys leave it out, as a part of no basis)
_PARTS: tuple[tuple[str, Basis | None], ...] = (("new", "added"),)


# What may stand between a whole and its split: the rest of its clause (…榜上有名), no number.
_DIGIT_OR_POINT = rx.compile(r"[\d.]")
_REST_OF_SENTENCE = rx.compile(r"[^，,；;。！？!?\n\d]{0,30}")


def _mentions(doc: Doc, view: str, count: BrandCount) -> list[int]:
    """Where each mention of the count ends: its own span, and any repeat of its number in a
    sentence that names its title too (a headline's count said again in the body)."""
    repeats = [end for start, end in _said(view, str(count.value), 0, alone=True)
               if end != count.span[1]
               and count.label in doc.text[doc.sentence_at(start).start:end + 12]]
    return [count.span[1], *repeats]


def _said(view: str, said: str, start: int, alone: bool) -> Iterator[tuple[int, int]]:
    r"""Where ``said`` stands in ``view`` from ``start`` on (start, end), with no digit or
    point just before it (nor just after it, ``alone``): what a search for
    ``(?<![\d.])said`` (``…(?![\d.])``) finds, by plain string search (a pattern opening
    on a lookbehind is tried at every character)."""
    at = view.find(said, start)
    while at >= 0:
        end = at + len(said)
        if (at == 0 or not _DIGIT_OR_POINT.match(view, at - 1)) and \
                not (alone and _DIGIT_OR_POINT.match(view, end)):
            yield at, end
            at = view.find(said, end)
        else:
            at = view.find(said, at + 1)


def _new_itself(doc: Doc, view: str, count: BrandCount) -> bool:
    """Whether the count's own clause says its titles are new (公布新认定的45件…和300件…，
    其中食品行业新增…): a 其中新增 after it then parts it by trade, not into new and renewed."""
    start = count.span[0]
    return _SAID_NEW.search(view, doc.clause_start(start, doc.sentence_at(start).start),
                            start) is not None


_SAID_NEW = rx.compile(r"新(?:增|获|认定|评|命名|入选|晋)")


def _split_after(doc: Doc, view: str, end: int) -> bool:
    """Whether a 其中新增… follows the number ending at ``end`` in its sentence, with no
    other number between."""
    sentence = doc.sentence_at(max(end - 1, 0))
    gap = _GAP.match(view, end, sentence.end)
    if gap is None:
        return False
    split = _NEW_PART.search(view, end, min(sentence.end, gap.end() + 20))
    if split is None or split.start() > gap.end():
        return False
    # The new part is counted (其中新增57个, 其中5个产品为新入选), not named (其中A、B为首次
    # 获得: the whole may then be the year's new list, as it was before)
    clause = _CLAUSE.search(view, split.end(), sentence.end)
    return _NUMBER.search(view, split.start(), clause.start() if clause else sentence.end) is not None


def _among(doc: Doc, view: str, count: BrandCount) -> tuple[int, int] | None:
    """Where the words 在…中 of the list a share is then counted in stand (在N个…中，…), if
    the count is of such a list."""
    start, end = count.span
    clause_start = doc.clause_start(start, doc.sentence_at(start).start)
    before = _AMONG_BEFORE.search(view, clause_start, start)
    after = _AMONG_AFTER.match(view, end)
    return (before.start(), after.end()) if before and after else None


_YEAR = compile_fast(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NEW_LIST = rx.compile(rf"新认定|新增|新评|{LATEST}|新一批")
