"""Supervision campaigns: a campaign's title as a name — its core (two titles with one core
name one campaign) and whether it names a campaign of its own. Read by
:mod:`.supervision_actions`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..places.finder import find_places
from .lexicon.supervision_actions import ACTION_KIND
from .lexicon.supervision_mentions import (
    GENERIC_LEAD,
    LIST_BEFORE,
    NAMED_CAMPAIGN,
    OBJECT_BEFORE,
    OWN_THING,
    PLURAL_LEAD,
    QUOTED_NAME,
    SCOPE_LEAD,
)

# A period a campaign is held in, leading its core (“五一期间”…, 节日期间…).
_PERIOD_LEAD = rx.compile(r"^(?:“[^“”]{1,4}(?:”期间|期间”)|[^\W\d_a-zA-Z“”]{2,4}期间)")
# The quoted year or day a campaign of publicity is named after (“质量提升年”, “5·20世界计量
# 日”: its core whatever its title adds).
_THEME = rx.compile(r"世界计量日|[^“”]{2,10}年(?=”)")
_PERIOD_END = rx.compile(r"(?:“[^“”]{1,4}(?:”期间|期间”)|[^\W\d_a-zA-Z“”]{2,4}期间)$")


def core(title: str) -> str:
    """A title without the words every campaign may add (专项, 行动, 工作, 活动): two titles
    with one core name one campaign."""
    if "质量月" in title:
        return "质量月"  # the year's quality month: one campaign however its title is led
    theme = _THEME.search(title)
    if theme:
        return theme.group()  # a quality year, World Metrology Day: one campaign each
    lead = SCOPE_LEAD.match(title)
    # 全国…, 全省第二次…: one campaign; a period it is held in stays (“春节期间”… and
    # “国庆期间”… are two; see same_campaign)
    period = _PERIOD_END.search(lead.group()) if lead else None
    title = (period.group() if period else "") + title[lead.end() if lead else 0:]
    return NAMED_CAMPAIGN.sub("", title.replace("工作", ""))

# The words of a core that name no topic: the office that set a plan (市局制定的…, 某市质监局…)
# and the words any check or drive of its kind says (安全, 质量, 隐患, 集中, 检查, 整治, …, and
# 特种设备, the whole of the area a drive on boilers or lifts belongs to).
_NO_TOPIC = rx.compile(r"^[^\W\d_a-zA-Z]{0,8}?局(?:制定|印发|下发|部署)?的?|安全|质量|隐患|集中"
                       r"|检查|整治|打假|执法|监督|抽查|特种设备|的")


def same_topic(again: str, before: str) -> bool:
    """Whether a core named again as a plan the work follows (按市局专项检查活动的安排, 按照
    县局制定的锅炉隐患集中整治行动方案) is the one named ``before``: it names no topic of its
    own, or shares one of two characters with it (锅炉 and 锅炉, never 锅炉 and 电梯)."""
    topic, earlier = _NO_TOPIC.sub("", again), _NO_TOPIC.sub("", before)
    return not topic or any(topic[i:i + 2] in earlier for i in range(len(topic) - 1))


# How far before a title a place cut by the title's start may open (黑龙江省… whose title kept
# only 龙江省…: the title reaches back eight characters at most).
_PLACE_REACH = 6


def placeless_core(view: str, start: int, end: int) -> str | None:
    """The core of the title at ``view[start:end]`` past the places that lead it (甲省乙市…,
    the first one maybe cut by the title's start), or None when no place leads it."""
    reached = None
    for place in find_places(view, max(0, start - _PLACE_REACH), end):
        if place.end <= start:
            continue
        if place.start > (start if reached is None else reached):
            break
        reached = place.end
    return None if reached is None or reached >= end else core(view[reached:end])


def one_campaign(one: tuple[str, str | None], other: tuple[str, str | None]) -> bool:
    """Whether two titles, each given as its core and its core past a leading place, name one
    campaign: their cores do (:func:`same_campaign`), or each is led by a place and what
    follows the places does (甲省燃气具专项整治 and 乙市燃气具专项整治: a campaign
    told for the province and again for the city it reached)."""
    if same_campaign(one[0], other[0]):
        return True
    return one[1] is not None and other[1] is not None and same_campaign(one[1], other[1])


def same_campaign(one: str, other: str) -> bool:
    """Whether two cores name one campaign: equal, or one the other's tail with a longer
    lead (市打假联合 and 打假联合: the place or the count before a name is no other
    campaign). A tail of fewer than four characters, or one that is only a campaign word
    (执法打假), is too short to tell."""
    if one == other:
        return True
    periods = [_PERIOD_LEAD.match(one), _PERIOD_LEAD.match(other)]
    if periods[0] and periods[1]:
        return False  # two periods: two campaigns, one held in each
    if periods[0] or periods[1]:
        # a campaign named before, told again for the period it is held in (节日期间电梯专项
        # 检查 after 电梯专项检查)
        one, other = (_PERIOD_LEAD.sub("", one), _PERIOD_LEAD.sub("", other))
        if one == other:
            return True
    quoted = QUOTED_NAME.search(one)
    if quoted and quoted.group() in other:
        return True  # 总局通报“双打”专项行动 and “双打”专项行动: the slogan names it
    shorter, longer = sorted((one.strip("“”\""), other.strip("“”\"")), key=len)
    if shorter and shorter == longer:
        return True  # “铁拳” and 铁拳: a code name quoted once and written bare once
    if len(shorter) < 4 or ACTION_KIND.fullmatch(shorter):
        return False
    return longer.endswith(shorter) or _shortened(shorter, longer)


def _shortened(shorter: str, longer: str) -> bool:
    """Whether one core is the other told shorter, with its lead and its head word kept and a
    qualifier left out between them (肉品质量安全整治 and 肉品安全整治, 燃气锅炉排查整治 and
    燃气锅炉整治): the second mention of one campaign. The left-out part is one run, the kept
    lead and head at least two characters each, and no thing of its own (食品添加剂整治 is no
    食品整治 told longer: 添加剂 names another product)."""
    if len(longer) <= len(shorter):
        return False
    for lead in range(2, len(shorter) - 1):
        gap = longer[lead:len(longer) - len(shorter) + lead]
        if longer.startswith(shorter[:lead]) and longer.endswith(shorter[lead:]) \
                and not OWN_THING.search(gap):
            return True
    return False


def is_named(view: str, word: tuple[int, int], title_start: int, title_end: int) -> bool:
    """Whether a title names a campaign of its own: it says 专项, 行动 or 活动; it says more
    than its kind (专项整治, 打假专项行动 name the kind of work only), if only in a 对…的 before
    it (对汽车配件的专项执法打假); and it is not the last of a list of fields (食品、建材及
    家电专项打假; 超市、农贸市场专项整顿), though it may close on one (钢材、水泥等建材…); a
    quoted name is one in a list too."""
    title = view[title_start:title_end]
    if not NAMED_CAMPAIGN.search(title) or PLURAL_LEAD.match(title):
        return False
    if (core(title) == core(view[word[0]:word[1]])
            or GENERIC_LEAD.fullmatch(view, title_start, word[0])) \
            and not OBJECT_BEFORE.search(view, max(0, title_start - 12), title_start):
        return False
    # (a quoted name is one campaign, in a list or not: “气瓶整治”、“电梯整治”)
    return "等" in title or title.startswith("“") \
        or not LIST_BEFORE.search(view, max(0, title_start - 12), title_start)
