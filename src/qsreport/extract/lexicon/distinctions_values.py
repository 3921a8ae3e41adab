"""Distinctions (schema 2): the words of a brand-value evaluation's figures — the value it
assessed for a brand or for the brands it lists, and the brands or firms it lists (read by
:mod:`..distinctions_values`). Each row is (metric, pattern with ``num`` and ``unit``)."""

from __future__ import annotations

# A number written in Arabic digits (a value in 亿元 is always written so in these lists).
_NUM = r"(?P<num>\d+(?:\.\d+)?)\s*"
# (亿 alone closing its clause is 亿元 too: 某茶的品牌评估价值为5.3亿。) A list's total may be
# told in 万亿元 (总品牌价值7.1万亿元), which keeps its unit as written.
_MONEY = r"(?P<unit>万亿元|亿元|万元|亿美元|元|(?:万)?亿(?=[，,。；;、！？!?）)”」\s]|$))"
# A threshold is no value (品牌价值超过千亿元的有15家, 价值100亿元以上的品牌). Wider than
# supervision's THRESHOLD_AFTER (lexicon/supervision.py: 以上/以下 before the noun they
# filter, 货值5万元以上的案件, where 95%以上 at a clause's end is a level): a value a list
# assessed is never written with 以上 or 左右 at all, nor followed by 的, 有 or 者.
_NO_THRESHOLD = r"(?!\s*(?:以上|以下|之间|的|有|者|左右))"
# (a value past a round sum is told as the value: 品牌价值超260亿元, 逾80亿元, 超过1.2万亿元;
# a threshold is told apart by what follows it, ``_NO_THRESHOLD``)
_VERB = r"(?:分别)?(?:为|达到?|是|约|近|共|计|合计|高达|已达|突破|超过|超|逾)*"
# The list or evaluation named (中国品牌价值评价, 品牌价值榜, 最具价值品牌).
_LIST = r"(?:品牌价值(?:评价|榜|排行榜|百强榜|评估)|最具价值(?:品牌|的品牌)|价值评价)"
_LISTED = r"(?:荣登|登上|入选|上榜|进入|跻身|入围|列入)"

BRAND_VALUE_ROWS: tuple[tuple[str, str], ...] = (
    # 某某集团品牌价值215.3亿元; 总品牌价值为6.8万亿元; 区域品牌评估价值98.6亿元.
    ("brand_value", rf"(?<!提升)(?<!提高)品牌(?:评估|评价)?价值(?:总额|总计|合计)?{_VERB}{_NUM}"
                    rf"{_MONEY}{_NO_THRESHOLD}"),
    # 上榜中国品牌价值榜的企业总价值达960亿元; 入选“最具价值品牌”的12个品牌价值合计…
    ("brand_value", rf"{_LIST}[^。；;!?！？\d]{{0,30}}?总价值{_VERB}{_NUM}{_MONEY}{_NO_THRESHOLD}"),
    # (the listed firms' or brands' total, the list named earlier: 上榜企业总价值达1320亿元)
    ("brand_value", rf"(?:上榜|入选|发布|荣登|入围)[^，,。；;\d]{{0,8}}?(?:企业|品牌)[^，,。；;\d]{{0,4}}?"
                    rf"总价值{_VERB}{_NUM}{_MONEY}{_NO_THRESHOLD}"),
    # (a value told before its words: 甲集团以58.4亿元的品牌价值排在首位; 乙茶以120.3亿元位列
    # 区域品牌价值第一)
    # (the 的 may be left out: 丙酒以73.6亿元品牌价值排名第五)
    ("brand_value", rf"以{_NUM}{_MONEY}(?:的?(?:品牌)?(?:评估|评价)?价值|(?:位列|位居|居|排名|名列)"
                    rf"[^，,。；;\d]{{0,20}}?价值)"),
    # (the listed brands' total in a clause of its own, after their count: 共有86个品牌完成
    # 评价，总价值1020.5亿元; in a report of such a list)
    ("brand_value", rf"(?<=[，,])总价值{_VERB}{_NUM}{_MONEY}{_NO_THRESHOLD}"),
    # 此次共发布品牌数量480个; 上榜的品牌数为120个 (in a report of such a list; the brands
    # that applied, 申报…的品牌数量, are read first by ``APPLIED_ROWS``, as applied).
    # (参加评价的品牌数量: those that took part, as those that applied)
    ("brands_valued", rf"(?<!申报)(?<!参与)(?:发布|上榜|入选|(?<!申报)(?<!参加)(?<!参与)(?<!报名)评价)的?品牌"
                      rf"(?:数量|数|总数)"
                      rf"(?:达到?|为|共|有|了|计)*{_NUM}(?P<unit>个|家|件)"),
    # 甲市6家企业进入今年的品牌价值榜; 9个品牌入选某年度品牌价值评价榜单.
    ("brands_valued", rf"{_NUM}(?P<unit>家|个|件)(?:企业|品牌|产品|区域品牌)?[^，,。；;\d]{{0,10}}?"
                      rf"{_LISTED}[^，,。；;\d]{{0,16}}?{_LIST}"),
    # 8个品牌进入“百亿元品牌榜单” (a list named in quotation marks, its threshold in its name)
    ("brands_valued", rf"{_NUM}(?P<unit>家|个|件)(?:企业|品牌|区域品牌)?[^，,。；;\d]{{0,10}}?"
                      rf"{_LISTED}[“「『][^”」』，,。]{{1,16}}?榜单?[”」』]"),
    # 共有86个品牌完成评价; 完成了52个品牌的价值评估; 对其中300个品牌进行了价值评价
    ("brands_valued", rf"{_NUM}(?P<unit>家|个)(?:企业|品牌)完成[^，,。；;\d]{{0,6}}?(?:评价|评估)"),
    ("brands_valued", rf"(?:完成了?|对(?:其中)?){_NUM}(?P<unit>家|个)(?:企业|品牌)(?:的|进行了?)"
                      rf"(?:品牌)?价值(?:评价|评估)"),
)
# A report that speaks of such a list at all (the rows are tried only then).
ANY_VALUE_LIST = r"品牌(?:评估|评价)?价值|最具价值"
# A sentence that tells a value list's entries (品牌价值超过百亿元, 在某某榜单中…排名第4,
# 价值评价达…): a brand named there stands on the list and won no title, unless a verb of
# winning says it did in the same sentence (read in a report that speaks of such a list).
VALUE_LIST_SENTENCE = r"品牌(?:评估|评价)?价值|价值(?:评价|评估|排行|排名|榜|第)|最具价值|榜单|排名第"
VALUE_LIST_WON = r"荣获|获得|获评|被评为|被认定为|认定为|授予|命名为|获批"
# Values told together with 分别 (甲、乙、丙品牌价值分别为3.2、1.5、1.05亿元): each number
# of the run, the unit after the last.
VALUES_RESPECTIVELY = (r"品牌(?:评估|评价)?价值分别(?:为|是|达到?)?(?P<run>(?:\d+(?:\.\d+)?[、，,和及])+"
                       r"\d+(?:\.\d+)?)\s*(?P<unit>亿元|万元|亿美元|亿(?![\u4e00-\u9fff]))")
# The kinds a list's count is made of, after it (……等30个品牌入选该榜单，包括12个企业品牌、
# 3个区域品牌): each a figure of the same list.
LISTED_PARTS_INTRO = r"[，,](?:包括|其中|含)(?:有)?"
LISTED_PART = r"(?P<num>\d+)(?P<unit>个|家)[^\d、，,。；;]{0,12}?品牌(?=[、，,。；;]|$)"

# The brands such a list counts above a value it names (品牌价值超过千亿元的有12家; 30个区域品牌
# 价值超过百亿元; 8个品牌已超过3000亿元): a count of brands, ``brands_above_value``, whose words
# name the threshold (``threshold``, the figure's label); the threshold is no figure itself.
_AMOUNT = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万两]+)\s*(?:亿元|亿|万亿元|万亿|万元)"
_OVER = r"(?:超过|超|逾|突破|高于|达到|在)"
_BRANDS = r"(?:企业|产品|区域|区域公用|农产品区域)?品牌"
ABOVE_VALUE_ROWS: tuple[str, ...] = (
    # The threshold first: 品牌价值超过千亿元的有12家; 价值在500亿元以上的品牌共9个.
    rf"(?P<threshold>(?:品牌)?价值{_OVER}\s*{_AMOUNT}(?:以上)?)的?(?:品牌|企业)?"
    rf"(?:有|共有|共|达|为|计)*\s*{_NUM}(?P<unit>个|家)",
    # The count first, the threshold later in its clause: 30个区域品牌的价值超过百亿元; a list of
    # counts before it (70个企业品牌和…等20个区域品牌的价值均超过百亿元: each); 8个品牌已超过3000亿元.
    rf"{_NUM}(?P<unit>个|家){_BRANDS}(?=[^。；;，,!?！？]*?(?P<threshold>(?:价值)?(?:均|都|也|已)?"
    rf"{_OVER}\s*{_AMOUNT}(?:以上)?))",
)

# The brands that applied for or entered such an evaluation (参评的品牌数量为900个; 申报
# 评价的品牌数量为700个; 500个品牌报名参评): the list's count with ``status: applied``, never
# the brands it published.
APPLIED_ROWS: tuple[tuple[str, str], ...] = (
    ("brands_valued", rf"(?:申报|参评|参加|参与|报名参加|报名参与)(?:评价|评估|评选)?的品牌(?:数量|数|总数)"
                      rf"(?:达到?|为|共|有|了|计)*{_NUM}(?P<unit>个|家|件)"),
    ("brands_valued", rf"{_NUM}(?P<unit>个|家|件)(?:企业|区域)?品牌(?:申报|报名参评|参评|参加评价|参与评价)"),
)
