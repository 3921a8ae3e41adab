"""Words of holders named as examples among a title's holders: 在这些驰名商标中，甲、乙、丙等
商标… (read by :mod:`..brands_honours_among`)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN

# Before the title: the holders just spoken of (这些, 上述), and after it: 中 (among them).
AMONG_BEFORE = rx.compile(r"(?:这些|上述|以上|这批|众多)$")
AMONG_AFTER = rx.compile(r"(?:[”」\"])?(?:当)?中[，,：:]?")
# A run of short names ending in 等商标 (等品牌): the examples. Each name is 2 to 8 characters,
# quoted or not; the run holds at least two.
EXAMPLES = rx.compile(
    rf"(?P<names>[“「\"]?{HAN}{{1,8}}[”」\"]?(?:、[“「\"]?{HAN}{{1,8}}[”」\"]?)+)"
    r"等(?:注册)?(?:商标|品牌|名牌|产品)"
)
