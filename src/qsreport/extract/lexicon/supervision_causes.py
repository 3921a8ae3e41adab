"""Supervision (schema 2): the words of a check's failures broken down by their cause, each
cause's share of all the failing samples (read by :mod:`..supervision_causes`): 某类问题
占不合格总数的30.1%; 在不合格样品总量中的占比为12%; 占抽检不合格样品总量为：甲类问题40.2%，乙类问题21%."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import LABEL_EDGE
from ...regex_prefilter import compile_fast

# The whole a share is taken of: all the failing samples, batches or items of the check (不合格
# 总数, 不合格样品总量, 抽检不合格批次总数), never what was sampled (占抽检总量: another whole).
_WHOLE = r"(?:抽检|抽查|监督抽检)?不合格(?:样品|批次|产品|食品|项目|问题)?(?:批次)?(?:总数|总量|总批次数?)"
# 一是…问题占不合格总数的32.5%: the share right after the whole, in its clause.
AFTER_WHOLE = compile_fast(rf"占{_WHOLE}(?:的)?(?:比例|比重|占比)?(?:为|达到?|是|约)?\s*"
                           r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％])")
# …在抽检不合格样品总量中的占比仍达16.2%: the whole named first, its share after 占比.
IN_WHOLE = compile_fast(rf"{_WHOLE}中的?(?:占比|比例|比重)(?:仍|也|则)?(?:为|达到?|是|约)?\s*"
                        r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％])")
# 占抽检不合格样品总量为：甲问题40.1%，乙问题20.3%: a list of causes after the whole and a colon;
# the list runs to the end of its sentence.
LIST_HEAD = compile_fast(rf"占{_WHOLE}(?:的)?(?:比例|比重|占比)?(?:分别)?(?:为|是|依次为)?[：:]")
# (one item of that list: the cause's words, then its share)
LIST_ITEM = rx.compile(r"(?P<cause>[^，,、；;。：:\d%％\n]{2,24}?)\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％])")
# A change of a share (比上年下降2.1%, 提高了3个百分点) is no share: the words between the whole
# and the number may not hold one.
CHANGED = rx.compile(r"增长|增加|提高|提升|上升|下降|降低|减少|同比|较上年|比上年")

# What a cause's label is trimmed of: the blanks and marks it was cut from, the words that lead
# an item of a list (一是, 其中, 另外, 此外, 而, 但) or a cause (因, 由于), and 食品中的 before it.
LABEL_TRIM = LABEL_EDGE + "：:；;（）()一二三四五六七八九十是其中另外此外而但因由于食品中的在"
# A cause told with its own failure rate before the share (因某问题导致的不合格率为0.8% → 某问题).
OWN_RATE = rx.compile(r"(?:导致的?|造成的?)?(?:抽检|抽查)?不合格率(?:为|是|达)?$")
