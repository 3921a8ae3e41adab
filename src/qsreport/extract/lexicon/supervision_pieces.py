"""Supervision (schema 2): the words of pieces a product test found failing, told apart from the
sample (read by :mod:`..supervision_pieces`): a count in 件 or 款 after a word that picks some out
(计有, 仅, 其中, 另有), its clause closing on a verdict (计有3件不符合, 仅1件标示不合格, 其中有2件的
插头检查未通过, 其中2款的容量较标称值低)."""

from __future__ import annotations

# (Chinese numerals too, as product tests write small counts: 其中两件, 另有一件)
_NUM = r"(?P<num>\d+|[一二两三四五六七八九十]{1,3})\s*"
_GAP = r"[^，,。；;：:\d]"
# The words a test counts its pieces in: 件 and 款, and 个 and 份 for samples (10个样本, 8份样品)
# — 个 and 份 only where the test's sample is counted in the same word before (see the reader).
PIECE_UNITS = r"件|款|个|份"
# The words that pick some pieces out of a sample told before.
# (and the test's finding: 发现5款…, 当中发现有2件…, 检出3件…)
# (and a tally of a test's part, 计/共计 alone as Taiwan's releases write it: 标示查核计一件不符合)
# (and nothing but a clause's start, a result told right after its sample: 检验24件，6件…不合格;
# and a count going on with a list of counts before one verdict: 计有「甲」1件及「乙」2件不符合)
_PICKED = r"(?:计有|共计|计|共有|仅有|仅|只有|其中有?|另有|尚有|有|发现|检出|(?<=[，,；;])|(?<=[件款个份])(?:及|和|与|、))"
# The test a count failed, quoted before it (计有「耐压」2件不符合), as Taiwan's releases write it.
_TEST_NAMED = r"(?:[「“\"][^」”\"，,。；;]{1,14}[」”\"]\s*)?"
# Counts going on with the one before, one verdict after them all (1件及「乙」2件不符合).
# (read ahead only, so that each count of the list is read in its turn)
_MORE_COUNTS = (r"(?:(?:及|和|与|、)\s*" + _TEST_NAMED + r"(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:"
                + PIECE_UNITS + r"))+")
# What a maker claims of its goods, on the label or in its adverts (标称, 声称, 宣称, 标示).
# (and the rated value a product is registered with: 低于额定值, 较额定容量低)
_CLAIMED = r"(?:其)?(?:标称|声称|宣称|标示|标注|明示|额定)的?(?:数值|数据|值|容量|功率)?"
# A failing verdict, the rule named between or not (不符合国家标准要求, 不符规定, 检查未通过),
# or a measure falling short of what the maker claims (比标称值低, 低于声称值): a product
# test's failure told as its finding.
# (a test not passed may name the test or its standard: 未能通过其中的绝缘测试, 未通过某标准的耐压试验)
_VERDICT = (r"(?:不合格|不符合?(?:" + _GAP + r"{0,10}?(?:规定|标准|要求))?|"
            r"未(?:能)?通过(?:" + _GAP + r"{0,14}?(?:测试|检测|试验|检验|检查|标准))?|未达标|不达标|"
            # (a breach of the rules, as Taiwan's releases tell a label's failure: 标示有3件违规)
            r"违规|违反(?:" + _GAP + r"{0,10}?(?:规定|标准))?|"
            # (the rule not met told with 未 or with 不合 alone: 未能符合…要求, 未达到…标准,
            # 不合规定; a limit passed: 含量超标, 超出限量; and the verdict of a consumer
            # council's test: 未能完全令人满意, 表现欠佳)
            r"未(?:能)?(?:完全)?(?:符合|达到|满足)(?:" + _GAP + r"{0,14}?(?:规定|标准|要求))?|"
            r"不合(?:" + _GAP + r"{0,10}?)?(?:规定|标准|要求)|"
            r"超标|超出(?:" + _GAP + r"{0,8}?)?(?:标准|限量|限值|上限)|"
            r"未(?:能)?(?:完全)?令人满意|未如理想|不理想|欠佳|"
            # (a label or warning left off: 没有适当标签, 未附任何警告, 缺少中文标示)
            r"(?:没有|未|欠缺|缺少|缺乏)(?:附上?|附有|加贴|贴上?|提供)?"
            r"(?:适当的?|任何|中文|相关的?|完整的?)?(?:标签|标示|标明|标注|警告|警示)|"
            rf"(?:较|比){_CLAIMED}(?:低|少|小)|(?:低于|少于|小于){_CLAIMED})")

# The words from a failing count to its verdict (the verdict may open the next clause, the
# pieces described in their own: 检测发现其中3款由外厂代工，未能通过温升试验); not the whole sample
# passing, 全部合格, nor a clause saying what was done: 已要求…改正.
_TO_VERDICT = (r"(?:(?!合格|改正|改善|下架|回收|召回)" + _GAP + r"){0,16}?(?:[，,]\s*(?:均|都|皆|亦|也)?)?"
               + _VERDICT + r"(?=\s*(?:[，,。；;：:）)、]|$))")
PIECES_FAILED_ROWS: tuple[str, ...] = (
    _PICKED + r"\s*" + _TEST_NAMED + _NUM + r"(?P<unit>" + PIECE_UNITS + r")(?:样品|样本|产品|商品)?的?"
    + r"(?:" + _TO_VERDICT + r"|(?=" + _MORE_COUNTS + _TO_VERDICT + r"))",
)

# A sample counted in the picked count's own sentence before it, its test named after it
# (购买8件…进行检测，检测结果…计有2件不符合): the pool the pieces are picked from, where no
# sampling verb before the count made it a sample.
TESTED_AFTER = r"(?:检测|检验|测试|抽验|实测|试验)"

# A count in 件 or 款 (or in Chinese numerals, 三十件) standing first in a test's pool.
POOL_COUNT = r"(?:\d|[一二两三四五六七八九十百])\s*"

# A sample counted before the test it was given, bought for it or named as its object
# (随机购买12件不同型号的电暖器进行检测, 在商场选购二十件玩具送实验室检验, 为18款充电宝进行测试,
# 对9件样品做耐热试验): the pieces sampled, though no sampling verb stands before the count.
# Not goods bought for another use (购置3件设备用于检测: the tools of a test, not its pieces),
# nor a test after a purchase (购买3件衣服后检测: a buyer's own complaint), nor a word naming
# the tester (检测机构) or its report.
_TEST_GAP = r"(?:(?!购买|购入|用于|用来|后|合格|不符)[^，,。；;：:\d]){0,24}?"
_TESTED = TESTED_AFTER + r"(?!报告|机构|能力|设备|仪器)"
PIECES_TESTED_ROWS: tuple[str, ...] = (
    r"(?:购买|购入|买入|选购|购得|购置)了?(?:共计|共|计)?\s*" + _NUM + r"(?P<unit>件|款)"
    + _TEST_GAP + _TESTED,
    r"(?:为|对|将)\s*" + _NUM + r"(?P<unit>件|款)" + _TEST_GAP + r"(?:进行|作|做)了?" + _TESTED,
)

# A sample told as the pool its failures are counted from, the part in the same word right
# after it (10件中有3件…, 十二件样品中，两件…, 8个样本当中，2个…): the pool is the pieces
# tested, whatever verb (or none) came before it. Not 中 opening a word (10件产品中国产3件:
# the part's count must follow the pool word at once).
_POOL_PART = r"[，,]?\s*(?:其中)?(?:共有|有|计有)?\s*(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?P=unit)"
PIECES_POOL_ROW = (_NUM + r"(?P<unit>" + PIECE_UNITS + r")[^，,。；;：:\d]{0,12}?(?:当中|之中|中)(?="
                   + _POOL_PART + r")")

# The nouns of a test's sample (样品, 样本): a sample in 个 or 份 is taken for pieces tested
# only in a sentence that names one, so that 个 counting problems or sites is never a piece.
SAMPLE_NOUN = r"样品|样本"
