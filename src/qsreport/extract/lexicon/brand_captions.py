"""Photo captions' words: what joins the titles a firm is introduced by, and the firm after
the dash (read by :mod:`..brands_honours_captions`)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN

# Between the titles of a caption's lead: quotation marks, the holder's word, 、 and 和.
CAPTION_JOINT = rx.compile(r"[\s“”「」\"]*(?:(?:生产)?(?:企业|单位))?[\s“”「」\"]*(?:[、，,和及与][\s“”「」\"]*)?")
# The firm after the dash, then what the photo shows (工人在…, 的车间) or the line's end.
CAPTION_FIRM = rx.compile(
    rf"\s*(?P<firm>{HAN}[^，,。；;、\s—“”「」\"]{{1,28}}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|集团|厂))"
    r"(?!有限|股份|公司|集团)(?=工人|员工|职工|技术人员|的|在|车间|生产线|厂区|[\s，,。；;（(]|$)"
)
