"""Supervision (schema 2): the words of offending goods a raid or check found on the spot where
no seizure of them is told (read by :mod:`..supervision_found`): 在其仓库内发现标有某商标的电水壶
36台; 现场发现封装好的“某某酒”12件; 发现20箱“某某”牌饮料."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# The units goods are counted in when found (not 个, 处, 项: problems and hazards are counted so).
_UNIT = r"箱|台|件|包|瓶|袋|桶|盒|条|双|套|只|部|吨|公斤|千克"
# 发现 (not 发现率, nor what a check finds wrong: 发现问题, 发现隐患), up to a count of goods in its
# clause, the words between held in ``words``.
FOUND = compile_fast(r"(?:现场|当场|库内|仓库内|店内)?发现(?!率|问题|隐患)"
                     r"(?P<words>[^，,。；;：:！？!?\d\n]{0,48}?)"
                     rf"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT})(?![\d次])")
# What makes them offending goods: a mark or a name they bear in the words before the count or
# right after it (标有, 标注, 印有, 假冒, 仿冒, 侵权, 涉嫌, a quoted name).
MARKED = rx.compile(r"标有|标注|印有|假冒|仿冒|冒用|侵权|涉嫌|伪造|无中文标签|[“\"「『]")
# Not goods: what a check finds wrong, equipment unregistered, or failures (隐患, 问题, 未办理,
# 不合格, 设备); and a seizure in the clause makes them goods seized (查扣, 扣押, 查封, 没收).
NOT_GOODS = rx.compile(r"隐患|问题|未办理|未登记|不合格|设备|违法行为|案件|线索")
SEIZED = rx.compile(r"查扣|扣押|查封|封存|没收|收缴|查获|暂扣")
# A further count of goods listed after the first with its joint (…发现40包甲牌化肥和90包乙牌化肥),
# up to the sentence's end.
ALSO = compile_fast(rf"(?:和|、|及|以及)(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT})(?![\d次])")
