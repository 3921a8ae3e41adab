"""A publish date glued to the first lines of text saved from a page, where no publish line of
its own stands: a labelled date (in Chinese or English) run into the title or the lead (某某通知发表时间:2018-03-22
13:05来源:…; 发布日期 2020/05/06~…), or a date in figures opening a line of the lead (2019/11/29 为了…, 2011年07月29日
09:58 来源:…), or a stamp with the year last whose day its numbers tell (16/5/2024 13:54), up to the line the first sentence ends on. Read only when the header found
no date."""

from __future__ import annotations

from .. import regex_cache as rx
from .metaline import DATE, iso_date, iso_day

_OPENING_LINES = 5  # lines read from the top of the text
_OPENING_REACH = 600  # characters read from the top of the text

# A publish label and its date, wherever it stands in those lines (not 成文日期, a date of
# writing, nor a bare 时间, which also opens an event's time), its colon left out before a date in
# figures (发布日期 2020/05/06~2020/12/31: the day it went up, before the day it comes down); or a label in English a saved
# page keeps before its date (date 2020-05-06, Date: 2020-05-06, Posted on 2020-05-06).
_LABELLED = rx.compile(
    r"(?:(?:发布|发表|更新|录入|发稿|刊发)(?:时间|日期)(?:\s*[:：]|\s(?=\s*(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}(?!\d)))"
    r"|(?<![A-Za-z])(?:[Dd]ate|DATE|[Pp]ublished|[Pp]osted)(?:\s+on)?(?:\s*[:：]|\s)"
    r"(?=\s*(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}(?!\d)))\s*"
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)")
# A date in figures at the head of a line (after the page's address, if any): with dashes,
# slashes or dots (a page's stamp), or written with 年月日 and followed by a clock or a 来源
# label (a stamp too, not a lead that opens on the day of the event). Not the start of a span
# (2019-11-29至12-05). A stamp's two-digit day may be glued to a lead that opens on a day
# (2019-05-066月3日，…: the 6th, then 6月3日). Its parts are read by metaline's DATE, or
# here where the lead is glued to it.
_STAMP = rx.compile(
    r"(?m)^[ \t\u3000]*(?:(?:https?://|www\.)[!-~]+[ \t\u3000]+)?(?P<date>"
    r"(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)"
    r"(?P<d>\d{2}(?=\d{1,2}月\d{1,2}日)|\d{1,2}(?![\d.]))"
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
    r"(?=\s*(?:\d{1,2}[:：]\d{2}|(?:信息)?来源\s*[:：])))"
    r"(?!\s*(?:至|到|起|[-—~～]\s*\d))")


# A stamp with its clock on a line of its own, the year last (16/5/2024 13:54, as Hong Kong's
# pages print it): read only where one of the first two numbers, past 12, tells the day; a
# reading either way is no date (5/6/2024: the sixth of May or the fifth of June).
_YEAR_LAST = rx.compile(
    r"(?m)^[ \t\u3000]*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})[ \t\u3000]+"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*$")
_MONTHS = 12


def opening_date(view: str) -> str | None:
    """The date of a publish label or a stamp in the first lines of ``view`` (the match
    view), as YYYY-MM-DD; None when there is none."""
    end = min(len(view), _OPENING_REACH)
    newline = -1
    for _ in range(_OPENING_LINES):
        newline = view.find("\n", newline + 1, end)
        if newline < 0:
            break
    else:
        end = newline
    stop = view.find("。", 0, end)
    if stop >= 0:  # no further than the line the body's first sentence ends on
        line_end = view.find("\n", stop, end)
        end = line_end if line_end >= 0 else end
    labelled = _LABELLED.search(view, 0, end)
    if labelled is not None:
        return iso_date(labelled)
    stamp = _STAMP.search(view, 0, end)
    if stamp is not None and stamp["d"]:
        return iso_date(stamp)
    parts = DATE.match(view, stamp.start("date")) if stamp is not None else None
    if parts is not None:
        return iso_date(parts)
    return _year_last(view, end)


def _year_last(view: str, end: int) -> str | None:
    found = _YEAR_LAST.search(view, 0, end)
    if found is None:
        return None
    first, second = int(found["a"]), int(found["b"])
    if (first > _MONTHS) == (second > _MONTHS):
        return None  # (either could be the month, or neither)
    day, month = (first, second) if first > _MONTHS else (second, first)
    return iso_day(int(found["y"]), month, day)
