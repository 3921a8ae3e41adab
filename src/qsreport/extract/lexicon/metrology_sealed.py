"""Metrology (schema 2): the words of instruments fitted with seals or anti-cheating devices,
or whose anti-cheating function was switched on (``instruments_sealed``, read by
:mod:`..metrology_sealed`): 60台加油机安装了铅封, 9家加油站都装上了封缄, 26台加油机已开启
防作弊功能, 为加油机加铅封10组. Not instruments sealed up for breaking
the rules (查封: ``instruments_failed`` or a case's goods)."""

from __future__ import annotations

from ... import regex_cache as rx

_NUM = r"(?<![\d.])(?P<num>\d+)\s*(?:多|余)?\s*"
_GAP = r"[^，,；;。！？!?\d]"
# The seal or device fitted (铅封, 封缄, 防作弊装置) and the fitting verb.
_FIT = r"加装|装上|安装|装配|加贴|施加|加"
_SEAL = r"防作弊铅封|铅封|封缄|防作弊装置|防作弊芯片"

SEALED_ROWS: tuple[tuple[str, str], ...] = (
    # the count, then the fitting and the seal (60台加油机安装了铅封, 9家加油站都装上了封缄)
    ("instruments_sealed",
     rf"{_NUM}(?P<unit>台|组|家|个|把|只){_GAP}{{0,10}}?(?:{_FIT})了?(?:{_SEAL})"),
    # the count, then the function switched on (26台加油机已开启防作弊功能)
    ("instruments_sealed",
     rf"{_NUM}(?P<unit>台|组|个|把|只){_GAP}{{0,10}}?(?:启动|开启|启用|激活)了?防作弊功能"),
    # the fitting and the seal, then the count (加铅封10组, 加装防作弊装置共20台)
    ("instruments_sealed",
     rf"(?:{_FIT})了?(?:{_SEAL})(?:共|计|共计|达到?)*\s*{_NUM}(?P<unit>台|组|家|个|把|只)"),
)
# Sealed up for breaking the rules in the sentence: no fitting of seals.
NOT_FITTED = rx.compile(r"查封|启封|拆封|破坏|私拆|擅自")
# The instrument of sites counted (9家加油站都装上了封缄): where the sentence names no instrument.
SITE_INSTRUMENTS: tuple[tuple[str, str], ...] = (
    (r"加油站|加油点|加气站", "fuel_dispenser"),
    (r"集贸市场|农贸市场|菜市场", "scale"),
)
