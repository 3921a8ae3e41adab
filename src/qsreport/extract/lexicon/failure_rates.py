"""The words that make a spot check's failure rate an area's (read by :mod:`..failure_rates`):
a kind of instrument or special equipment named before the rate in its sentence, and no goods
sampled there (a check of products, batches or makers keeps its rate the spot check's)."""

from __future__ import annotations

# Goods or makers sampled: the rate is a spot check's (电子秤产品质量抽查，不合格率为8%).
GOODS = r"产品|批次|样品|生产企业|制造企业|生产厂|净含量|商品量|食品"
