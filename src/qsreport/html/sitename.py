"""The publisher a page names only as its own site, read last, where no publish line, no
``<meta>`` source and no paper's name in ``<title>`` gave one.

A page states its site's name for machines (``og:site_name``, ``application-name``,
``<meta name=publisher>``, and often ``<meta name=author>``) and for readers (a part of
``<title>`` beside the headline: 标题 | 栏目 | 某某日報). Either is the page's own publisher only
when it reads as an outlet's name: it ends as a paper's, a news site's or a broadcaster's does
(…日报, …報, …网, …網, …電視台, …新聞 after a name), or, for a ``<meta>`` name, ``<title>``
prints it too as a part of its own. A section's name (港聞, 财经, 社會) is never one; nor is an
author that is a person; nor a platform's name (微信公众平台).

Also the region a Hong Kong or Macau paper gives its local stories: the section it files them
under (港聞, 本港新聞, 澳聞) in ``<title>`` or in its address (/hk/, 港聞): the city is the place of
the site's own beat, handed on as a breadcrumb's is, so a district the story's headline names
still answers first. A world or China story (國際, 兩岸, 中國) is filed elsewhere and gets none.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

from ..segmenting.sections import SECTION_ENDS, SECTION_WORDS
from .page import Page, squeezed

# <meta> names (lower case) a page states its own site's name in, surest first.
_SITE_METAS = ("og:site_name", "application-name", "publisher", "author")
_PLATFORMS = frozenset(["微信公众平台", "微博", "今日头条", "百家号", "搜狐号", "网易号"])
# How <title> and a <meta> site name part their pieces: 标题 - 某某日报 - 港聞, 某某网 | 栏目.
_PARTS = re.compile(r"\s*(?:[|｜_—·]{1,2}|(?<!\w)-{1,2}|-{1,2}(?!\w)|\s-\s)\s*")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
# A bilingual name: the Han name, then its Latin one (某某新聞 ABC NEWS).
_BILINGUAL = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12})[A-Za-z0-9.&'’]*")
# How an outlet's name ends, in either script: a paper (…日报, …晚報, 某報), a news site (…网,
# …網, …在线), a broadcaster (…电视台, …電視, …广播), a news agency (…社), or a name with its
# news desk (某某新聞, 某某新闻: but a section's name alone, 國際新聞, is none: _SECTION).
_OUTLET_END = re.compile(r"(?:报|報|网|網|在线|在線|电视台|電視台|电视|電視|广播|廣播|电台|電台|通讯社|"
                         r"通訊社|社|新闻|新聞)$")
# A section's name: the field or the region a paper files stories under.
_SECTION = re.compile(rf"^(?:{SECTION_WORDS})+(?:{SECTION_ENDS})?$")
# A desk's or a column's word that is not the outlet's name even when it ends like one (电子报,
# 数字报: the paper's e-edition, said of any paper).
_NOT_OUTLET = frozenset(["电子报", "電子報", "数字报", "數字報", "日报", "日報", "晚报", "晚報",
                         "新闻网", "新聞網", "新闻社", "新聞社", "报社", "報社"])
# The local section of a Hong Kong or a Macau paper, in <title> or in the page's address.
_LOCAL_SECTIONS = (
    ("香港", re.compile(r"^(?:港聞|本港(?:新聞|新闻)?|香港(?:新聞|新闻)|港闻)$")),
    ("澳門", re.compile(r"^(?:澳聞|澳闻|本澳(?:新聞|新闻)?|澳門(?:新聞|新闻))$")),
)
_ADDRESS_SECTION = re.compile(r"(?:^|[/\-_])(?P<name>港聞|港闻|澳聞|澳闻|本港|本澳)(?:$|[/\-_])")


def _title_parts(page: Page, headline: str) -> list[str]:
    """``<title>``'s parts other than the headline (nor one inside it)."""
    key = squeezed(headline)
    parts = [squeezed(part) for part in _PARTS.split(" ".join((page.title or "").split()))]
    return [part for part in parts if part and part not in key and key not in part]


def is_outlet(name: str) -> bool:
    """Whether ``name`` (a part of ``<title>``, a ``<meta>`` site name) reads as an outlet's
    name: all Han, two to twelve of them, ending as a paper, a site or a station does, and no
    section's name."""
    return bool(_HAN_NAME.fullmatch(name)) and _OUTLET_END.search(name) is not None \
        and not _SECTION.match(name) and name not in _NOT_OUTLET


def site_publisher(page: Page, metas: tuple[tuple[str, str], ...], headline: str) -> tuple[str, str] | None:
    """The page's own site, as its ``<meta>`` tags or its ``<title>`` name it, and where it was
    found; None when neither reads as an outlet's name."""
    parts = _title_parts(page, headline)
    for wanted in _SITE_METAS:
        for name, content in metas:
            if name != wanted:
                continue
            for piece in _PARTS.split(unicodedata.normalize("NFKC", content).strip()):
                found = _HAN_NAME.match(piece.strip())
                if found is None or found[0] in _PLATFORMS:
                    continue
                own = found[0]
                # (A person named as the author is no publisher: the name must read as an
                # outlet's, or, for a site's own name, stand in <title> too.)
                titled = any(part.startswith(own) and is_outlet(part) for part in parts)
                if is_outlet(own) or (wanted != "author" and titled and not _SECTION.match(own)):
                    return own, f"<meta {wanted}>"
    for part in parts:
        if (named := _BILINGUAL.fullmatch(part)) and is_outlet(named["name"]):
            return named["name"], "<title>: the site's name"
    return None


def local_beat(page: Page, headline: str, address: str | None) -> str | None:
    """The city whose local section (港聞, 澳聞) ``<title>`` or the page's ``address`` files the
    story under: a Hong Kong or a Macau paper's local story."""
    names = list(_title_parts(page, headline))
    if address:
        names += [found["name"] for found in _ADDRESS_SECTION.finditer(unquote(address))]
    for name in names:
        for city, section in _LOCAL_SECTIONS:
            if section.match(name):
                return city
    return None
