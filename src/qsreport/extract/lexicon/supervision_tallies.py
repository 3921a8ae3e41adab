"""Supervision (schema 2): the words of four late counts (read by :mod:`..supervision_tallies`):
the product kinds a check found with no failing sample (``categories_passed``: 13种产品合格率为100%,
12种产品未发现不合格, 合格15种), the online platforms a check or a watch went through
(``platforms_inspected``: 监测电商平台120个次, 从4个电商平台抽取), farmers' cooperatives
(``farm_cooperatives``: 农民专业合作社230家, 新注册农民专业合作社共90户) and the quantity of
offending goods a case's party sold (``goods_sold_quantity``: 当事人对外销售假冒阀门30台,
销售总量为4.2公斤)."""

from __future__ import annotations

from ... import regex_cache as rx
from . import NUM_GROUPED_ALONE as _NUM

_GAP = r"[^，,；;。！？!?\d]"

# Kinds of product a check found with no failing sample: the kinds, then every sample's pass
# (合格率为100%, 均合格, 未发现不合格, 未发现不符合…), the batches between them allowed (6个种类产品
# 45批次，合格率100%: 6 个); or 合格 and the kinds after the check's whole (抽查8类30种产品，合格22种).
# Not a band of other pass rates (合格率在90%以上的8类: out of schema), nor kinds that failed.
_KINDS = r"(?P<unit>个(?=种类|品种)|大类|种|类|款)(?:种类|品种)?"
CATEGORIES_PASSED_ROWS: tuple[str, ...] = (
    rf"{_NUM}{_KINDS}(?:产品|商品|食品)?(?:共|计)?(?:\d+(?:\.\d+)?(?:个)?批次)?[，,]?"
    rf"(?:抽查|抽检|监督抽查)?(?:的)?合格率(?:均为|为|均|达到?|是)?\s*100(?:\.0+)?\s*[%％]",
    rf"{_NUM}{_KINDS}(?:产品|商品|食品)?(?:均|全部)?未(?:发现|检出)(?:不合格|不符合)",
    rf"{_NUM}{_KINDS}(?:产品|商品|食品)?(?:抽查|抽检)?(?:结果)?(?:均|全部)合格",
    rf"(?<=[，,])合格(?:的)?(?:产品)?(?:有|为)?\s*{_NUM}{_KINDS}",
)

# Online platforms a check or a watch went through: the watching or checking verb, the
# platforms (电商平台, 电子商务平台, 网络交易平台, a third party's) and their count in 个/个次/家;
# the count before the platforms (从5个电商平台中抽取); and a count in words before them
# (从甲、乙两个电子商务平台抽取). Not online shops or sellers (网店, 网络经营户: 户).
_PLATFORM = r"(?:第三方)?(?:电商|电子商务|网络交易|网络食品交易|网络销售|网购)(?:第三方)?平台"
_TIMES = r"(?P<unit>个\(次\)|个（次）|个次|家次|个|家)"
PLATFORMS_ROWS: tuple[str, ...] = (
    rf"(?:监测|检查|抽查|巡查|排查|监控|检测)了?{_GAP}{{0,10}}?{_PLATFORM}"
    rf"(?:\(网站\)|（网站）)?(?:共|计|共计)?\s*{_NUM}{_TIMES}",
    rf"{_NUM}(?P<unit>个|家)(?:{_PLATFORM})",
    rf"(?<=[、])[^，,；;。\d、]{{1,8}}?(?P<num>两|二|三|四|五|六|七|八|九|十)(?P<unit>个|家)(?:{_PLATFORM})",
)

# Farmers' cooperatives: their word, then the count (农民专业合作社230家; 新注册农民专业合作社共
# 90户), or the count before it (600家农民专业合作组织). Not a list of the users a check went
# through (对甲县45户种植户、合作社进行检测: no count of their own).
_COOP = r"(?:农民|农牧民)(?:专业)?合作(?:社|组织|经济组织)"
FARM_COOPERATIVES_ROWS: tuple[str, ...] = (
    rf"{_COOP}(?:总数)?(?:共计|共|计|达到?|增至|增加到|发展到|为|有)*\s*{_NUM}(?P<unit>家|个|户)",
    rf"{_NUM}(?P<unit>家|个|户){_COOP}",
)

# The quantity of offending goods a case's party sold: 销售总量/销售数量 and the quantity, or the
# selling verb after the party or a total's word (当事人销售, 对外销售, 累计销售, 共销售) and the goods
# up to the quantity in the goods' own unit — never money (销售金额: ``goods_sold_value``).
_GOODS_UNIT = (r"(?P<unit>万台|万件|万个|台|个|件|只|套|公斤|千克|斤|吨|箱|瓶|袋|盒|包|桶|支|双|"
               r"条|张|块|辆|罐|听|副|把|根|米)")
GOODS_SOLD_ROWS: tuple[str, ...] = (
    rf"(?<![未尚])(?:销售|售出|卖出)(?:总量|数量|总数)(?:共计|合计|为|达到?|是|计)*\s*{_NUM}{_GOODS_UNIT}",
    rf"(?:当事人|共|累计|对外|先后|共计|合计)(?:对外|共|累计)?(?:销售|售出|卖出)了?"
    rf"{_GAP}{{0,14}}?{_NUM}{_GOODS_UNIT}(?![次家户])",
)
# The sentence tells a case before the quantity (当事人, 涉案, 假冒 …); not a firm's or a trade's
# turnover, a plan's or a year's (实现, 全年, 目标), nor goods left unsold (剩余, 尚未, 未销售).
CASE = rx.compile(r"当事人|涉案|违法|假冒|仿冒|侵权|不合格|伪劣|非法|经核查|经查|案")
NOT_CASE = rx.compile(r"实现|营业收入|产值|企业年|全年|目标|力争|预计|剩余|尚未|未销售")
