"""A publish line: the short line under a headline that gives the date and the publisher.

Pages and reports write it many ways — ``发布时间：2019-09-07 21:30 来源：某某日报``,
``2019年11月25日 18:57 某某消息``, ``某某网 2019-11-25 10:37:31``, ``2011年01月01日 23:11某某网【大 中
小】`` — and the same words (a date, 来源：) also occur in prose and captions. This module tells
a publish line from prose and reads its date and publisher. It works on the match view
(simplified, half-width), so its spans index the cleaned text too; it needs no HTML, and both
the page reader and the header reader use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from .. import regex_cache as rx
from ..chars import HAN, HAN_CHAR
from ..numbers import to_number
from .sections import SECTION_ENDS, SECTION_WORDS

# 2019-09-07, 2019/9/7, 2019.09.07, 2019年9月7日 (the 日 belongs to the date); not a year's run
# of months (2019年1-10月, 2019年7-9月份: a table's or a report's span, no day).
DATE = rx.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*"
    r"(?P<d>\d{1,2})(?!\d)(?!\s*月)(?:\s*日)?"
)
# 13.09.2016 (day first, dots only): how some sites print their publish time.
DATE_DMY = rx.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])")
# 发布日期:12/10/2014: a labelled date, month first and the year last, as Taiwan's bureaus print
# it on their pages (a first number past 12 gives no date rather than a guess).
DATE_MDY = rx.compile(r"(?<=[:：])\s*(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])")
# 十一月 6th, 2009: a blog's date in a Chinese locale (the month's name, then the day and the
# year as English writes them).
DATE_MONTH_NAME = rx.compile(r"(?<![一二三四五六七八九十])(?P<m>十[一二]?|[一二三四五六七八九])月\s*"
                             r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*,\s*(?P<y>(?:19|20)\d{2})(?!\d)")
SOURCE = rx.compile(r"(?:信息|文章|新闻)?(?:来源|来自|出处|稿源|source)于?\s*[:：】\]]\s*"
                    r"(?P<src>[^\s|｜]{1,30})", re.IGNORECASE)
# A labelled publisher's name in brackets (来源：[ 某某网 ], 来源：【某某网】, 来源：(某某处)): read
# without them.
_BRACKETED = rx.compile(rf"[\[【(（]\s*(?P<name>{HAN}[^\s|｜\]】)）]{{0,29}})")
DATE_LABEL = rx.compile(r"(?:发布|更新|发表|录入|发稿|上传|成文)?(?:日期|时间)\s*[:：】\]]|发(?:布|表)于")
# A labelled publish date without its year (发布时间：10-08 12:00) or with two digits of it
# (18-03-08), a clock possibly glued to the day (10-0812:00).
PARTIAL_DATE = rx.compile(r"(?:日期|时间)\s*[:：]\s*(?:(?P<y>\d{2})[-/.])?(?P<m>\d{1,2})[-/.]"
                          r"(?P<d>\d{1,2}?)(?=\d{1,2}[:：]\d{2}|\D|$)")
# A day with two digits of its year and a clock after it (09-11-21 13:34), as old news sites
# print it on their publish line: read only on a line already told to be one.
_SHORT_YEAR_DATE = rx.compile(r"(?<![\d.:/-])(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
                              r"(?=\s+\d{1,2}:\d{2}(?!\d))")
_CENTURY_TURN = 50  # a two-digit year below this is of the 2000s, else of the 1900s
FULL_STOP = rx.compile(r"[。！？]")  # a sentence ends
# A date standing alone on its line, as under a work summary's signature or a notice's number
# (二〇一一年六月二十八日): the header reads it as the report's date, and cleaning never joins
# it to the line before.
SIGNATURE_DATE = rx.compile(
    r"(?P<y>(?:19|20)\d{2}|[一二〇零○][〇零○一二三四五六七八九]{3})\s*年\s*"
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
_CLOCK = rx.compile(r"\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*")
# A publisher written without a label: a name of Han, Latin letters and digits, with no
# separator inside — the word right after the date (and its clock) or right before it.
_NAME = rf"(?:{HAN}|[A-Za-z0-9·&])"
_AFTER = rx.compile(rf"(?![0-9]){_NAME}{{2,16}}")
_GLUED_NAME = rx.compile(rf"\d{{1,4}}{HAN}{_NAME}{{1,12}}")
_BEFORE = rx.compile(rf"{_NAME}{{2,16}}$")
# Words that sit where a publisher does but are not one.
# A 来源 that names nobody: reposted, from the web, unknown; an empty one before the page's
# buttons (来源： 【 打印 】), or before markup its page left in the text (来源： size="2").
_NO_NAME = rx.compile(r"\s*(?:(?:转载|网络|互联网|网友|未知|佚名|不详)(?:文章|转载|投稿)?"
                      r"|打印|关闭|分享|收藏|字号|(?:https?://|www\.)\S*"
                      r"|[A-Za-z-]+=[\"'][^\"']*[\"']?)\s*")
# A site's own story (来源：本站原创): the author it is credited to, when a unit (作者：某某党支部,
# 作者：某某局办公室) and not a person, is its publisher.
_SITE_OWN = rx.compile(r"\s*(?:本站|本网)(?:原创)?\s*|\s*原创\s*")
_UNIT_AUTHOR = rx.compile(rf"作者\s*[:：]\s*(?P<src>{HAN}{{2,16}}(?:支部|委员会|办公室|局|厅|处|科|中心|"
                          rf"协会|学会|研究院|研究所|医院|学院|学校|大队|支队))(?!{HAN})")
_NOT_PUBLISHER = rx.compile(
    r"^(?:星期|周[一二三四五六日天]|今天|昨天|浏览|阅读|点击|字号|作者|责任编辑|编辑|发布|更新|"
    r"时间|日期|分享|打印|收藏|评论|原创|转载|大中小|来源|本站|我要|关闭|次数|访问|发表|所属|分类|栏目|"
    r"上午|下午|字体|首页|文件|大小|次|成文|生效|印发|施行|列印|友善列印|文字大小|字级|转寄)"
    r"|^第?[A-Z]?[\d一二三四五六七八九十]{1,3}[版面期]"  # a paper's page or issue: 第9版, A12版, 第3期
    r"|^\d+号"  # a document's number: 〔2015〕37号
    r"|^\d*\s*分钟"  # a reading time: 1 分钟阅读
)
# A news site's section printed beside the date where a publisher may stand (地方 2024年3月2日,
# 2024-03-02 财经): the channel's common noun, alone or with its 新闻, 频道 or 版 — every section
# a portal names by its field, region or kind of story.
_SECTION = rx.compile(rf"(?:{SECTION_WORDS})(?:{SECTION_ENDS})?")
MAX_META_LINE = 120
_NEXT_LABEL = rx.compile(rf"{HAN}{{1,5}}\s*[:：]")  # another field's label (编辑：, 作者：)
_COLON = rx.compile(r"\s*[:：]")  # what ends a field's label
# A document-sharing site's line (上传人：… 2019/5/27 文件大小：29 KB): when a copy was uploaded.
_DOCUMENT_SHARE = rx.compile(r"上传人|上传者|文件大小|页数[:：]")
_MARK = rx.compile(r"[【\[（(]")
_BETWEEN = " ·•|｜/"  # what sits between a date and a publisher written beside it
# A date's label before it: the verb glued to 时间 or 日期 is part of the label (出版时间,
# 刊出日期, 上线时间, 播出日期), and so is where or in what it came out (网络出版时间, 本期出版
# 日期, 在线发布时间), not a publisher's name.
_LEADING_LABEL = rx.compile(rf"(?:发表于|发布于|(?:网络|网上|在线|线上|本期|本刊|本版|当期)?{HAN}{{0,2}}"
                            r"(?:时间|日期))\s*[:：]?$")
# Where a portal says an account posted from (its IP's province) beside the date: 来自内蒙古自治区,
# 发布于北京, IP属地：广东. No publisher; the account's name may follow it.
_POSTED_FROM = rx.compile(
    r"(?:来自|发布于|IP属地\s*[:：]?)\s*(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|"
    r"安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|"
    r"宁夏|新疆|香港|澳门|海外)(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)?(?!日报|晚报|新闻|电视)")
_ACCOUNT = rx.compile(r"(?:官方)?(?:账号|帐号)$")  # 某某报官方账号: an account's label after its name
_LATIN_NAME = rx.compile(r"[A-Za-z][A-Za-z0-9·&]{2,}")
_TITLED = rx.compile(rf"《(?P<name>{_NAME}{{2,16}})》")  # a periodical's name in 《》
_IN_ADDRESS = "./:@"  # what stands before a word inside a web or mail address
# The label right before a date, and what kind of date it names.
_LABEL_BEFORE = rx.compile(r"(?:(?P<kind>发布|发稿|发表|发文|刊发|录入|上传|更新|修改|成文)?(?:日期|时间)"
                           r"\s*[:：】\]]|(?P<kind2>发(?:布|表)于))\s*$")
_PUBLISH_KINDS = frozenset(["发布", "发稿", "发表", "发文", "刊发", "录入", "上传"])


@dataclass(frozen=True)
class MetaLine:
    """What a publish line gives: the date (YYYY-MM-DD) and the publisher's span in the line."""

    date: str | None
    source: tuple[int, int] | None


# The day a timestamp of zero prints as (1970-01-01 08:00 in China's time, 1969-12-31 west of
# Greenwich): a forum's or a site's blank publish time, never the day a report came out.
_EPOCH_DAYS = frozenset([(1970, 1, 1), (1969, 12, 31)])


def iso_date(match: re.Match[str]) -> str | None:
    """YYYY-MM-DD from a match with groups y, m, d (digits or Chinese numerals); None for a
    blank timestamp's day (_EPOCH_DAYS)."""
    parts = [to_number(match[k]) for k in ("y", "m", "d")]
    if any(not isinstance(p, int) for p in parts):
        return None
    year, month, day = (int(p) for p in parts)  # type: ignore[arg-type]
    return iso_day(year, month, day)


def iso_day(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD of a day whose month and day can be; None for a blank timestamp's day."""
    if (year, month, day) in _EPOCH_DAYS:
        return None
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# A web address on a publish line (信息来源：http://…): long, but no prose.
_ADDRESS = rx.compile(r"(?:https?://|www\.)[!-~]+")


def is_meta_line(view: str) -> bool:
    """A short line (not counting a web address on it) with a date, a 来源 label or a date
    label, and no sentence in it."""
    if len(_ADDRESS.sub("", view)) > 80 or FULL_STOP.search(view):
        return False
    return bool(DATE.search(view) or SOURCE.search(view) or DATE_LABEL.search(view)
                or DATE_DMY.search(view) or DATE_MONTH_NAME.search(view))


def is_publish_line(view: str) -> bool:
    """A meta line that reads as a page's publish line rather than a date in prose: labelled,
    or the date with a clock or a publisher beside it, or little else on the line."""
    if not is_meta_line(view) or _DOCUMENT_SHARE.search(view):
        return False
    if SOURCE.search(view) or DATE_LABEL.search(view):
        return True
    date = DATE.search(view) or DATE_DMY.search(view) or DATE_MONTH_NAME.search(view)
    if date is None:
        return False
    rest = (view[:date.start()] + " " + view[date.end():]).strip()
    return len(HAN_CHAR.findall(rest)) <= 16 or bool(_CLOCK.match(view, date.end()))


_CRUMB_MARKS = ">»›"


# A breadcrumb's separators and its label (您当前位置：).
CRUMB_SEPARATOR = rx.compile(r"\s*(?:[>»›]+|->)\s*")
_CRUMB_LABEL = rx.compile(r"^\s*(?:您)?(?:当前|现在|所在)?(?:的)?位置\s*[:：]?\s*")


def crumb_parts(line: str) -> tuple[str, ...]:
    """The parts of a breadcrumb line (您当前位置： 首页 > 新闻 > 正文) without its label; none
    when it has fewer than two."""
    parts = tuple(part for part in CRUMB_SEPARATOR.split(_CRUMB_LABEL.sub("", line)) if part)
    return parts if len(parts) >= 2 else ()


def words_between_stamps(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``view[start:end]`` a header's words stand in: each line but a
    breadcrumb's, cut at its dates (发布时间：2016年3月5日 来源：某网: a publish stamp's year is
    when the page came out, not the year its heading names)."""
    stretches: list[tuple[int, int]] = []
    line = start
    while line < end:
        stop = view.find("\n", line, end)
        stop = end if stop < 0 else stop
        if not crumb_parts(view[line:stop]):
            at = line
            for date in (*DATE.finditer(view, line, stop), *DATE_DMY.finditer(view, line, stop)):
                stretches.append((at, date.start()))
                at = date.end()
            stretches.append((at, stop))
        line = stop + 1
    return [(low, high) for low, high in stretches if low < high]


def date_after_crumbs(view: str) -> str | None:
    """The date of a publish line printed on the breadcrumb's line, after its last crumb
    (首页 > 新闻 > 存档/2019-05-06 / 收藏 / 打印: a page's path and its tools run together when
    its layout is flattened); None when the crumbs end the line or no publish line follows."""
    last = max(view.rfind(mark) for mark in _CRUMB_MARKS)
    date = DATE.search(view, last + 1)
    if date is None or not is_publish_line(view[date.start():].strip()):
        return None
    return iso_date(date)


def is_bare_date(view: str) -> bool:
    """A publish line that is a date and nothing more (2020年01月18日): no label, no clock, no
    publisher beside it — what lists of headlines print under each item, too."""
    if more_han_than(view, DATE_HAN):
        return False  # Han beside the date (a line of prose): told without the searches below
    if SOURCE.search(view) or DATE_LABEL.search(view):
        return False
    date = DATE.search(view) or DATE_DMY.search(view)
    return date is not None and not _CLOCK.match(view, date.end()) \
        and not HAN_CHAR.search(view[:date.start()] + view[date.end():])


# The Han characters a date (DATE, DATE_DMY) holds, at most: 年, 月 and 日.
DATE_HAN = 3
# HAN_CHAR but for the full-width Latin letters (ＡＢ, ａｂ), which a match view folds to ASCII
# ones: a line has at least as many of these as its view has HAN_CHAR (the view's other
# changes turn Han into Han), so a count made on a line holds for its view too.
_HAN_IN_ANY_VIEW = rx.compile(r"[^\W\d_a-zA-Z\uff21-\uff3a\uff41-\uff5a]")


def more_han_than(text: str, count: int) -> bool:
    """Whether ``text`` (a line or its match view) holds more than ``count`` Han characters
    (HAN_CHAR) in its match view; stops at the first one past ``count``."""
    return next(islice(_HAN_IN_ANY_VIEW.finditer(text), count, None), None) is not None


def read_meta_line(view: str) -> MetaLine:
    """The date and the publisher a publish line gives (either may be missing)."""
    found = DATE.search(view) or DATE_DMY.search(view) \
        or (DATE_MDY.search(view) if DATE_LABEL.search(view) else None)
    chosen = (_labelled_date(view, found) or found) if found else DATE_MONTH_NAME.search(view)
    date = iso_date(chosen) if chosen else None
    if chosen is None and (short := _SHORT_YEAR_DATE.search(view)) and (day := iso_date(short)):
        year = int(short["y"])
        date = f"{year + (2000 if year < _CENTURY_TURN else 1900):04d}{day[4:]}"
    labelled = SOURCE.search(view)
    if labelled and _NEXT_LABEL.match(view, labelled.start("src")):
        labelled = None  # 来源： 编辑： 时间：…: an empty 来源 before the next field's label
    if labelled and not (DATE_LABEL.match(view, labelled.start("src"))
                         or DATE.match(view, labelled.start("src"))):
        start, end = labelled.span("src")
        if bracketed := _BRACKETED.match(view, start):
            start, end = bracketed.span("name")
        mark = _MARK.search(view, start + 1, end)  # 新华网【大 中 小】, 某某报[微博]
        end = mark.start() if mark else end
        if _NO_NAME.fullmatch(view, start, end):
            return MetaLine(date, None)  # 来源：转载文章 names no publisher
        if _SITE_OWN.fullmatch(view, start, end) and (unit := _UNIT_AUTHOR.search(view, end)):
            return MetaLine(date, unit.span("src"))
        return MetaLine(date, (start, end))
    if found is None:
        # No date, or a blog's (十一月 6th, 2009): the word before that is the post's category.
        return MetaLine(date, None)
    return MetaLine(date, _publisher_after(view, found.end()) or _publisher_before(view, found.start()))


def _label_rank(view: str, at: int) -> int:
    """How surely the date at ``at`` is the page's own: 2 after a publish label (发稿时间：), 1
    after a bare one (时间：), 0 unlabelled or after an update's or a writing's (更新时间：)."""
    label = _LABEL_BEFORE.search(view[max(0, at - 12):at])
    if label is None:
        return 0
    if label["kind2"] or label["kind"] in _PUBLISH_KINDS:
        return 2
    return 0 if label["kind"] else 1


def _labelled_date(view: str, first: re.Match[str]) -> re.Match[str] | None:
    """A later date on the line whose label says more surely than the first's that it is the
    page's: a reprint's line gives the paper's edition date under 来源, then its own
    (来源：某某日报 2017年3月2日5版 发稿时间：2017-03-06 10:20)."""
    best, rank = None, _label_rank(view, first.start())
    for later in DATE.finditer(view, first.end()):
        if (later_rank := _label_rank(view, later.start())) > rank:
            best, rank = later, later_rank
    return best


def _publisher_after(view: str, at: int) -> tuple[int, int] | None:
    clock = _CLOCK.match(view, at)
    at = clock.end() if clock else at
    while at < len(view) and view[at] in _BETWEEN:
        at += 1
    if posted := _POSTED_FROM.match(view, at):
        at = posted.end()  # (发布于甲地某某报: the account's name after its place)
        while at < len(view) and view[at] in _BETWEEN:
            at += 1
    if titled := _TITLED.match(view, at):  # 2005年03月21日 11:21 《某某周刊》
        return titled.span("name") if is_publisher(titled["name"]) else None
    name = _AFTER.match(view, at)
    if name is None and clock and clock[0].count(":") + clock[0].count("：") == 2 \
            and not clock[0][-1].isspace():
        # Two elements printed side by side: 08:15:2751健康网, the seconds then a name that
        # starts with digits.
        name = _GLUED_NAME.match(view, at)
        return name.span() if name and is_publisher(name[0].lstrip("0123456789")) else None
    if name is None or not is_publisher(name[0]) or _COLON.match(view, name.end()):
        return None  # (a word with a colon after it is the next field's label: 发布人：, 更新：)
    account = _ACCOUNT.search(name[0])  # 某某报官方账号: the account's name
    return (name.start(), name.start() + account.start()) if account else name.span()


def _publisher_before(view: str, at: int) -> tuple[int, int] | None:
    before = _LEADING_LABEL.sub("", view[:at].rstrip(" " + _BETWEEN)).rstrip(" " + _BETWEEN)
    name = _BEFORE.search(before)
    if name and name.start() and before[name.start() - 1] in _IN_ADDRESS:
        return None  # the tail of a web address (http://www.example.com 2005-03-06): no name
    return name.span() if name and is_publisher(name[0]) else None


def is_publisher(name: str) -> bool:
    """Whether ``name`` (in the match view) is a name, not a label, a counter or a news
    section's (本港, 财经新闻): some Han, or a Latin name of three letters or more."""
    if _NOT_PUBLISHER.match(name) or _SECTION.fullmatch(name):
        return False
    return bool(HAN_CHAR.search(name) or _LATIN_NAME.fullmatch(name))


@dataclass(frozen=True)
class PageHead:
    """What a page's structure says of its header, read before the text is cleaned: whether
    the text's first line is the page's headline, the date and publisher from ``<meta>`` tags
    or the publish line, and where each came from (``found``: field → a short description);
    and the breadcrumb above the headline, whose deepest place may say where the page is; and
    how to read the place whose government runs the site (``portal``: a call that answers
    甲市 for a page of 甲市人民政府门户网站; read only when the header's region asks for it,
    which most pages' own places spare); and the name the site gives itself (``site``), the
    publisher of last resort; and whether the page is a person's profile (``about_person``),
    which is about no place."""

    headline: bool = False
    date: str | None = None
    source: str | None = None
    found: dict[str, str] | None = None
    crumbs: tuple[str, ...] = ()  # the page's breadcrumb, part by part (首页, 某某市, 公告), and a
    # place its own area field names (区域：某区) last: read as the breadcrumb's deepest place
    portal: Callable[[], str | None] | None = None  # the place whose government's site it is
    site: tuple[str, str] | None = None  # the site's own name and where the page gave it: the
    # publisher only when neither the page nor its text names another
    about_person: bool = False  # a person's profile: no region, neither the site's place nor
    # the places of the person's life
