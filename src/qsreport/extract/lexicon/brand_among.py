"""Words of holders named as examples among a title's holders: 在这些驰名商标中，甲、乙、丙等
商标… (read by :mod:`..brands_honours_among`), after a count of them (现有中华老字号38家，如A、
B等) and included among them (包括A在内的…) (read by :mod:`..brands_honours`)."""

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

# 现有中华老字号38家，如A、B、C等: examples of the count's holders, closed by 等 in the clause
# (a clause of 如 without it goes on about something else: 如按行业分, 如期完成).
EXAMPLES_CLOSED = rx.compile(r"等[。；;，,]|等$")
# 包括A、B在内的省级知名品牌示范区共有5个: names included among the title's holders, the
# title right after them (a count and its kind may stand between: 在内的12个产品).
INCLUDED_BEFORE = rx.compile(
    r"包括(?P<names>[^，,。；;：:]{2,80}?)在内的?"
    r"(?:[\d一二三四五六七八九十两]+(?:个|家|项|件|种))?(?:企业|产品|单位|品牌)?的?"
    r"(?:国家级|省级|市级|全国|全省)?$"
)
