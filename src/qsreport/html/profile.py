"""Pages titled by a short name of their own: a person's profile, a school's or a museum's
introduction, on the site of the school or the city that keeps it.

Such a page's ``<title>`` is its own name, then the section's and the site's (某某-教学名师-某某
学院, 某某-某某大学美术学院), or the other way round (某市人民政府网-某某博物馆-某某馆); the page
prints the name as a heading of its own at the article. A person's name is two or three
characters, shorter than any headline a news page prints, so a heading that short counts only
when it is the whole end part of ``<title>`` whose other end is the site's name, and it stands at
the article (:func:`own_name`). A section's name in a menu is no headline either: a heading that a
link holds names the page the link opens (:attr:`Node.linked`).

A person's profile (:func:`is_profile`) is about no place: not the site's, the school's a
teacher works in, nor the places of the person's life (born in one city, trained in another).
Its headline is a name, and its text opens on the person's particulars: a year of birth, a sex
between commas, a native place. An introduction of a school or a museum stays its place's page.
"""

from __future__ import annotations

import re
import unicodedata

from .fallback import TITLE_SEPARATORS
from .lines import page_lines
from .node import Node
from .page import Page, squeezed
from .sitetitle import heading_at_article, is_site_like

_NAME = (2, 3)  # characters of a short own name (a person's) that <title>'s end part gives
_ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")
_BETWEEN = 4  # short lines (a name in Latin letters, a caption) between the name and the article
_SHORT_LINE = 40  # characters of such a line at most

# A profile's headline: a person's name, with a middle dot between the parts of a name written
# from another language (阿卜杜·某某); a pen name may have four or five characters.
_PERSON_HEADLINE = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,6}")
# The particulars a profile opens on: a year of birth (in digits or in words, 一九六〇年) before
# 生/出生 (1961年生于某地, 1964年出生, 1973年5月生, 1959年生人) or after 生于/出生于 (生于1957年);
# a sex between commas (某某，男，汉族); a native place (籍贯：某省). Not a thing's beginnings
# (始建于, 诞生于, 产生于, 发生于), nor a year's work (2031年生产, 2032年生效).
_YEAR = r"(?:(?:19|20)\d{2}|一九[〇零○一二三四五六七八九]{2}|二[〇零○][〇零○一二三四五六七八九]{2})"
_PARTICULARS = re.compile(
    _YEAR + r"\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:出生|生(?=[于在人，,。；;、)）\s]))"
    r"|(?<![产发诞衍派再新共])(?:出生|生)于\s*" + _YEAR + r"\s*年"
    r"|[，,、]\s*[男女]\s*[，,、。；;]"
    r"|籍贯\s*[:：]?")
_OPENING = 240  # characters of the article's text, after the headline, read for them


def own_name(page: Page, key: str) -> bool:
    """Whether ``key`` (a heading's text, spaces dropped) is a short name that ``<title>`` gives
    as its whole first part with the site's name as its last (某某-栏目-某某学院), or as its last
    part with the site's name first: the page's own name, which no length rule would take."""
    if not (_NAME[0] <= len(key) <= _NAME[1]) or not _ALL_HAN.fullmatch(key) or is_site_like(page, key):
        return False
    parts = [squeezed(part) for part in TITLE_SEPARATORS.split(" ".join((page.title or "").split()))]
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return False
    return (parts[0] == key and is_site_like(page, parts[-1])) \
        or (parts[-1] == key and is_site_like(page, parts[0]))


def stands_at_article(page: Page, node: Node, article: Node) -> bool:
    """Whether ``node`` stands at the top of ``article`` or just above it, with at most a few
    short lines between (a name in Latin letters, a caption such as 个人简介)."""
    if article.start <= node.start < article.end:
        return not _shown(page, article.start, node.start)
    if node.end > article.start:
        return False
    between = _shown(page, node.end, article.start)
    return len(between) <= _BETWEEN and all(len(line) <= _SHORT_LINE for line in between)


def printed_instead(page: Page, heading: Node, article: Node) -> tuple[Node, str] | None:
    """The heading the article prints (:func:`heading_at_article`), where ``heading``, the one
    found inside ``<title>``, is a link's (a menu's item: 学校简介 - 某某学校) and that one is
    not."""
    if not heading.linked:
        return None
    near = heading_at_article(page, article)
    if near is None or near[0] is heading or near[0].linked:
        return None
    return near


def _shown(page: Page, start: int, end: int) -> list[str]:
    return [line for line in page_lines(page, start, end) if line.strip()]


def is_profile(headline: str, lines: list[str]) -> bool:
    """Whether a page is a person's profile: its headline a name, its text (``lines``, the
    headline's own line aside) opening on the person's particulars."""
    key = squeezed(headline)
    if not _PERSON_HEADLINE.fullmatch(key):
        return False
    opening = "".join(line for line in lines if squeezed(line) != key)[:_OPENING]
    return _PARTICULARS.search(unicodedata.normalize("NFKC", opening)) is not None
