"""HTML → article text: drop scripts, navigation and footers; keep the block that holds the
report, plus the page's title and its date/source line when the article block lacks them.

The page is read once by lxml's HTML parser into a :class:`~qsreport.html.page.Page` that
measures every element (Chinese characters, text length, characters inside links) as it goes;
the article is the block whose own text holds the most Chinese. Every step is linear in the
size of the page, whatever its shape, and no step recurses. A page with more tags than a tree
can hold cheaply, or one lxml cannot read, is read flat (:func:`~qsreport.html.flat.flat_text`:
tags dropped, blocks turned into line breaks).
"""

from __future__ import annotations

import re

from ..segmenting.metaline import PageHead, iso_date, iso_day
from .account import account_source
from .article import choose_article
from .astext import drop_markup_lines
from .catalogue import drop_catalogue
from .flat import flat_text
from .furniture import drop_tool_lines
from .head import Head, read_head
from .lead import lead_lines
from .owner import Portal, site_place
from .page import read_page
from .pager import drop_pagers
from .printed import own_entry, posted_under
from .profile import is_profile
from .publine import without_tools
from .sitename import local_beat
from .tail import drop_promos, trim_tail

_LOOKS_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta\s|div|p|table|br|span|title)\b", re.IGNORECASE
)
# A tree costs about a kilobyte a node; past this many tags (20 MB of ``<a>`` would be six
# million) the page is read flat instead.
MAX_TAGS = 100_000
_COUNT_STRETCH = 1 << 15  # characters of a page counted at a time for MAX_TAGS
_EDITION_DATE = re.compile(r"<founder-date>\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s*<")
# Where a saved page names its own address: the browser's mark, the canonical link, og:url.
_PAGE_URL = re.compile(
    r"saved from url=\(\d+\)(?P<saved>[^\s>]+)|"
    r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[^>]*\bhref\s*=\s*[\"']?(?P<canonical>[^\"'\s>]+)|"
    r"<meta\b[^>]*\bproperty\s*=\s*[\"']?og:url[^>]*\bcontent\s*=\s*[\"']?(?P<og>[^\"'\s>]+)",
    re.IGNORECASE)
_URL_REACH = 20_000  # characters of the page read for its address (its head)
# A publish day in an address's path: /2019-11-25/, /202311/17/, /t20211011_, /20200911/.
_URL_DATE = re.compile(r"[/_t](?P<y>20\d{2})(?P<s1>[-/_]?)(?P<m>0[1-9]|1[0-2])(?P=s1)?/?"
                       r"(?P<d>0[1-9]|[12]\d|3[01])(?=[/_.])")
# A day filed under its year and month folders, the folder's name repeating them: /105/03/1050307/,
# /2016/03/20160307/ (a year of three digits is the Republic of China's: 105 is 2016).
_URL_FILED = re.compile(r"/(?P<y>1\d{2}|20\d{2})/(?P<m>0[1-9]|1[0-2])/(?P=y)(?P=m)(?P<d>0[1-9]|[12]\d|3[01])/")
_HEADER_REACH = 5  # article lines where a copy of the headline or publish line is looked for

__all__ = ["MAX_TAGS", "flat_text", "html_to_text", "looks_like_html", "read_html"]


def looks_like_html(text: str) -> bool:
    """True when the first 2 KB hold HTML tags."""
    return bool(_LOOKS_HTML.search(text[:2048]))


def html_to_text(markup: str) -> str:
    """The report inside a saved web page, as plain lines."""
    return read_html(markup)[0]


def read_html(markup: str, utf8: bytes | None = None) -> tuple[str, PageHead | None]:
    """The report inside a saved web page, as plain lines — its headline first, then its
    publish line — and what the page's structure says of its header (None when the page was
    read flat). ``utf8``: the bytes ``markup`` is the exact UTF-8 reading of, if at hand (the
    parser then reads them: the same page, without encoding it again)."""
    if _too_many_tags(markup):
        return flat_text(markup), None
    try:
        return _article_text(markup, utf8)
    except RecursionError:
        # A parser or tree walk that recursed once per level of nesting: read the page flat.
        return flat_text(markup), None


def _too_many_tags(markup: str) -> bool:
    """Whether ``markup`` holds more than MAX_TAGS ``<``: counted a stretch at a time, only
    until the count is past it or the characters left could not take it past (a page's
    first third, as a rule; none of a page shorter than MAX_TAGS)."""
    found = at = 0
    while found <= MAX_TAGS < found + len(markup) - at:
        found += markup.count("<", at, at + _COUNT_STRETCH)
        at += _COUNT_STRETCH
    return found > MAX_TAGS


def _article_text(markup: str, utf8: bytes | None) -> tuple[str, PageHead | None]:
    tree = read_page(markup, utf8)
    if tree is None:
        return flat_text(markup), None
    body = tree.first("body") or tree.root
    article, left_out = choose_article(body, tree)
    lines = drop_promos(trim_tail(drop_tool_lines(drop_pagers(drop_catalogue(drop_markup_lines(
        [line for line in tree.text_of(article, left_out).split("\n") if line.strip()]))))))
    head = read_head(tree, article)
    account_source(tree, head, article)
    if head.date is None:
        _edition_date(markup, head)
    if head.date is None:
        _url_date(markup, head)
    if head.date is None:
        own_entry(tree, head, markup)
    if head.date is None:
        posted_under(tree, head, article)
    top: list[str] = []
    if head.lines:
        # (the publish line the article's block prints itself, its tools cut as the header's was)
        lines = [trimmed if (trimmed := without_tools(line)) in head.lines else line
                 for line in lines[:_HEADER_REACH]] + lines[_HEADER_REACH:]
    if head.title:
        title = _squeeze(head.title)
        lines = [line for line in lines[:_HEADER_REACH] if _squeeze(line) != title] \
            + lines[_HEADER_REACH:]
        top.append(head.title)
    # (A loop, not extend(generator): each line is tested against those added before it, which
    # mypyc's extend, reading the generator to its end first, would not do; docs/speed.md.)
    for line in [*head.lines, *lead_lines(tree, head.anchor, article, head.lines)]:
        if line not in lines[:_HEADER_REACH] and line not in top:
            top.append(line)
    crumbs = head.crumbs
    story = "\n".join(lines)
    if (place := site_place(markup, tree.title, head.title, head.source, story)) is not None:
        crumbs = (place, *crumbs)  # the site's own place, as the breadcrumb's root
    elif (beat := local_beat(tree, head.title, _page_url(markup))) is not None:
        crumbs = (beat, *crumbs)  # a Hong Kong or Macau paper's local section: its city
    # (The portal's place is read only if the header's region asks: most pages name their own.)
    portal = Portal(markup, tree.title, head.title, story)
    found = PageHead(bool(head.title), head.date, head.source, head.found, crumbs, portal,
                     head.site, is_profile(head.title, lines))
    return "\n".join(top + lines), found


def _edition_date(markup: str, head: Head) -> None:
    """An e-paper's issue date, from the properties its publishing system writes in a comment
    at the foot of each article's page (``<founder-date>2022-02-12</founder-date>``)."""
    at = markup.rfind("<founder-date>")
    found = _EDITION_DATE.match(markup, at) if at >= 0 else None
    if found and (date := iso_date(found)):
        head.date, head.found["date"] = date, "e-paper's <founder-date>"


def _page_url(markup: str) -> str | None:
    """The page's own address, where the saved page names it (without its query)."""
    found = _PAGE_URL.search(markup, 0, _URL_REACH)
    if found is None:
        return None
    return next(value for value in found.groups() if value).split("?")[0]


def _url_date(markup: str, head: Head) -> None:
    """The day in the page's own address, when the page prints none: news and government
    sites file an article under its day (/2019-11-25/doc-…, /202110/t20211011_…)."""
    url = _page_url(markup)
    if url is None:
        return
    path = url.split("://", 1)[-1].partition("/")[2]
    day = _URL_DATE.search("/" + path)
    if day and (date := iso_date(day)):
        head.date, head.found["date"] = date, "the page's address"
    elif (filed := _URL_FILED.search("/" + path)) is not None:
        # (A year of three digits is the Republic of China's, as Taiwan's sites count it.)
        year = int(filed["y"]) + (1911 if len(filed["y"]) == 3 else 0)
        if date := iso_day(year, int(filed["m"]), int(filed["d"])):
            head.date, head.found["date"] = date, "the page's address"


def _squeeze(text: str) -> str:
    return "".join(text.split())
