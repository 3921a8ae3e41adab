"""Money paid to an honour's winners (``reward_money``): which honour's, or none.

The tallies read the money with or without a name; this step says whose it is:

- a rate is no sum paid: per winner or per year (每家, 每年); nor are the shares after 各 or 分别
  where the sentence gives their sum before them (兑现奖励资金共计18万元，…分别奖励6万元、4万元:
  the 18 only);
- a sum put up (拨款, 斥资, 拿出 … 万元) counts only where its sentence rewards someone, and
  not where its purpose follows it (用于, 支持 …) or its sentence pays a reward a sum of its own;
- money its own words name no honour for is of the honours its part of the sentence (between
  semicolons) names anywhere (拨付80万元奖励资金，对获得市长质量奖的企业进行表彰: quality_award;
  奖励30家驰名商标企业: ``any``),
  else, when its sentence names none and it rewards firms or winners (为表彰这些企业, 对获牌
  企业进行奖励), of the honours the sentence before names; else of none (no tip-off's reward:
  举报; not work paid for in one part, 对主导制定国家标准的分别给予…；对获得某奖的…, whose other part
  names the honour).
"""

from __future__ import annotations

from .. import regex_cache as rx
from ..segmenting import Segment
from .common import Doc
from .lexicon.distinctions import (
    PER_WINNER,
    PUT_UP,
    PUT_UP_PURPOSE,
    REWARD_SUM,
    REWARDED,
    SHARES,
    SUM_BEFORE,
)
from .tallies import Tallies, Tally

# Those a sentence rewards, when it names no honour: firms, units, winners (这些企业, 获牌企业).
_WINNERS = rx.compile(r"企业|单位|组织|获奖|获牌|获证")
# Money for tip-offs and clues rewards no honour.
_TIP_OFF = rx.compile(r"举报|检举|线索")


def reward_kind(doc: Doc, tallies: Tallies, tally: Tally, kind: str) -> str:
    """The distinction a reward's money is of (``kind``, as read so far, when its own words
    name one), or ``""`` when it is no reward paid."""
    view, sentence, figure = doc.view, tally.sentence, tally.figure
    if REWARDED.search(view, sentence.start, sentence.end) is None or \
            _TIP_OFF.search(view, sentence.start, sentence.end) is not None:
        return ""
    clause_start = doc.clause_start(figure.start, sentence.start)
    if PER_WINNER.search(view, clause_start, figure.start) is not None:
        return ""
    if PUT_UP.search(view, clause_start, figure.start) is not None and (
            PUT_UP_PURPOSE.match(view, figure.end)
            or REWARD_SUM.search(view, figure.end, sentence.end)):
        return ""  # (拨款500万元用于…; …，对获得某奖的企业奖励50万元: the reward is the 50)
    shares = SHARES.search(view, clause_start, figure.start)
    if shares is not None and SUM_BEFORE.search(view, sentence.start, shares.start()) is not None:
        return ""
    if tally.name != tallies.words.any_name:
        return kind  # (named by its own words: the tallies' reading, or a list's ``any``)
    part = _part(view, sentence, figure.start)
    named = _named(view, tallies, *part)
    if named or _named(view, tallies, sentence.start, sentence.end):
        return named  # (a part of the sentence naming none pays for none the others name)
    if _WINNERS.search(view, *part) is None:
        return ""
    before = doc.sentence_before(sentence)
    return _named(view, tallies, before.start, before.end) if before is not None else ""


def _part(view: str, sentence: Segment, at: int) -> tuple[int, int]:
    """The part of ``sentence`` between the semicolons around ``at``."""
    start = max(view.rfind(mark, sentence.start, at) for mark in "；;") + 1 or sentence.start
    ends = [end for mark in "；;" if (end := view.find(mark, at, sentence.end)) >= 0]
    return max(start, sentence.start), min(ends, default=sentence.end)


def _named(view: str, tallies: Tallies, start: int, end: int) -> str:
    """The one distinction ``view[start:end]`` names; ``any`` for several or a brand honour;
    ``""`` for none."""
    keys = tallies.keys_in(view, start, end)
    foreign = tallies.foreign is not None and \
        tallies.foreign.search(view, start, end) is not None
    if not keys and not foreign:
        return ""
    return keys.pop() if len(keys) == 1 and not foreign else tallies.words.any_name

