"""Brand counts: whether a figure counts honours won, or applicants, a shortlist, a goal."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .. import regex_cache as rx
from ..regex_prefilter import compile_fast
from ..segmenting import Segment
from .common import Doc, Figure, in_book_title
from .lexicon.brand_basis import BASIS_WORD, HELD, STOCK_DATE, STOCK_UNDONE
from .lexicon.brand_lists import DECIDED_AS, NEW_AND_RENEWED
from .lexicon.brand_status import ACHIEVED, DECIDED, GOAL, GOALS_SET, SHORTLIST, SHORTLIST_DONE
from .lexicon.brands import NOT_A_HONOUR_COUNT, NOT_THE_COUNTED

CLAUSE_END = rx.compile(r"[，,；;。！？!?]")
# A sentence that opens on the list the sentence before named (…形成推荐名单，进行公示。名单共
# 12家企业，其中甲市3家入选): a shortlist if that one was
_THE_LIST = rx.compile(r"\s*(?:该|此|这份|这一|上述)?名单")
_PART_OF_BEFORE = rx.compile(r"\s*其中")  # a sentence that details the one before it


class Marks(NamedTuple):
    """What a sentence says about all its figures, read once (a sentence can hold hundreds
    of figures): whether it is about a shortlist, where its goals end (with their years),
    where words of achievement stand, where its clauses end, its status words (申报, 公示,
    之一) and its basis words (新增, 累计), each with its group, and where the words that
    date it as a stock end (截至目前, 迄今), with the words that undo such a date (今年, 新增)."""

    shortlist: bool
    goal_ends: list[int]
    goal_years: list[str | None]
    achieved: list[int]
    clause_ends: list[int]
    said: list[re.Match[str]]
    said_starts: list[int]
    bases: list[re.Match[str]]
    basis_ends: list[int]
    stock_dates: list[int]
    undone: list[tuple[int, int]]
    goals_set: tuple[int, int] | None


def read_marks(doc: Doc, sentence: Segment, previous: Segment | None) -> Marks:
    """The marks of ``sentence``; ``previous`` is the sentence before it, whose stock date
    (截至目前，…共获得…。其中…) a sentence opening with 其中 shares."""
    view = doc.view
    span = sentence.start, sentence.end
    stock_dates = [m.end() for m in STOCK_DATE.finditer(view, *span)]
    if previous is not None and _PART_OF_BEFORE.match(view, *span):
        stock_dates[:0] = [m.end() for m in STOCK_DATE.finditer(view, previous.start,
                                                                previous.end)][-1:]
    # (read from the first stock date on, once: a sentence can hold hundreds of figures;
    # only read where a stock date or a title held can need it)
    undone = [m.span() for m in STOCK_UNDONE.finditer(view, min([sentence.start, *stock_dates]),
                                                      sentence.end)] \
        if stock_dates or HELD.search(view, *span) else []
    goals = [g for g in GOAL.finditer(view, *span)
             if not in_book_title(view, sentence.start, g.start())]  # (《某某发展纲要》: a title)
    said = list(NOT_A_HONOUR_COUNT.finditer(view, *span))
    bases = list(BASIS_WORD.finditer(view, *span))
    shortlist = _shortlist(view, span) or (
        previous is not None and _THE_LIST.match(view, *span) is not None
        and _shortlist(view, (previous.start, previous.end)))
    # 围绕新增5-10个…、1-2件…的目标: a sentence that opens by setting out goals, its
    # numbers before the goal's noun
    aims = GOALS_SET.match(view, *span)
    return Marks(
        shortlist=shortlist,
        goal_ends=[g.end() for g in goals],
        goal_years=[g.group("year") for g in goals],
        achieved=[m.start() for m in ACHIEVED.finditer(view, *span)],
        clause_ends=[m.start() for m in CLAUSE_END.finditer(view, *span)],
        said=said,
        said_starts=[m.start() for m in said],
        bases=bases,
        basis_ends=[m.end() for m in bases],
        stock_dates=stock_dates,
        undone=undone,
        goals_set=aims.span() if aims else None,
    )


def _shortlist(view: str, span: tuple[int, int]) -> bool:
    """Whether a sentence is about a shortlist: it names one (公示, 初选) that is not past
    (经公示无异议), and no decision follows its last mention (…初审公示并推荐，…审议确认了
    N个产品为…, or …公示，认定N个产品为…: the process that led to the awards). 初评 in a whole's
    split into first
    awards and renewals (其中初评N个、复审M个) names no shortlist."""
    parts = [m.span() for m in NEW_AND_RENEWED.finditer(view, *span)]
    ends = [m.end() for m in SHORTLIST.finditer(view, *span)
            if not any(start <= m.start() < end for start, end in parts)]
    if not ends or SHORTLIST_DONE.search(view, *span):
        return False
    return DECIDED.search(view, ends[-1], span[1]) is None and \
        DECIDED_AS.search(view, ends[-1], span[1]) is None


def undone_between(marks: Marks, start: int, end: int) -> bool:
    """Whether a word of a year's awards (今年, 新增, 2012年) lies in ``view[start:end]``."""
    at = bisect.bisect_left(marks.undone, (start, start))
    return at < len(marks.undone) and marks.undone[at][1] <= end


def standing(doc: Doc, sentence: Segment, figure: Figure, clause_start: int,
              marks: Marks, firms_counted: bool = False) -> str | None:
    """Whether a figure counts honours won (``achieved``); applicants or a shortlist its own
    clause names (``applied``, ``shortlisted``, ``recommended``: kept with that status, which
    schema 1 leaves out); or is left out (None): firms (unless ``firms_counted``: the title
    is a service brand, which firms hold), one 之一, a goal (要新创20个…、15个…), a shortlist
    named elsewhere in the sentence (公示, 初选)."""
    view = doc.view
    if not firms_counted and NOT_THE_COUNTED.match(view, figure.end):
        return None  # 其中新增35家企业: firms, not their products
    if _DESCRIBED_PART.match(view, figure.end):
        return None  # 在N个…中，有693个是出口产品: a part told by a trait, not by the title
    at = bisect.bisect_left(marks.clause_ends, figure.end)
    clause_end = marks.clause_ends[at] if at < len(marks.clause_ends) else sentence.end
    if view.startswith("其中", clause_start) and clause_start > sentence.start:
        # 组织申报免检产品，其中新增…: a part of the clause before is what that clause is
        clause_start = doc.clause_start(clause_start - 1, sentence.start)
    at = bisect.bisect_left(marks.said_starts, clause_start)
    said = marks.said[at] if at < len(marks.said) and marks.said[at].end() <= clause_end \
        else None
    if said:
        # 38家企业着手准备…中国名牌产品申报工作: applicants, not winners. Only a status
        # named after the figure in its clause is kept (8个产品通过…初评): the context pass
        # (extract/context.py) decides a figure's status anew, and reads a word before the
        # figure as undone by a later 获/了 (初选中多了5个), so those are left out, as are goals.
        keep = said.lastgroup not in ("part", "target", "failed") and said.start() >= figure.end
        return said.lastgroup if keep else None
    if _STAGE_ENTERED.match(view, figure.end, clause_end):
        return "shortlisted"  # 3个产品进入某省名牌产品现场评价阶段: still being assessed
    if marks.shortlist and not _shortlist_apart(view, sentence, figure):
        return None  # (a shortlist named elsewhere in the sentence: the same, left out)
    if marks.goals_set and marks.goals_set[0] <= figure.start < marks.goals_set[1]:
        return None  # (围绕新增5个…的目标: a number of the goal set out)
    goal = bisect.bisect_right(marks.goal_ends, figure.start) - 1
    if goal < 0:
        return "achieved"
    after_goal = bisect.bisect_left(marks.achieved, marks.goal_ends[goal])
    if after_goal < len(marks.achieved) and marks.achieved[after_goal] < figure.start:
        return "achieved"  # 目标…，已新增…: achieved after all
    year = marks.goal_years[goal]
    reported = doc.layout.header.date or doc.fact_of_report(
        "latest year told", lambda: _latest_year_told(doc.view))  # (once: a scan of the whole)
    # 到2008年底 in a report of 2009 is a date gone by, not a goal.
    return "achieved" if year and reported and int(year) <= int(reported[:4]) else None


_YEAR_TOLD = compile_fast(r"(?<![到至\d])(?P<year>(?:19|20)\d\d)年(?!底|末|前)")


def _latest_year_told(view: str) -> str | None:
    """For an undated report, the latest year it tells of as such (2009年获准…), not one it
    counts to (到2008年): a deadline at or before it has passed."""
    return max((m.group("year") for m in _YEAR_TOLD.finditer(view)), default=None)


# 3个产品顺利进入某省名牌产品现场评价阶段: entered a stage of the assessment, not won; so
# are 38个产品完成了某省名牌产品现场评价 (the on-site check is a step before the decision).
_STAGE_ENTERED = rx.compile(
    r"[^，,；;。]{0,12}?(?:进入[^，,；;。]{0,20}?(?:评价|评审|审核|核查|答辩|复审|终审|审定)(?:阶段|环节)"
    r"|(?:完成|通过)了?[^，,；;。]{0,20}?现场(?:评价|核查|审核|评审))"
)

# 有693个是出口优势产品: what follows 是 describes a part of the holders (but 3个是今年获得的:
# the part new this year, still a count of the title)
_DESCRIBED_PART = rx.compile(r"(?:产品|品牌|商标)?是(?!新|首次|今年|本年|去年|当年|此次|本次)")

# A later clause that opens a statement of its own (共有A 2项、B 157项，并有63项列入公示名单)
_APART = rx.compile(r"[，,；;]\s*(?:并有|另有|还有|同时|此外)")


def _shortlist_apart(view: str, sentence: Segment, figure: Figure) -> bool:
    """Whether the sentence's shortlist is only in a statement of its own after the figure's
    (…，并有N项产品列入公示名单): the figure before it is no part of the shortlist."""
    apart = _APART.search(view, figure.end, sentence.end)
    if apart is not None and SHORTLIST.search(view, sentence.start, apart.start()) is None:
        return True
    # …拥有…46项，11个品牌入围某某500强: a later clause whose own number is what the
    # shortlist word speaks of (only when no shortlist word stands before that clause)
    stop = CLAUSE_END.search(view, figure.end, sentence.end)
    if stop is None or SHORTLIST.search(view, sentence.start, stop.end()):
        return False
    word = SHORTLIST.search(view, stop.end(), sentence.end)
    if word is None:
        return False
    clause = max(m.end() for m in CLAUSE_END.finditer(view, stop.start(), word.start()))
    return _OWN_COUNT.match(view, clause, word.start()) is not None


# A clause opening with its own count: 11个品牌入围…, 另有8项列入公示, and a part of the
# winners told after them (…400件产品获奖，其中20件入围角逐金奖: the 400 won)
_OWN_COUNT = rx.compile(r"\s*(?:其中|另有|还有|并有|另外|有)?[\d一二三四五六七八九十两百]+(?:个|项|件|家|种)")
