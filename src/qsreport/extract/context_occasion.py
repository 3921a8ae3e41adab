"""A count one occasion bounds (此次检定中，共有…; 本次评选，共有…), for :mod:`.context_period`:
that occasion's work, the report's year, as a stretch of time's (BOUNDED_SPAN) is; never a
stock held (累计, 拥有, 至此, 已达, 总数, 在用: 此次…，至此全市累计拥有…)."""

from __future__ import annotations

from .. import regex_cache as rx
from .lexicon.context import (
    BOUNDED_SPAN,
    CAMPAIGN_WORK,
    NAMED_CAMPAIGN,
    OCCASION,
    RECENT_CAMPAIGN,
)

_CLAUSE_MARK = rx.compile(r"[，,；;：:]")
# The count an occasion bounds: 共有, 共 (not 公共, 共同).
_COUNTED = rx.compile(r"(?<!公)共(?![同享建性识赢])")
# Words of a stock held, in the occasion's clauses up to the figure.
_HELD = rx.compile(r"累计|拥有|至此|已达|已有|现有|总数|总量|目前|在用|至今")


def bounded(view: str, sentence: int, word: int, number: int) -> bool:
    """Whether the count whose stock word starts at ``word`` sums the work of a span its own
    sentence bounds: a stretch of time before the word (节日期间，累计出动…), or an occasion
    whose 共 count it is (see occasion_count)."""
    if BOUNDED_SPAN.search(view, sentence, word):
        return True
    return occasion_count(view, sentence, number, word)


def occasion_count(view: str, sentence: int, number: int, word: int | None = None) -> bool:
    """Whether an occasion (此次, 本次) bounds the 共 count at ``word`` (by default the last
    of the figure's sentence): the occasion in the count's own clause or the clause right
    before it, no stock word standing between it and the figure (…，至此全市累计拥有…)."""
    if word is None:
        found = list(_COUNTED.finditer(view, sentence, number))
        if not found:
            return False
        word = found[-1].start()
    elif not _COUNTED.match(view, word):
        return False
    marks = [m.end() for m in _CLAUSE_MARK.finditer(view, sentence, word)]
    before = marks[-2] if len(marks) > 1 else sentence
    occasions = list(OCCASION.finditer(view, before, word))
    return bool(occasions) and not _HELD.search(view, occasions[-1].end(), number)


_CAMPAIGN_REACH = 500  # characters before a figure read for the campaign a news item tells of


def recent_campaign(view: str, number: int) -> bool:
    """Whether the text tells of a campaign of these days shortly before the figure, in its
    paragraph or the lead before it (近日，某局集中开展节前食品专项检查…。…累计抽检…): a 累计 of
    its work sums that campaign, the year's; or of a named campaign under way (开展“某某”行动，
    …累计查处…), where the 累计 sums its enforcement work."""
    start = max(0, number - _CAMPAIGN_REACH)
    if RECENT_CAMPAIGN.search(view, start, number) is not None:
        return True
    named = NAMED_CAMPAIGN.search(view, start, number)
    return named is not None and CAMPAIGN_WORK.search(view, named.end(), number) is not None
