"""A page's header from its own structure: the headline, the publish date and the publisher.

The headline is the heading (h1–h3, or an element whose class says title) whose text the page's
``<title>`` also holds — ``<title>`` is the headline plus the site's name, while a heading alone
may be a logo, a breadcrumb or a sidebar's caption. A page whose headline is no heading prints
it just above its publish line: that line is the headline when ``<title>`` holds it, or holds
only the site's name, or is missing; a page whose ``<title>`` is only the site's name and that
prints its headline in a block of its own just above the article gives that block
(:mod:`.sitetitle`). The date and publisher come from the publish line near the
headline (``发布时间：… 来源：…``), else as :mod:`.fallback` finds them (``<meta>`` tags, a
WeChat article's script, an e-paper's issue day, the paper's name); a credit at the article's
foot (本文来自…, :mod:`.credit`) outranks an unlabelled name beside the date. A ``<title>`` that is a
template's placeholder (信息正文) or a newspaper's name (an e-paper's: the headline is then the
cell above the article) names no headline; a page's clock (2013年11月27日 星期三) dates a page
only when nothing else does. Every value says where it was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..cleaning import match_view
from ..places.finder import whole_place
from ..segmenting.metaline import (
    DATE,
    DATE_LABEL,
    MAX_META_LINE,
    PARTIAL_DATE,
    is_bare_date,
    is_meta_line,
    is_publish_line,
    read_meta_line,
)
from .credit import byline_outlet, closing_credit, foot_credit
from .fallback import (
    TITLE_METAS,
    TITLE_SEPARATORS,
    complete,
    outlet_beside,
    page_metas,
)
from .flat import MAX_TITLE
from .lines import (
    breadcrumb,
    dated_beside,
    day_joined,
    is_clock,
    label_joined,
    line_views,
    page_lines,
)
from .node import Node
from .page import HAN, Page, squeezed
from .printed import is_note
from .profile import own_name, printed_instead, stands_at_article
from .publine import glued_publisher, is_event_time, labelled_area, without_tools
from .publish_block import header_lines, lines_above
from .sitetitle import (
    column_joined,
    heading_at_article,
    headline_and_subtitle,
    is_breadcrumb,
    is_paper_name,
    is_placeholder_title,
    is_site_name,
    line_above_article,
    line_atop_article,
    line_under_breadcrumb,
    logo_heading,
    titled_by_crumbs,
)
from .titlelines import number_line, site_cut, subtitle, title_with_subtitle

_HEADLINE = (4, 80)  # characters a headline may have
_MINOR_HEADINGS = frozenset(["h4", "h5"])  # headlines only just above the article
_HEADINGS = frozenset(["h1", "h2", "h3"])  # those a parser may empty (see _moved)
_AFTER_LINES = 12  # how far below the headline a publish line may sit
_BEFORE_LINES = 3  # and above it
_WINDOW = 600  # parse events read on either side of the headline
_GLUED_REACH = 40  # characters after a headline read for a publish line glued to it
_LABELLED_LINES = 30  # how far a labelled publish date may sit from the headline
_PUBLISHED = re.compile(r"(?:发布|发文|发稿|刊发|發佈|發布)(?:日期|时间|時間)")
# A reprint's headline led by the outlet that printed it first (某某日报：标题).
_OUTLET_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}(?:报|网|电台|电视台|通讯社|杂志|周刊))[：:]")
_SHORTEST_ABOVE = 8  # shorter, a line above the publish line may be a column's name (国内新闻)
# A breadcrumb: 首页 > 新闻中心 > 正文, or a line starting 当前位置 / 您的位置.
_BREADCRUMB = re.compile(r"[>»›]|^(?:首页|当前位置|您的位置|位置)")
# A page's counter (点击浏览数:4530次, 阅读：120), never a headline.
_COUNTER = re.compile(r"\W*(?:点击|浏览|阅读|访问|人气)\w{0,3}\s*[:：]?\s*\d+\s*(?:次|人次)?\W*")
# <title> as 站名[标题]: the site's name, the headline in brackets after it.
_BRACKETED_TITLE = re.compile(r"(?P<site>[^\[【]{2,16})[\[【](?P<headline>[^\]】]{4,80})[\]】]")
_EPAPER = "the line above the article, <title> the paper's name"
# A field of a document's metadata table (发文字号：…, 索引号：…), not a headline.
_FIELD = re.compile(r"\s*\w{0,6}(?:号|机关|机构|分类|类别|主题词?|单位|日期|时间|来源|作者|编辑|责编)\s*[:：]")


@dataclass
class Head:
    """The headline, the publish lines found near it, and the date and publisher."""

    title: str = ""
    lines: list[str] = field(default_factory=list)
    date: str | None = None
    source: str | None = None
    found: dict[str, str] = field(default_factory=dict)
    crumbs: tuple[str, ...] = ()  # the breadcrumb above the headline, part by part (and the
    # place of the page's own area field, 区域：某区, after it)
    anchor: int | None = None  # where the headline's element stands among the page's events
    site: tuple[str, str] | None = None  # the site's own name, where it was found


def read_head(page: Page, article: Node) -> Head:
    """The header of ``page``, whose article block is ``article``."""
    head = Head()
    anchor = head.anchor = _headline(page, head, article)
    around = _Around()
    _publish_lines(page, anchor if anchor is not None else article.start, head, around)
    _headline_above(page, head, around, anchor if anchor is not None else article.start)
    if (area := labelled_area(around.lines)) is not None \
            and whole_place(match_view(area)) is not None:
        head.crumbs += (area,)  # (the page's own field naming its place ranks as a crumb's)
    subtitle(page, head, around.lines)
    number_line(page, head, around.lines)
    complete(page, head, article, around.partial, around.near, around.clock)
    outlet_beside(page, head, article, around.publish, around.beside)
    foot_credit(page, head, article, around.publish)
    if (desk := closing_credit(page, head, article)) is not None:
        head.crumbs += (desk,)  # (the place a closing credit files the story from)
    joined = "joined" in head.found.get("title", "")  # 栏目名：标题, the column printed apart
    if (outlet := _OUTLET_TITLE.match(head.title)) is not None and not joined:
        if head.source is None:
            head.source, head.found["source"] = outlet["name"], "headline's 媒体名： prefix"
        rest = head.title[outlet.end():].strip()
        if head.found.get("title") == "<title>" and len(HAN.findall(rest)) >= _SHORTEST_ABOVE:
            # A reprint's <title> names the outlet first (某某网:标题); the page prints the
            # headline without it.
            head.title, head.found["title"] = rest, "<title>, without the outlet's name"
    return head


_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")


def _headline(page: Page, head: Head, article: Node) -> int | None:
    """Sets the headline; returns where it stands among the page's events (None if it is not
    an element of the page)."""
    titles = [page.title or ""] + [c for n, c in page_metas(page) if n in TITLE_METAS]
    wanted = [squeezed(t) for t in titles if t]
    # A heading that is all of <title>, or all of a <meta> title that <title>'s part opens with
    # the site's and sections' names after it, ranks below the others (it is a hidden copy for
    # sharing, often at the foot; the printed headline is <title>'s part).
    whole = squeezed(page.title or "")
    part = squeezed(_title_part(page.title or ""))
    copies = {key for key in wanted if part and key.startswith(part) and key != part} | {whole}
    best: tuple[bool, bool, int, int, Node, str] | None = None
    for node in page.headings:
        if node.name in _MINOR_HEADINGS:
            continue  # a sidebar's or a footer's caption as often as a headline
        # (A zero-width mark a CMS left in the heading, U+FEFF, U+200B, is no part of it.)
        text = " ".join(_ZERO_WIDTH.sub("", node.heading_text() or _moved(node)).split())
        key = squeezed(text)
        # (Whether <title> holds it first: most headings it does not, and their other tests
        # are left undone. A name shorter than a headline is the page's own only as the whole
        # end part of <title> beside the site's name, printed at the article: a profile's.)
        fits = _HEADLINE[0] <= len(key) <= _HEADLINE[1]
        if (fits or 0 < len(key) < _HEADLINE[0]) and any(key in title for title in wanted) \
                and HAN.search(key) and not is_placeholder_title(key) \
                and (fits or (own_name(page, key) and stands_at_article(page, node, article))):
            # (A heading a link holds, a menu's item, ranks below one printed as text.)
            rank = (not (key in copies and part and key != part), not node.linked, len(key), -node.start)
            if best is None or rank > best[:4]:
                best = (*rank, node, text)
    if best is not None and (instead := printed_instead(page, best[4], article)) is not None:
        head.title, head.found["title"] = instead[1], f"<{instead[0].name}> at the article, <title>'s heading a link"
        return instead[0].start
    if best is not None and (at_article := logo_heading(page, best[4], best[5], article)) is not None:
        head.title, head.found["title"] = at_article[1], \
            f"<{at_article[0].name}> at the article, <title> and a heading the site's name"
        return at_article[0].start
    if best is not None:
        node, text = best[4], best[5]
        where = f"<{node.name}> inside <title>"
        if any(squeezed(text) == title for title in wanted) and (cut := _title_part(text)) \
                and cut != text and not headline_and_subtitle(page, text) \
                and (squeezed(text) == whole or site_cut(page, text, cut)):
            text, where = cut, f"<{node.name}> as <title>, without the site's name"
        elif joined := column_joined(page, node, text, _title_part(page.title or "")):
            text, where = joined, f"<title>: a column's heading and the <{node.name}> joined"
        head.title, head.found["title"] = text, where
        return node.start
    near = heading_at_article(page, article)
    from_title = _title_part(page.title or "")
    if near is not None and is_site_name(page, from_title or page.title or "", near[1]):
        head.title, head.found["title"] = near[1], f"<{near[0].name}> above the article, <title> the site's name"
        return near[0].start
    if is_paper_name(from_title) and (printed := line_above_article(page, article)):
        head.title, head.found["title"] = printed, _EPAPER
        return None
    if from_title and titled_by_crumbs(page, article, from_title) \
            and (printed := line_above_article(page, article, post=True)):
        # A forum's thread: <title> names the forum (and its board), the subject stands above
        # the first post.
        head.title, head.found["title"] = printed, "the line above the article, <title> the breadcrumb's names"
        return None
    if is_breadcrumb(page.title or "") and (under := line_under_breadcrumb(page, article)):
        head.title, head.found["title"] = under, "the line under the breadcrumb, <title> one too"
        return None
    if from_title and (with_subtitle := title_with_subtitle(page, from_title)):
        head.title, head.found["title"] = with_subtitle, "<title> whole: a headline and its subtitle, printed so"
        return None
    if from_title:
        head.title, head.found["title"] = from_title, "<title>"
        return None
    h1 = [n for n in page.headings if n.name == "h1"]
    if len(h1) == 1:
        text = " ".join(h1[0].heading_text().split())
        if _HEADLINE[0] <= len(text) <= _HEADLINE[1] and HAN.search(text):
            if near is not None and near[0] is not h1[0] and not page.title \
                    and is_site_name(page, text, near[1], printed=1):
                head.title, head.found["title"] = near[1], f"<{near[0].name}> above the article, <h1> the blog's name"
                return near[0].start
            head.title, head.found["title"] = text, "<h1>"
            return h1[0].start
    if near is not None and not page.title:
        head.title, head.found["title"] = near[1], f"<{near[0].name}> above the article"
        return near[0].start
    if not page.title and not h1 and (printed := line_above_article(page, article)):
        # (No <title>, no heading: a blog's post printed as a link right above its text.)
        head.title, head.found["title"] = printed, "the line above the article, no <title>"
    elif is_placeholder_title(page.title or "") and (top := line_atop_article(page, article)):
        head.title, head.found["title"] = top, "the article's first line, <title> a placeholder"
    return None


def _moved(node: Node) -> str:
    """A heading's text that the parser moved out of it (``<h2><p>标题</p></h2>``), else ""."""
    return node.moved_text() if node.name in _HEADINGS else ""


def _title_part(title: str) -> str:
    """The part of ``<title>`` that is the headline: the longest between separators."""
    title = " ".join(title.split())
    if not title or len(title) > MAX_TITLE:
        return ""  # empty, or too long to be a title
    if (bracketed := _BRACKETED_TITLE.fullmatch(title)) \
            and len(HAN.findall(bracketed["headline"])) > len(bracketed["site"].strip()):
        title = bracketed["headline"]  # not 某某通知[2019]: the bracket holds the longer part
    parts = [p for p in TITLE_SEPARATORS.split(title)
             if len(HAN.findall(p)) >= 2 and not is_placeholder_title(p)]
    if not parts:
        return ""
    best = max(parts, key=len)
    return best if _HEADLINE[0] <= len(best) <= _HEADLINE[1] else ""


@dataclass
class _Around:
    """What the publish-line search saw: the lines around the anchor, in order, and the lines
    just above the publish line it took, nearest first."""

    lines: list[str] = field(default_factory=list)
    above: list[str] = field(default_factory=list)
    partial: re.Match[str] | None = None  # a labelled date near it that lacks its year
    clock: str | None = None  # a page's clock near it (2013年11月27日 星期三)
    near: list[str] = field(default_factory=list)  # the lines a publish line was looked for in
    publish: str | None = None  # the publish line taken, and the lines above and under it
    beside: list[str] = field(default_factory=list)


def _publish_lines(page: Page, anchor: int, head: Head, around: _Around) -> None:
    """The publish line below the headline (else just above it), and a second one beside it
    when the first lacks the date or the publisher. A line labelled as the publish date
    (发布日期, 发文日期) outranks an unlabelled date, even a little further away: government
    pages list 成文日期 (written) and 发布日期 (published) in a table around the headline."""
    after = day_joined(label_joined(page_lines(page, anchor, min(len(page), anchor + _WINDOW))))
    before = label_joined(page_lines(page, max(1, anchor - _WINDOW), anchor))
    around.lines = before + after
    head.crumbs = breadcrumb(before)
    where = head.found.get("title", "")
    skip = 1 if where.startswith("<") and not where.startswith("<title>") else 0  # its own line
    near = header_lines(after[skip:_AFTER_LINES + skip], head.title) \
        + before[::-1][:_BEFORE_LINES]
    if skip and after and after[0].startswith(head.title) and len(after[0]) > len(head.title):
        # No block between the headline and its publish line: 标题 2019-09-05 11:10 某某网 正文…
        near.insert(0, after[0][len(head.title):_GLUED_REACH + len(head.title)].strip())
    wide = after[skip:_LABELLED_LINES + skip] + before[::-1][:_LABELLED_LINES]
    view_of = line_views([line for line in wide + near if len(line) <= MAX_META_LINE])
    labelled = [line for line in wide if len(line) <= MAX_META_LINE
                and _PUBLISHED.search(view := view_of(line)) and DATE.search(view)]
    candidates = labelled[:1] + near
    around.near = near
    if where == _EPAPER:
        # An e-paper prints the day above the article (2011年04月14日 星期四).
        around.clock = next((read_meta_line(view_of(line)).date for line in wide
                             if len(line) <= MAX_META_LINE and is_clock(line)), None)
    around.partial = next((found for line in near if len(line) <= MAX_META_LINE
                           and (found := PARTIAL_DATE.search(view_of(line)))), None)
    for index, line in enumerate(candidates):
        if len(line) > MAX_META_LINE or not is_publish_line(view_of(line)) or is_note(view_of(line)) \
                or is_event_time(view_of(line)):
            continue
        if is_clock(line):
            # The day the page was saved, or an e-paper's issue date: only when nothing else
            # dates the page.
            around.clock = around.clock or read_meta_line(view_of(line)).date
            continue
        _take(line, view_of(line), head, "publish line")
        for other in candidates[index + 1:index + 3]:
            if head.date and head.source:
                break
            if len(other) <= MAX_META_LINE and is_meta_line(view_of(other)):
                _take(other, view_of(other), head, "publish line")
        if head.date is None:
            # 来源 under the headline, 时间：… a few lines further (under the article's tags)
            dated = next((other for other in candidates[index + 3:] if len(other) <= MAX_META_LINE
                          and DATE_LABEL.search(view := view_of(other)) and DATE.search(view)
                          and not is_event_time(view)),
                         None)
            if dated is not None:
                _take(dated, view_of(dated), head, "labelled publish date below the publisher")
            elif (dated := dated_beside(line, after if line in after else before)) is not None:
                _take(dated, match_view(dated), head, "a date in the publisher's block")
        above = lines_above(line, after, before)
        under_headline = above[1:2] == [head.title]
        if head.source is None and above and above[0] != head.title and (outlet := byline_outlet(
                above[0], head.date is not None, view_of(line), under_headline)):
            # A byline block: the outlet's name on a line of its own, the time under it.
            head.source, head.found["source"] = outlet, "the line above the publish line"
        around.publish = line
        around.beside = above[:1] + (after[after.index(line) + 1:][:1] if line in after else [])
        # A list's item may print a bare date under its title; a bare date with a labelled
        # line beside it (信息来源：…) is a publish block.
        if not is_bare_date(view_of(line)) or len(head.lines) > 1:
            around.above = above
        return


def _headline_above(page: Page, head: Head, around: _Around, anchor: int) -> None:
    """The line right above the publish line, when it reads as a headline, is the headline's
    exact text: a page whose headline is no heading (or none at all) prints it there. It
    replaces a headline read from ``<title>`` when ``<title>`` holds it (the headline without a
    part that ``<title>``'s separators cut off: 1-10月…), when there was none, or when
    ``<title>`` gave only the site's or the column's name (one not printed just above it). A
    line that is all of ``<title>`` (栏目名 | 标题) is the printed headline when it is read
    beside ``<title>``'s own element, or that element is out of the lines read."""
    above = around.above
    if not above:
        return
    text = " ".join(above[0].split())
    key = squeezed(text)
    if not (_HEADLINE[0] <= len(key) <= _HEADLINE[1]) or not HAN.search(key) or "。" in key \
            or _BREADCRUMB.search(text) or _FIELD.match(text) or _COUNTER.fullmatch(text) or is_placeholder_title(text) \
            or is_meta_line(match_view(text)):
        return
    current, title = squeezed(head.title), squeezed(page.title or "")
    if key == current:
        return
    if key == title and not _printed_twice(page, key, around.lines, anchor) \
            and not any(squeezed(node.heading_text()) == key for node in page.headings):
        return  # the <title> element's own line (one far above is not among the lines read)
    where = head.found.get("title", "")
    if not current:
        found = "the line above the publish line"
    elif current in key and key in title and (where == "<title>" or where.endswith("site's name")):
        found = "the line above the publish line, inside <title>"
    elif where == "<title>" and len(key) >= _SHORTEST_ABOVE \
            and not any(current in squeezed(line) and title not in squeezed(line) for line in above[1:]):
        found = "the line above the publish line, not <title>'s site name"
    else:
        return
    head.title, head.found["title"] = text, found


def _printed_twice(page: Page, key: str, lines: list[str], anchor: int) -> bool:
    """Whether the page prints ``<title>``'s text as a line of its own among ``lines`` (read
    around ``anchor``), besides the ``<title>`` element."""
    count = sum(squeezed(line) == key for line in lines)
    return count >= (2 if page.title_at >= anchor - _WINDOW else 1)


def _take(line: str, view: str, head: Head, where: str) -> None:
    found = read_meta_line(view)
    source = glued_publisher(view) or found.source
    if found.date is None and source is None:
        return
    head.lines.append(without_tools(line))
    if found.date and head.date is None:
        head.date, head.found["date"] = found.date, where
    if source and head.source is None:
        head.source, head.found["source"] = line[slice(*source)], where
