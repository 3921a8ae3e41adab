"""Three dates a page prints that its publish line does not give.

* An enacted text's note under its headline: a law, a decision or a set of rules printed as a
  document gives its own date in brackets below the headline
  (（2019年3月2日某某市人大常委会五次会议表决通过）). When no publish line dates the
  page, that printed date outranks a ``<meta>`` date the page never shows (the day the site
  posted an old bulletin).
* A story's own entry in its timeline: a news aggregator's topic page dates its story only as
  昨天 or 3小时前, and lists the story itself, by its headline, among the related events below
  (标题 / 09月07日, 09-07); the year is the page's copyright year (© 2019), where the
  markup shows a date of that year elsewhere too (a footer may be years stale).
* A post's labelled time under it: a blog prints its post's headline above the text and the
  time it was posted only in the line of counters after it (作者:某某 阅读(120) 评论(3)
  发表于:2005-07-31 12:30), outside the article's block.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cleaning import match_view
from ..segmenting.metaline import DATE, DATE_LABEL, MAX_META_LINE, iso_date, read_meta_line
from .lines import page_lines
from .node import Node
from .page import Page, squeezed

if TYPE_CHECKING:
    from .head import Head

_POSTED_EVENTS, _POSTED_LINES = 100, 2  # parse events and lines after the article read for it

# The note: one full date opening a bracketed line whose last word is what was done to the
# text (not a caption's 检查结果将于近期向社会公布, nor 会议审议通过了年度工作要点) ...
_NOTE = re.compile(
    r"[(（]\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"[^()（）\d]{0,60}(?:通过|修订|修正|公布|发布|印发|施行|颁布|批准)\s*[)）]")
# ... under an enacted text's headline (…条例, …办法, …的决定), or naming the body or meeting
# that passed it just before that word (…人大常委会…会议表决通过, …政府令第二百号公布).
_ENACTED_TITLE = re.compile(r"(?:条例|办法|规定|决定|细则|规则|章程)(?:[(（][^()（）]{1,6}[)）])?\s*$")
_PASSED_BY = re.compile(r"(?:会议|常委会|人大|政府令)[^()（），,。；;]{0,12}"
                        r"(?:通过|修订|修正|公布|发布|印发|施行|颁布|批准)\s*[)）]$")
# Any such note, of one date or more (adopted, then amended): never a publish line.
_ANY_NOTE = re.compile(
    r"[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()（）]{0,80}"
    r"(?:通过|修订|修正|颁布|批准|施行|公布)[^()（）\d]{0,12}[)）]")
_NOTE_LINES = 6  # the note stands this close under the headline, or to the article's top
_NOTE_EVENTS = 80  # parse events read at the article's top
# A date relative to the day the page is read: 昨天, 前天, 今天 08:12, 3小时前, 5分钟前.
_RELATIVE = re.compile(r"\s*(?:昨天|前天|今天|\d{1,2}\s*(?:分钟|小时|天)前)\s*(?:\d{1,2}[:：]\d{2})?\s*")
_RELATIVE_LINES = 4  # lines under the headline read for it
# A timeline's day without its year: 09月07日, 09-07 (not 1/8 or 1-8, a gallery's counter).
_MONTH_DAY = re.compile(r"\s*(?:(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日|(?P<mm>\d{2})-(?P<dd>\d{2}))"
                        r"\s*(?:\d{1,2}[:：]\d{2})?\s*")
_FOOT_LINES = 40  # the page's last lines, read for its copyright
_COPYRIGHT = re.compile(r"(?:©|&copy;|copyright)\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?(?P<y>(?:19|20)\d{2})",
                        re.IGNORECASE)


def is_note(view: str) -> bool:
    """Whether ``view`` (a line's match view) is an enacted text's note: (某年某月某日…通过)."""
    return _ANY_NOTE.fullmatch(view.strip()) is not None


def enactment_note(page: Page, head: Head, article: Node, near: list[str]) -> None:
    """The date of the note under the headline of an enacted text, when it holds one date: in
    the lines under the headline, or at the top of the article (whose own first lines may print
    the headline again, over a few lines)."""
    top = page_lines(page, article.start, min(len(page), article.start + _NOTE_EVENTS))
    for line in near[:_NOTE_LINES] + [line for line in top if line.strip()][:_NOTE_LINES]:
        view = match_view(line.strip())
        found = _NOTE.fullmatch(view)
        if found and len(DATE.findall(view)) == 1 and (iso := iso_date(found)) \
                and (_ENACTED_TITLE.search(head.title) or _PASSED_BY.search(view)):
            head.date, head.found["date"] = iso, "the enacted text's note under its headline"
            return


def own_entry(page: Page, head: Head, markup: str) -> None:
    """The day a topic page's timeline gives the story itself, when the header says only 昨天."""
    if head.anchor is None or not head.title:
        return
    below = [line.strip() for line in page_lines(page, head.anchor, len(page)) if line.strip()]
    title = squeezed(head.title)
    if below and squeezed(below[0]).startswith(title):  # 标题 昨天, with no block between them
        below[0] = squeezed(below[0])[len(title):]
    if not any(_RELATIVE.fullmatch(line) for line in below[:_RELATIVE_LINES + 1]):
        return
    for index in range(1, len(below)):
        line = squeezed(below[index])
        if not line.startswith(title):
            continue
        # The entry's day on its line (标题 09月07日) or on the next one.
        day = _MONTH_DAY.fullmatch(line[len(title):] or (below[index + 1:] or [""])[0])
        year = next((found["y"] for found in _COPYRIGHT.finditer(" ".join(below[-_FOOT_LINES:]))),
                    None)
        if day and year and _year_shown(markup, year):
            month, date = int(day["m"] or day["mm"]), int(day["d"] or day["dd"])
            if 1 <= month <= 12 and 1 <= date <= 31:
                head.date = f"{year}-{month:02d}-{date:02d}"
                head.found["date"] = "the story's own entry in the page's timeline, the copyright's year"
        return


def _year_shown(markup: str, year: str) -> bool:
    """Whether a date of the copyright's ``year`` stands elsewhere in the page's markup (another
    entry, a link's /2019-09-07/, a <meta>'s date): a footer may be years stale (© 2012-2016)."""
    return re.search(rf"(?<![\d\-–]){year}\s*[-年/.]\s*\d{{1,2}}(?!\d)", markup) is not None


def posted_under(page: Page, head: Head, article: Node) -> None:
    """The labelled time (发表于:…, 发布时间：…) on one of the first lines after the article, as a
    blog prints it under its post, when nothing else dates the page."""
    after = (line for line in page_lines(page, article.end, min(len(page), article.end + _POSTED_EVENTS))
             if line.strip())
    for _, line in zip(range(_POSTED_LINES), after, strict=False):
        view = match_view(line)
        if len(line) <= MAX_META_LINE and DATE_LABEL.search(view) and DATE.search(view) \
                and (date := read_meta_line(view).date) is not None:
            head.date, head.found["date"] = date, "the labelled time under the post"
            return
