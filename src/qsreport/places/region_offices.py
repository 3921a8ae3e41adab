"""The office a report's body opens on, for :func:`.region.region_of`: the place the
opening names an organisation after (某市质监局), the county a city bureau's branch is named
after (某市质监局某某分局), and the city or county a province's office comes to."""

from __future__ import annotations

from collections import Counter

from .. import regex_cache as rx
from .finder import Mention, Place, find_places
from .index import counties_by_short_word
from .region_kinds import FIRM_AFTER as _FIRM_AFTER
from .region_kinds import inside
from .region_lead import addressed
from .region_share import heard_about_inside, listed, visited
from .region_sources import ORGANISATION, cited_authority, heard_from, meeting_host
from .region_whole import SCHOOL as _SCHOOL
from .works import in_work_title

# A city bureau's branch named after its county (某市质监局长清分局, 某市质监莲湖分局): the
# report is the branch's.
_BRANCH = rx.compile(r"局?(?P<name>[\u4e00-\u9fff]{2,5}?)分局")
_BODY_WINDOW = 800  # body characters searched for the whole province
_ORGANISATION_REACH = 300  # how early in the body a 某市质监局 decides the region


def opening_organisation(view: str, window: list[Mention], body: int) -> tuple[Mention, str] | None:
    """The place the body's opening names an organisation after (某市质监局), or the county a
    city bureau's branch is named after (某市质监局某某分局), and which of the two it was.
    The bureaus of a city and of a county in it named as one (甲市、乙县市场监管局联合…): the
    city's, the higher of the two that ran the work together."""
    for at, mention in enumerate(window):
        if mention.start - body > _ORGANISATION_REACH:
            break
        if heard_from(view, mention) or cited_authority(view, mention, body, window[at + 1:]) \
                or heard_about_inside(view, mention, window[at + 1:]) \
                or meeting_host(view, mention, window[at + 1:]) or addressed(view, mention):
            continue
        if (organisation := ORGANISATION.match(view, mention.end)) \
                and not _PRESENTER.match(view, organisation.end()):
            branch = _branch(view, organisation.end(), mention.place)
            if branch is not None:
                return branch, "a branch of an organisation in the body"
            joint = window[at - 1] if at > 0 else None
            if joint is not None and _JOINT.fullmatch(view, joint.end, mention.start) \
                    and joint.place != mention.place and inside(mention.place, joint.place):
                return joint, "organisation in the body"
            if joint is not None and _LIST_ITEM.fullmatch(view, joint.end, mention.start) \
                    and joint.place.level == mention.place.level:
                continue  # the offices of a list of places of a rank (经甲省、乙省质监局初审): none's own
            return mention, "organisation in the body"
    return None


def below_province(view: str, window: list[Mention], province: Place, body: int) -> Mention | None:
    """The city or county a province's office comes to in the body's opening (甲省质监局到乙县
    质监局调研; 甲省局通报抽查结果，乙市…乙市…), where the opening names places inside the
    province as often as the province itself at least and does not speak of the whole province
    (全省, 我区) nor list its cases (案例一): the first place inside it named as an organisation's, else the one named
    most, twice at least and more than any other inside it."""
    lower = [m for m in window if inside(m.place, province) and not listed(view, m)
             and not _SCHOOL.match(view, m.end) and not _FIRM_AFTER.match(view, m.end)
             and not in_work_title(view, m)]
    if (gone_to := visited(view, lower)) is not None:
        return gone_to
    # (a municipality's 全区 is a district's: 上海市…闵行区…全区)
    whole = WHOLE_PROVINCE.search(view, body, min(len(view), body + _BODY_WINDOW))
    if whole and not (whole[0] == "全区" and province.name.endswith("市")):
        return None
    if len(lower) < sum(m.place == province for m in window):
        return None
    for mention in lower:
        if ORGANISATION.match(view, mention.end) and not heard_from(view, mention):
            return mention
    ranked = Counter(m.place for m in lower).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return next(m for m in lower if m.place == ranked[0][0])
    return None


# A report that speaks of the whole province or autonomous region (全省, 我省, 全区, 自治区…).
# or that lists its cases one by one (案例一：甲市局查处…): the province's, not its cities'.
WHOLE_PROVINCE = rx.compile(r"[我全本该]省|全区|自治区(?:质监局|质量技术监督局|市场监督管理局|市场监管局|政府)|"
                            r"案例[一1１]|典型案例")


# Between a city and a county in it named as one bureau (甲市、乙县; 西双版纳州、景洪市): a 、
# after the city's short name or its full one.
_JOINT = rx.compile(r"[州市盟]?、")
_LIST_ITEM = rx.compile(r"(?:省|市|县|区|州|盟|自治区|壮族自治区|回族自治区|维吾尔自治区)?、")
# An office's head handing an award to another place (甲省某局局长某某向乙县…颁发): a guest.
_PRESENTER = rx.compile(r"副?(?:局长|厅长)[\u4e00-\u9fff]{2,4}向")
def _branch(view: str, end: int, city: Place) -> Mention | None:
    """The county a city organisation's branch is named after, right after the organisation
    (质监局长清分局: 长清), when it lies in the city."""
    found = _BRANCH.match(view, end)
    if found is None:
        return None
    inner = find_places(view, found.start("name"), found.end())
    if len(inner) == 1 and inner[0].end == found.end("name") \
            and inner[0].start == found.start("name") and inside(inner[0].place, city):
        return inner[0]
    # (a county whose short name is a common word, 城关, which the finder reads as none: the
    # one of that name inside the city, 甲市质监局城关分局)
    if not inner and len(named := [place for place in counties_by_short_word(found["name"])
                                   if inside(place, city)]) == 1:
        return Mention(found.start("name"), found.end("name"), named[0])
    return None
