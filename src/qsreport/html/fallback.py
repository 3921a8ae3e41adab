"""The header's date and publisher when the publish line near the headline gives none, in the
order they are tried: an enacted text's dated note under its headline (:mod:`.printed`), ``<meta>`` tags, a publish line's month and day with a ``<meta>`` date's
year, a publish time with two digits of the year, an e-paper's issue day, a WeChat article's
script, the body a government document's metadata table names as its issuer (发文机关), the
paper a newspaper's page names in ``<title>`` or its breadcrumb. Each value says
where it was found.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from ..cleaning import match_view
from ..segmenting.metaline import DATE, MAX_META_LINE, SOURCE, iso_date, read_meta_line
from .lines import page_lines
from .node import Node
from .page import HAN, Page, squeezed
from .printed import enactment_note
from .sitename import site_publisher
from .sitetitle import is_paper_name

if TYPE_CHECKING:
    from .head import Head

# <meta> names and properties that give the publish date, the publisher, the headline.
_DATE_METAS = frozenset([
    "article:published_time", "og:article:published_time", "og:release_date", "publishdate",
    "pubdate", "publish_date", "publishtime", "publish-date", "pubtime", "apub:time",
    "weibo:article:create_at", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
    "datepublished", "firstpublishedtime", "release_date", "date", "sailthru.date",
    "bytedance:published_time", "created", "article_date_original",
])
_SOURCE_METAS = frozenset(["source", "contentsource", "og:article:source", "article:source",
                           "mediaid", "media"])
TITLE_METAS = frozenset(["og:title", "twitter:title", "headline", "title", "articletitle"])
# <meta> names that hold a date of any kind, for a publish line's missing year.
_DATED_META = re.compile(r"date|time|modified|updated", re.IGNORECASE)
_WECHAT_TIME = re.compile(r"var ct\s*=\s*\"(\d{10})\"")
# (var nickname = "某号"; newer pages wrap it: var nickname = htmlDecode("某号"))
_WECHAT_NAME = re.compile(r"var nickname\s*=\s*(?:htmlDecode\(\s*)?\"([^\"\\]{1,30})\"")
_BEIJING = timezone(timedelta(hours=8))
# A publish time with two digits of the year and a clock: 09年10月31日 09:04.
_SHORT_YEAR = re.compile(r"(?<!\d)(?P<y>\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*\d{1,2}[:：]\d{2}")
# A wire service's dateline opening the lead: 新华社河内4月8日电, 中新社北京1月1日电.
_WIRE_DATELINE = re.compile(r"[\u4e00-\u9fff]{1,6}社[\u4e00-\u9fff]{0,8}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电")
_LEAD_EVENTS, _LEAD_CHARS = 60, 200  # how much of the article's opening is read for it
# A line that is only an outlet's name (某某新闻网, 某某日报).
OUTLET_LINE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:网|日报|晚报|晨报|报社|通讯社|新闻|客户端)")
# A news outlet's site, named as such (某某中文网, 某某新闻网): the publisher where nothing else is.
_NEWS_SITE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}(?:中文网|新闻网)")
# A document's metadata table: the body that issued it (the first, when it names several).
_ISSUER = re.compile(r"\s*(?:发文机关|发布机构|发文单位)\s*:\s*(?P<name>[\u4e00-\u9fff]{2,30})(?![\u4e00-\u9fff])")
_FOOT_LINES = 12  # lines at the article's foot read for a labelled 来源
_AFTER, _AFTER_LINES = 100, 3  # and parse events and lines just after the article
# How <title> sets the headline apart from the site's and the column's names. A hyphen or an
# underscore between a digit and a letter or digit joins a name (Claude-3, COVID-19, 1-10月): no
# separator; between two letters it may part a Latin site name (GPU-EDN).
TITLE_SEPARATORS = re.compile(r"\s*(?:(?<![A-Za-z0-9])[-_]{1,2}|[-_]{1,2}(?![A-Za-z0-9])|"
                              r"(?<=[A-Za-z])[-_]{1,2}(?=[A-Za-z])|[|｜—]{1,2}|——)\s*")
# And the middle dot, where a paper's name is looked for (标题·某某都市报·某某在线): not where the
# headline is, which may hold a foreign name (约翰·某某).
_PAPER_SEPARATORS = re.compile(r"\s*(?:[-_|｜—·]{1,2}|——)\s*")


def complete(page: Page, head: Head, article: Node, partial: re.Match[str] | None,
             near: list[str], clock: str | None) -> None:
    """Fills the date and the publisher ``head`` lacks: ``partial`` is a labelled date near the
    headline that lacks its year, ``near`` the lines its publish line was looked for in,
    ``clock`` an e-paper's issue day printed above it."""
    metas = page_metas(page)
    if head.date is not None and head.found.get("date") == "publish line":
        _day_first(head, metas)
    if head.date is None:
        enactment_note(page, head, article, near)
    if head.date is None:
        for name, content in metas:
            date = DATE.search(match_view(content)) if name in _DATE_METAS else None
            if date and (iso := iso_date(date)):
                head.date, head.found["date"] = iso, f"<meta {name}>"
                break
    if head.date is None and partial:
        _year_from_metas(head, partial, metas)
    if head.date is None:
        _short_year(head, near)
    if head.date is None and clock:
        head.date, head.found["date"] = clock, "the page's clock (an e-paper's issue date)"
    if head.date is None or head.source is None:
        _from_script(page, head, metas)
    if head.source is None:
        for name, content in metas:
            if name in _SOURCE_METAS and HAN.search(content) and len(content) <= 30:
                head.source, head.found["source"] = content.strip(), f"<meta {name}>"
                break
    if head.source is None:
        _issuer(head, near)
    if head.source is None:
        _paper_named(page, head, article)
    if head.source is None:
        head.site = site_publisher(page, metas, head.title)  # (read after the text's bylines)


def outlet_beside(page: Page, head: Head, article: Node, publish: str | None,
                  beside: list[str]) -> None:
    """An unlabelled publisher beside the publish time that is not the story's source: the
    site's own name (2013-10-08 17:50 某某都市网, ``<title>`` naming it too) when the article's
    foot names a 来源; a column's name (2013-11-4 12:02 经验交流) when the outlet's name stands
    alone on the line above or under it."""
    if publish is None or head.source is None or head.found.get("source") != "publish line" \
            or SOURCE.search(match_view(publish)):
        return
    own = squeezed(head.source)
    title = squeezed(page.title or "").replace(squeezed(head.title), "")
    if own and (own in title or (head.crumbs and own == squeezed(head.crumbs[0]))):
        lines = [line for line in page_lines(page, article.start, article.end) if line.strip()]
        after = [line for line in page_lines(page, article.end, min(len(page), article.end + _AFTER))
                 if line.strip()]
        for line in reversed(lines[-_FOOT_LINES:] + after[:_AFTER_LINES]):
            view = match_view(line)
            if len(line) <= MAX_META_LINE and SOURCE.search(view) \
                    and (found := read_meta_line(view).source) is not None:
                source = line[found[0]:found[1]].strip()
                if source and squeezed(source) != own:
                    head.source, head.found["source"] = source, "来源 at the article's foot, not the site's own name"
                return
        return
    outlet = next((line.strip() for line in beside if OUTLET_LINE.fullmatch(line.strip())), None)
    if outlet is not None and not OUTLET_LINE.fullmatch(head.source.strip()):
        head.source, head.found["source"] = outlet, "the outlet's line beside the publish line"


def _issuer(head: Head, near: list[str]) -> None:
    """The body that issued a government document, as the metadata table around its headline
    names it (发文机关：某某省人民政府, 发布机构：…): its publisher where no line names one."""
    for line in near:
        if ("发" in line or "机构" in line) and len(line) <= MAX_META_LINE \
                and (found := _ISSUER.match(unicodedata.normalize("NFKC", line))):
            head.source, head.found["source"] = found["name"], "the document's 发文机关"
            return


def page_metas(page: Page) -> tuple[tuple[str, str], ...]:
    """Each ``<meta>``'s name (or property) in lower case, and its content, when both are given.
    (Read once a page and kept on it: the headline, the fallbacks and the subtitle all ask.)"""
    if page.named_metas is not None:
        return page.named_metas
    found = []
    for attrib in page.metas:
        name = (attrib.get("name") or attrib.get("property") or attrib.get("itemprop") or "")
        content = attrib.get("content")
        if name and content and content.strip():
            found.append((name.strip().lower(), content))
    page.named_metas = tuple(found)
    return page.named_metas


def _paper_named(page: Page, head: Head, article: Node) -> None:
    """A newspaper's page that names no publisher names its paper in ``<title>`` beside the
    headline (标题·某某都市报·某某在线; or a news site, 标题 - 某某中文网 - 栏目) or in its
    breadcrumb (首页 > 某某晚报 > 国内新闻). Not a
    wire service's story (新华社某地4月8日电): the agency is its source."""
    lead = "".join(page_lines(page, article.start, min(len(page), article.start + _LEAD_EVENTS)))
    if _WIRE_DATELINE.search(lead[:_LEAD_CHARS]):
        return
    title = " ".join((page.title or "").split())
    parts = [part for part in _PAPER_SEPARATORS.split(title) if squeezed(part) != squeezed(head.title)]
    for where, names in (("<title>", parts), ("breadcrumb", list(head.crumbs))):
        paper = next((name.strip() for name in names
                      if is_paper_name(name) or _NEWS_SITE.fullmatch(name.strip())), None)
        if paper:
            head.source, head.found["source"] = paper, f"{where}: the paper's name"
            return


def _short_year(head: Head, lines: list[str]) -> None:
    """A publish time that gives two digits of the year, with its clock: 09年10月31日 09:04."""
    for line in lines:
        if len(line) <= MAX_META_LINE and (found := _SHORT_YEAR.search(match_view(line))):
            month, day = int(found["m"]), int(found["d"])
            if 1 <= month <= 12 and 1 <= day <= 31:
                head.date = f"20{found['y']}-{month:02d}-{day:02d}"
                head.found["date"] = "publish time with a two-digit year"
                return


def _year_from_metas(head: Head, partial: re.Match[str], metas: tuple[tuple[str, str], ...]) -> None:
    """A publish line that leaves the year out (发布时间：10-08 12:00) takes it from a ``<meta>``
    date of the same month and day (dateUpdate, modified time): both say the same day."""
    month, day, year = int(partial["m"]), int(partial["d"]), partial["y"]
    for name, content in metas:
        date = DATE.search(match_view(content)) if _DATED_META.search(name) else None
        if date and (iso := iso_date(date)) and (int(iso[5:7]), int(iso[8:10])) == (month, day) \
                and (year is None or iso[2:4] == year):
            head.date, head.found["date"] = iso, f"publish line's month and day, <meta {name}>'s year"
            return


def _day_first(head: Head, metas: tuple[tuple[str, str], ...]) -> None:
    """A publish line's date in figures whose month and day could change places (发表时间：06/02/2022,
    read month first) is read day first where a dated ``<meta>`` holds that reading: the page's
    own machine-readable date settles the order its printed one leaves open."""
    assert head.date is not None
    year, month, day = head.date[:4], int(head.date[5:7]), int(head.date[8:10])
    printed = re.compile(rf"(?<!\d)0?{month}/0?{day}/{year}")
    if day > 12 or day == month or not any(printed.search(line) for line in head.lines):
        return
    swapped = f"{year}-{day:02d}-{month:02d}"
    for name, content in metas:
        date = DATE.search(match_view(content)) if name in _DATE_METAS else None
        if date and iso_date(date) == swapped:
            head.date, head.found["date"] = swapped, f"publish line read day first, as <meta {name}> has it"
            return


def _from_script(page: Page, head: Head, metas: tuple[tuple[str, str], ...]) -> None:
    """A WeChat article shows its date as 昨天 or 前天; its script holds the time (``var ct``,
    seconds since 1970) and the account's name (``var nickname``)."""
    if ("og:site_name", "微信公众平台") not in metas:
        return
    for text in page.scripts:
        if head.date is None and (ct := _WECHAT_TIME.search(text)):
            moment = datetime.fromtimestamp(int(ct[1]), _BEIJING)
            head.date, head.found["date"] = moment.date().isoformat(), "WeChat script (var ct)"
        if head.source is None and (name := _WECHAT_NAME.search(text)):
            head.source, head.found["source"] = name[1], "WeChat script (var nickname)"


