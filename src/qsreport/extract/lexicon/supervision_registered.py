"""Supervision (schema 2): the words of the market entities a region has on its business
register (read by :mod:`..supervision_registered`): 市场主体 or 经营主体 of every kind, the
enterprises among them (企业, 私营企业, 内资企业) and the self-employed (个体工商户, 个体户), a
stock (实有, 在册, 截至…) or newly registered (新登记, 注册登记), and a kind's share of them."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# The kinds of entity on the register, each its metric. A firm's word is read only where the
# word before it scopes a register (其中, 的, 各类, 在册, 全市, 注册登记 …), not a trade's
# (食品生产企业, 使用单位: the firms of a kind a bureau watches over, ``firms_supervised``).
_ALL = r"(?:各类)?(?:在册|实有)?(?:市场主体|经营主体)"
_SELF = r"(?:各类)?(?:个体工商户|个体户|个体经营户|个体工商业户)"
_FIRM = r"(?:私营|民营|内资|外资|外商投资|国有|集体)?企业"  # (a firm's word, of any ownership)
_FIRMS = rf"(?<=[中的有册类市县区省州旗内记立办增展年底末，,、：:\s])(?:在册|实有)?{_FIRM}"
ENTITY = rf"(?P<all>{_ALL})|(?P<self>{_SELF})|(?P<firms>{_FIRMS})"
METRICS = {"all": "market_entities", "firms": "market_enterprises",
           "self": "market_self_employed"}

# A count: its number (thousands may be marked, 15,230), 万/亿 kept in the unit as written
# and 余/多 left out of it (5800余户 → 5800 户), counted in 户, 家 or 个 (not 12万市场主体, no
# unit: a count of data records' owners told in passing).
_COUNT = (r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)(?:余|多)?(?P<scale>万|亿)?(?:余|多)?"
          r"(?P<counter>户|家|个)(?![\d次])")
# Words between the kind and its count: a stock's or a goal's verb (总量, 已达, 突破), no
# change (比上年增长…, 增加了: the change is a figure of its own, read after the level) and no
# other number.
_GAP = r"(?:(?!增长|增加|减少|下降|提高|比|较|同比|占)[^，,。；;:：\d%％()（）“”]){0,8}?"
# A net change of the stock told as a count (市场主体净增3000户): ``basis: change``.
NET_CHANGE = rx.compile(r"净增|净减")
# (the kind, then its count: 甲县经营主体实有4.1万户, 其中企业6300家, 个体户3.4万户)
KIND_FIRST = compile_fast(rf"(?:{ENTITY}){_GAP}{_COUNT}")
# (the count, then the kind, after a register's verb: 新登记2.1万户市场主体, 共有在册的5200户个体户)
_REGISTER_VERB = r"(?:新登记(?:注册)?|新注册|新设立|新开办|新发展|新增|注册登记|登记注册|实有|共有|现有|在册)了?"
COUNT_FIRST = compile_fast(rf"{_REGISTER_VERB}{_COUNT}(?:的)?(?:各类)?(?:{_ALL}|{_SELF}|(?:私营|民营|内资|外资)?企业)")

# A firm's count is read only in a sentence of the register: one that names market entities
# or the self-employed, or a register's verb (新登记, 注册登记, 在册, 实有).
REGISTER_SENTENCE = rx.compile(r"市场主体|经营主体|个体工商户|个体户|个体经营户|新登记|新注册|注册登记|登记注册|"
                               r"新设立|在册|实有")
# Words of the figure's clause (up to its number) that make it no count of the register: the
# entities a check went through, a service helped, a programme reached, a kind of them by
# size, trade or credit, or those struck off, closed down or turned into another kind (取缔无证
# 无照经营主体30户: no register's count); a count per head.
NOT_REGISTER = rx.compile(r"抽查|抽检|抽样|检查|巡查|检验|检测|监测|帮扶|服务|走访|指导|培训|查处|处罚|"
                          r"许可|认证|获证|签订|签署|约谈|责令|立案|涉及|覆盖|参与|参加|惠及|受益|减免|"
                          r"归集|数据|注销|吊销|撤销|转型|转为|升级|信用|异常|年报|公示|上市|规模以上|规上|"
                          r"高新|科技型|专精特新|纳税|出口|产值|营业收入|商标|专利|每万人|每千人|平均|户均|"
                          r"取缔|无证|无照|关停|关闭|查封|整治")

# A clause that only goes on with a list: it opens on a kind (after 其中 or a joint at most),
# and the words that govern its count are those of the clause the list opens in
# (…检查经营企业12户，个体工商户20户: entities inspected).
LIST_ITEM = rx.compile(rf"\s*(?:其中|以及|及|和|另有)?\s*(?:{_ALL}|{_SELF}|{_FIRM})")

# The basis the clause's words give (its stock's words first: 共有在册的…, 截至…实有): a
# stock is ``total``, newly registered ``added``; a count of neither follows the count before
# it in its sentence (其中私营企业80户 after 新注册企业95户: added), or is a stock.
TOTAL = rx.compile(r"实有|在册|共有|现有|拥有|累计|总量|总数|达到|突破|截至|截止|已达")
ADDED = rx.compile(r"新登记|新注册|新设立|新开办|新发展|新增|注册登记|登记注册|新办")

# A kind's share of the entities, told after a count of them in its sentence (企业户数占比
# 31%; 个体户所占比重为60%): the kind's metric, ``basis: share``.
SHARE = compile_fast(rf"(?:{ENTITY})(?:数量?|户数)?(?:所?占比(?:重|例)?|占[^，,。；;\d]{{0,8}}?(?:比重|比例))"
                     r"(?:达到?|为|是|约)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％])")
SHARE_SENTENCE = rx.compile(r"市场主体|经营主体")

# Changes told once for a list of counts (企业3400户、个体户1.2万户，较上年分别增长5%和3%;
# …，分别比前一年增加2%和4%): right after the list's last count, a comparison with an earlier
# time and 分别 (before it or after it), then one % or point change per count, paired in order
# with the counts before (``basis: change``).
RESPECTIVE = rx.compile(r"\s*[，,]\s*(?:分别(?:比|较|与|同)[^，,。；;\d]{0,10}?(?:相比)?[，,]?|"
                        r"(?:比|较|与|同)[^，,。；;\d]{0,10}?(?:相比)?[，,]?\s*分别|同比分别)\s*"
                        r"(?:增长|增加|提高|上升|下降|减少|降低)了?\s*"
                        r"(?P<nums>\d+(?:\.\d+)?\s*(?:%|％|个?百分点)?"
                        r"(?:\s*(?:和|、|及|与)\s*\d+(?:\.\d+)?\s*(?:%|％|个?百分点)?)+)")
RESPECTIVE_NUMBER = rx.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|％|个?百分点)?")
