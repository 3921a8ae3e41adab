"""Supervision (schema 2): the words of a failure rate told in tenths (成), as Taiwan's and Hong
Kong's releases and headlines write it (read by :mod:`..supervision_tenths`, ``failure_rate``
in 成): 市售某商品6成不合格, 七成以上的样品长度偏短, 计3件、占3成…不符合. Not a share of
anything else (三成消费者, 一成三的涨幅), nor a pass rate (八成合格)."""

from __future__ import annotations

# Tenths in digits or one Chinese numeral (not a part of a larger numeral: 十成, 二十成).
_TENTHS = r"(?<![\d.十百千万一二三四五六七八九两])(?P<num>\d|[一二三四五六七八九])\s*(?P<unit>成)(?!\s*[一二三四五六七八九\d半])"
_ABOUT = r"(?:以上|多|左右|有余|余)?"
_GAP = r"[^，,；;。！？!?\d\n]"
# The failing verdict of the goods counted: failed, fell short of a rule or a label, came short.
_FAILED = (r"不合格|不符合?|不达标|未(?:能)?通过|未达|超标|"
           rf"存在{_GAP}{{0,10}}?(?:问题|缺陷|现象|隐患|瑕疵)|短缺|缩水|违规")
TENTHS_ROWS: tuple[tuple[str, str], ...] = (
    # (the tenths, then their goods and their verdict: 6成不合格, 七成以上的电线长度偏短)
    ("failure_rate", rf"{_TENTHS}(?={_ABOUT}的?{_GAP}{{0,14}}?(?:{_FAILED}))"),
    # (a share of the failing count told before it: 计3件、占3成…不符合)
    ("failure_rate", rf"占(?:了|约|近)?\s*{_TENTHS}(?={_ABOUT}{_GAP}{{0,16}}?(?:{_FAILED}))"),
)
# A sentence (or, for a headline, the report) must name a test or a check of goods.
TESTED = r"抽查|抽检|抽验|抽样|抽测|购样|检测|检验|测试|实测|试验|查核|检查|调查"
# The tenths of people or of prices, not of goods: 三成消费者, 价格上涨三成.
NOT_GOODS = r"消费者|市民|民众|受访|网民|家长|价格|售价|涨幅|增幅|降幅|比例上升"
