"""Supervision (schema 2): the words of a count's change named by the count's own noun rather
than told after its level (read by :mod:`..supervision_count_changes`): 受检企业数上升6%,
立案数同比下降4.2%, 抽检品种与受检企业数目分别提高了9.5%和21%. Each noun maps to the metric
of the count it names; a noun not in these rows names no change of ours."""

from __future__ import annotations

from typing import NamedTuple

from ... import regex_cache as rx


class CountNoun(NamedTuple):
    metric: str
    noun: str  # a regular expression for the count's noun, matched whole


# The check's own words before a count of firms or batches (抽查企业数, 受检企业数量).
_CHECKED = r"(?:抽查|抽检|抽样|受检|被抽查|被抽检|检查|监督抽查|监督抽检)?的?"
COUNT_NOUNS: tuple[CountNoun, ...] = (
    CountNoun("enterprises_inspected", rf"{_CHECKED}(?:企业|生产企业|厂家|单位)(?:家?数量?|数目|总数)"),
    # (batches named by the check or as a number: 抽查批次, 总批次数; 批次 alone may be any)
    CountNoun("batches_sampled", rf"{_CHECKED}(?:产品|样品)?总?批次(?:总?数量?)?"),
    CountNoun("categories_sampled", rf"{_CHECKED}(?:产品)?(?:种类|品种|类别)(?:数量?)?"),
    CountNoun("cases", r"(?:查处|办理)?(?:案件|立案)(?:总?数量?|件数)"),
)

# A noun, any word of the comparison (比上年, 较前一年, 同比), the change's verb and its %.
_NOUNS = "|".join(f"(?:{row.noun})" for row in COUNT_NOUNS)
_TIME = r"(?:\d{4}年度?|[去上前]一?年度?|上年同期|去年同期|同期|上一?季度|上半年|上一?期|上次|上一?轮)"
_COMPARED = (rf"(?:[，,]?\s*(?:同比|环比|(?:比|较|与|同)\s*{_TIME}(?:相比|相较|比较)?[，,]?)\s*)?")
VERB = r"(?:增长|增加|上升|提高|提升|下降|减少|降低|回落)了?(?:约|近|超过)?\s*"
NUMBER = r"(?P<num>\d+(?:\.\d+)?)\s*%(?![\d.])"
# One noun's change: 受检企业数上升6%, 立案数同比下降4.2% (no other figure between).
ONE = rx.compile(rf"(?P<noun>{_NOUNS}){_COMPARED}(?:均|都)?{VERB}{NUMBER}")
# Two or three nouns, their changes 分别 in the same order: 品种与受检企业数目分别提高了9.5%和21%.
MANY = rx.compile(
    rf"(?P<nouns>(?:{_NOUNS})(?:\s*(?:、|和|及|与|以及)\s*(?:{_NOUNS})){{1,2}}){_COMPARED}"
    rf"分别{VERB}(?P<nums>\d+(?:\.\d+)?\s*%(?:\s*(?:、|和|及|与|以及)\s*\d+(?:\.\d+)?\s*%){{1,2}})(?![\d.])")
# A change's verb right before its %: every match of ONE and of MANY holds one, and most
# reports hold none (a test that spares both scans of the whole text).
CHANGE_TOLD = rx.compile(rf"{VERB}\d+(?:\.\d+)?\s*%")
NOUN = rx.compile(_NOUNS)
PERCENT_IN_LIST = rx.compile(r"(?P<num>\d+(?:\.\d+)?)\s*%")
# Not a change of the work's own count: a share (占抽查企业数的2%), the count of failures or
# passes (不合格批次数下降, 合格企业数增加: other metrics).
NOT_CHANGE_BEFORE = rx.compile(r"(?:占(?:全部|总)?|合格|不达标|问题|违法|获证|规模以上)$")
# A count of firms, batches or kinds is a spot check's only where the noun or its sentence
# names the check (抽查企业数; 此次抽查…产品种类增长9%); not a region's firms or products.
CHECKED = rx.compile(r"抽查|抽检|抽样|受检|监督检查")
# Counted without a check word, the noun's count is the check's only if it says how many:
# 批次 alone is too wide (its change may be of any lots), so batches need 数 or 总 or the check.
BARE_BATCHES = rx.compile(r"(?:产品|样品)?批次")
