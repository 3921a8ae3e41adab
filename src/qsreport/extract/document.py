"""What kind of document a text is: a report, a notice, a listing, something unrelated, or
too short to say — from signals that can be measured, so a batch can count each kind.

* ``too_short``: fewer than 60 Chinese characters of text;
* ``unrelated``: no word of the subject (质监, 标准, 名牌, 抽查 …) in every thousand characters and
  no figure read;
* ``listing``: no figure read, and most lines are short and end no sentence (a list of
  links, a table of contents), and those lines hold most of the text: a story of a few long
  paragraphs followed by a column of links and dates is a report;
* ``notice``: the title (or the opening) names a notice, circular or list (通知, 公告, 公示 …)
  and no figure was read;
* ``report``: everything else.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from ..chars import HAN_CHAR
from .areas import figures
from .common import Doc
from .lexicon.document import NOTICE, SENTENCE, SUBJECT

_TOO_SHORT = 60  # Chinese characters
_LISTING_LINES = 8  # a listing has at least this many lines…
_LISTING_SHARE = 0.7  # …and this share of them short and without a sentence end
_SHORT_LINE = 24
_SUBJECT_PER_1000 = 1.0  # subject words per thousand characters a text on the subject has


def document_kind(doc: Doc, report: Any) -> str:
    """The kind of ``report``'s document (see the module's docstring)."""
    text, view = doc.text, doc.view
    if _count(HAN_CHAR, text, _TOO_SHORT) < _TOO_SHORT:
        return "too_short"
    if next(figures(report), None) is not None:  # a figure, not a campaign
        return "report"
    needed = _SUBJECT_PER_1000 * len(view) / 1000
    if _count(SUBJECT, view, int(needed) + 1) < needed:
        return "unrelated"
    lines = [line.strip() for line in view.split("\n") if line.strip()]
    body = lines[1:] if len(lines) > 1 else lines
    short = [line for line in body if len(line) <= _SHORT_LINE and not SENTENCE.search(line)]
    if (len(body) >= _LISTING_LINES and len(short) >= _LISTING_SHARE * len(body)
            and sum(map(len, short)) * 2 >= sum(map(len, body))):
        return "listing"
    title = report.meta.title or (lines[0] if lines else "")
    if NOTICE.search(title):
        return "notice"
    return "report"


def _count(pattern: re.Pattern[str], text: str, enough: int) -> int:
    """How many matches of ``pattern`` ``text`` holds, counting no further than ``enough``
    (a 10 MB text need not be listed character by character to be long enough)."""
    return sum(1 for _ in islice(pattern.finditer(text), enough))
