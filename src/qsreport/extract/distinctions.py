"""Distinctions counted that are no brand honour — quality awards, quality-city titles,
demonstration zones, standardization pilots (schema 2); the words are in
:mod:`.lexicon.distinctions`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from ..models import Distinctions, DistinctionStat
from .areas import tally_area
from .common import Doc
from .lexicon.distinctions import DISTINCTION_WORDS
from .tallies import Tallies
from .tally_stats import stats_of

_TALLIES = Tallies(DISTINCTION_WORDS)


def extract_distinctions(doc: Doc) -> Distinctions:
    """``12家企业获得市长质量奖``, ``新增省级农业标准化示范区2个``,
    ``获批创建全国知名品牌示范区2个``, ``全市现有中华老字号4家``, ``对获得省长质量奖的企业
    奖励30万元``."""
    if _TALLIES.trigger.search(doc.view) is None:
        return Distinctions()
    return Distinctions(stats=[DistinctionStat(metric=t.metric,  # type: ignore[arg-type]
                                               distinction=t.name,  # type: ignore[arg-type]
                                               **fields) for t, fields in stats_of(doc, _TALLIES)])


AREA = tally_area("distinctions", extract_distinctions,
                  title="Distinctions", kind="distinction", what="distinction")
