"""The gazetteer's names as the finder reads them (:mod:`.finder`): every name, full and short,
with its entry and whether it needs a place's context after it; by first two characters, the
lengths of the names that start with them; and the scan for where a name can start.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from .. import regex_cache as rx

# How deep a level lies: a province 0, its prefectures 1, their counties and districts 2.
LEVELS = {"province": 0, "prefecture": 1, "county": 2}
# What may follow a county's short name for it to count as a place.
_COUNTY_CONTEXT = rx.compile(
    r"(?![\u4e00-\u9fff])|质监|质量|技监|标准|市场|工商|人民|政府|[县市区]委|经济|企业|工业|产业|"
    r"全[县市区]|境内|籍|地区|一带|商报|日报|晚报|时报|新闻|要闻|电视|网|某|"  # 某: 在某县某镇, a place withheld
    r"综合实验区|"  # a county run as a pilot zone (平潭综合实验区)
    r"分局|"  # a city bureau's branch in a county (某市质监局长清分局)
    # a clause's subject doing the work, in a headline or a lead (乙地开展…, 乙地合格率达…)
    r"开展|启动|查处|抽检|抽查|合格率|"
    r"法院|检察院|"  # a county's court (某区法院受理), named after its county
    # a county's other offices named after it, as a lead's doer (甲地市监局…, 乙地公安分局…,
    # 丙地税务局…): market regulation for short, the police, and the offices that join checks
    r"市监|食药监|药监|公安|交警|消防|税务|城管|应急管理|综合执法|生态环境|环保局|住建|卫健|"
    r"农业农村|商务局|文旅"
)
# Short names that are more often common words or brand names than places; they count only
# when written in full (阿里地区, 合作市, 麒麟区).
_COMMON_WORDS = frozenset([
    "阿里", "东方", "合作", "麒麟", "和平", "新华", "长安", "中山", "大同", "黄山", "白云", "城关",
    "新城", "红旗", "前进", "向阳", "友好", "光明", "金山", "宝山", "青山", "南山", "北山", "东风",
    "江南", "江北", "河东", "河西", "城中", "城东", "城西", "城北", "城南", "吉利", "永和", "普陀",
    "西湖", "东湖", "南部", "平安", "安定", "长城", "新兴", "华龙", "兴业", "海城", "龙华", "正阳", "太和",
    "平和", "南开", "富源", "新民",  # 新民: a site's name (新民网) as often as 新民市
    "公安",  # the police (公安局, 公安分局, 公安机关) far more often than 公安县
    "元宝",  # an ingot, and an app's name, more often than 元宝区
    "站前",  # before the station (到站前, 站前广场) more often than 站前区
    "高明",  # clever (手段高明, 越来越高明) more often than 高明区
    # words a clause's verb may follow (比如开展…, 上街开展宣传, 开辟通道启动…), which the
    # context of a doer (开展, 启动) would read as 比如县, 上街区 and 通道侗族自治县
    "比如", "上街", "通道",
])
# Of those, short names that a place's word after them still makes the place's (18家中山企业,
# 中山质监局; not 中山大学, 中山路): a city known by a man's name.
_COMMON_IN_CONTEXT = frozenset(["中山"])
# Full names that are plain words (a campus's or a town's 东区 and 西区): never read as places.
_PLAIN_WORDS = frozenset(["东区", "西区"])
# No name of the index is longer (the longest: 15 characters; a test checks it): the names a
# scan of a text finds that start this far before its end are those a scan of a longer text
# finds there.
LONGEST_PLACE_NAME = 16


class Place(NamedTuple):
    """A gazetteer entry: its full name, level and parents (short names). (A named tuple:
    some 3,500 are made when the gazetteer is first read.)"""

    name: str
    level: str  # province | prefecture | county
    province: str
    prefecture: str
    adcode: str


class Mention(NamedTuple):
    start: int
    end: int
    place: Place


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, int], list[str], dict[str, int], re.Pattern[str]]:
    """Every name → its entry (row number × 2, plus 1 when it needs a place's context to
    count); the gazetteer's rows; by first two characters, a mask of the lengths of the names
    that start with them (:func:`_lengths`); and the scan for where a name can start: a
    character a name starts with, followed by one a name has second (:func:`_starts`).

    The names, entries and masks are worked out once per gazetteer and word lists and kept,
    as strings and arrays' bytes, in the cache of :mod:`..regex_cache`: quicker to load than
    to redo over the gazetteer's 3,500 rows."""
    from . import ELSEWHERE, ZHEJIANG
    from .colloquial import COLLOQUIAL
    from .former import FORMER
    from .gazetteer import ROWS, TRADITIONAL
    from .since import SINCE
    from .territories import TERRITORIES
    from .variants import VARIANT_CHARACTERS

    # today's divisions, then former ones reports still name, then counties made cities
    # since, then capitals' spoken names and banners' short names, then Taiwan's cities and
    # Hong Kong's districts
    rows = ROWS + FORMER + SINCE + COLLOQUIAL + TERRITORIES
    known = sorted(set(ZHEJIANG + ELSEWHERE))
    def traditional() -> str:
        # (a name written with a variant character the match view keeps: 陜西 for 陕西)
        return TRADITIONAL + "\n".join(
            f"{name.replace(char, variant)}|{name}"
            for line in rows.splitlines() if line for name in line.split("|")[:2]
            for char, variant in VARIANT_CHARACTERS.items() if char in name)

    def work() -> tuple[str, bytes, str, bytes, str]:
        joined, packed, pairs, packed_masks, firsts = _build_index(rows, traditional(), known)
        return joined, packed, pairs, packed_masks, _starts(firsts, pairs)

    # The variant spellings come from the rows and VARIANT_CHARACTERS (they are worked out
    # only when the index is: that took ~3 ms of every start)
    inputs = "\n".join([rows, TRADITIONAL, repr(sorted(VARIANT_CHARACTERS.items())),
                        "|".join(known), "|".join(sorted(_COMMON_WORDS)), "|".join(sorted(_COMMON_IN_CONTEXT)),
                        "|".join(sorted(_PLAIN_WORDS))])
    fingerprint = f"{zlib.crc32(inputs.encode()):08x}-{len(inputs)}"
    joined, packed, pairs, packed_masks, starts = rx.derived("places", fingerprint, 0, work,
                                                             __file__)
    entries = array("I")
    entries.frombytes(packed)
    names = dict(zip(joined.split("\n"), entries.tolist(), strict=True))
    masks = _masks(pairs, packed_masks)
    return names, [line for line in rows.splitlines() if line], masks, rx.compile(starts)


def _starts(firsts: str, pairs: str) -> str:
    """Where a name can start: a first character (``firsts``, a class) followed by a second
    character some name has (``pairs``: names' first two characters, one a line). A third
    of a report's characters start some name, and most of them are no name's first two
    (中国, 大力): each was a turn of :func:`find_places`'s loop before this second class left
    them to the engine. It skips only positions the loop would have passed over (no name
    starts with the pair there), so the names found are the same."""
    seconds = "".join(re.escape(char) for char in sorted({pair[1] for pair in pairs.split("\n")}))
    return f"{firsts}(?=[{seconds}])"


def _masks(pairs: str, packed_masks: bytes) -> dict[str, int]:
    """By the first two characters of names (``pairs``, one a line), a bit mask of the names'
    lengths (bit n: a name n characters long). Kept flat, a string and an array's bytes, the
    cache loads them in no time, where a table of some 4,600 tuples of lengths took a
    millisecond or more."""
    masks = array("I")
    masks.frombytes(packed_masks)
    return dict(zip(pairs.split("\n"), masks.tolist(), strict=True))


@cache
def _lengths(mask: int) -> tuple[int, ...]:
    """The lengths a mask of :func:`_masks` holds, longest first (there are some sixty masks)."""
    return tuple(length for length in range(mask.bit_length() - 1, 1, -1) if mask >> length & 1)


def _build_index(rows_text: str, traditional: str, known_list: list[str]
                 ) -> tuple[str, bytes, str, bytes, str]:
    """The names, one a line; their entries as an array's bytes; the first two characters
    of names, one a line, and a bit mask of the lengths of the names starting with each (an
    array's bytes); the class of first characters. The county short names
    of the hand-kept city list (义乌, 永康, 温岭 …) need no context."""
    known = frozenset(known_list)
    rows = [line.split("|") for line in rows_text.splitlines() if line]
    shorts = Counter(row[1] for row in rows)
    names: dict[str, int] = {}

    def add(name: str, number: int, needs_context: bool) -> None:
        held = names.get(name)
        if held is None or LEVELS[rows[number][2]] < LEVELS[rows[held >> 1][2]]:
            names[name] = number * 2 + needs_context

    for number, (full, short, level, _adcode, _province, _prefecture) in enumerate(rows):
        if full in _PLAIN_WORDS:
            continue
        add(full, number, False)
        if short == full:
            continue
        if short in _COMMON_WORDS:
            if short in _COMMON_IN_CONTEXT:
                add(short, number, True)
            continue
        if level != "county":
            add(short, number, False)
        elif shorts[short] == 1:
            add(short, number, short not in known)
        if full.endswith("自治县"):
            add(short + "县", number, False)  # 围场县 for 围场满族蒙古族自治县, as it is often written
    for number, (full, short, level, _adcode, _province, _prefecture) in enumerate(rows):
        # A district under the suffix it had as a county or a county-level city (崇明县 for
        # 崇明区, 江都市 for 江都区), where no place of its own is written so; with a place's
        # context after it, as a short name (not 江都市场…, 嘉定市民: the short name's).
        if level == "county" and full.endswith("区") and short != full and shorts[short] == 1 \
                and short not in _COMMON_WORDS and full not in _PLAIN_WORDS:
            for former in (short + "县", short + "市"):
                if former not in names:
                    names[former] = number * 2 + 1
    for line in traditional.splitlines():
        written, simplified = line.split("|")
        if simplified in names and written not in names:
            names[written] = names[simplified]
    masks: dict[str, int] = {}
    for name in names:  # every name has two characters at least (and fewer than 32)
        masks[name[:2]] = masks.get(name[:2], 0) | 1 << len(name)
    firsts = "".join(re.escape(char) for char in sorted({name[0] for name in names}))
    return ("\n".join(names), array("I", names.values()).tobytes(), "\n".join(masks),
            array("I", masks.values()).tobytes(), f"[{firsts}]")


def _place(row: str) -> Place:
    full, _short, level, adcode, province, prefecture = row.split("|")
    return Place(full, level, province, prefecture, adcode)


# The gazetteer's rows read so far, by row number: one Place a row, not one a mention.
_ROW_PLACES: dict[int, Place] = {}


def _row_place(rows: list[str], number: int) -> Place:
    place = _ROW_PLACES.get(number)
    if place is None:
        place = _ROW_PLACES[number] = _place(rows[number])
    return place


@lru_cache(maxsize=64)
def counties_by_short_word(short: str) -> tuple[Place, ...]:
    """The counties whose short name is the common word ``short`` (和平, 太和), which the
    finder reads as no place; none for any other word."""
    if short not in _COMMON_WORDS:
        return ()
    found = (_place(row) for row in _index()[1] if row.split("|", 2)[1] == short)
    return tuple(place for place in found if place.level == "county")


def may_start_name(view: str, at: int) -> bool:
    """Whether a name can start at ``at``: some name opens on the two characters there (the
    first test :func:`scan` makes of a start, one look-up; where it fails, no name starts)."""
    return view[at:at + 2] in _index()[2]


def scan(view: str, start: int, end: int) -> list[Mention]:
    """The names in ``view[start:end]``, left to right, none overlapping: at each place a
    name can start (past the last name found), the longest that ends by ``end``."""
    return list(scan_lazily(view, start, end))


def scan_lazily(view: str, start: int, end: int) -> Iterator[Mention]:
    """:func:`scan`'s names one at a time, each found when asked for: for a reader that may
    stop at the first few of a long text."""
    names, rows, masks, starts = _index()
    at = start
    # (the scan consumes one character a match, so it gives every place a name can start,
    # those inside a name found too, which are passed over; a name has two characters at
    # least, so a start whose second character lies past ``end``, which the scan's lookahead
    # cannot see, holds none that ends by ``end``)
    for candidate in starts.finditer(view, start, end):
        here = candidate.start()
        mask = masks.get(view[here:here + 2]) if here >= at else None
        if mask is None:
            continue
        for length in _lengths(mask):
            if here + length > end:
                continue
            entry = names.get(view[here:here + length])
            if entry is None or (entry & 1 and not _COUNTY_CONTEXT.match(view, here + length)):
                continue
            yield Mention(here, here + length, _row_place(rows, entry >> 1))
            at = here + length
            break
