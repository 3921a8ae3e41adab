"""Supervision: the stats the other readers give, merged with those the sentence rules of
:mod:`.supervision` read — goods inspected at the border, recalls' changes, schema 2's
readers, pieces failed, figures under a head, and the results tables — each replacing or
adding to the sentence rules' readings as its comment says, every figure once."""

from __future__ import annotations

import re

from ..models import SupervisionStat
from .common import Doc
from .supervision_at_fault import units_at_fault
from .supervision_causes import failure_causes
from .supervision_changes import rate_changes
from .supervision_count_changes import count_changes
from .supervision_counted import counted_late
from .supervision_found import goods_found
from .supervision_funds import funds_set_aside
from .supervision_governed import firms_governed
from .supervision_handled import complaints_taken_in, handled_stats
from .supervision_heads import headed_stats
from .supervision_indices import index_stats
from .supervision_looked_over import products_checked
from .supervision_monitoring import risk_monitoring
from .supervision_outcomes import extra_stats
from .supervision_pieces import with_pieces_failed
from .supervision_planned import without_planned
from .supervision_portions import sampled_shares
from .supervision_recalls import recall_changes
from .supervision_registered import registered_stats
from .supervision_repeats import each_once
from .supervision_sampling import sampling_stats
from .supervision_sold import goods_sold
from .supervision_tables import with_tables
from .supervision_tallies import platforms_inspected, tallied_late
from .supervision_targeted import kinds_before_check, sampled_classes, targeted_categories
from .supervision_tenths import failure_tenths
from .supervision_trade import TRADE_REPLACES, trade_stats
from .supervision_units import units_inspected

_GOODS_TAKEN = frozenset({"goods_seized", "goods_destroyed"})


def with_other_readers(doc: Doc, stats: list[SupervisionStat],
                       figure: re.Pattern[str]) -> list[SupervisionStat]:
    """``stats``, read sentence by sentence with the figures ``figure`` finds, merged with
    every other reader's."""
    # A results table's rows are read apart (each row's figures kept, however often a value
    # repeats down a column), and replace what the sentence rules read inside the table.
    # Goods inspected at the border are read apart (schema 2), and replace what the sentence
    # rules read of the same figures as batches or other (检验检疫进口商品3.2万批: no market's
    # batches sampled); a figure read as cases, goods seized or their value keeps that reading.
    trade = trade_stats(doc) if doc.schema != "1" else []
    if trade:
        kept = {stat.span[1] for stat in stats if stat.metric not in TRADE_REPLACES}
        trade = [stat for stat in trade if stat.span[1] not in kept]
        taken = {stat.span[1] for stat in trade}
        stats = [stat for stat in stats if stat.span[1] not in taken] + trade
    stats += recall_changes(doc, stats)  # 召回…56.2万辆，比上年增长18.4% (schema 2)
    if units := units_inspected(doc):
        # 清查小作坊、食品店和集贸市场340家: neither firms nor places, whatever read it (and in
        # version 1, which has no such metric, nothing)
        taken = {end for stat in units for end in range(stat.span[1] - len(stat.unit), stat.span[1] + 1)}
        stats = [stat for stat in stats if stat.span[1] not in taken] \
            + (units if doc.schema != "1" else [])
    if doc.schema != "1" and (read := index_stats(doc) + sampling_stats(doc)
                               + registered_stats(doc) + handled_stats(doc)
                               + failure_causes(doc) + platforms_inspected(doc)
                               + risk_monitoring(doc)):
        # 满意度80.5分, 质量竞争力指数为86.3, 4.1批次/千人, 抽检覆盖率100%, 电商平台35家次 (schema 2): these
        # readings replace any other, one that ends inside their unit too (13.6万件次 read
        # as 13.6万件 of cases)
        taken = {end for stat in read for end in range(stat.span[1] - len(stat.unit), stat.span[1] + 1)}
        stats = [stat for stat in stats if stat.span[1] not in taken] + read
    if doc.schema != "1" and (targeted := targeted_categories(doc) + sampled_classes(doc)
                               + kinds_before_check(doc) + firms_governed(doc)
                               + failure_tenths(doc) + sampled_shares(doc)
                               + products_checked(doc)
                               + goods_found(doc) + goods_sold(doc) + funds_set_aside(doc)
                               + units_at_fault(doc) + counted_late(doc)
                               + tallied_late(doc) + count_changes(doc)
                               + complaints_taken_in(doc)):
        # 对12类重点产品开展专项整治, 抽取…等5大类食品, 共检查了500件产品, 发现标有某商标的电水壶36台, 销售金额3360元
        # (schema 2): where no other metric read the count
        # (kinds of goods seized or destroyed replace the goods' own reading of the count:
        # 销毁…40吨，品种80多个 is no 80 goods destroyed)
        kinds = {stat.span[1] for stat in targeted if stat.metric == "goods_kinds"}
        stats = [stat for stat in stats
                 if not (stat.metric in _GOODS_TAKEN and stat.span[1] in kinds)]
        read_at = {stat.span[1] for stat in stats}
        stats += [stat for stat in targeted if stat.span[1] not in read_at]
    stats = with_pieces_failed(doc, stats) if doc.schema != "1" else stats  # 其中2件…未通过
    stats += extra_stats(doc) + rate_changes(doc)
    stats += headed_stats(doc, stats, figure)  # 在抽检中，甲县12家企业15批次: by the head
    return with_tables(doc, each_once(doc, without_planned(doc, stats)))
