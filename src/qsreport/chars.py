"""Character classes the rules share.

``HAN`` stands for a CJK character. It is written as "a word character that is not a digit,
underscore or ASCII letter" rather than as the range U+4E00–U+9FFF because Python's regex
compiler expands a large range into a 64K table on every compile (about a millisecond each, and
the rules use dozens); the category form compiles in a tenth of the time. In the match view the
only such characters are CJK ones (full-width letters are folded to ASCII there).
"""

from __future__ import annotations

from . import regex_cache as rx

HAN = r"[^\W\d_a-zA-Z]"
HAN_CHAR = rx.compile(HAN)  # one CJK character, compiled once for the modules that count them
DIGIT = rx.compile(r"\d")  # a digit (a figure) in a stretch that must hold none

# What a figure's label (the words before it) is trimmed of: the blanks and clause marks it
# was cut from, and with them the words that lead a total to its figure (共计, 约, 达, 为, 是:
# 共检查企业120家) or a figure reached (为, 是, 达到: 抽样合格率达到96%).
LABEL_EDGE = " ，,、"
LABEL_EDGE_TOTAL = LABEL_EDGE + "共计约达为是"
LABEL_EDGE_REACHED = LABEL_EDGE + "为是达到"

# Measure words a traditional text writes in other characters (個 for 个), with their
# simplified forms: a unit of 個 and one of 个 are one unit in a table.
MEASURE_WORDS_SIMPLIFIED = (
    ("個", "个"), ("項", "项"), ("臺", "台"), ("處", "处"), ("種", "种"), ("戶", "户"),
    ("類", "类"), ("號", "号"), ("輛", "辆"), ("張", "张"), ("場", "场"), ("噸", "吨"),
    ("條", "条"), ("組", "组"), ("塊", "块"), ("間", "间"), ("雙", "双"), ("隻", "只"),
    ("筆", "笔"), ("門", "门"), ("屆", "届"), ("車", "车"), ("擔", "担"), ("點", "点"),
    ("產", "产"), ("別", "别"),
)
UNIT_FOLDED = 6
"""How many of a unit's first characters are folded (units are a few: 个产品类别, 台(套), 批次/千人)."""
_UNIT_SCRIPT = dict(MEASURE_WORDS_SIMPLIFIED)


def simplified_unit(unit: str) -> str:
    """``unit`` with each of its first :data:`UNIT_FOLDED` characters in simplified script where
    :data:`MEASURE_WORDS_SIMPLIFIED` has it (個百分點 → 个百分点, 5200臺 → 台), as SQLite's
    ``facts_placed.amount_unit`` writes it."""
    head = "".join(_UNIT_SCRIPT.get(char, char) for char in unit[:UNIT_FOLDED])
    return head + unit[UNIT_FOLDED:]


_SCALES = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def unit_scale(unit: str) -> tuple[int, str]:
    """The factor of the 万/亿 a unit opens on (1 if none) and the unit without it: 万元 →
    (10000, 元), 億 → (100000000, ""), 件 → (1, 件); SQLite's ``facts_placed.amount`` scales
    alike."""
    factor = _SCALES.get(unit[:1])
    return (1, unit) if factor is None else (factor, unit[1:])
