"""Supervision (schema 2): the words between a recall count and its change in % told after it
(read by :mod:`..supervision_recalls`; the change itself is read as a rate's is,
:mod:`..supervision_changes`)."""

from __future__ import annotations

from ... import regex_cache as rx
from .supervision_work import RECALL_UNITS

# A recall count's units (those of the recall rows), without 万 or 亿.
RECALL_UNIT_SET = frozenset(unit for unit in RECALL_UNITS.split("|") if unit[0] not in "万亿")
# What may stand between the count and its change besides other recall counts: the count of
# the year compared in brackets, shares, years, the goods a recall covered (涉及车辆8.1万辆) and
# the change in the goods' units (增加了2.9万辆), more goods listed (、缺陷玩具5600件); no other figure.
_UNITS = r"\d+(?:\.\d+)?\s*(?:万|亿)?(?:" + "|".join(sorted(RECALL_UNIT_SET, key=lambda unit: (-len(unit), unit))) + ")"
RECALL_BETWEEN = rx.compile(rf"[(（][^()（）]*[)）]|\d+(?:\.\d+)?\s*%|\d{{4}}\s*年|"
                            rf"(?:增加|减少)了?{_UNITS}|(?:涉及|、)[^，,。；;\d]{{0,8}}?{_UNITS}")
