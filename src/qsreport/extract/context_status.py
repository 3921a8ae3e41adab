"""Which status words a figure's sentence holds, for :mod:`.context`: a status word that is
no status where it stands (初评 of a split into new and renewed titles, 努力 as the means of a
result, 确保 on the wrong side of a purpose, 申报 inside one, a publicity that is over or of a
check's results, 经过…公示期, 抽检结果予以公示, an application that is an act's basis,
根据申请), a grant told after what was applied for (…申请的8项计量标准符合要求，顺利通过考核:
achieved, not applied; not 通过考核15项, another count's), and a shortlist named right after a
count (…申报45家，到最后20家入围), or told as entering the list of a shortlist before it."""

from __future__ import annotations

import re
from typing import Any

from ..chars import DIGIT
from .common import CLAUSE_MARK, SENTENCE_END
from .lexicon.context import (
    ACHIEVED,
    APPLICATION_AS_BASIS,
    EFFORT_DONE,
    ENTERED_THE_LIST,
    FRONT_RUNNERS_AFTER,
    FRONT_RUNNERS_BEFORE,
    MEANS_OF_EFFORT,
    PASSED,
    PUBLICITY_ENDS,
    PUBLICITY_OVER,
    PURPOSE_BEFORE,
    PURPOSE_CLOSES,
    PURPOSE_OPENS,
    RESULTS_AFTER,
    RESULTS_BEFORE,
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
