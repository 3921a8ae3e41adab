"""Supervision (schema 2): the counts whose change in % told after them is read (recalls,
complaints taken in, fibre inspected), and the words between a count and its change (read by
:mod:`..supervision_recalls`; the change itself is read as a rate's is,
:mod:`..supervision_changes`)."""

from __future__ import annotations

from ... import regex_cache as rx
from .supervision_work import RECALL_UNITS

# A recall count's units (those of the recall rows), without 万 or 亿.
RECALL_UNIT_SET = frozenset(unit for unit in RECALL_UNITS.split("|") if unit[0] not in "万亿")
# Each metric whose count's change over an earlier year in % is read after it, with the
# count's units: recalls, complaints and tip-offs taken in (受理投诉1.2万件，同比下降8%), fibre
# under notarial inspection (公证检验棉花300万包，同比增长12%).
COUNTED_CHANGES: dict[str, frozenset[str]] = {
    "products_recalled": RECALL_UNIT_SET,
    "complaints_handled": frozenset({"件", "起", "条", "宗", "次"}),
    "fibre_inspected": frozenset({"包", "吨", "批", "公斤", "千克"}),
}
# What may stand between the count and its change besides other recall counts: the count of
# the year compared in brackets, shares, years, the goods a recall covered (涉及车辆8.1万辆) and
# the change in the goods' units (增加了2.9万辆), more goods listed (、缺陷玩具5600件); no other figure.
_ALL_UNITS = frozenset().union(*COUNTED_CHANGES.values())
_UNITS = r"\d+(?:\.\d+)?\s*(?:万|亿)?(?:" + "|".join(sorted(_ALL_UNITS, key=lambda unit: (-len(unit), unit))) + ")"
RECALL_BETWEEN = rx.compile(rf"[(（][^()（）]*[)）]|\d+(?:\.\d+)?\s*%|\d{{4}}\s*年|"
                            rf"(?:增加|减少)了?{_UNITS}|(?:涉及|、)[^，,。；;\d]{{0,8}}?{_UNITS}")
