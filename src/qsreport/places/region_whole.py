"""Steps of :func:`.region.region_of` that read a whole text, or decide which mentions count:
whether a mention can say where a report is (:func:`counts`), the one place or run of places a
whole text names (:func:`sole_place`, :func:`sole_organisation`), a visiting party's places
(:func:`visitors`), a city paper's own city for a story that names none
(:func:`paper_of_no_place`), and a gallery of many provinces' offices (:func:`gallery`)."""

from __future__ import annotations

from .. import regex_cache as rx
from .finder import Mention, Place, find_places, is_about
from .index import may_start_name, scan_lazily
from .region_kinds import EVENT_AFTER, FIRM_AFTER, inside
from .region_lead import guests
from .region_sources import ORGANISATION
from .works import in_work_title

# A place at the head of a school's name (山东大学, 上海工程技术大学, 甲市乙区某某小学): a
# biography's school, an event's host or a sampled school, not what the story is about.
SCHOOL = rx.compile(r"[\u4e00-\u9fff]{0,4}?(?:大学|学院|中学|小学|幼儿园|学校)")
# A station or an airport named after its place (甲市火车站, 乙地高铁站, 丙市机场): a site checked
# among others, which says nothing of whose report it is however often the list names it.
STATION = rx.compile(r"[\u4e00-\u9fff]{0,2}?(?:火车站|高铁站|捷运站|地铁站|车站|机场|航空站)")

_SOLE_REACH = 20_000  # body characters read for the one place a text names
# A person's home (来自甲市, 甲市籍, 甲市人, 出生于甲市, 老家在甲市, 甲市老乡): where someone is
# from — a fan's post on a singer names the singer's city again and again — not the story's.
_HOME_BEFORE = rx.compile(r"(?:来自|出生于|出生在|生于|老家(?:在|是)?|家乡(?:在|是)?|祖籍)$")
_HOME_AFTER = rx.compile(r"(?:籍|人(?![民大才口员工士均次社防事力寿保])|老乡|姑娘|小伙|妹子)")
# A line of prose, which ends a sentence somewhere (not a headline of a list of other stories,
# 相关文章, nor a caption): only its places are the article's own for :func:`sole_place`.
_SENTENCE_END = rx.compile(r"[。！？!?；;]")
_MIN_MENTIONS = 3  # how often the one run of places a text names is named, at least
# A paper named after its place, for a story that names no place (某市晨报).
_PAPER_AFTER = rx.compile(r"[市县区省]?(?:晚报|日报|商报|都市报|早报|晨报)")


def counts(view: str, mention: Mention) -> bool:
    """Whether a mention can say where a report is (:func:`is_about`), and is not a county's
    short name that the text also writes as a school's (南开 beside 南开大学: the university),
    nor the host in the name of games or an expo (甲市2030年亚运会: the event's)."""
    if not is_about(view, mention) or EVENT_AFTER.match(view, mention.end):
        return False
    written = view[mention.start:mention.end]
    return not (mention.place.level == "county" and written != mention.place.name
                and view.find(written + "大学") >= 0)


def visitors(view: str, title_places: list[Mention], source: tuple[int, int] | None) -> set[int]:
    """The starts of the title's places that name a visiting party (甲区某某一行到…调研), where
    the publisher names none of them: the host's report, not the guests' (a bureau's own report
    of its visit, 甲市局一行赴乙县…, is published by 甲市's)."""
    if source is None:
        return set()
    visitors = guests(view, title_places)
    if not visitors:
        return visitors
    hosts = {m.place for m in find_places(view, *source)}
    if any(m.place in hosts or any(inside(m.place, h) or inside(h, m.place) for h in hosts)
           for m in title_places if m.start in visitors):
        return set()
    return visitors


def sole_place(view: str, body: int, away: set[Place]) -> Mention | None:
    """The innermost place of the one run of places the whole text names (甲省, 甲省乙市, 乙市:
    nothing outside them), where it names it three times at least and more often than the
    places it lies in apart from it (a province's story names its cities), not as a school's
    or a firm's, nor one of the ``away`` places (a visiting party's), nor a place the text
    names as a person's home (来自甲市, 甲市人); only the lines of prose count, not a list of
    other stories' headlines nor a caption: a story of that place that never says 我市 nor
    names an office after it."""
    found: list[Mention] = []
    places: list[Place] = []
    for mention in scan_lazily(view, body, min(len(view), body + _SOLE_REACH)):
        if mention.place not in away and counts(view, mention) and not SCHOOL.match(view, mention.end) \
                and not FIRM_AFTER.match(view, mention.end) and not in_work_title(view, mention) \
                and _in_prose(view, mention):
            if mention.place not in places:
                if not all(inside(mention.place, p) or inside(p, mention.place) for p in places):
                    return None  # (two places apart: no one run; the rest is not read)
                places.append(mention.place)
            found.append(mention)
    inner = [p for p in places if all(p == q or inside(p, q) for q in places)]
    if len(inner) != 1:
        return None
    own = sum(m.place == inner[0] for m in found)
    apart = sum(m.place != inner[0] and not any(at.start == m.end for at in found) for m in found)
    if own < _MIN_MENTIONS or own <= apart or any(
            m.place == inner[0] and (_HOME_BEFORE.search(view, max(0, m.start - 4), m.start)
                                     or _HOME_AFTER.match(view, m.end)) for m in found):
        return None  # (nor a person's home: 来自甲市, 甲市人)
    return next(m for m in found if m.place == inner[0])


def _in_prose(view: str, mention: Mention) -> bool:
    """Whether ``mention`` stands in a line of prose (one that ends a sentence), not in a list's
    headline or a caption."""
    start = view.rfind("\n", 0, mention.start) + 1
    end = view.find("\n", mention.end)
    return _SENTENCE_END.search(view, start, len(view) if end < 0 else end) is not None


def sole_organisation(view: str, body: int) -> Mention | None:
    """The one place a whole text names, when it names it as an organisation's (某市政府卫生局
    at the foot of an office's article): the office's place; and so where the text's other
    places are only the ones it lies in (从甲市某某市场购进…。甲市乙区市场监管局提醒…: 乙区)."""
    # (the checks of a mention, the dearest step, only where they can change the answer: a
    # mention of a place already counted matters only as one named as an organisation's; a
    # place that counts and nests with none before it ends the search, and the names after
    # it are never looked for)
    places: list[Place] = []
    chosen = None
    for mention in scan_lazily(view, body, min(len(view), body + _SOLE_REACH)):
        if mention.place in places:
            if (chosen is None or inside(mention.place, chosen.place)) \
                    and ORGANISATION.match(view, mention.end) and counts(view, mention):
                chosen = mention
        elif counts(view, mention):
            if not all(inside(mention.place, p) or inside(p, mention.place) for p in places):
                return None
            places.append(mention.place)
            if (chosen is None or inside(mention.place, chosen.place)) \
                    and ORGANISATION.match(view, mention.end):
                chosen = mention
    return chosen


def paper_of_no_place(view: str, publisher: tuple[int, int]) -> Mention | None:
    """A paper named after its place (某市晨报), for a story that names no place at all, in China
    or abroad: its own city's news, as a paper's local story does not name its city."""
    found = [m for m in find_places(view, *publisher) if counts(view, m)]
    if len(found) == 1 and _PAPER_AFTER.match(view, found[0].end):
        return found[0]
    return None


# Where a gallery's caption ends: its photographer's credit (某某 摄), or its line's end.
_CAPTION_END = rx.compile(r"[\u4e00-\u9fff]{2,4}[ \t\u3000]+摄|\n")
_CREDIT = "摄"  # what a credit holds: without it, every caption ends with its line
_OPENING = rx.compile(r"\S")  # where a caption's words start (past the blanks str.strip drops)
_GALLERY_REACH = 3000  # body characters read for a gallery's captions
_GALLERY_PROVINCES = 3  # captions of this many provinces at least make a gallery


def gallery(view: str, body: int) -> bool:
    """Whether the body opens on captions, each ended by its photographer's credit or its line,
    that open on the office of a place in another province (甲省乙市市场监管局开展…。某某 摄 /
    丙省丁县市场监管局组织…。某某 摄 / …): a national paper's gallery of many places' work,
    which is no one place's report.

    Read every report, so cheaply: a slice with no credit in it is cut at its line ends by
    ``str.find`` (what the caption's pattern finds there), and a caption's places are looked
    for only where its first two characters can open a name (most lines open on other words)."""
    provinces: set[str] = set()
    at, reach = body, min(len(view), body + _GALLERY_REACH)
    credited = view.find(_CREDIT, at, reach) >= 0
    while at < reach:
        if credited:
            found = _CAPTION_END.search(view, at, reach)
            end = found.end() if found is not None else reach
        else:
            end = view.find("\n", at, reach) + 1 or reach
        first = _OPENING.search(view, at, end)
        if first is not None and may_start_name(view, first.start()):
            opening = next(scan_lazily(view, at, end), None)
            if opening is not None and not view[at:opening.start].strip() \
                    and ORGANISATION.search(view, opening.end, end) is not None:
                provinces.add(opening.place.province or opening.place.name)
        at = end
    return len(provinces) >= _GALLERY_PROVINCES
