"""The words of a change told right after a level (read by :mod:`..changes`): a comparison
with an earlier time (比上年, 较2015年同期, 与去年相比, 同比, 环比) and a verb of change before the
number (增加, 下降了, 多), in %, in points, or in the level's own unit (比上年增加6家); a further
change in % may follow (…增加了12家，增长了30%)."""

from __future__ import annotations

# The earlier time a level is compared with: a year, the last year or its same stretch, a
# quarter, a month; never a place or a kind (比全省平均水平: a margin, no change).
_TIME = (r"(?P<time>\d{4}\s*年(?:度|同期|全年|底|末)?|[去上前]一?年(?:度|同期|全年|底|末)?|同期"
         r"|上一?季度|上一?个?月|上半年|上一?期|上一?轮|上次)")
# The earlier level itself may stand after its time (比2020年的1100批次), or in brackets right
# after it (比去年同期（460件）, 较上年（36家）): a figure and a unit; the bracketed one is read
# as a level of that time where the unit is the level's own.
_EARLIER = (r"(?:的\s*(?P<was>\d+(?:\.\d+)?)\s*(?P<was_unit>[^\d\s，,。；;、]{1,4})"
            r"|\s*[(（]\s*(?P<was_b>\d+(?:\.\d+)?)\s*(?P<was_b_unit>[^\d\s()（），,。；;、]{1,4})[)）])?")
# What joins the level and its comparison: a comma, an adverb; then the comparison.
COMPARED = (r"\s*[，,]?\s*(?:(?:比|较|与|同|跟|和)\s*" + _TIME + _EARLIER
            + r"\s*(?:相比|相较|比较)?\s*[，,]?|同比|环比)\s*(?:均|共|又|还|也|分别|略有|有所|大幅)?\s*")
# The verb of change right before the number (到 between makes a new level: 提高到).
VERB = r"(?:增加|增长|提高|提升|上升|下降|减少|降低|回落|下滑|增|减|降|升|多|少)了?\s*(?:约|近|超过|逾)?\s*"
# The change's number, in % or points here; the level's own unit is added by the reader.
NUMBER = r"(?P<num>\d+(?:\.\d+)?)\s*"
RELATIVE_UNITS = r"%|％|个?百分点"
# A further change in % right after the first (…增加了5家，增长了25%; 增幅为25%).
MORE = (r"\s*[，,、]\s*(?:增长|增加|提高|上升|下降|减少|降低|增幅|降幅|涨幅)(?:了|为|达到?)?\s*"
        r"(?:约|近|超过|逾)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|％)(?![\d.])")
