"""Supervision (schema 2): the words of shares of what a spot check sampled told with no count
before them (read by :mod:`..supervision_portions`): the firms or the batches of one kind, size
or region as a share of all the firms or batches sampled — 大、中型企业各占受检企业总数4%、9%;
甲、乙两地受检批次各占全国总数60%、30% — each the sampled count's metric with
``basis: share``. Not the failures' share (不合格企业占受检企业8%: the clause names a result)."""

from __future__ import annotations

_PCT = r"\d+(?:\.\d+)?\s*%"
# The list of shares after the whole (6%、13%和81%).
SHARES = rf"(?P<list>{_PCT}(?:\s*(?:[、，,和及与]|以及)\s*{_PCT})*)"
# What was sampled: firms, or products' batches (产品批次, 样品, 批次).
_FIRMS = r"企业|生产企业|厂家|单位"
_BATCHES = r"产品批次|批次|样品|产品"
_SAMPLED = r"(?:被|所|全部|本次|此次)?(?:抽查|抽检|抽样|受检|抽取)(?:的)?"
_SIZE = r"(?:总数|总量|数量|数|总批次数?)?"
PORTION_ROWS: tuple[str, ...] = (
    # (the whole named as what was sampled: 占受检企业总数比例依次为4%、9%; 占抽样批次总量80%)
    rf"占(?:了)?{_SAMPLED}(?:(?P<firms>{_FIRMS})|(?P<batches>{_BATCHES})){_SIZE}的?(?:比例|比重)?"
    rf"(?:分别|依次|各自)?(?:为|是|达到?)?\s*{SHARES}",
    # (the parts named as what was sampled, the whole a region's: 受检批次各占全国总数…)
    rf"{_SAMPLED}(?:(?P<firms>{_FIRMS})|(?P<batches>{_BATCHES})){_SIZE}(?:分别|依次|各自?)?占"
    rf"(?:全国|全省|全市|全区|全县)?(?:总数|总量)的?(?:比例|比重)?(?:分别|依次|各自)?(?:为|是)?\s*{SHARES}",
)
# A result in the clause before the shares: the failures' or passes' share, not the sample's.
RESULT_BEFORE = r"不合格|合格|问题|不符|违法|违规"
