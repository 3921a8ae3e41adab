"""The words of the equipment a verdict was given among (read by
:mod:`..special_equipment_population`): a count closed by 中 before a count found failing in
its sentence (在50部扶梯中有6部不合规定; 抽到的40台锅炉中，3台不合格) is the count inspected."""

from __future__ import annotations

# The population: its count, its unit, a few words of its own (its kind), then 中 — not 其中,
# which opens a breakdown, nor 之中 after a stock word, which counts what a region holds.
POPULATION = (r"(?P<num>\d+(?:\.\d+)?)\s*(?:余|多)?\s*(?P<unit>台|部|只|座|套|条|辆)"
              r"(?P<words>[^，,；;。!?！？\d]{0,12}?)(?<!其)中(?=[，,\s]|有|共|包含|包括)")
# Words before the count that make it a stock or a plan, no check's population (全市在用的
# 900台电梯中; 计划检验的60台锅炉中).
NOT_CHECKED = r"在用|在册|登记|注册|现有|共有|拥有|计划|拟|将要|新装|新增"
# How far before the failing count the population may stand, inside its sentence.
REACH = 120
