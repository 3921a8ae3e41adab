"""What a figure's own words say, for :mod:`.context`: where its number starts in its span,
and whether the words of its clause make it a change, an addition or a total."""

from __future__ import annotations

from .. import regex_cache as rx
from .lexicon.context import ADDED, CHANGE_AFTER, CHANGE_BEFORE, TOTAL

NUMBER = rx.compile(r"[\d.]+|[零〇一二三四五六七八九十百千万亿两]+")
_A_YEAR = rx.compile(r"(?:19|20)\d{2}\s*年")
# A multiplier glued after digits (300.5亿元, 4.7万元): the unit's, not a number of its own.
_MULTIPLIER = rx.compile(r"(?<=[\d.])[万亿千百]+(?![零〇一二三四五六七八九十两])")


def number_start(view: str, span: tuple[int, int]) -> int:
    """Where the figure's number starts: a span may begin with the words before it
    (查处案件35起)."""
    # (found by one search after another: a span holds one number or two, and listing the
    # matches of a stretch costs more than a few searches)
    found: list[int] = []
    match = NUMBER.search(view, *span)
    while match is not None:
        found.append(match.start())
        match = NUMBER.search(view, match.end(), span[1])
    # Not a year the span holds after the number (80个产品被评为2013年度甲省名牌产品), nor an
    # ordinal (…等34家企业被认定为第二批…: 第二 names the batch), nor a rate's per-unit after
    # its slash (0.2起/万台: 万 is the unit's), nor 百 of 个百分点, nor a multiplier after
    # digits (300.5亿元). (The last count: read from the end, the first that is one.)
    for at in reversed(found):
        if not _A_YEAR.match(view, at) and view[at - 1:at] not in ("第", "/") \
                and not view.startswith("百分点", at) and not _MULTIPLIER.match(view, at):
            return at
    return found[-1] if found else span[0]


def is_change(clause: str, after: str) -> bool:
    """增加3个, 提高5个百分点, 同比增长12%: a difference, never a level."""
    return bool(CHANGE_BEFORE.search(clause) or CHANGE_AFTER.match(after))


def basis_of(clause: str) -> str | None:
    """``added`` or ``total`` where the words of a figure's clause say so (新增, 累计…)."""
    if ADDED.search(clause):
        return "added"
    if TOTAL.search(clause):
        return "total"
    return None
