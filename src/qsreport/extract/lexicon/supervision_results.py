"""Supervision: the words of a check's results — the verdict after a figure (passed, failed,
found at fault) and the pass rates, with what makes a rate another work's (instruments
verified, risk monitoring). The metrics' keywords and units are in :mod:`.supervision`."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast
from .supervision_places import INSTRUMENTS

# A pass rate named after its figure: 高出邻省67.5%的抽查合格率, 取得96%的合格率.
PASS_RATE_AFTER = rx.compile(r"的(?:产品)?(?:监督)?(?:抽查|抽检|抽样)?合格率")

PASS_RATE = compile_fast(r"合格率(?<!考试合格率)(?<!考核合格率)(?<!培训合格率)(?<!考试的合格率)")

# After a figure, what makes it a result of the check: 合格68批次 (right after), a clause
# that closes on 不合格 (被抽检的2批次腐竹不合格; 除2批次…不合格外), or samples found at
# fault (送检样品900个，其中37个样品被检出问题: failures, not samples taken).
# A part counted inside the pool told before it (20批次样品中，发现2批次不合格; 共30批次产品中仅
# 两批次被判定为不合格): the pool is what was sampled, the verdict the part's.
_PART_OF_POOL = r"中[，,]?\s*(?:仅|只|共)?(?:有|发现|检出|查出)?(?:\d|[一二两三四五六七八九十])"
# A failing verdict in other words than 不合格, closing its clause after the goods: a test not
# passed or a requirement not met (有1件的外壳检查未通过, 其中1个样本未能符合防火要求, 2批次
# 未达到标准要求, 3批次不达标), a fault the goods hold (另有1批次…但标签存在瑕疵), or a mark
# they lack (4款灯具无中文警示标签). Read with the verdicts below.
FAULT_VERDICT = (
    r"未能?(?:符合|达到)[^，,。；;：:、\d]{0,10}?(?:规定|标准|要求)|"
    r"未能?通过(?:[^，,。；;：:、\d]{0,8}?(?:试验|检验|检测|测试|检查|考核))?|不达标|"
    r"存在[^，,。；;：:、\d]{0,10}?(?:问题|瑕疵|缺陷|不足|不规范)|"
    r"(?:无|没有|缺少|缺失|未(?:加贴|张贴|粘贴))[^，,。；;：:、\d]{0,10}?(?:标签|标识|标记|标志)"
)
RESULT_AFTER = rx.compile(
    # (4批次不符合规定, 36批次符合标准: the same verdict in other words)
    # (有3组硫含量超标: a limit exceeded is a failure too)
    # (不符规定: the verdict shortened, as Taiwan's reports write it; 不符合标签规定, see below)
    r"(?:产品|产[(（]商[)）]品)?(?:质量)?(?:不?合格(?!率)|不?符合(?:规定|标准|要求)|不符(?:规定|标准|要求))|"
    # (…19家企业的43批次的童装合格: a clause closing on its verdict, passed or failed)
    # (not the whole sample passing, 11组样品全部合格: the sample still)
    rf"(?:(?!{_PART_OF_POOL})[^，,。；;：:、\d]){{0,14}}?(?:不合格|不符合?[^，,。；;：:、\d]{{0,10}}?(?:规定|标准|要求)|{FAULT_VERDICT}|(?<!是否)(?<!全部)(?<!全)(?<!都)合格|超标)(?:产品)?外?(?=[，,。；;：:）)、]|$)|"
    # (有8个批次书包符合标准要求: the passing verdict in other words, the goods before it)
    rf"(?:(?!{_PART_OF_POOL})[^，,。；;：:、\d]){{0,12}}?(?<!不)(?<!是否)(?<!未)(?<!未能)符合"
    r"[^，,。；;：:、\d]{0,8}?(?:规定|标准|要求)(?=[，,。；;：:）)、]|$)|"
    # (12个批次桶装水的标签、净含量均合格)
    r"[^，,。；;：:\d]{0,14}?均(?:为)?合格(?!率)|"
    r"(?:样品|样本|产品)?被?检出(?:有)?(?:问题|不合格)|"
    # (12件存在重量短缺问题, 8批次涉嫌未经认证, 30批次产品没有标明厂名: found at fault)
    r"(?:产品|样品|商品)?(?:存在[^，,。；;：:\d]{0,16}?(?:问题|不足|不规范|缺陷)|涉嫌|没有标明|未标明)"
)

# Firms counted right before their batches whose clause closes on a verdict (17家企业的31批次
# 产品合格, 3家企业的5批次不合格): the firms whose goods passed or failed, not the firms the
# check went through.
# (what the firms did to the batches may stand between, or nothing at all: 280家企业生产的296批次
# 产品合格, 4家企业4个批次样品全部合格, 6家经营户销售的7批次不合格)
FIRMS_RESULT_AFTER = rx.compile(r"(?:企业|单位|厂家|工厂|经营户|商户|门店)?"
                                r"(?:(?:生产|销售|经营|生产经营|生产、销售|经销)?的)?\s*\d+个?批次"
                                r"(?:" + RESULT_AFTER.pattern + ")")

# ... and the batches themselves, counted right after those firms (有4家企业的7批次产品不合格,
# 发现2家厂家生产的2批次样品不合格, 其中4家门店的6个样品不合格, 3家企业3个批次的样品合格):
# the firms before them make the count a result of the check told earlier, though its own
# sentence names no test. Not a firm's batches of another sort (for 3家企业的5批次产品出具
# 报告: no verdict closes the clause).
FIRMS_BEFORE_BATCHES = rx.compile(
    r"\d\s*(?:家|户)(?:[^，,。；;：:、\d]{0,10}?(?:企业|单位|厂家|工厂|门店|商户|经营户|加油站|作坊))?"
    r"(?:所?生产|所产|所?销售|经营)?的?$")

# A count of batches the next clause tells the passes of is the number sampled, whatever the
# verb (全年完成食品等4类产品212个批次，合格201个批次), and so is the pool a part is counted
# in (10家企业的20批次样品中，发现2批次不合格), unless its own words say it failed
# (31批次不合格样品中: the failures' pool).
PASSES_NEXT = rx.compile(r"(?:产品)?[，,]\s*(?:其中)?合格(?:产品)?(?:\d|[一二三四五六七八九十])|"
                         rf"的?(?:产品|样品|商品|样本)?{_PART_OF_POOL}")

# A pass rate in a sentence about verifying instruments (经检定…合格率97%, 受检率100%、合格率
# 95%) rates the instruments, not products sampled, unless its own clause says 抽查/抽检.
VERIFICATION = rx.compile(r"检定|强检|受检率")

# So does one in a sentence about measuring instruments (集市衡器合格率91.2%), unless the sentence
# says they were spot-checked before it (对燃气表生产企业的监督抽查，燃气表合格率为94%).
INSTRUMENT = rx.compile(INSTRUMENTS)

# A check whose sampling takes the instruments themselves: they are counted in the sentence
# before the rate (共检查了60台磅秤，合格率98.3%), or a campaign of their own is named
# (磅秤专项抽检…合格率99.4%); the rate is still the instruments', not products sampled. Not a
# check of the firms that make them (对燃气表生产企业的监督抽查，燃气表合格率为94%).
INSTRUMENTS_SAMPLED = rx.compile(
    rf"\d\s*万?\s*(?:台|台件|只|具|把)\s*(?:{INSTRUMENTS})|"
    rf"(?:{INSTRUMENTS})(?:(?!企业|厂|生产|销售)[^，,。；;！!？?\d]){{0,6}}?(?:抽查|抽检)")

SAMPLED_RATE = rx.compile(r"抽查|抽检")
# A sentence of a check's results, whose batches whose own clause closes on a verdict are the
# verdict's (经检验，发现4批次样品不合格; 结果显示，有8个批次符合标准要求; 9批次汽油检测结果
# 均合格), though the sampling was told in the sentence before: its test, or its results named.
RESULTS_SENTENCE = rx.compile(r"抽查|抽检|抽样|检验|检测|测试|结果显示|结果表明")

# A pass rate that bounds a range, not a level: 在85%-95%之间, 在80%以下 (in its clause).
# So is one that picks the products reaching it (合格率为100%的有9类产品).
RATE_BOUND_AFTER = rx.compile(r"\s*(?:[-~至到]\s*\d|以下|之间|的(?:产品)?有)")

# A clause that is only a pass rate (合格率为82%) rates the figure of the clause before, and
# goes with it when that was of another kind of work: 风险监测150批次，合格率82%.
BARE_RATE = rx.compile(r"\s*(?:其)?(?:产品)?合格率(?:为|达|达到|是)?")

OTHER_WORK = rx.compile(rf"风险监测|检定|强检|受检|{INSTRUMENTS}")
