"""Supervision: which outcome of a spot check or of enforcement a figure counts (schema 2's
metrics beyond version 1's; version 1 writes each as ``other``)."""

from __future__ import annotations

from ... import regex_cache as rx
from .enforcement_outcomes import COMPLAINTS, HANDED_ON_AFTER, ORDERS
from .supervision_goods import GOODS_TAKEN_AFTER

# An enforcement outcome (extract/supervision_outcomes.is_outcome) is typed by the words of its
# own context before the figure, the first row that holds one; else by the words after it in
# its clause (OUTCOMES_AFTER's families); else, when it counts firms, it is firms penalised.
ENFORCEMENT_BEFORE: tuple[tuple[str, str], ...] = (
    ("cases_transferred", r"移送|移交|转办|转交"),
    ("major_cases", r"大案要案|大要案|要案|大案|典型案"),
    ("vehicles_deployed", r"车辆|执法车|出动车次"),  # 出动车次15车次 too
    ("losses_recovered", r"挽回"),
    # (pulled down or smashed too, when goods are counted: 拆除违规锅炉30台, not 捣毁窝点3个;
    # see extract/supervision_outcomes.outcome_metric)
    ("goods_destroyed", r"销毁|焚毁|粉碎|拆除|捣毁|摧毁"),
    ("orders_issued", ORDERS),
    ("complaints_handled", COMPLAINTS),
)
ENFORCEMENT_AFTER: tuple[tuple[str, str], ...] = (
    ("cases_transferred", HANDED_ON_AFTER),
    ("major_cases", r"典型(?:违法)?案"),
    ("goods_destroyed", r"销毁|化为乌有|焚毁|粉碎"),
    ("goods_seized", GOODS_TAKEN_AFTER),
)
# A rate whose word says what failed: 不合格率, 不合格检出率, 不合格产品发现率 (the nearest
# rate word before the figure decides: 合格率95%，不合格率5%), or what was found wrong, as food
# checks name it: 问题发现率, 问题样品检出率, 问题发生率 (never a bare 问题率).
FAILURE_RATE = rx.compile(r"不合格(?:产品)?(?:检出|发现)?率|问题(?:产品|样品)?(?:检出|发现|发生)率")
# What a spot check's batches came to, right before them in their clause: 合格112批次,
# 不合格的8个批次, 其中不合格产品6批次, 不合格品4批次 (品, the standard word for a failing
# product); also the batches named as a noun before the count
# (合格批次为150批, 不合格产品批次数为12批).
# (及格, 不及格: the same verdict in another word, as some reports write it)
# (any goods named by a word in 品 may stand there, counted in 批次: 不合格食品13批次,
# 合格化妆品40批次, 不合格食用农产品5批次 — the one- to four-character words food and drug
# checks name them by; not goods crossing a border, 不合格进口食品46批, 不合格商品600批: the
# border's inspections, counted in 批, read by supervision_trade)
_GOODS_IN_PIN = r"(?P<goods>(?:(?!进|出|入境)[^\W\d_a-zA-Z]){1,4}?品)"
BATCHES_RESULT_BEFORE = rx.compile(
    r"(?P<failed>不)?(?:合格|及格)(?:的|产品|样品|样本|品|" + _GOODS_IN_PIN + r")*"
    r"(?:批次数?|批数)?(?:为|是|有|共|共有)?$"
)
# The units goods named by a word of their own (see above) are counted in as a check's results.
GOODS_RESULT_UNITS = frozenset({"批次", "个批次"})
# Kinds of product counted in 个 (with 种: extract/supervision.py): 涉及18个产品类别, 8个大类.
CATEGORIES_AFTER = rx.compile(r"(?:产品)?(?:类别|大类|品种|门类)")
# ... a spot check's verb in the clause before them (the sentence names the check).
CATEGORIES_VERB = rx.compile(r"抽查|抽检|涉及|覆盖")
# ... but not the kinds its failures fell in (不合格的产品类别有…等7个大类, 问题产品涉及4个
# 类别): what the check found, not what it covered.
CATEGORIES_FAILED = rx.compile(r"不合格|问题产品|不符合")

# Firms a check found at fault, the finding before their count and the fault after it in their
# clause: 发现其中9家企业存在…问题, 发现4家餐馆存在气瓶逾期未检问题,
# 发现5家批发商涉嫌违规 (the keys of rounds 5, 24, 30, 36 and 44 count each as an outcome of
# its own; the firms the check went through are counted apart).
# (a bare 其中 is no finding: 其中3家企业存在…违法行为 stays a part of the firms inspected, as
# the team's cases have it)
AT_FAULT_BEFORE = rx.compile(r"(?:发现|查出)了?(?:其中)?(?:有)?[^，,。；;：:\d]{0,10}?$")
AT_FAULT_AFTER = rx.compile(
    r"[^，,。；;：:\d]{0,20}?(?:存在|有|涉嫌)[^，,。；;：:\d]{0,20}?"
    r"(?:问题|隐患|违法|违规|情况|行为|不合格|超标|不规范)"
)

# A pass rate named as the verification's own (检定合格率为96.9%, 检定后合格率100%, 檢定達合格率
# 100%) is stated as the result of the bureau's work: the keys of rounds 54 to 56 keep it a
# pass rate, in four reports of four places (rounds 1 to 50: 3 such kept, 3 left to other).
# A rate merely in a sentence about verifying (经检定，计价器合格率96%) is still none.
VERIFIED_RATE = rx.compile(r"(?:检定|校准)后?达?合格率(?:均|为|达|达到|是)*$")
