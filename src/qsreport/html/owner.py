"""The place a page's site stands in, for a page that names its own place only through its site.

Two kinds of page, each a rule of its own:

* an office named by its level only (省财政厅, 市环保局) in the headline or the publisher: the
  office is the site's owner, whose full name the footer prints (版权所有：某某省财政厅,
  主办：某某市人民政府) — the place of that name, of the office's level;
* a page whose headline speaks of the site's owner as 我院, 我校 or 我局 (我院举办…) and whose
  ``<title>`` names the site after a place (标题 某某省某某医院): that place;
* a page of a university's own site (its ``<title>`` or its footer's owner line names the
  school) whose publisher is the school or none, or whose headline names the school: the city
  the school stands in, from a table of universities (facts, kept as data), or the city or
  county a school's name opens on (版权所有：某市大学, Copyright 某县职业技术学院).

The place is handed on as the root of the page's breadcrumb, where the header's region reader
takes it after the headline's own place.

Apart from these, :func:`portal_place` reads the government a site belongs to, from the site's
name beside the headline in ``<title>`` (…-甲市人民政府门户网站, …_乙区人民政府, 丙市政务网, a
government office's site: 甲市某某局网站) or from the footer's 主办 or 版权所有 line
(主办：甲市人民政府办公室, 中共乙市委、乙市人民政府主办): where the story names no place of its
own, a portal's page is its government's news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..cleaning import match_view
from ..places import find_places
from ..places.finder import Mention, run_end
from ..places.universities import UNIVERSITIES

# An office named by its level only, at the head of a headline or a publisher's name.
_LEVEL_OFFICE = re.compile(r"(?P<level>[省市县区])[\u4e00-\u9fff]{1,8}?(?:厅|局|委员会|委|办公室|办|政府)")
# Where a footer names the site's owner: 版权所有, 主办, 由…维护, Copyright.
_OWNER_LABELS = ("版权所有", "主办", "维护", "Copyright")
# A school's name in a footer's owner line (某市大学, 某县职业技术学院).
_SCHOOL = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:大学|学院)")
# A publisher that is a news outlet or a national body, not a unit of the site's own school.
_OUTLET = re.compile(r"报|网|社|台|刊|杂志|新闻|库|^中国")
# A headline that speaks of the site's owner as 我院/我校 (我院举办…, 某地考察团访问我校); not
# 我所在的 (where I am), 我会 (I will), nor another unit a speaker quoted may mean.
_OWN_UNIT = re.compile(r"我[院校](?!在)")
_OWNER_REACH = 60  # characters of markup read on either side of the label
_TAG = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
# What follows a place in the name of its government or an office of it, and of the site it
# runs (甲市人民政府门户网站, 乙区人民政府办公室, 丙市政务网, 丁省某某管理局网站, 中共甲市委):
# the whole rest of the name, so a headline opening on a place (甲市开展…) is none.
_GOVERNMENT_REST = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|政务|局|厅|委员会|委|办公室|"
                              r"办公厅|管委会)(?:门户)?(?:网站|网|门户|官网)?")
# The parts of a <title> or of an owner's line (separators, white space, 、 between two owners).
_NAME_BREAK = re.compile(r"[\s\-_|｜–—－·,，、:：©()（）\[\]【】'\"+&;]+")
# Any short name of a school of the table.
_ANY_SCHOOL = re.compile("|".join(re.escape(short) for _, shorts, _ in UNIVERSITIES for short in shorts))
# Footer labels of the site's owner, the name after them (主办：…) or before (…主办).
_PORTAL_LABELS = ("主办", "版权所有")


def site_place(markup: str, site_title: str | None, headline: str, source: str | None,
               article: str = "") -> str | None:
    """The place the page's site stands in, by the rules above, as the gazetteer writes it;
    None when neither rule applies. ``article``: the article's text, whose own owner labels
    are no footer's."""
    offices = [found for text in (headline, source or "")
               if (found := _LEVEL_OFFICE.match(text)) is not None]
    if offices:
        return _owner_place(markup, offices[0]["level"], article)
    if _OWN_UNIT.search(headline) and (named := _site_named(site_title or "", headline)) is not None:
        return named
    if source is not None and _OUTLET.search(source) is None:
        source = None  # a unit of the school itself (餐饮管理部, 宣传部), or a byline
    owners: list[str] | None = None
    # (A publisher and a headline that name no school of the table, most pages', are told by
    # one search, not by each school's names in turn.)
    schools = UNIVERSITIES if source is None or _ANY_SCHOOL.search(source + "\n" + headline) else ()
    for names, shorts, city in schools:
        if source is None or _names_school(source, shorts) or _names_school(headline, shorts):
            if owners is None:
                owners = _owner_texts(markup, article)
                site = (site_title or "") + " ".join(owners)
            if any(name in site for name in names):
                return city
    if source is not None and not _SCHOOL.search(source) and not _SCHOOL.search(headline):
        return None
    return _school_place(owners if owners is not None else _owner_texts(markup, article),
                         source, headline)


def _school_place(owners: list[str], source: str | None, headline: str) -> str | None:
    """The city or county the name of the school that owns the site opens on (版权所有：某市
    大学), where the publisher is the school or none: a province's name (某省大学) says no city,
    unless the province is one (某直辖市大学)."""
    for text in owners:
        for school in _SCHOOL.finditer(match_view(text)):
            if source is not None and school[0] not in source and school[0] not in headline:
                continue
            found = find_places(school[0])
            if found and found[0].start == 0 and (found[0].place.level != "province"
                                                   or found[0].place.name.endswith("市")):
                return found[0].place.name
    return None


def _site_named(site_title: str, headline: str) -> str | None:
    """The place a site's name opens on, the site's name being what ``<title>`` holds beside
    the headline (标题 某某省某某研究院附属医院, 某市第一中学-标题)."""
    rest = " ".join(match_view(site_title).replace(match_view(headline), " ").split())
    for part in rest.split(" "):
        if _OUTLET.search(part):
            continue  # a news outlet carrying the story (某某网, 某某日报): not the owner's name
        mentions = find_places(part)
        if mentions and mentions[0].start == 0 and len(part) > mentions[0].end:
            return mentions[0].place.name
    return None


def _names_school(text: str, shorts: tuple[str, ...]) -> bool:
    return any(name in text for name in shorts)


def _owner_texts(markup: str, article: str = "", labels: tuple[str, ...] = _OWNER_LABELS
                 ) -> list[str]:
    """The text on either side of the footer's last owner label, tags and entities dropped:
    after it first (版权所有：某某省财政厅), then before it (某某报业集团版权所有). Not a label
    the article's own text holds (活动的主办单位：某某大学…), which no footer is: the last
    label outside it, of the last few."""
    texts = []
    story = _squeeze(article)
    for label in labels:
        at = len(markup)
        for _ in range(_LABELS_TRIED):
            at = markup.rfind(label, 0, at)
            if at < 0:
                break
            after = _TAG.sub(" ", markup[at + len(label):at + len(label) + _OWNER_REACH])
            before = _TAG.sub(" ", markup[max(0, at - _OWNER_REACH):at]).rsplit(">", 1)[-1]
            if not _in_story(story, label, _squeeze(after)[:_STORY_PROBE],
                             _squeeze(before)[-_STORY_PROBE:]):
                texts += [after, before]
                break
    return texts


_STORY_PROBE = 8  # characters beside a label compared with the article's text
_LABELS_TRIED = 4  # a label's last uses read for one outside the article (a page may copy it)


def _in_story(story: str, label: str, after: str, before: str) -> bool:
    """Whether the article's text holds the label with what follows it or what precedes it."""
    return bool(story) and bool((after and label + after in story) or (before and before + label in story))


def _squeeze(text: str) -> str:
    return "".join(text.split())


@dataclass(frozen=True)
class Portal:
    """What :func:`portal_place` reads, kept to be read only if asked (called: the place); two
    are equal when they read the same page alike."""

    markup: str
    site_title: str | None
    headline: str
    article: str

    def __call__(self) -> str | None:
        return portal_place(self.markup, self.site_title, self.headline, self.article)


def portal_place(markup: str, site_title: str | None, headline: str, article: str) -> str | None:
    """The place whose government (or an office of it) runs the page's site, as the site's name
    writes it (甲省乙市, 丙区): from the site's name beside the headline in ``<title>``, else
    from the footer's owner line outside the article. None for a site of no place's government
    (a paper's, a school's, a ministry's)."""
    rest = match_view(site_title or "")
    if headline:
        rest = rest.replace(match_view(headline), " ")
    for part in reversed(_NAME_BREAK.split(rest)):
        if (place := _government_place(part)) is not None:
            return place
    texts = _owner_texts(markup, article, _PORTAL_LABELS)
    for index, text in enumerate(texts):
        parts = [part for part in _NAME_BREAK.split(match_view(text)) if part]
        if index % 2 == 0 and parts and parts[0] == "单位":
            parts = parts[1:]  # (主办单位：…)
        # the name right after a label (主办：甲市人民政府), or right before one (…乙市人民政府主办)
        for part in (parts[:1] if index % 2 == 0 else parts[-1:]):
            if (place := _government_place(part)) is not None:
                return place
    return None


def _government_place(name: str) -> str | None:
    """The run of places a government's or its office's name opens on (中共 before it allowed),
    when the rest of the name is only that body's (:data:`_GOVERNMENT_REST`)."""
    name = name.removeprefix("中共")
    end = run_end(name)
    if end == 0 or not _GOVERNMENT_REST.fullmatch(name, end):
        return None
    return name[:end]


def _owner_place(markup: str, level: str, article: str) -> str | None:
    """The place in the footer's owner's name, of the office's level: a province for 省, a
    city for 市, a county or district for 县 and 区."""
    for text in _owner_texts(markup, article):
        for mention in find_places(match_view(text)):
            if _of_level(mention, level):
                return mention.place.name
    return None


def _of_level(mention: Mention, level: str) -> bool:
    place = mention.place
    if level == "省":
        return place.level == "province"
    if level == "市":
        return place.level == "prefecture" or place.name.endswith("市")
    return place.level == "county" and place.name.endswith(level)
