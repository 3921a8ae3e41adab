"""Which status words a figure's sentence holds, for :mod:`.context`: a status word that is
no status where it stands (初评 of a split into new and renewed titles, 努力 as the means of a
result, 确保 on the wrong side of a purpose, 申报 inside one, a publicity that is over or of a
check's results, 经过…公示期, 抽检结果予以公示, an application that is an act's basis,
根据申请), a grant told after what was applied for (…申请的8项计量标准符合要求，顺利通过考核:
achieved, not applied; not 通过考核15项, another count's), and a shortlist named right after a
count (…申报45家，到最后20家入围), or told as entering the list of a shortlist before it; and
with them the status a figure's sentence gives it (:class:`StatusWords`: the nearest status
word before the figure, and the words that end its reach)."""

from __future__ import annotations

import bisect
import re
from itertools import chain
from typing import Any

from .. import regex_cache as rx
from ..chars import DIGIT
from ..regex_prefilter import might_match
from .common import CLAUSE_MARK, SENTENCE_END
from .context_marks import Marks, words_of
from .lexicon.brand_lists import NEW_AND_RENEWED
from .lexicon.context import (
    ACHIEVED,
    ADDED,
    APPLICATION_AS_BASIS,
    DONE,
    EFFORT_DONE,
    ENTERED_THE_LIST,
    FRONT_RUNNERS_AFTER,
    FRONT_RUNNERS_BEFORE,
    MEANS_OF_EFFORT,
    PASSED,
    PLAN_VERBS,
    PUBLICITY_ENDS,
    PUBLICITY_OVER,
    PURPOSE_BEFORE,
    PURPOSE_CLOSES,
    PURPOSE_OPENS,
    RESULTS_AFTER,
    RESULTS_BEFORE,
    SO_FAR,
    STATED_RIGHT_AFTER,
    STATUS_WORDS,
)

_REACH = 200  # characters after a figure read for a grant


def status_kept(view: str, splits: set[int], status: str) -> Any:
    """What a status word's scan keeps: not 初评 of a split into new and renewed (its start in
    ``splits``), not 努力 as the means of a result (通过…努力，…; 在…努力下); 确保 as a noun of
    intent (``status`` target_noun) only where it goes on from a purpose (为…，确保…), as a
    target's verb only where it does not."""
    def keep(match: re.Match[str]) -> bool:
        if match.start() in splits:
            return False
        if match.group() == "努力":
            return not (MEANS_OF_EFFORT.search(view, max(0, match.start() - 17), match.start())
                        or EFFORT_DONE.match(view, match.start()))
        if status == "applied" and PURPOSE_OPENS.search(view, max(0, match.start() - 25), match.start()) \
                and PURPOSE_CLOSES.match(view, match.end()):
            return False  # 为做好申报工作，…: the purpose's, of no figure after it
        if match.group() == "确保":
            purpose = PURPOSE_BEFORE.search(view, max(0, match.start() - 40), match.start())
            return (purpose is not None) == (status == "target_noun")
        if match.group() == "公示":  # 经过去年的公示期，正式被认定…; 公示期满; 抽检结果公示
            before = max(0, match.start() - 12)
            return not (PUBLICITY_OVER.search(view, before, match.start())
                        or PUBLICITY_ENDS.match(view, match.end())
                        or RESULTS_BEFORE.search(view, before, match.start())
                        or RESULTS_AFTER.match(view, match.end()))
        if match.group() == "入围":  # …“领跑者”名单里，本市有9项企标入围: the list's entries
            return not (FRONT_RUNNERS_BEFORE.search(view, max(0, match.start() - 80), match.start())
                        or FRONT_RUNNERS_AFTER.match(view, match.end()))
        if match.group() == "申请":  # 根据申请，某局决定注销…
            return not APPLICATION_AS_BASIS.search(view, max(0, match.start() - 10),
                                                   match.start())
        return True
    return keep


def granted_later(view: str, end: int) -> bool:
    """Whether the rest of the figure's sentence says what was applied for was granted
    (…申请的8项计量标准符合要求，顺利通过考核), before any other figure or status word."""
    rest = view[end:end + _REACH]
    rest = rest[:m.start()] if (m := SENTENCE_END.search(rest)) else rest
    counted = DIGIT.search(rest)
    rest = rest[:counted.start()] if counted else rest
    granted = PASSED.search(rest)
    if granted is None:
        return False
    if counted and not CLAUSE_MARK.search(rest, granted.end()):
        return False  # 申请…20项，通过考核15项: the grant is another count's
    upto = granted.end() + 4  # (通过初审: a shortlist)
    return not any(pattern.search(rest, 0, upto) for _, pattern in STATUS_WORDS)


def enters_the_list(after: str) -> bool:
    """Whether the achievement after a figure only says it entered the list a shortlist
    before it names (初步确定37家…，其中甲市有14家入选; …拟认定名单，乙县3家上榜)."""
    won = ACHIEVED.search(after)
    return won is not None and ENTERED_THE_LIST.match(after, won.start()) is not None


def stated_right_after(after: str) -> str | None:
    """The shortlist or recommendation named right after a figure's number and unit in its
    clause (``after``: the clause from the number on): 35家入围, 6个进入推荐名单."""
    return next((status for status, pattern in STATED_RIGHT_AFTER if pattern.match(after)),
                None)


# (a noun of intent's clause goes on past a comma that 并 joins: 今后将推行…，并举办培训班3期)
_WHOLE_CLAUSE = rx.compile(r"[，,；;：:](?!\s*并(?!非|不|未|没))")
_SENTENCE_CLAUSE = rx.compile(r"[，,；;]")
# What every shortlist, application or recommendation after a figure holds one of.
_STATED_WORD = words_of(*(pattern for status, pattern in STATUS_WORDS
                           if not status.startswith("target")))


class StatusWords:
    """A report's status words and the words that end their reach, found once, and the status
    a figure's sentence gives it (:meth:`of`)."""

    def __init__(self, view: str) -> None:
        self.view = view
        # 其中初评N个、复审M个: 初评 of a whole's split is a first award, no shortlist
        # (the pattern opens on optional punctuation, tried at every character: not at all
        # in a report without one of its words, most of them)
        splits = {m.start("word") for m in NEW_AND_RENEWED.finditer(view)} \
            if might_match(NEW_AND_RENEWED, view) else set()
        self.status = [(status, Marks(pattern, view, status_kept(view, splits, status)))
                       for status, pattern in STATUS_WORDS]
        self.status_starts: list[int] | None = None  # where any status word starts, in order
        self.achieved, self.added = Marks(ACHIEVED, view), Marks(ADDED, view)
        self.done, self.plan_verbs = Marks(DONE, view), Marks(PLAN_VERBS, view)
        self.so_far = Marks(SO_FAR, view)
        self.whole_clauses = Marks(_WHOLE_CLAUSE, view)

    def of(self, start: int, clause: int, number: int, after: str) -> str:
        """The status the nearest status word before the figure gives, unless an achievement
        (获, 被评为, 通过, 新增 after an application) stands between it and the figure, or
        follows the figure in its clause (申报的产品中有6个获评). A target's reach is ended
        only by 已 or 了, a count so far (截至目前), or an achievement in a later clause
        (:data:`.lexicon.context.ACHIEVED`). ``clause``: where the figure's clause begins."""
        best: tuple[int, str] | None = None
        if self._status_word_in(start, number):
            # A noun of intent's clause runs over a list's 、 (将入驻甲中心、乙中心…4个).
            broken = self.whole_clauses.last(start, number)
            whole_clause = broken.end() if broken else start
            for status, marks in self.status:
                match = marks.last(whole_clause if status == "target_noun" else start, number)
                if match is not None and (best is None or match.end() > best[0]):
                    best = (match.end(), "target" if status == "target_noun" else status)
        if best is None:
            # 8个产品通过初评: a shortlist or an application named in the figure's own clause.
            if not _STATED_WORD.search(after):
                return "achieved"
            return next((status for status, marks in self.status
                         if not status.startswith("target")
                         and marks.last(number, number + len(after))), "achieved")
        end, status = best
        if status != "target" and end <= clause and (stated := stated_right_after(after)):
            return stated  # 申报45家，到最后20家入围
        stated_after = any(p.search(after) for _, p in STATUS_WORDS)
        if status == "target":
            if self.done.last(end, number) or self.so_far.last(end, number):
                return "achieved"  # 计划检定200台，已完成180台
            broken = _SENTENCE_CLAUSE.search(self.view, end, number)
            if broken and self.achieved.last(broken.end(), number):
                return "achieved"  # 力争…，获评浙江名牌3个
            return "achieved" if DONE.search(after) and not stated_after else "target"
        if self.achieved.last(end, number) or self.plan_verbs.last(end, number) \
                or self.added.last(end, number):
            return "achieved"  # 组织企业申报…，新增浙江名牌3个: the application led to honours
        if (ACHIEVED.search(after) or PLAN_VERBS.search(after)) and not stated_after \
                and not (status == "shortlisted" and enters_the_list(after)):
            return "achieved"  # (not 初步确定37家…，其中甲市14家入选: the shortlist's)
        return status

    def _status_word_in(self, low: int, high: int) -> bool:
        """Whether a status word may start in view[low:high] (one does, kept or not: most
        figures have none before them, and their status words need not be read one by one)."""
        if self.status_starts is None:
            self.status_starts = sorted(chain.from_iterable(
                marks.found() for _, marks in self.status))
        at = bisect.bisect_left(self.status_starts, low)
        return at < len(self.status_starts) and self.status_starts[at] < high
