"""The words around a brand count that tie it to another or rule it out (read by
:mod:`..brands_counts` and :mod:`..brands_counts_chain`): a stock that grew from one count to
the next, the level it grew from, a title that goes on to a standard."""

from __future__ import annotations

from ... import regex_cache as rx

# Between two counts of one title: a stock that grew (由原来的16个品牌发展到现在的…38个), or
# brands then products (38个品牌44个产品). The later number counts the same title.
# (the later level may be dated, and its noun left out: 由2005年的12件增加到目前的19件)
_GREW_TO = r"[，,]?(?:发展到|增加到|增长到|增至|上升到|提高到)(?:现在的?|目前的?|如今的?|去年的?|今年的?|上年的?|\d{4}年(?:底|末)?的?)?"
CHAIN_GAP = rx.compile(rf"(?:品牌|产品|商标)(?:{_GREW_TO})?|{_GREW_TO}")
# A title's stock told first as the level it grew from (驰名商标由2005年的12件增加到…; 由原来
# 的9个…): that level is the title's count, a stock as well.
FROM_LEVEL = rx.compile(r"(?:从|由)(?:\d{4}年(?:底|末|度)?|原来|最初|过去|起初)?的?")
# A count whose title goes on to a standard (两项地理标志产品团体标准): standards, no brands.
STANDARD_AFTER_TITLE = rx.compile(r"的?(?:地方|国家|行业|团体|企业|省级?|市级?)?(?:标准(?!化)|规程|技术规范)")
