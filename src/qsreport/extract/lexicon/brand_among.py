"""Words of holders named as examples among a title's holders: 在这些驰名商标中，甲、乙、丙等
商标… (read by :mod:`..brands_honours_among`), after a count of them (现有中华老字号38家，如A、
B等) and included among them (包括A在内的…) (read by :mod:`..brands_honours`)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN
from ...regex_prefilter import compile_fast

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

# The new holders of a title counted just before it, then told apart by kind: 新增的20件某省
# 著名商标中，既有A、B等老企业的，也有C等合作社的；D等…也榜上有名. Each part's names, closed
# by 等, hold the title (read by :mod:`..brands_honours_among`).
# (a place the title bears may stand between: 20件甲省著名商标, the title read from 省)
COUNTED_BEFORE = compile_fast(r"[\d一二三四五六七八九十两百]+(?:件|个|家|项|种)[^\W\d_]{0,5}$")
KINDS_AFTER = rx.compile(r"[”」\"]?(?:中|里|当中)[，,：:]\s*(?=既有)")
# One part: its opening word (既有, 也有, 还有, 又有), the names, 等; or a last part whose names
# are on the list too (D等某某企业也榜上有名).
KIND_PART = rx.compile(
    r"(?:既有|也有|还有|又有)(?P<names>[^，,。；;等]{2,200}?)等[^，,。；;]*"
    r"|(?P<also>[^，,。；;等]{2,200}?)等[^，,。；;]{0,20}?(?:也|还|亦)(?:榜上有名|名列其中|在列|位列其中)"
)
