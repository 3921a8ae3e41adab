"""The header of a report: title, region, category, date and publisher from its first lines (and
what a web page's structure said), with ``found``: where each field was read.

Rules match on the match view (simplified, half-width); strings are cut from the cleaned text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from .. import regex_cache as rx
from ..chars import HAN, HAN_CHAR
from ..places.finder import whole_place
from .header_dates import (
    DAY_DATELINE,
    TITLE_DATE,
    TODAY,
    own_date_before,
    without_weekday,
)
from .header_late_dates import read_late_date
from .header_possible import possible_day
from .header_publisher import is_person, publisher_elsewhere, publisher_from_byline
from .header_region import INSIDE_TITLE, opening_inside, report_region
from .metaline import (
    DATE_LABEL,
    FULL_STOP,
    MAX_META_LINE,
    SIGNATURE_DATE,
    PageHead,
    crumb_parts,
    date_after_crumbs,
    is_meta_line,
    is_publish_line,
    iso_date,
    read_meta_line,
)
from .opening import opening_date
from .spans import LINE, Segment, first_lines, last_lines
from .title import (
    is_debris_sentence,
    is_title_furniture,
    plain_title,
    title_span,
    whole_document_title,
)


@dataclass
class Header:
    """The fields read from a report's first lines, and where its body starts."""

    title: str | None = None
    region: str | None = None
    date: str | None = None
    source: str | None = None
    category: str | None = None
    end: int = 0  # where the body starts
    title_line: Segment | None = None  # the title's line: its figures count too
    found: dict[str, str] = field(default_factory=dict)  # where each field was read


_TITLE_SHAPE = rx.compile(rf"(?P<region>{HAN}{{2,8}})\s*[:：]\s*(?P<title>.+?)"
                          rf"(?:-(?P<category>{HAN}{{2,6}}))?$")
_HEADER_LINES = 4


# A title is one short line with no full stop; a comma or a mark only in a short one.
_TITLE_REFUSED = rx.compile(r"[。；;]")
_TITLE_COMMA = rx.compile(r"[，,！？!?]")
_MAX_TITLE = 60
_MAX_COMMA_TITLE = 40


def _looks_like_title(view: str) -> bool:
    view = view.strip()
    if len(HAN_CHAR.findall(view)) < 2 or len(view) > _MAX_TITLE or _TITLE_REFUSED.search(view):
        return False  # also a page counter (1 / 15)
    return len(view) <= _MAX_COMMA_TITLE or not _TITLE_COMMA.search(view)


def read_header(text: str, view: str, page: PageHead | None = None) -> Header:
    """Title, region, category, date and publisher from the first lines of the report.

    ``page`` is what a web page's structure said (its headline is then the first line, and its
    date and publisher outrank what the lines give)."""
    header = Header()
    lines = [Segment(*match.span())
             for match in itertools.islice(LINE.finditer(text), _HEADER_LINES)]
    body_start = date_rank = 0
    clock: str | None = None  # a page's clock: the date only when nothing else gives one
    filed: str | None = None  # a site's filing or a forum post's time: likewise
    crumbs = page.crumbs if page is not None else ()  # (a saved page's, in plain text: its line)
    for index, line in enumerate(lines):
        line_view = view[line.start:line.end]
        if _BREADCRUMB.search(line_view) and len(line_view) <= 60:
            body_start = line.end  # 首页 > 质监动态 > 工作信息
            crumbs = crumbs or crumb_parts(text[line.start:line.end])
            if header.date is None and (found_date := date_after_crumbs(line_view)):
                header.date, header.found["date"], date_rank = \
                    found_date, "publish line after the breadcrumb", 1
            continue
        if TODAY.match(line_view):
            body_start = line.end  # a page's clock: 2024年06月16日 星期日
            clock = clock or read_meta_line(line_view).date
            continue
        dated = TITLE_DATE.search(line_view)
        if dated and header.title is None and index <= 2 \
                and _looks_like_title(line_view[:dated.start()]):
            # 某某中心开工建设 (2005-10-28): a reposted item keeps its own date in its title,
            # and that date outranks the repost's publish line.
            _take_title(header, text, view, line)
            header.date, header.found["date"], date_rank = iso_date(dated), "title's (date)", 3
            body_start = line.end
            continue
        headline = page is not None and page.headline and index == 0
        if headline and header.title is None:
            # A page's headline is its title even when it holds a date (关于某年某月某日…的公告),
            # which the meta-line test below would take for a publish line.
            _take_title(header, text, view, line, whole=True)
            body_start = line.end
            continue
        if is_meta_line(line_view):
            found = read_meta_line(line_view)
            rank = 2 if _PUBLISHED.search(line_view) else 1
            if found.date and _filed(line_view):
                filed = filed or found.date  # (a site's filing time: only where nothing else dates it)
            elif found.date and (header.date is None or rank > date_rank):
                header.date, header.found["date"], date_rank = found.date, "publish line", rank
            if found.source and header.source is None:
                header.source = text[line.start + found.source[0]:line.start + found.source[1]]
                header.found["source"] = "publish line"
            body_start = line.end
        elif header.title is None and index <= 2 and _looks_like_title(line_view):
            _take_title(header, text, view, line)
            body_start = line.end
        else:
            break
    header.end = body_start
    if page is None and header.date is None:
        _late_publish_line(text, view, header)
    if header.date is None and filed is not None:
        header.date, header.found["date"] = filed, "a site's filing time"
    if page is None:
        _settle_plain_title(text, view, header)

    if page is not None:
        header.date = page.date or header.date
        header.source = page.source or header.source
        header.found.update(page.found or {})
    if header.date is not None and not possible_day(header.date):
        header.date = None  # (a blank or a number read as a day: the readers below may date it)
        header.found.pop("date", None)
    for where, find in (("a date stamp in the opening lines", _opening_date),
                        ("date under the signature", _signature_date),
                        ("publish line at the foot", _footer_date)):
        if header.date is None and possible_day(found_date := find(text, view)):
            header.date, header.found["date"] = found_date, where
    if page is None and header.found.get("date") == "publish line" and header.date is not None \
            and possible_day(own := own_date_before(view, header.end, header.date)):
        header.date, header.found["date"] = own, "the story's own date, before the repost's publish line"
    if header.source is not None and is_person(header.source):
        publisher_from_byline(text, view, header)
    if header.source is None:
        publisher_elsewhere(text, view, header)
    if header.source is None and page is not None and page.site is not None:
        header.source, header.found["source"] = page.site  # the site's own name, last
    if header.date is None and possible_day(found_date := _dateline_date(view, header.end)):
        header.date, header.found["date"] = found_date, "the lead's dateline, with the year it opens with"
    if header.date is None and clock is None:
        clock = _issue_date(text, view)  # (an e-paper's issue date outranks a day in its body)
    if header.date is None and clock is not None and possible_day(clock):
        header.date, header.found["date"] = clock, "the page's clock (an e-paper's issue date)"
    if header.date is None:
        read_late_date(view, header)
    if header.region is None and (page is None or not page.about_person):
        header.region = report_region(text, view, header, crumbs,
                                      page.portal if page is not None else None)
    return header


_PUBLISHED = rx.compile(r"发布|刊发|发表")  # a publish date outranks a date of writing (成文日期)
# A site's own stamp, not the story's: a filing or update time (归档时间：, 更新时间：), or a forum
# post's (发表于 … | 只看该作者 | 阅读模式) above the reposted story's own publish line.
# A line that also labels its publish time (发布时间：… 更新时间：…) is the story's publish line.
_FILED = rx.compile(r"归档|(?:更新|修改|采集|抓取)(?:时间|日期)")
_FORUM_POST = rx.compile(r"只看该作者|全部楼层|阅读模式")


def _filed(line: str) -> bool:
    """Whether a meta line is a site's own stamp (:data:`_FILED`, :data:`_FORUM_POST`)."""
    return bool(_FORUM_POST.search(line) or (_FILED.search(line) and not _PUBLISHED.search(line)))


_FOOTER_LINES = 12  # lines at the foot read for a labelled publish line (under links, a copyright)
_SCAN_LINES = 20  # how far down a plain report's publish line may sit below page debris (a forum's)
# A lead's dateline without the year (某某社某地9月6日电, 本报某地12月19日讯), and the year the lead
# opens with (not one a span starts from, a deadline, a comparison: 自2001年…以来, 到2020年, 比2005年).
_LEAD_YEAR = rx.compile(r"(?<![自从到至比较与\d])(?P<y>(?:19|20)\d{2})\s*年(?!\s*(?:以来|来|前))")
_ISSUE_LINES = 8  # the first lines of an e-paper's page, where its issue date stands
_EPAPER = rx.compile(r"第[A-Z]?\d{1,2}版|[上下]一版|版面导航")
_DATELINE_REACH = 200  # body characters that may hold the dateline, and after it the lead's year
_SECOND_HALF = 6  # a dateline from June on takes its lead's year (an earlier one may review the last)
_TITLE_TRIM = " |｜-—=*"  # table and rule marks around a title saved from a page


def _late_publish_line(text: str, view: str, header: Header) -> None:
    """A publish line below debris (adverts, menus, breadcrumbs, a table's rule) in text saved
    from a page: its date and publisher, the title-like line just above it when no title was
    found, and the body from the line after it. Only when no sentence stands between."""
    lines = [Segment(*match.span())
             for match in itertools.islice(LINE.finditer(text), _SCAN_LINES)]
    for index, line in enumerate(lines):
        line_view = view[line.start:line.end]
        if line.start < header.end:
            continue
        if FULL_STOP.search(line_view) and not is_debris_sentence(line_view):
            return  # a sentence: the body has begun
        if len(line_view) > MAX_META_LINE or TODAY.match(line_view) \
                or not is_publish_line(line_view.strip()):
            continue
        found = read_meta_line(line_view)
        if found.date is None or (_filed(line_view) and _dated_below(view, lines[index + 1:index + 3])):
            continue  # (归档时间 above the story's own 时间: the story's)
        header.date, header.found["date"] = found.date, "publish line"
        if found.source and header.source is None:
            header.source = text[line.start + found.source[0]:line.start + found.source[1]]
            header.found["source"] = "publish line"
        if header.title_line is None or header.title_line.end < lines[max(0, index - 3)].start:
            # The headline sits just above its publish line; a first line far above it was
            # the site's name or an advert.
            for above in reversed(lines[max(0, index - 3):index]):
                trimmed = _trimmed(view, above)
                if trimmed and _looks_like_title(view[trimmed.start:trimmed.end]):
                    header.title = header.region = header.category = None
                    header.found.pop("region", None)
                    _take_title(header, text, view, trimmed)
                    dated = TITLE_DATE.search(view, trimmed.start, trimmed.end)
                    if dated:
                        header.date, header.found["date"] = iso_date(dated), "title's (date)"
                    break
        header.end = line.end
        return


_FROM_TITLE = "title's 地名： prefix"


def _dated_below(view: str, lines: list[Segment]) -> bool:
    return any(is_publish_line(view[line.start:line.end].strip())
               and read_meta_line(view[line.start:line.end]).date for line in lines)


def _settle_plain_title(text: str, view: str, header: Header) -> None:
    """A plain text's title: the first lines' title unless it has a furniture shape (a site's
    name, a menu, a byline), then the headline-shaped line above the lead that shares its
    words (:func:`title.plain_title`), else none; read without a trailing (date), a 原标题：
    label or a [column] tag, and with its place (某地：标题) as printed."""
    line = header.title_line
    if line is not None and is_title_furniture(view, line):
        line = None
    best = plain_title(text, view, standing=line)
    if best is not None:
        line = best.title
    if header.found.get("region") in (_FROM_TITLE, INSIDE_TITLE):
        header.region = None  # (a line dropped as furniture takes its place with it)
        header.found.pop("region")
    _drop_title(header)
    span = title_span(view, line) if line is not None else None
    if span is not None:
        span = whole_document_title(view, span)
        _take_title(header, text, view, span, whole=True)
        if header.title is not None and "\n" in header.title:  # a title over two lines
            header.title = "".join(part.strip() for part in header.title.splitlines())


def _drop_title(header: Header) -> None:
    """Forget the title read so far. (A call, not assignments in the caller: there the type
    checker took ``header.title`` for ``None`` even after ``_take_title`` had set it, and code
    compiled from the types would act on that; docs/speed.md.)"""
    header.title = header.category = header.title_line = None
    header.found.pop("title", None)


def _trimmed(view: str, line: Segment) -> Segment | None:
    """The line without the table and rule marks around it (None if nothing else is left)."""
    piece = view[line.start:line.end]
    stripped = piece.strip(_TITLE_TRIM)
    if not stripped or not HAN_CHAR.search(stripped):
        return None
    start = line.start + piece.index(stripped)
    return Segment(start, start + len(stripped))




def _take_title(header: Header, text: str, view: str, line: Segment, whole: bool = False) -> None:
    """The title line; a ``地名：标题`` shape gives the region when the prefix is a place (and
    is left out of the title, unless ``whole``: a web page's headline is kept as printed, but
    for a listing's label that ends in its column, ``-类别``)."""
    trimmed = _trimmed(view, line) or line  # no table marks (标题 | |||) around it
    start, end = trimmed.start, trimmed.end
    shaped = _TITLE_SHAPE.match(view, start, end)
    region: str | None = None
    if shaped and len(shaped["region"]) <= 6 and whole_place(view, *shaped.span("region")) is not None:
        region, how = text[slice(*shaped.span("region"))], _FROM_TITLE
        if (inner := opening_inside(view, shaped)) is not None:
            # 甲省：乙市开展…: the city the title opens on, inside the prefix's province
            region, how = text[inner.start:inner.end], INSIDE_TITLE
        header.region, header.found["region"] = region, how
        # A page prints its headline whole (某地：标题); a report's title line, or a listing's
        # label with its column after it (地名:标题-类别), is read without the place.
        title_start = start if whole and not shaped["category"] else shaped.start("title")
        header.title = text[title_start:shaped.end("title")].strip()
        if shaped["category"]:
            header.category = text[slice(*shaped.span("category"))]
    else:
        header.title = text[start:end]
    header.title_line = line
    header.found["title"] = "first line" if region is None else "first line, after 地名："


_BREADCRUMB = rx.compile(r"\S\s*[>»›]\s*\S.*[>»›]|^(?:首页|当前位置|您的位置|当前位置)")


def _opening_date(text: str, view: str) -> str | None:
    return opening_date(view)


def _signature_date(text: str, view: str) -> str | None:
    """A work summary's date stands alone on one of its last lines, under the signature (a press
    release's with its weekday in brackets); a notice's, under its number at the top
    (某政办发〔2011〕187号 … 二〇一一年六月二十八日)."""
    foot = last_lines(text, 3)
    for line in foot + first_lines(text, _SCAN_LINES):
        piece = view[line.start:line.end].strip()
        match = SIGNATURE_DATE.fullmatch(without_weekday(piece) if line in foot else piece)
        if match:
            return iso_date(match)
    return None


def _issue_date(text: str, view: str) -> str | None:
    """An e-paper's issue date on its own line (2016年12月29日 星期四) a little below the
    header's first lines, on a page that shows it is an e-paper (第A2版, 上一版, 下一版)."""
    lines = list(itertools.islice(LINE.finditer(text), _ISSUE_LINES))
    if not any(_EPAPER.search(view, line.start(), line.end()) for line in lines):
        return None
    for line in lines:
        if TODAY.match(view[line.start():line.end()]):
            return read_meta_line(view[line.start():line.end()]).date
    return None


def _dateline_date(view: str, body: int) -> str | None:
    """The day of a lead's dateline (新华社北京12月19日电, also as the first line) with the year
    the lead then names (2006年，全国…): a story filed in the second half of a year speaks of
    that year; one filed early in a year often reviews the year before, so it is left
    undated."""
    dateline = DAY_DATELINE.search(view, 0, min(len(view), body + _DATELINE_REACH))
    if dateline is None or int(dateline["m"]) < _SECOND_HALF:
        return None
    year = _LEAD_YEAR.search(view, dateline.end(), dateline.end() + _DATELINE_REACH)
    if year is None:
        return None
    month, day = int(dateline["m"]), int(dateline["d"])
    return f"{year['y']}-{month:02d}-{day:02d}" if month <= 12 and 1 <= day <= 31 else None


def _footer_date(text: str, view: str) -> str | None:
    """A publish line printed at the foot of the text (发布日期：2012-06-25 来源：…)."""
    for line in reversed(last_lines(text, _FOOTER_LINES)):
        line_view = view[line.start:line.end]
        if DATE_LABEL.search(line_view) and len(line_view) <= MAX_META_LINE:
            found = read_meta_line(line_view)
            if found.date:
                return found.date
    return None
