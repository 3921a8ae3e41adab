"""The words of equipment a check found in use at the units it went through (read by
:mod:`..special_equipment_found`, ``found_in_use``): what a sweep turned up (摸底发现叉车共300台,
其中已上牌的叉车210台), what a visited unit holds (该单位现有电梯25部; 该厂的3台蒸汽锅炉) and the
equipment of units found using it (…的餐馆有80家，共使用气瓶260个). Neither a region's register
(全县在用电梯3000台: ``registered``) nor equipment found at fault (发现超期未检电梯5台:
``overdue``; 发现不合格气瓶30只: ``failed``)."""

from __future__ import annotations

NUM = r"(?<![\d.])(?<!\d,)(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:多|余)?\s*"
UNIT = r"(?P<unit>台套|台|部|个|只|辆|座|条|套)"
# The equipment's words (a boiler named by what it makes: 蒸汽炉, 热水炉).
EQUIPMENT_WORD = (r"(?:电梯|自动扶梯|扶梯|锅炉|(?:蒸汽|热水|导热油)炉|压力容器|气瓶|钢瓶|燃气瓶|液化气瓶|"
                  r"起重机械|起重机|游乐设施|客运索道|叉车|(?:[场厂]\([厂场]\)|厂场|场厂|厂|场)内"
                  r"(?:专用)?机动车辆|特种设备)")
# Up to a few words of the equipment's own before its name (各类, 在用, 燃煤, 150吨的), none
# of a fault (不合格, 超期, 未检, 无证, 违规, 报废, 隐患) — those are other metrics' finds.
_OWN = r"(?:(?!不|超|未|无|违|报废|隐患|问题|非法|私自|擅自)[^，,；;。！？!?\d、])"
# (figures of the equipment's size may stand between a count and its name: 150t/h, 80吨)
_SIZED = r"(?:(?!不|超|未|无|违|报废|隐患|问题)[^，,；;。！？!?、])"
_FOUND = r"(?:发现|查出|摸排出?|排查出|摸清|清查出)(?:了)?"
_UNIT_HOLDING = r"该(?:单位|公司|企业|商场|医院|学校|小区|酒店|宾馆|厂|市场|超市|景区|车站|工地)"
_TOTAL = r"(?:共|共计|合计|总计|计)?(?:有)?\s*"
ROWS: tuple[tuple[str, str], ...] = (
    # a sweep's find (发现叉车共260台; 摸排出在用锅炉42台)
    ("found_in_use", rf"{_FOUND}{_OWN}{{0,6}}?{EQUIPMENT_WORD}{_TOTAL}{NUM}{UNIT}"),
    # what the unit a check visited holds (该单位现有电梯25部; 该公司现有锅炉4台)
    ("found_in_use", rf"{_UNIT_HOLDING}(?:共有|现有|拥有|有|在用|使用)(?:各类|在用)?"
                     rf"{_OWN}{{0,6}}?{EQUIPMENT_WORD}{_TOTAL}{NUM}{UNIT}"),
    # the same, the count before the equipment, its size or make between (该厂的2台60吨蒸汽锅炉)
    ("found_in_use", rf"{_UNIT_HOLDING}(?:的|共有|现有|拥有|有)\s*{NUM}{UNIT}{_SIZED}{{0,20}}?"
                     rf"{EQUIPMENT_WORD}"),
    # the equipment of units found using it, right after their count (…单位有90家，共使用
    # 气瓶300个)
    ("found_in_use", rf"(?<=[家户个][、，,])(?:共)?使用(?:了)?(?:各类|的)?{_OWN}{{0,4}}?"
                     rf"{EQUIPMENT_WORD}{_TOTAL}{NUM}{UNIT}"),
)
# The part of a sweep's find told right after it (，其中已上牌的叉车210台; 其中在用的120台): found too;
# not a part at fault (无牌, 未登记, 超期: other metrics').
PART = rf"[，,]其中(?:有)?(?:(?!无|未|不|超|违)[^，,；;。！？!?\d、]){{0,8}}?{NUM}{UNIT}"
# A fault told in the count's clause after it makes the find another metric's (发现锅炉3台未办理使用
# 登记: ``overdue``; 该厂的2台锅炉已停用: ``sealed``).
FAULT_AFTER = (r"[^，,；;。！？!?]{0,16}?(?:未|不合格|不符合|超期|逾期|过期|无证|无牌|违规|违法|隐患|"
               r"问题|报废|私自|擅自|停用|查封|封存|缺陷|故障)")
# A sentence of units found using equipment must tell a sweep or a finding before it.
SWEEP = r"排查|摸排|摸底|发现|存在|巡查|检查"
NEEDLES = r"发现|查出|摸排|排查|摸清|清查|该|使用"
# Kinds named by the rows only (the area's table names the rest).
OWN_KINDS: tuple[tuple[str, str], ...] = ((r"(?:蒸汽|热水|导热油)炉", "boiler"),)
