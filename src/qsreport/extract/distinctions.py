"""Distinctions counted that are no brand honour — quality awards, quality-city titles,
demonstration zones, standardization pilots (schema 2); the words are in
:mod:`.lexicon.distinctions`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import Distinctions, DistinctionStat
from .areas import tally_area
from .common import Doc
from .lexicon.distinctions import DISTINCTION_WORDS
from .tallies import Tallies, Tally
from .tally_stats import stats_of

_TALLIES = Tallies(DISTINCTION_WORDS)
# Money paid for a list of honours closed by 等 (兑现专利、名牌、质量奖等奖励800万元): the
# reward of several kinds, ``any``, whichever of them the rows name.
_LISTED_REWARD = rx.compile(r"、[^，,；;。、\d]{0,12}等[^；;。、\d]{0,24}$")


def _kind(doc: Doc, tally: Tally) -> str:
    """The distinction a tally counts: ``any`` for money paid for a list of honours."""
    if tally.metric == "reward_money" and _LISTED_REWARD.search(
            doc.view, max(tally.sentence.start, tally.figure.start - 40), tally.figure.start):
        return "any"
    return tally.name


def extract_distinctions(doc: Doc) -> Distinctions:
    """``12家企业获得市长质量奖``, ``新增省级农业标准化示范区2个``,
    ``获批创建全国知名品牌示范区2个``, ``全市现有中华老字号4家``, ``对获得省长质量奖的企业
    奖励30万元``."""
    if _TALLIES.trigger.search(doc.view) is None:
        return Distinctions()
    return Distinctions(stats=[DistinctionStat(metric=t.metric,  # type: ignore[arg-type]
                                               distinction=_kind(doc, t),  # type: ignore[arg-type]
                                               **fields) for t, fields in stats_of(doc, _TALLIES)])


AREA = tally_area("distinctions", extract_distinctions,
                  title="Distinctions", kind="distinction", what="distinction")
