"""A ``<title>`` that is only the site's (or the blog's) name: the headline is then the heading
printed right above the article, or at its very top.

Many pages built from an old template put the site's name in ``<title>`` (北医新闻网, 某某的博客,
某某研究所) and print the headline in a cell or block of its own just above the text. That block
is taken only when everything says so: ``<title>`` (or the page's single ``<h1>``) is short and
not printed in the headline, the site's name shows again elsewhere on the page (its logo, its
copyright line), opens the headline or ends the way a site's name does (…网, …博客), and the heading is longer than the name and stands with
at most a publish line between it and the article. A ``<title>`` that is a breadcrumb (某某网>栏目)
names no headline either: the headline is then the plain line between the page's breadcrumb and
the article. A forum's ``<title>`` that holds only names its breadcrumb gives (某某论坛, 某某论坛 ::
null) leaves the headline to the subject above the first post (after its 主题： label, over the
author's name or an author-and-time line); a placeholder ``<title>`` (显示) to the short line that
opens the article.
"""

from __future__ import annotations

import re

from ..cleaning import match_view
from ..segmenting.metaline import DATE_LABEL, SOURCE
from .lines import breadcrumb, page_lines
from .node import Node
from .page import HAN, Page, squeezed

_SITE_NAME = 12  # characters a site's or a blog's name has at most
_HEADLINE = (8, 80)  # characters the headline that replaces it has
_BETWEEN = 4  # short lines (a publish line, a share bar) between the heading and the article
_SHORT_LINE = 40  # characters of such a line at most
_NOT_HEADLINE = "。>»›"
_CRUMB = re.compile(r"{0}\s*[>»›]\s*{0}|^\s*(?:您的|当前)位置".format(r"[\u4e00-\u9fff\w]"))
_CRUMB_REACH = 200  # parse events above the article read for the breadcrumb and headline
# How a site's name ends (某某新闻网, 某某的博客, 某某在线): a headline seldom does. A
# newspaper's e-paper names the paper (某某日报, 某某晚报数字报刊).
_PAPER_ENDINGS = ("日报", "晚报", "晨报", "时报", "商报", "都市报", "报刊", "数字报", "电子报",
                  "电子版")
_SITE_ENDINGS = ("网", "网站", "官网", "博客", "在线", "频道", "门户", "之窗", "论坛", *_PAPER_ENDINGS)
# What a page template puts in <title> when it names no headline: 信息正文, 无标题文档.
_PLACEHOLDER_TITLES = frozenset([
    "信息正文", "正文", "内容页", "内容", "详细内容", "文章内容", "新闻内容", "新闻正文", "新闻详情",
    "文章详情", "信息详情", "详情", "详情页", "无标题文档", "无标题页", "查看文章", "浏览文章",
    "新建网页", "显示", "untitled", "untitleddocument",
])
# The label a forum prints before a thread's subject (主题：…), above its first post.
_SUBJECT_LABEL = re.compile(r"\s*(?:帖子)?(?:主题|主題|标题|標題)\s*[:：]\s*")
_TOP_HEADLINE = (4, 40)  # characters of a headline printed as the article's first line
_TOP_REACH = 3  # the article's first lines read for it
_HAN_RUNS = re.compile(r"[\u4e00-\u9fff]+")
_LEFT_LETTERS = 4  # Latin letters a <title> of the site's and boards' names may have besides
# A dash joining a headline and its subtitle (主标题—副标题, 主标题-副标题); not a hyphen
# inside a Latin word or a number (BSRS-5, COVID-19).
_SUBTITLE_DASH = re.compile(r"——|—|(?<![A-Za-z0-9])-{1,2}|-{1,2}(?![A-Za-z0-9])")
_SUBTITLE_PART = (6, 4)  # characters and Han characters each half has at least
# How the name of an office or an institution ends, when <title> puts it after the headline.
_OFFICE_ENDINGS = ("局", "厅", "政府", "中心", "委员会", "委員會", "办公室", "大学", "大學", "学院",
                   "學院", "医院", "醫院", "协会", "協會", "学会", "學會", "公司", "集团", "新闻",
                   "新聞", "资讯", "首页", "首頁")
_COLUMN_NAME = 8  # characters of a column's name that leads a headline in <title> (派早报：…)
_BYLINE = 8  # characters of a byline (the reporters' names) between a headline and its text


def _shown(page: Page, start: int, end: int) -> list[str]:
    return [line for line in page_lines(page, start, end) if line.strip()]


def _headline_shaped(node: Node) -> str | None:
    text = " ".join(node.heading_text().split())
    key = squeezed(text)
    if node.name == "a" or not (_HEADLINE[0] <= len(key) <= _HEADLINE[1]) \
            or not HAN.search(key) or any(mark in key for mark in _NOT_HEADLINE):
        return None
    view = match_view(key)
    if DATE_LABEL.search(view) or SOURCE.search(view):
        return None  # a publish line set as a heading: 【发布时间】：2012年12月25日
    return text


def heading_at_article(page: Page, article: Node) -> tuple[Node, str] | None:
    """The heading at the top of ``article``, else the last one just above it."""
    above: tuple[Node, str] | None = None
    for node in page.headings:
        if node.start >= article.end:
            break
        text = _headline_shaped(node)
        if text is None:
            continue
        if node.start >= article.start:
            if not _shown(page, article.start, node.start):
                return node, text
            break
        if node.end <= article.start:
            between = _shown(page, node.end, article.start)
            if len(between) <= _BETWEEN and all(len(line) <= _SHORT_LINE for line in between):
                above = node, text
    return above


def is_site_name(page: Page, name: str, headline: str, printed: int = 0) -> bool:
    """Whether ``name`` (what ``<title>`` or a lone ``<h1>`` gave) reads as the site's name
    beside ``headline``: short, not part of it, and shown elsewhere on the page (beyond the
    ``printed`` times its own element shows it) or opening it."""
    key, other = squeezed(name), squeezed(headline)
    if not key or len(key) > _SITE_NAME or len(other) <= len(key) or key in other[1:]:
        return False
    if other.startswith(key) or key.endswith(_SITE_ENDINGS):
        return True  # 某某研究所召开…: the institute's headline opens with its name
    shown = squeezed("".join(page.lines))
    return shown.count(key) - squeezed(page.title or "").count(key) - printed >= 1


_PORTAL_NAME = 24  # characters of a portal's name (某某自治区人民政府门户网站) at most


def logo_heading(page: Page, heading: Node, text: str, article: Node) -> tuple[Node, str] | None:
    """The heading at the article (:func:`heading_at_article`), where the heading found inside
    ``<title>`` is only the site's name: a logo set as a heading (<h1>甲省人民政府门户网站</h1>)
    far above the article, whose ``<title>`` holds nothing else, ending as a site's name does
    (…网站, …网, …门户) and no part of the headline at the article."""
    key, whole = squeezed(text), squeezed(page.title or "")
    if len(key) > _PORTAL_NAME or not key.endswith(_SITE_ENDINGS) or not whole.startswith(key) \
            or HAN.search(whole[len(key):]):
        return None  # (<title> is the name alone, or with the site's address: 某某网 - www…)
    near = heading_at_article(page, article)
    if near is None or near[0] is heading or key in squeezed(near[1]):
        return None
    # A kicker over the headline (<h2>某某工程之一</h2><h1>标题</h1>): the higher heading under it.
    under = next((node for node in page.headings if node.start >= near[0].end), None)
    if under is not None and under.name < near[0].name and not _shown(page, near[0].end, under.start) \
            and (printed := _headline_shaped(under)) is not None:
        return under, printed
    return near


def is_breadcrumb(text: str) -> bool:
    """Whether a line reads as a breadcrumb: 某某网>栏目, 您的位置：首页 > 新闻."""
    return bool(_CRUMB.search(text))


def line_under_breadcrumb(page: Page, article: Node) -> str | None:
    """The headline-shaped line that stands between a breadcrumb and the article, with
    nothing else between them (您的位置：主页>招生 / 某某学院2019年招生简章 / the notice)."""
    lines = _shown(page, max(1, article.start - _CRUMB_REACH), article.start)
    if len(lines) < 2 or not is_breadcrumb(lines[-2]):
        return None
    text = " ".join(lines[-1].split())
    key = squeezed(text)
    if not (_HEADLINE[0] <= len(key) <= _HEADLINE[1]) or not HAN.search(key) \
            or any(mark in key for mark in _NOT_HEADLINE + "|｜"):
        return None
    return text


def is_paper_name(name: str) -> bool:
    """Whether ``name`` (``<title>``'s part) is a newspaper's name, as an e-paper's pages
    give it: 某某晚报, 某某日报数字报刊."""
    key = squeezed(name)
    return 2 < len(key) <= _SITE_NAME and key.endswith(_PAPER_ENDINGS)


def line_above_article(page: Page, article: Node, post: bool = False) -> str | None:
    """The headline an e-paper prints in a cell of its own right above the article, with at
    most a byline (the reporters' names) between them. ``post``: a forum's post, whose subject
    may stand above its author-and-time line and after a label (主题：…)."""
    lines = _shown(page, max(1, article.start - _CRUMB_REACH), article.start)
    for line in lines[::-1][:3 if post else 2]:
        text = " ".join(line.split())
        key = squeezed(text)
        if len(key) <= _BYLINE:
            continue
        if post:
            view = match_view(key)
            if DATE_LABEL.search(view) and len(key) <= _SHORT_LINE:
                continue  # 作者：某某 时间：2005-08-22 19:13
            if label := _SUBJECT_LABEL.match(text):
                text = text[label.end():]
                key = squeezed(text)
        if not (_HEADLINE[0] <= len(key) <= _HEADLINE[1]) or not HAN.search(key) \
                or any(mark in key for mark in _NOT_HEADLINE) or DATE_LABEL.search(match_view(key)):
            return None
        return text
    return None


def titled_by_crumbs(page: Page, article: Node, title: str) -> bool:
    """Whether ``title`` (``<title>``'s part) names only the site or its boards, as the
    breadcrumb above the article does (某某论坛 > 某某版区 > 话题): each run of Han in it is one
    of the breadcrumb's parts before its last, and it names nothing else."""
    key = squeezed(title)
    runs = _HAN_RUNS.findall(key)
    if len(HAN.findall(key)) < 2 or sum(ch.isalpha() for ch in _HAN_RUNS.sub("", key)) > _LEFT_LETTERS:
        return False  # (a word or two of Latin beside it at most: 某某论坛 :: null)
    own = squeezed(page.title or "")
    crumbs = breadcrumb([line for line in _shown(page, max(1, article.start - _CRUMB_REACH), article.start)
                         if squeezed(line) != own])  # (not <title>'s own text, where it is shown)
    # (Not the last part: a breadcrumb may end on the headline itself.)
    parts = {squeezed(part) for part in crumbs[:-1]}
    return all(run in parts for run in runs)


def line_atop_article(page: Page, article: Node) -> str | None:
    """The headline a page whose ``<title>`` is a placeholder prints as the article's first
    line (after ``<title>``'s own text, where a page's ``<title>`` stands in its body): a short
    line of its own, no sentence."""
    placeholder = squeezed(page.title or "")
    for line in _shown(page, article.start, article.end)[:_TOP_REACH]:
        text = " ".join(line.split())
        key = squeezed(text)
        if key == placeholder:
            continue
        if _TOP_HEADLINE[0] <= len(key) <= _TOP_HEADLINE[1] and HAN.search(key) \
                and not any(mark in key for mark in "。，；：:>»›") \
                and not DATE_LABEL.search(match_view(key)) and not SOURCE.search(match_view(key)):
            return text
        return None
    return None


def is_placeholder_title(text: str) -> bool:
    """Whether ``text`` is what a template puts in ``<title>`` when it names no headline."""
    return squeezed(text).lower() in _PLACEHOLDER_TITLES


def column_joined(page: Page, node: Node, text: str, part: str) -> str | None:
    """``<title>``'s headline ``part`` when it is a column's name, a colon and the heading
    ``node``'s ``text`` (派早报：标题), and the page prints the column's name in a heading of
    its own before ``node``: a digest prints its name large and the lead item's head in the
    text, and only ``<title>`` joins them."""
    key, whole = squeezed(text), squeezed(part)
    name = whole[:-len(key)] if key and whole.endswith(key) else ""
    if not name.endswith(":") or not 2 <= len(name) - 1 <= _COLUMN_NAME:
        return None
    name = name[:-1]
    if any(other.start < node.start and squeezed(other.heading_text()) == name for other in page.headings):
        return part
    return None


def headline_and_subtitle(page: Page, text: str) -> bool:
    """Whether ``text`` (a heading, or ``<title>``) is a headline and its subtitle joined by a
    dash (主标题—副标题), not a headline and the site's or a column's name: two halves, each
    long enough to be a line of its own, neither a site's name (:func:`is_site_like`), the
    second never shown without the first."""
    key = squeezed(text)
    parts = _SUBTITLE_DASH.split(key)
    if len(parts) != 2 or not all(
            len(part) >= _SUBTITLE_PART[0] and len(HAN.findall(part)) >= _SUBTITLE_PART[1]
            and not is_site_like(page, part) for part in parts):
        return False
    # A column's name shows on its own too (the menu, the breadcrumb); a subtitle only with
    # its headline.
    shown = squeezed("".join(page.lines))
    return shown.count(parts[1]) <= shown.count(key)


def is_site_like(page: Page, part: str) -> bool:
    """Whether a part of ``<title>`` reads as the site's or an office's name: it ends as one
    does (…网, …日报, …局, …大学) or is, or holds, the page's ``og:site_name``."""
    key = squeezed(part)
    if key.endswith(_SITE_ENDINGS + _OFFICE_ENDINGS):
        return True
    site = next((squeezed(attrib.get("content") or "") for attrib in page.metas
                 if (attrib.get("property") or attrib.get("name")) == "og:site_name"), "")
    return bool(site) and bool(key) and (key in site or site in key)


def printed_whole(page: Page, text: str) -> bool:
    """Whether the page prints ``text`` (its ``<title>``) as well, outside the ``<title>``
    element."""
    key = squeezed(text)
    return squeezed("".join(page.lines)).count(key) > squeezed(page.title or "").count(key)
