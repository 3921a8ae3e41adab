"""Supervision (schema 2): the words of what a case's offending goods sold for (read by
:mod:`..supervision_sold`): 销售金额共计3360元, 销售总额1.2万元, 含税销售额86万元."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# The sales' name, then its sum in 元 or 万元 within a few words (共计, 合计, 为, 达).
SOLD = compile_fast(r"(?<![年度总])(?:含税)?(?:销售金额|销售额|销售总额|销售货款|违法销售额)"
                    r"(?P<gap>(?:共计|合计|总计|累计|为|达到?|约|是|计)*)\s*"
                    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<scale>万|亿)?(?P<unit>元)")
# The sentence must tell a case (当事人, 涉案, 违法, 假冒, 不合格 …) before the sales' name.
CASE = rx.compile(r"当事人|涉案|违法|假冒|仿冒|侵权|不合格|伪劣|非法|经核查|经查")
# Not a firm's or a trade's turnover (实现销售额, 年销售额, 营业收入), nor a plan's.
NOT_CASE = rx.compile(r"实现|营业收入|产值|企业年|全年|目标|力争|预计")
