"""Standards: which level each count of a sentence is of — the level written just before it
(制定国家标准12项), a 分别 list's levels one for one, or the level written after it (制定了12项
国家标准; 6项为某专项配套的地方标准), read by :mod:`.standards`."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..chars import DIGIT
from ..regex_prefilter import compile_fast
from ..segmenting import Segment
from .common import CLAUSE_STOP, PUNCT, Figure
from .lexicon.standards import NAMED_SERIES_BETWEEN, standard_level

_GAP = 6
_GAP_AFTER = 10  # 3项由我市企业制定的行业标准
_GAP_DESCRIBED = 30  # 6项为某专项配套的地方标准: a longer relative clause, in 项 (_DESCRIBED)
_RESPECTIVELY = rx.compile(r"分别(?:为|是|达到|达|有)?")
# The patterns below are tried on a window of the view in place (pos, endpos): none looks
# behind its start or past its end, so each answers as it would on the window cut out.
_DIGIT_OR_STANDARD = compile_fast(r"\d|标准")
# A relative clause between a count in 项 and its level (为某专项配套的, 2019年批准实施的现行有效):
# a year may stand in it, no other number, no punctuation and no other 标准.
_DESCRIBED = rx.compile(r"(?:(?:\d{4}年)?(?:(?!标准)[^\W\d_a-zA-Z]))*?的[^\W\d_a-zA-Z]{0,10}")
_SHARED_LEVEL = rx.compile(r"(?:和|及|与)\d+(?:余|多)?(?:项|个|部|件)")
# Between two levels that share one count (采用国际标准和国外先进标准960项, 国际、国家标准)
LEVELS_JOINED = rx.compile(r"(?:和|及|与|、|或)(?:等同|等效|修改)?(?:采用)?")


def level_pairs(
    view: str, sentence: Segment, levels: list[re.Match[str]], figures: list[Figure],
    listed: set[int],
) -> list[tuple[re.Match[str], Figure]]:
    """Each figure of a sentence with the level it counts, in order: a 分别 list's levels one
    for one (their figures are added to ``listed``), else the level just before the figure or,
    with none, the one written after it."""
    pairs: dict[int, tuple[re.Match[str], Figure]] = {}
    for word in _RESPECTIVELY.finditer(view, sentence.start, sentence.end):
        stop = CLAUSE_STOP.search(view, word.end(), sentence.end)
        clause_end = stop.start() if stop else sentence.end
        after = [f for f in figures if word.end() <= f.start < clause_end]
        before = [lv for lv in levels if lv.end() <= word.start()
                  and not CLAUSE_STOP.search(view, lv.end(), word.start())]
        if after and len(before) == len(after):
            pairs.update({f.start: (lv, f) for lv, f in zip(before, after, strict=True)})
            listed.update(f.start for f in after)
    for figure in figures:
        if figure.start in pairs:
            continue
        for index in range(len(levels) - 1, -1, -1):
            level = levels[index]
            if level.end() <= figure.start and figure.start - level.end() <= _GAP \
                    and not PUNCT.search(view, level.end(), figure.start) \
                    and not DIGIT.search(view, level.end(), figure.start) \
                    and not (LEVELS_JOINED.fullmatch(view, level.end(), figure.start)
                             and _level_after(view, levels, figure)):
                # (120项地方标准和8项团体标准: the 8 is the next level's)
                # 采用国际标准和国外先进标准960项, 等效采用国外先进标准的产品40项 and the like:
                # one figure for both; the first names it, or national when it is listed
                # (修订国际标准、国家标准达12项).
                chosen = level
                while index > 0 and LEVELS_JOINED.fullmatch(view, levels[index - 1].end(),
                                                   level.start()):
                    index -= 1
                    level = levels[index]
                    if standard_level(chosen) != "national":
                        chosen = level
                pairs[figure.start] = (chosen, figure)
                break
        else:
            following = _level_after(view, levels, figure)
            if following is not None:
                pairs[figure.start] = (following, figure)
    # 千项节水的团体标准累计发布了76项: a level with its count written after it has no count
    # before it; the number before names a series (or what the standards are about).
    counted_after = {level.start() for level, figure in pairs.values()
                     if level.end() <= figure.start}
    return [pairs[k] for k in sorted(pairs)
            if not (pairs[k][1].end <= pairs[k][0].start() and pairs[k][0].start() in counted_after)]


def _level_after(view: str, levels: list[re.Match[str]], figure: Figure) -> re.Match[str] | None:
    """The level a figure is written before: 制定了12项国家标准."""
    for level in levels:
        if level.start() < figure.end:
            continue
        if _SHARED_LEVEL.fullmatch(view, figure.end, level.start()):
            return level  # 发布了40项和12项地方标准: one level for both
        if level.start() - figure.end <= _GAP_AFTER \
                and not PUNCT.search(view, figure.end, level.start()) \
                and not _DIGIT_OR_STANDARD.search(view, figure.end, level.start()):
            return level
        if level.start() - figure.end <= _GAP_DESCRIBED and figure.unit.endswith("项") \
                and _DESCRIBED.fullmatch(view, figure.end, level.start()):
            return level  # 6项为某专项配套的地方标准, 85项2019年批准实施的地方标准
        if level.start() - figure.end <= _GAP_DESCRIBED and figure.unit.endswith("项") \
                and NAMED_SERIES_BETWEEN.fullmatch(view, figure.end, level.start()):
            return level  # 4项新一批“某某优品”团体标准: a series' name between
    return None
