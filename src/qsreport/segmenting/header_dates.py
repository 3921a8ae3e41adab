"""Dates of a report the header's lines do not carry, read only when nothing else dated it:
a dateline that writes its year (某某晚报2021年12月3日讯), a lead that opens on its full day
after an outlet's dateline (某某网讯 2019年5月6日，甲省…) or in figures (2011-2-24，…), a
dateline of no year with the year the page writes for its day, a page's stamp with its clock
on a line of its own a little below the debris (2015/6/16 21:03; also after a public account's
dotted labels, 某局 · 公众号 · 2031-01-02 08:30, or in a dated byline's brackets, 【2030/5/6 记者
某某】), and a signature's date above the attachments or run into the last words (某某局 /
2021年9月15日 / 附件…; …某某局2026年5月19日附件…), and a publish line between the headline and
the lead below a page's notices that read as sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .. import regex_cache as rx
from ..chars import HAN_CHAR
from .metaline import (
    DATE,
    MAX_META_LINE,
    SIGNATURE_DATE,
    is_meta_line,
    is_publish_line,
    iso_date,
    read_meta_line,
)
from .spans import Segment, first_lines, last_lines, lines_from

_YMD = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
# A dateline with its year (某某报2021年12月3日讯, 某某社甲地2020年3月2日电): not a day in a
# sentence (2019年4月8日电梯…: the 电 opens a word).
_NOT_A_WORD_IN_DIAN = r"(?![\u4e00-\u9fff]{0,1}(?:梯|缆|线|器|池|站|网|视|话|力|商|子|动|气)|能表|信)"
_DATELINE = rx.compile(_YMD + r"\s*(?:讯|电|消息)" + _NOT_A_WORD_IN_DIAN)
# A lead opening on its full day right after an outlet's undated dateline (某某网讯 2020年11月5日，…),
# or on its day in figures, a stamp (2011-2-24，…); not on a day in 年月日 alone (2015年3月17日，
# 某局开展…: the day of the work, which a report may tell long after).
_LEAD_DAY = rx.compile(r"[ \t\u3000]*(?:\S{0,12}?(?:讯|电)[ \t\u3000]*" + _YMD + "|"
                       r"(?:\S{0,12}?(?:讯|电)[ \t\u3000]*)?"
                       r"(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2}))\s*[,，]")
# A page's stamp with its clock on a line of its own (after a bullet or the outlet's name, or
# glued to the view count before it): 2015/6/16 21:03, • 2016-03-09 7:40:00• 来源:…, 某某新闻
# 2015-07-28 19:34:32, 3862013-05-06 10:20:30 (386 views).
# Also after the publisher and the labels a mirror of a public account sets between dots
# (某某局 · 公众号 · 2031-01-02 08:30), and inside the brackets of a byline that names its
# reporter after it instead of a clock (【2030/5/6 记者 某某】), as papers in Taiwan print it.
_STAMP = rx.compile(
    r"(?m)^[ \t\u3000•·\-]*(?:[\u4e00-\u9fff]{2,8}[ \t\u3000]+|\d{1,6}?(?=(?:19|20)\d{2}-)"
    r"|[\u4e00-\u9fff]{2,16}(?:[ \t\u3000]*[·•|｜](?:[ \t\u3000]*[\u4e00-\u9fff]{2,8})?)+[ \t\u3000]*"
    r"|(?P<bracket>[【\[])[ \t\u3000]*)?"
    r"(?P<y>(?:19|20)\d{2})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})[ \t\u3000]+"
    r"(?:(?(bracket)(?!))\d{1,2}:\d{2}(?::\d{2})?(?![\d])"
    r"|(?(bracket)记者[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*[】\]]|(?!)))")
# What may follow a page's stamp on its line: nothing, the time it was updated (（5/6 09:12 更新）)
# or the publish line's labels (来源：…); not the words of a list's or a table's row (10:00 抽样开始).
_STAMP_REST = rx.compile(r"[ \t\u3000•·|｜]*(?:[(（][^()（）\n]{0,20}更新[)）][ \t\u3000]*)?"
                         r"(?:(?:来源|作者|浏览|点击|阅读|编辑|发布|字号)[^\n]*)?$")
_DAY = rx.compile(r"(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日")
_NAVIGATION = rx.compile(r"[上下]一(?:篇|条|页)|相关")
_STAMP_SHARE = 0.4  # how far into the text a page's stamp may stand
_LIST_LINES = 3  # lines below a stamp that show it one of a list's
_LEAD_REACH = 200
# A page's clock (2024年06月16日 星期日, or with its time: 2024/6/16 上午9:27:28 星期日): the day
# it was saved, not published; and a date a title ends on in brackets ((2021-3-5)).
# So is a clock labelled with the place whose time it keeps (香港时间：2024年6月16日 星期日 09:27),
# which may print the time after the weekday.
TODAY = rx.compile(r"^\s*(?:(?:北京|香港|澳门|台北|本地|当地)时间\s*[:：]?\s*)?"
                   r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
                   r"(?:(?:上午|下午)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*)?"
                   r"(?:星期|周|礼拜)[一二三四五六日天]\s*"
                   r"(?:(?:上午|下午)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*)?$")
TITLE_DATE = rx.compile(r"[(（]\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s*[)）]\s*$")
# A dateline of no year (某某网3月30日讯; 【某某时报12月21日报导】, as papers abroad and Taiwan's
# write it, 报道 only where its bracket closes right after), and a full date in figures or in 年月日.
DAY_DATELINE = rx.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
                          r"(?:电|讯|消息|报导|报道(?=[】\]）)]))" + _NOT_A_WORD_IN_DIAN)
# A full date as a list item's stamp, below the article (- 2017-03-30 某地…, 更多：2021年9月3日 …,
# 某地召开会议 2017-03-30): at its line's start after a bullet or a 相关/更多 label, or at its end;
# not a day a sentence of the body tells (自2016年5月20日…实施以来).
_ITEM_HEAD = rx.compile(r"[ \t\u3000\-•·*>【\[]*(?:(?:相关|更多)[\u4e00-\u9fff]{0,4}[：:]?)?[ \t\u3000]*$")
_ITEM_TAIL = rx.compile(r"[ \t\u3000\]】)）]*$")
_FULL_DATE = rx.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})|"
                        r"\s*年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日)(?!\d)")
_LEAD_LINES = 2  # the body's first line, or the next under a headline printed again
_CLAUSE = rx.compile(r"[，,。；;！？]")  # body characters a dateline or the lead's day opens within
_STAMP_LINES = 15  # lines from the top a page's stamp may stand on
# The signing office's name ends a line above the date (某某局, 某某委员会, 某某联合会).
_SIGNER = rx.compile(r"(?:局|会|厅|委|办|办公室|政府|中心|院|章[)）])\s*$")
# A date run into the last words after its signer or the contact's brackets (…某某局2026年5月19日
# 附件…, …(代章)2019年8月2日, …(邮编:100000)2020年5月6日。): before the attachments or at the
# very end of the text.
_RUN_IN = rx.compile(r"(?:局|会|厅|委|办公室|政府|中心|[)）])\s*" + _YMD + r"\s*(?=附件|。?\s*$)")
_TRIM = " \t\u3000?？"
_LAST_LINES = 4  # a signature's date with no attachments below stands among the text's last lines
# What a signature's date stands above: the attachments (附件：…) or an attached list's or plan's
# title (乙省某某拟推荐名单), not a sentence of the report that quotes the notice.
_ATTACHMENT = rx.compile(r"[ \t\u3000]*附件|[^，,。；;！？：:\n]{4,40}$")


def _datelines(view: str, body: int, count: int) -> Iterator[tuple[Segment, re.Match[str] | None,
                                                                    re.Match[str] | None]]:
    """The body's first ``count`` lines, each with its first clause mark and the dateline with
    its year before that mark (某某报2021年12月3日讯): where a lead's dateline may stand."""
    for line in first_lines(view, count, body):
        clause = _CLAUSE.search(view, line.start, line.end)
        yield line, clause, _DATELINE.search(view, line.start, clause.start() if clause else line.end)


def lead_date(view: str, body: int) -> str | None:
    """The day of a dateline with its year before the first clause mark of the body's first line
    (from ``body``; or the next, under a headline printed again), or
    the full day the body's first line (or the next, under a headline printed again) opens on
    after an outlet's dateline or as a stamp in figures, unless its sentence tells of a later day too
    (2018年7月2日，某地发生事故…，7月9日上午，…: the accident's day, not the report's)."""
    found = None
    for line, clause, dated in _datelines(view, body, _LEAD_LINES):
        if dated is not None:
            return iso_date(dated)  # (before the lead's first clause mark: not a story it cites)
        found = _LEAD_DAY.match(view, line.start, line.end)
        if found is not None or clause is not None:
            break  # (past a headline printed again above the lead, not past the lead)
    if found is None:
        return None
    stop = view.find("。", found.end())
    if _DAY.search(view, found.end(), stop if stop >= 0 else len(view)):
        return None
    if found["y"] is None:
        return f"{found['y2']}-{int(found['m2']):02d}-{int(found['d2']):02d}" \
            if 1 <= int(found["m2"]) <= 12 and 1 <= int(found["d2"]) <= 31 else None
    return iso_date(found)


def dateline_with_the_pages_year(view: str, body: int) -> str | None:
    """The day of a dateline of no year in the lead (某某网3月30日讯, 某某社甲地5月2日电) with the
    year a list item's stamp below it writes for the same day (a related item's, 2017-03-30):
    one year only, else none."""
    found = DAY_DATELINE.search(view, body, min(len(view), body + _LEAD_REACH))
    if found is None:
        return None
    month, day = int(found["m"]), int(found["d"])
    below = view.find("\n", found.end())
    years = {int(full["y"]) for full in _FULL_DATE.finditer(view, below if below >= 0 else len(view))
             if (int(full["m1"] or full["m2"]), int(full["d1"] or full["d2"])) == (month, day)
             and _is_item_stamp(view, full)}
    if len(years) != 1 or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{years.pop():04d}-{month:02d}-{day:02d}"


def _is_item_stamp(view: str, full: re.Match[str]) -> bool:
    start = view.rfind("\n", 0, full.start()) + 1
    end = view.find("\n", full.end())
    end = len(view) if end < 0 else end
    return _ITEM_HEAD.match(view[start:full.start()]) is not None \
        or _ITEM_TAIL.match(view[full.end():end]) is not None


def stamp_date(view: str) -> str | None:
    """The date of a page's stamp with its clock on a line of its own (or before the publish
    line's labels) among the first lines, in the first part of the text (not at its foot): not a link to the next or the last item (上一篇 2017-02-11 08:14), nor one
    of a list's stamps (two in a few lines); or, below a long menu, a stamp between the
    headline and the same headline printed again (:func:`_stamp_between_headlines`)."""
    return _stamp_in_opening(view) or _stamp_between_headlines(view)


def _stamp_between_headlines(view: str) -> str | None:
    """The date of a page's stamp with its clock on a line of its own between the headline and
    the same headline printed again where the article opens (甲市电梯抽查结果 / 2016-11-15 06:35
    / 甲市电梯抽查结果), wherever a page's menus put them."""
    for found in _STAMP.finditer(view):
        start = view.rfind("\n", 0, found.start()) + 1
        end = view.find("\n", found.end())
        end = len(view) if end < 0 else end
        if not _STAMP_REST.match(view, found.end(), end):
            continue
        above = view[:start].rstrip().rsplit("\n", 1)[-1].strip(_TRIM)
        below = view[end:].lstrip().split("\n", 1)[0].strip(_TRIM)
        if _TITLE_MIN <= len(above) <= _HEADLINE_MAX and above == below:
            return iso_date(found)
    return None


_HEADLINE_MAX = 40


def _stamp_in_opening(view: str) -> str | None:
    lines = first_lines(view, _STAMP_LINES)
    for at, line in enumerate(lines):
        found = _STAMP.match(view, line.start, line.end)
        if found is None or not _STAMP_REST.match(view, found.end(), line.end):
            continue  # (a time the body's list or table gives: 2015-03-02 10:00 抽样开始)
        if found.start() > len(view) * _STAMP_SHARE and found["bracket"] is None:
            return None  # at the foot: a list's or a comment's time (a byline's is the story's)
        near = lines[at + 1:at + 1 + _LIST_LINES]
        if _NAVIGATION.search(view, line.start, found.start("y")) or any(
                _STAMP.match(view, other.start, other.end) for other in near):
            return None
        return iso_date(found)
    return None


def _attachment_below(view: str, lines: list[Segment]) -> bool:
    below = next((line for line in lines if view[line.start:line.end].strip()), None)
    return below is not None and _ATTACHMENT.match(view, below.start, below.end) is not None


def signed_date(view: str) -> str | None:
    """The date under a signature that the attachments or an attached paper's title follow, or
    that stands among the last lines, or run into the last words after it; the last
    such date of the text."""
    lines = lines_from(view)
    for at in range(len(lines) - 1, 0, -1):
        piece = view[lines[at].start:lines[at].end].strip(_TRIM)
        if (found := SIGNATURE_DATE.fullmatch(piece)) is None:
            continue
        if at < len(lines) - _LAST_LINES and not _attachment_below(view, lines[at + 1:at + 3]):
            continue  # a notice the report quotes in its middle
        above = view[lines[at - 1].start:lines[at - 1].end].strip(_TRIM)
        if len(above) <= 30 and _SIGNER.search(above):
            return iso_date(found)
    last = None
    for last in _RUN_IN.finditer(view):  # noqa: B007 (the last one is wanted)
        continue
    return iso_date(last) if last is not None else None


def own_date_before(view: str, body: int, published: str) -> str | None:
    """The story's own day, where a page's publish line (``published``, ISO) is later: a dateline
    with its year before the lead's first clause mark (据某某网甲地2012年4月3日讯, reposted in
    2016). The page says when it was posted, the dateline when the story was filed. (Not a
    notice's signature: its page's publish line is the keys' date.)"""
    dated = _dateline_in_lead(view, body)
    own = iso_date(dated) if dated is not None else None
    if dated is None or own is None or own >= published:
        return None
    # (a repost's gap: another year, a month or more, or a repost's marker before the dateline,
    # 据某某网…讯; not a paper's story posted the day after its dateline)
    line = view.rfind("\n", 0, dated.start()) + 1
    return own if own[:4] != published[:4] or _days_between(own, published) > _REPOST_DAYS \
        or _REPOSTED.search(view, line, dated.start()) else None


def _days_between(early: str, late: str) -> int:
    """Days from one ISO day to a later one (a day no calendar has: far apart)."""
    try:
        return (date.fromisoformat(late) - date.fromisoformat(early)).days
    except ValueError:
        return _REPOST_DAYS + 1


_REPOST_DAYS = 30
_REPOSTED = rx.compile(r"据|转载|转自|摘自|来源")


def _dateline_in_lead(view: str, body: int) -> re.Match[str] | None:
    """The lead's dateline with its year, on the body's first line of words, past a headline
    printed again or the short debris of a poster's name and a view count (admin / 145)."""
    for line, clause, dated in _datelines(view, body, _DEBRIS_LINES):
        if dated is not None:
            return dated
        if clause is not None or len(view[line.start:line.end].strip()) > _DEBRIS:
            return None
    return None


_DEBRIS_LINES = 5
_DEBRIS = 40  # a headline printed again, a poster's name or a count: no lead's length


# A list item's stamp right before or right after a headline on its line (- 2017-03-30 标题,
# 标题 2017-03-30).
_ITEM_BEFORE = rx.compile(r"[ \t\u3000\-•·*>【\[]*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})[ \t\u3000\]】]*$")
_ITEM_AFTER = rx.compile(r"[ \t\u3000\[【(（]*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
_TITLE_MIN = 6  # a headline long enough to be the story's own where a list repeats it


def listed_title_date(view: str, title: Segment | None, body: int) -> str | None:
    """The day the page's own list of stories gives the report under its headline, below the
    article (- 2010-11-10某某依法注销…, 2022-03-23 某某项目公布 …): one day only, else none."""
    if title is None:
        return None
    headline = view[title.start:title.end].strip(_TRIM)
    if len(headline) < _TITLE_MIN:
        return None
    days = set()
    at = view.find(headline, body)
    while at >= 0:
        start = view.rfind("\n", 0, at) + 1
        end = view.find("\n", at)
        end = len(view) if end < 0 else end
        found = _ITEM_BEFORE.match(view, start, at) or _ITEM_AFTER.match(view, at + len(headline), end)
        if found is not None and (day := iso_date(found)) is not None:
            days.add(day)
        at = view.find(headline, at + len(headline))
    return days.pop() if len(days) == 1 else None


_RECORD_LINES = 3  # the text's last lines, where a saved page's record of itself may stand


def record_line_date(view: str, title: Segment | None, body: int) -> str | None:
    """The one full date in figures on a line among the text's last that prints the headline
    again below the article: a saved e-paper's or site's record of the story (its number, its
    day and clock, the headline: 1200 2031-05-06 00:00:00 甲市抽查电梯; 2031-05-06 1 1 某某日报
    content_9.html 甲市抽查电梯)."""
    if title is None:
        return None
    headline = view[title.start:title.end].strip(_TRIM)
    if len(headline) < _TITLE_MIN:
        return None
    for line in last_lines(view, _RECORD_LINES):
        if line.start < body or headline not in view[line.start:line.end]:
            continue
        dates = list(DATE.finditer(view, line.start, line.end))
        if len(dates) == 1 and "年" not in dates[0][0]:  # (not a day the prose tells)
            return iso_date(dates[0])
    return None


# A publish line between the headline and the lead, past a page's notices above them that read
# as sentences (您使用的浏览器版本较旧，请更新。; a site's line about itself, 某某网由某某主办。),
# which end the header's own reading: 甲市抽查电梯 / 2031-05-06 / 甲市质监局近日…。
_HEADLINE_LINES = 20  # lines from the top the headline and its publish line may stand on
_HEADLINE = rx.compile(r"[^。！？，,；;>»|｜]{6,40}")  # a headline: no sentence, no crumbs
_LEAD = rx.compile(r"[^\n]{20,}?[，,。；;]")  # the lead under it: a clause within its first words
_OUTLET = rx.compile(r"[\u4e00-\u9fff]{2,5}")  # an outlet's name on its own line (某某报)
_META_BELOW = 2  # meta lines (来源：…) between the publish line and the lead


def publish_line_under_headline(view: str) -> str | None:
    """The date of the one publish line among the first lines that stands right under a
    headline-shaped line and over the lead (other meta lines between them, 来源：…); none where
    there are two such lines with other dates (a list of stories, each under its headline)."""
    lines = [line for line in first_lines(view, _HEADLINE_LINES)
             if view[line.start:line.end].strip(_TRIM)]
    days = set()
    for at in range(1, len(lines) - 1):
        piece = view[lines[at].start:lines[at].end].strip(_TRIM)
        if len(piece) > MAX_META_LINE or not is_publish_line(piece) or TODAY.match(piece) \
                or (day := read_meta_line(piece).date) is None:
            continue
        above = view[lines[at - 1].start:lines[at - 1].end].strip(_TRIM)
        if _OUTLET.fullmatch(above) and at >= 2:  # the outlet's name under the headline
            above = view[lines[at - 2].start:lines[at - 2].end].strip(_TRIM)
        if not _HEADLINE.fullmatch(above) or len(HAN_CHAR.findall(above)) < _TITLE_MIN \
                or is_meta_line(above):
            continue
        after = (view[line.start:line.end].strip(_TRIM) for line in lines[at + 1:at + 2 + _META_BELOW])
        below = next((piece for piece in after if not is_meta_line(piece)), "")
        if _LEAD.match(below):
            days.add(day)
    return days.pop() if len(days) == 1 else None


# A press release's date at its foot, with its weekday in brackets (2018年7月3日（星期二）,
# 二〇一六年三月二日(星期三)); at the top of a page a date with its weekday is the site's today.
_FOOT_WEEKDAY = rx.compile(r"\s*[(（](?:星期|周|礼拜)[一二三四五六日天][)）]$")


def without_weekday(piece: str) -> str:
    """A line of the text's foot without the bracketed weekday after its date."""
    return _FOOT_WEEKDAY.sub("", piece)

