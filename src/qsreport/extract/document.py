"""What kind of document a text is: a report, a notice, a listing, something unrelated, or
too short to say — from signals that can be measured, so a batch can count each kind.

* ``too_short``: fewer than 60 Chinese characters of text;
* ``unrelated``: no word of the subject (质监, 标准, 名牌, 抽查 …) in every thousand characters and
  no figure read;
* ``listing``: no figure read, and most lines are short and end no sentence (a list of
  links, a table of contents);
* ``notice``: the title (or the opening) names a notice, circular or list (通知, 公告, 公示 …)
  and no figure was read;
* ``report``: everything else.
"""

from __future__ import annotations

from typing import Any

from ..chars import HAN_CHAR
from .areas import areas, items
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
    if len(HAN_CHAR.findall(text)) < _TOO_SHORT:
        return "too_short"
    lines = [line.strip() for line in view.split("\n") if line.strip()]
    figures = any(hasattr(item, "period") for area in areas() for item_list in area.lists
                  for item in items(report, area, item_list))  # a figure, not a campaign
    subject = len(SUBJECT.findall(view))
    if not figures and subject < _SUBJECT_PER_1000 * len(view) / 1000:
        return "unrelated"
    body = lines[1:] if len(lines) > 1 else lines
    short = [line for line in body if len(line) <= _SHORT_LINE and not SENTENCE.search(line)]
    if not figures and len(body) >= _LISTING_LINES and len(short) >= _LISTING_SHARE * len(body):
        return "listing"
    title = report.meta.title or (lines[0] if lines else "")
    if not figures and NOTICE.search(title):
        return "notice"
    return "report"
