"""Supervision (schema 2): the words of how densely and how widely a region's spot checks
sample (read by :mod:`..supervision_sampling`): batches per thousand people (抽检量达到4.1批次/
千人) and the share of a trade's firms or categories the sampling reached (抽检覆盖率100%)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# A number of batches per thousand people: 4.1批次/千人, 3批/千人, 2.5批次每千人.
DENSITY = compile_fast(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>批次?\s*(?:/|每)\s*千人)")
# A sampling's coverage: 抽检覆盖率, 抽查覆盖率, 抽样覆盖率 (of food firms, of categories on sale),
# its number in % within its clause, no other number between (not a metrology's 受检覆盖率, nor
# a coverage of anything but sampling: 监管覆盖率).
COVERAGE = compile_fast(r"(?:抽检|抽查|抽样|抽验)(?:检验|监测)?覆盖(?:率|面)"
                        r"[^，,；;。！？!?\d%％]{0,12}?(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％])")
# A change of the density (比上年增加了1.2批次/千人): ``basis: change``.
CHANGE_BEFORE = rx.compile(r"(?:提高|提升|上升|增长|增加|下降|降低|减少|多)了?\s*$")
# Goods found lighter than their label or the seller's word (``weight_shortfall``): the
# weight's comparison (实际重量较宣称的轻, 净含量比标示的少, 份量短少) and, within a few words
# after it in its sentence, its shortfall in % — one, or the two ends of a range (轻6%至19%
# 不等, 相差由百分之十五至百分之四十).
SHORT = compile_fast(r"(?:实际)?(?:重量|净含量|分量|份量)[^，,。；;!?！？\d]{0,12}?(?:较|比|少于|低于)"
                     r"[^，,。；;!?！？\d]{0,10}?(?:宣称|声称|标示|标称|标注|标明|标签|包装)[^，,。；;!?！？\d]{0,6}?"
                     r"(?:轻|少|短缺|不足)|(?:重量|净含量|分量|份量)(?:短少|短缺|不足)")
# How far after the comparison its shortfall may stand, and what joins a range's two ends.
SHORT_REACH = 30
RANGE_JOINT = rx.compile(r"\s*(?:至|到|~|～|－|-|—)\s*")
# A bare first end of a range whose second writes the %: 6至19%.
BARE_END = rx.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?=\s*(?:至|到|~|～|－|-|—)\s*\d+(?:\.\d+)?\s*[%％])")
# What may not stand between the comparison and its shortfall: another number (轻了300克，…
# 合格率为96.5%: the % is another measure's) or a rate's name.
SHORT_GAP_BLOCK = rx.compile(r"\d|率")
