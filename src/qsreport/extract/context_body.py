"""The body's paragraphs and a headline's figures, for :mod:`.context`: where each paragraph's
run starts (a line ending on ；or ，goes on in the next), and the year the body gives a figure
its headline states again."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from .. import regex_cache as rx
from .context_figure import NUMBER, number_start
from .context_period import Periods
from .context_stock import counts_a_stock
from .lexicon.context import AWAITING, COUNTED

PARAGRAPH_REACH = 600  # characters before a figure read for its year
# A paragraph whose last line ends on a mark that goes on (；，、：), as a list's items broken
# into lines do (…问题5.34万个；\n对42.82万台…): the next paragraph continues its sentence.
_GOES_ON = rx.compile(r"[；;，,、：:][ \t\u3000]*\n\s*$")


# A line broken inside its sentence, as a page's or a PDF's fixed-width lines are: a line of
# prose (a clause mark in it, no sentence's end after that) that stops on a word awaiting what
# follows (已, 共有, an open quote: 截至目前，我省已⏎有3个…), or whose next line opens on a
# count (…，共受理报名⏎40家): the next line goes on with the same sentence.
_PROSE_LINE_END = rx.compile(r"[，,][^。！？!?；;：:\n]*$")
_AWAITING_END = rx.compile(AWAITING + r"$")
_BROKEN_REACH = 200  # characters of the line before read for its clause mark


# A line that opens on a case's outcome (最终，…; 最后，…): the story of the line before goes on.
_OUTCOME_NEXT = rx.compile(r"\s*(?:最终|最后|随后)[，,]")


def run_starts(view: str, paragraphs: list[int]) -> list[int]:
    """Where each paragraph's run starts, worked out once per report: a line that ends on ；or
    ，goes on in the next, so the two are one paragraph; so does a case's outcome told on the
    next line (在甲地，两家药房接受了检查。⏎两家药房后来合计被罚没7万元 → 甲地's)."""
    runs: list[int] = []
    for at, start in enumerate(paragraphs):
        goes_on = at > 0 and (_GOES_ON.search(view, paragraphs[at - 1], start) is not None
                              or _OUTCOME_NEXT.match(view, start) is not None)
        runs.append(runs[-1] if goes_on else start)
    return runs


def broken_before(view: str, start: int) -> bool:
    """Whether the line before a sentence opening a line at ``start`` is broken inside that
    sentence (see _PROSE_LINE_END): the two are read as one sentence."""
    if not start or view[start - 1] != "\n":
        return False
    end = start
    while end > 0 and view[end - 1].isspace():
        end -= 1
    low = max(view.rfind("\n", 0, end) + 1, end - _BROKEN_REACH)
    # (the line's last words and the next line's opening first: two short tries that most
    # lines fail, before the scan of the line for its clause mark)
    return (_AWAITING_END.search(view, max(low, end - 2), end) is not None
            or COUNTED.match(view, start) is not None) \
        and _PROSE_LINE_END.search(view, low, end) is not None


Joins = dict[tuple[int, int], tuple[int, int]]  # joined_start's answers for a report


def joined_start(view: str, start: int, at: int, starts: list[int],
                 memo: Joins) -> tuple[int, int]:
    """The start of a figure's sentence opening at ``start`` (the ``at``-th of ``starts``),
    and its index, with the lines broken inside it before it joined (see broken_before):
    截至目前，我省已⏎有3个… is one sentence. ``memo``: the answers given so far for this
    report (the figures of a sentence share its answer)."""
    key = (start, at)
    if (known := memo.get(key)) is not None:
        return known
    while at > 0 and broken_before(view, start):
        at -= 1
        start = starts[at]
    memo[key] = (start, at)
    return start, at


@lru_cache(maxsize=256)  # (a figure restated in several reports is compiled once)
def _copies(written: str) -> re.Pattern[str]:
    """A figure as written (238项), not inside a longer number."""
    return rx.compile(rf"(?<![\d.]){re.escape(written)}")


def period_from_body(periods: Periods, view: str, item: Any, body: int,
                     starts: tuple[list[int], list[int]]) -> None:
    """A headline's figure the body states again (全省名牌产品达到1365项 / …截至目前，全省名牌产品
    累计达到1365项) takes the year the body's sentence gives it, where that sentence gives one:
    a headline drops the body's time words."""
    number = number_start(view, item.span)
    # The number and its unit (238项), whatever words the headline's span holds after them.
    figure = NUMBER.match(view, number)
    if figure is None:
        return
    written = view[number:figure.end() + 1].strip()
    for found in _copies(written).finditer(view, body):
        # The first of the body's copies whose sentence gives a year (not a headline printed
        # again above the article).
        at = found.start()
        sentence = starts[0][max(0, bisect.bisect_right(starts[0], at) - 1)]
        paragraph = starts[1][max(0, bisect.bisect_right(starts[1], at) - 1)]
        low = max(min(sentence, paragraph), at - PARAGRAPH_REACH)
        period = periods.period_of(low, at, min(sentence, at), counts_a_stock(item))
        if period is not None:
            item.period = period
            return
