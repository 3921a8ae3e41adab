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
