"""Which figures count a stock held rather than work done, for :mod:`.context`: the figures
目前 dates as a stock (``cumulative``), and those 近年来 does where no year is in reach; and
the figure of one batch of a list just named (…等18家企业被认定为第二批某某老字号), no stock."""

from __future__ import annotations

from typing import Any

from .. import regex_cache as rx
from .context_marks import TO_CLAUSE_END
from .lexicon.context import STOCK

# (新一批: a batch named by being the latest, 新一批某某老字号名单, as 第三批 is by its number)
_BATCH = r"(?:第\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*批|首批|新一批)"
# An award's edition (首届, 第二届, 本届) named in the figure's clause, the one before or its
# sentence's first: those it honoured or shortlisted are that round's (第四届某县县长质量奖评出
# 5家企业), the report's year, not a stock; not a conference's (首届某某大会, …博览会评选,
# …大会颁奖仪式), nor a total after it (…，至此全市共有; 自首届…以来; …评选结束后，; …总数达到),
# nor where its clause sums or holds.
_EDITION = r"(?:第\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})|首|本)\s*届"
_EDITION_NAMED = rx.compile(_EDITION + r"[^，,。；;！？会节展]{0,14}?(?<!颁)(?:奖|评选|评奖|评比)")
_CLAUSE_MARK = rx.compile(r"[，,；;]")
_AFTER_EDITION = rx.compile(STOCK.pattern + r"|以来|(?:以|之)?后[，,]|总量|已达")
# …被认定为第二批…, 入选第三批…: the figure's own clause names the batch it joins.
_JOINS_BATCH = rx.compile(r"[^，,；;。！？\n]{0,30}?(?:认定|评定|命名|确定|列入|入选|评为|公布|申报|成为)为?"
                          rf"[“\"]?(?:{_BATCH}|{_EDITION})")
# …拟认定为第一批…，甲市有5个品牌上榜: a batch its sentence names before, the figure's share.
_ON_THE_LIST = rx.compile(r"[^，,；;。！？\n]{0,8}?(?:上榜|入选|入围|榜上有名)")
_NAMED_BATCH = rx.compile(rf"(?<!加上){_BATCH}")
# 在首批申报中，甲省申报的共有60家，…; 某某共有900家企业申报首批…，确定400家符合…: the figures
# of a batch's applications and outcomes: the batch named right by 申报 or 认定 anywhere in the
# sentence before the figure, or with its verb in the figure's own clause (not 甲市是全国首批
# 某某示范城市，…已认定…120件, where the batch is only what the place is).
_BATCH_APPLIED = rx.compile(rf"(?<!加上)(?:{_BATCH}[^，,；;。！？\n]{{0,6}}?(?:申报|认定)|"
                            rf"(?:申报|认定)为?{_BATCH})")
_BATCH_CLAUSE = rx.compile(rf"(?<!加上){_BATCH}[^，,；;。！？\n]*?(?:申报|认定|评定|审核|确定|公示)")
# A stock counted up, whatever batch the sentence names: 累计 anywhere before the figure;
# 现有, 拥有, 已 in its own clause (甲市首批…；全市现有…12家). (Not 共有: 在首批申报中，…共有40家
# counts the batch's applications.)
_SUMMED = rx.compile(r"累计")
_HELD_NOW = rx.compile(r"现有|拥有|已")
# …有12个品牌通过复核, 通过某某老字号复核: the outcome of a review of a list, that year's.
_PASSED_REVIEW = rx.compile(r"[^，,；;。！？\n]{0,10}?通过[^，,；;。！？\n]{0,8}?复核")

_STOCK_METRICS = frozenset({"registered", "measurement_standards"})
# Holdings of the tallied areas, by the field that names their kind: titles and zones a place
# holds (distinctions awarded), firms holding a certificate or licence or let use a
# geographical indication's mark, testing bodies built.
_HELD_METRICS = {"distinction": frozenset({"awarded"}),
                 "scheme": frozenset({"certified", "licensed", "mark_users"}),
                 "body": frozenset({"bodies"})}
# The same by metric: the kinds of item of which it counts a holding.
_HOLDING_KINDS = {metric: tuple(kind for kind, metrics in _HELD_METRICS.items() if metric in metrics)
                  for metric in frozenset().union(*_HELD_METRICS.values())}


def counts_a_stock(item: Any) -> bool:
    """Honours and standards held, equipment registered, measurement standards kept, and the
    holdings of :func:`holds`: figures that 目前 dates as a stock (not work done so far)."""
    if hasattr(item, "category") or hasattr(item, "role"):
        return True  # a brand count or a standards count
    return getattr(item, "metric", None) in _STOCK_METRICS or holds(item)


def stock_kept(item: Any) -> bool:
    """Honours, standards and registrations (equipment, measurement standards, trademarks):
    a stock however its sentence compares it (全市共有中国驰名商标18件，比去年同期增加3件);
    not certificates or licences granted, which a stretch of time counts (共有22家企业获发
    生产许可证，比某年同期多5家)."""
    return (counts_a_stock(item) and not hasattr(item, "scheme")) \
        or getattr(item, "metric", None) == "trademarks_registered"


def holds(item: Any) -> bool:
    """Whether a tallied figure counts a holding (_HELD_METRICS), which 近年来 with no year in
    reach makes a stock, as it does a brand count (近年来，甲市帮助80家企业获得某某认证)."""
    kinds = _HOLDING_KINDS.get(getattr(item, "metric", ""))
    return kinds is not None and any(hasattr(item, kind) for kind in kinds)


def one_batch(view: str, sentence: int, number: int, after: str) -> bool:
    """Whether the figure counts those of one batch of a list (…等18家企业被认定为第二批…;
    …第一批…，甲市有5个品牌上榜; 在首批申报中，…共有60家; 有12个品牌通过复核), not a stock
    held: the batch's, the report's year."""
    if _JOINS_BATCH.match(after) or _PASSED_REVIEW.match(after):
        return True
    own = found.end() if (found := TO_CLAUSE_END.match(view, sentence, number)) else sentence
    opening = _CLAUSE_MARK.search(view, sentence, number)
    before = found.end() if (found := TO_CLAUSE_END.match(view, sentence, own - 1)) else sentence
    edition = _EDITION_NAMED.search(view, before, number) or (opening and _EDITION_NAMED.search(
        view, sentence, opening.start()))
    if edition and not _AFTER_EDITION.search(view, edition.end(), number) \
            and not _SUMMED.search(view, sentence, number) \
            and not _HELD_NOW.search(view, own, number):
        return True
    opened = _BATCH_APPLIED.search(view, sentence, number) \
        or _BATCH_CLAUSE.search(view, own, number)
    if opened is not None and not _SUMMED.search(view, sentence, number) \
            and not _HELD_NOW.search(view, own, number):
        return True
    return _ON_THE_LIST.match(after) is not None \
        and _NAMED_BATCH.search(view, sentence, number) is not None
