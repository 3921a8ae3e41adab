"""The words of a branded product's output (read by :mod:`..distinctions_output`): the output
value or sales of a region's brand products, a geographical-indication product, a regional
public brand or its time-honoured brands (名牌产品年产值达到800亿元, 地理标志产品销售额12亿元,
老字号销售额逾300亿元), and the area and the yield of a branded crop (种植面积达到3万亩, 年产量
1.2万吨). Not a threshold (销售额超过1亿元的有5家), a rate per mu or per head (亩产, 亩均, 人均),
a growth or a share, nor a price."""

from __future__ import annotations

from . import NUM_GROUPED as _NUM

_REACHED = r"(?:已经?|共|总|累计|年|全年|当年|实现|达到?|突破|超过|逾|为|是|约|近|了)*\s*"
# (not a threshold: 销售额超过1亿元的企业有5家, 年产值超千万元以上)
_NOT_BOUND = r"(?!\s*(?:以上|以下|左右)?\s*的|\s*以上)"
_NOT_RATE = r"(?<!亩)(?<!亩均)(?<!人均)(?<!户均)(?<!每亩)"

BRAND_OUTPUT: tuple[tuple[str, str], ...] = (
    # its output value or sales, in money (年产值已突破800亿元; 全年销售收入4.5亿元)
    ("brand_output", rf"{_NOT_RATE}(?:总产值|年产值|综合产值|产值|年销售额|销售额|年销售收入|销售收入|"
                     rf"年销售|营业收入|营收|产业产值){_REACHED}{_NUM}(?P<unit>万元|亿元|元){_NOT_BOUND}"),
    # its planted or base area (种植面积已有2万亩; 基地面积50公顷)
    ("brand_area", rf"(?:种植面积|栽培面积|基地面积|种植规模|面积|种植){_REACHED}{_NUM}(?P<unit>万亩|亩|万公顷|公顷)"
                   rf"{_NOT_BOUND}"),
    # its yield (年产量1.2万吨; 总产量达到8000吨)
    # (the product's name may stand between: 年产灵芝干品约1200吨)
    ("brand_yield", rf"{_NOT_RATE}(?:年产量|总产量|产量|年产)(?:[^，,；;。、\d]{{0,6}}?(?=约|近|达|为|\d))?"
                    rf"{_REACHED}{_NUM}(?P<unit>万吨|吨|万公斤|公斤|千克|万担)"
                    rf"{_NOT_BOUND}"),
)
# A branded product named in the figure's sentence before it: brand products, a
# geographical indication (its mark, 专用标志), a regional public brand, time-honoured brands.
BRANDED = (r"名牌产品|名牌农产品|地理标志|地标产品|地理标志商标|专用标志|区域公用品牌|公用品牌|区域品牌|"
           r"老字号|知名品牌|特色品牌|名优产品")
# Words between the brand and the figure that make the figure another's: a whole industry's,
# a region's economy, a firm counted by its sales, a rate or a share.
NOT_BRANDED = r"GDP|生产总值|增加值|工业总产值|规模以上|占|增长|同比|比上年|人均|每亩|亩产|价格|单价"
# A count of firms in the figure's clause: their sales are a band's (3家老字号企业年销售均超20亿元).
COUNTED_FIRMS = r"\d+\s*(?:余|多)?\s*(?:家|户|个企业)"
# A branded product named in an earlier sentence, by its name in quotes in the brand's sentence
# (“丁岭蜜柚”被认定为省名牌农产品) or the name right before the brand's words (庚山葛根地理
# 标志产品专用标志本月起启用): its last two characters, the crop's own word, told again in the
# figure's sentence before the figure (全镇蜜柚种植已达12万亩) make the figure the brand's.
NAMED_PRODUCT = r"[“\"「]([\u4e00-\u9fff]{2,10})[”\"」]"
PRODUCT_BEFORE = r"([\u4e00-\u9fff]{2})(?=(?:" + BRANDED + r"))"
