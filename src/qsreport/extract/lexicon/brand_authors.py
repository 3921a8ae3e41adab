"""Words of a standard's author winning an award for it: 某公司起草的《甲》获项目二等奖
(read by :mod:`..brands_honours_authors` and :mod:`..brands_honours_names`)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN

_BODY = (r"(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|集团|厂|研究院|研究所|设计院|大学|学院|"
         r"协会|中心)")
# The author, then how it wrote the standard (A公司联合B厂起草的《…》).
AUTHOR = rx.compile(
    rf"(?P<firm>{HAN}[^，,。；;：:、“”《》]{{1,28}}?{_BODY})(?:[（(][^）)]{{1,8}}[)）])?"
    r"(?:联合[^，,。；;《》]{0,12}?)?(?:主导|牵头|参与|负责)?(?:制定|起草|制修订|修订|研制|编制)的"
)
# ... the standard, then the prize it won under the award the sentence named before.
AUTHOR_PRIZE = rx.compile(
    r"[^，,。；;《》]{0,12}《[^》]{1,40}》(?:项目)?(?:荣获|获得|获)了?(?:项目)?[一二三特]等奖"
)
# An award the prizes are of: a prize (奖) title, not a brand.
PRIZE_TITLE = rx.compile(r"奖")
