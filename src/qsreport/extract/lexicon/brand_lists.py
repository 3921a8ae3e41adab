"""Brand words for lists and breakdowns: winners listed after 分别为, a count broken down by
sector, firms counted with the titles they hold."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN

# Winners listed after 分别为 (新增省名牌分别为：A公司、B公司; 其中工业类有3个，分别为A公司的
# 某牌阀门、B厂生产的“某某”饼干): a firm, or a maker's product (the product is the name).
LISTED_WINNERS_INTRO = rx.compile(r"(?:分别|依次)(?:是|为)[:：]?")
LISTED_FIRM = rx.compile(
    rf"{HAN}[^、，,；;：:。]{{1,28}}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|集团|厂|合作社)"
)
LISTED_MAKERS_PRODUCT = rx.compile(
    r"(?P<maker>[^、，,；;：:。]{2,30}?(?:公司|厂|集团|合作社))(?:生产|出品)?的"
    r"(?P<product>(?:[^、，,；;：:。的（(]|[（(][^）)]*[）)]){2,40})"
)
# A named zone in a list of a place's titles (A县某某生产标准化示范区、B市某某示范区和…)
_ZONE_END = r"(?:示范区|示范项目|示范县|示范市|先行区)"
LISTED_ZONE = rx.compile(rf"{HAN}[^、，,；;：:。]{{2,30}}?{_ZONE_END}")
LISTED_ZONE_AND = rx.compile(rf"(?<=区|目|县|市)(?:和|及|与)(?={HAN}[^、，,；;：:。和]{{2,30}}?{_ZONE_END}$)")
LISTED_NOTE = rx.compile(r"[（(][^）)]*[）)]?$")  # 某牌虾仁（复评）: a note, not the name

# A clause that only names a sector before its number, in a breakdown of a count: 其中工业产品
# 30个, 农业类12只, 服务名牌2个.
SECTOR_ITEM = rx.compile(
    r"(?:其中|另外|以及)?[^\W\d_a-zA-Z]{0,4}?(?:工业|农业|服务业?|文化|林业|渔业|建筑业?|商贸)"
    r"[^\W\d_a-zA-Z]{0,4}?(?:产品|类|名牌|品牌)(?:有|为|占)?"
)
# A sentence that opens by naming the count it breaks down: 这9个产品中，…
THESE_OF = rx.compile(r"(?:这|上述|以上)[\d一二三四五六七八九十两]+(?:个|只|项|件|种)(?:产品|品牌)?中[，,]")
# 21家中国名牌和6家驰名商标的企业: after the title, the firms that hold it are what is counted.
FIRMS_HOLDING = rx.compile(
    r"(?:(?:和|及|与)[\d一二三四五六七八九十两]+家[^\W\d_a-zA-Z]{2,12}?)?的(?:企业|单位|公司)"
)
