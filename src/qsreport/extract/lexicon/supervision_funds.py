"""Supervision (schema 2): the words of the money a government or a bureau sets aside for
quality-supervision work (read by :mod:`..supervision_funds`): 落实抽检经费80万元, 安排12万元
专项经费, 编列300万元预算, 经费预算：全年抽样检测费用共9万元; a list of sums before one word of
funds (拨付2万元宣传、6万元检测经费)."""

from __future__ import annotations

from ... import regex_cache as rx

_NUM = r"(?P<num>\d+(?:\.\d+)?)\s*(?:多|余)?\s*(?P<scale>万|亿)?(?P<unit>元)"
# Money set aside, granted or found (落实, 安排, 拨付, 编列, 争取, 筹措 …).
_SET_ASIDE = r"落实|安排|拨付|划拨|下拨|拨出|拨款|编列|争取|筹措|筹集|列支|追加|投入"
# The funds' own word: 经费 (工作经费, 专项经费, 抽检经费), 预算; not a budget's carrying out or
# its rules (经费管理, 预算执行), nor a sum of fees (费用 only after 经费预算 names them).
_FUNDS = r"经费(?!管理|使用|保障机制|执行)|预算(?!执行|管理|编制)"

FUNDS_ROWS: tuple[str, ...] = (
    # the verb, the funds' word, then the sum (落实经费90余万元, 落实各类经费300多万元)
    rf"(?:{_SET_ASIDE})了?[^，,；;。！？!?\d]{{0,8}}?(?:{_FUNDS})(?:共|计|共计|合计|总计|达到?|约|为)*\s*{_NUM}",
    # the verb, the sum, then the funds' word (安排12万元专项经费, 编列80万元预算), and each sum
    # of a list before that one word (拨付4万元甲、9万元乙和3万元丙经费)
    rf"(?:{_SET_ASIDE})了?[^，,；;。！？!?\d]{{0,12}}?(?P<first>{_NUM}"
    rf"(?:[^，,；;。！？!?\d]{{0,10}}?[、和及与]\s*\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:万|亿)?元)*)"
    rf"[^，,；;。！？!?\d]{{0,12}}?(?:{_FUNDS})",
    # a plan's heading of its budget, then the fees it names (经费预算：全年抽样检测费用共9万元)
    rf"经费预算\s*[:：]?\s*[^，,；;。！？!?\d]{{0,14}}?费用(?:共|计|约|为)*\s*{_NUM}",
)
# Any one sum of a list the second row matched (its words follow it up to the next sum).
LISTED_SUM = rx.compile(_NUM)
# Not money of another kind in the clause: research and development (研发经费: economic
# context), a standards' subsidy or a reward (``standards_funding``, ``reward_money``), a body's
# building (``capacity``'s investment), fines, fees waived, goods' value, turnover; nor a plan
# or a rate per unit (每家, 每年).
NOT_FUNDS = rx.compile(r"研发|科研|研究与试验|R&D|标准化|标准研制|奖励|奖金|补助|资助|建设|投资|"
                       r"罚款|罚没|减免|免收|货值|销售|营业|产值|每家|每个|每项|每年|力争|计划|拟")
