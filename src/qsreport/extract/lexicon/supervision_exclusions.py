"""Supervision: the exclusions that make a keyword's figure no statistic (a rank, a bound,
a change, another office's work …), read by :mod:`..supervision_keywords`."""

from __future__ import annotations

from ...regex_prefilter import compile_fast
from .supervision_places import NOT_FIRMS, SPECIAL_EQUIPMENT_USERS

# Complaints or tip-offs counted earlier in the sentence's run, with no ； between (受理投诉和
# 咨询电话260件，办结230件; 本季度受理举报150件，其中虚假宣传40件): what is closed or broken
# down after them is those complaints, not cases handled (the keys of rounds 115 and 119).
COMPLAINTS_COUNTED = compile_fast(r"(?:投诉|举报|咨询)[^，,。；;：:\d]{0,10}?\d[\d.]*[万]?(?:件|宗|起|个|条)")
# ... unless the figure's own clause handles cases (立案12件, 查处案件9起; not 办理完毕的案件:
# the complaints again).
CASES_OWN = compile_fast(r"立案|查处|查办|侦办|侦破|破获")

# The words of a procuratorate's or a court's work (see NOT_A_STAT).
_JUSTICE_ORGANS = r"检察|法院|审判机关|批捕|批准逮捕|公诉|审查起诉|审结"

# A verdict and the words that lead its count (合格的, 不合格有, 检验不合格的共).
_VERDICT_PART = r"(?:合格|及格)的?(?:有|为|共|计|共有)?$"

# What makes a keyword's figure no statistic: (the metric it applies to, "*" for every one; the
# words; how many characters before the figure they are looked for in, 0 for the whole clause).
NOT_A_STAT: tuple[tuple[str, str, int], ...] = (
    ("*", r"第|排名|居|位列", 4),  # 居全省第3位: a rank
    ("*", r"唯$", 1),  # 唯一一家…企业: the only one, no count (and no 11)
    # A specification or a pack size is no quantity: 中频炉(规格为0.5吨)3台, 267箱(1×12瓶).
    ("*", r"规格(?:为|是)?$|[×xX*]\s*$", 4),
    # A figure on a line of related links (- [ 02-13]某地查处…) is another story's.
    ("*", r"-\s*\[\s*\d{1,2}-\d{1,2}\s*\]", 0),
    # A firm's own staff gathered by the inspectors (组织该单位管理人员…50余人) are no staff
    # sent out.
    ("personnel_deployed", r"组织[^，,。；;：:\d]{0,4}?(?:该|各|企业|单位|使用)", 0),
    # Equipment put into service (投入使用的13人载客电梯) is no staff sent out.
    ("personnel_deployed", r"投入(?:运行|使用|运营|生产)", 0),
    # Goods recalled (督促企业召回缺陷家电2.3万件) are neither cases nor goods seized.
    ("*", r"召回[^，,。；;：:\d]{0,12}$", 0),
    # A part of what a check covered (检查中有18家企业…超标, 其中有5批次…): what it found.
    ("enterprises_inspected", r"中有$", 3),
    ("batches_sampled", r"中有$", 3),
    ("batches_sampled", r"能力|可达|年检测", 0),
    # A named seller's share in brackets (某五金店(2批次)、某商行(3批次)的…): no count of the check.
    ("batches_sampled", r"(?:店|行|处|部|厂|公司)[(（]$", 2),  # 年检测能力可达3万批次: a capacity
    ("batches_sampled", r"(?:合格|及格)$", 0),  # 合格68批次: batches that passed, not sampled
    # A part of the check told by its verdict right before its count (其中不合格有7件, 质量
    # 合格的70家企业中, 合格的25个批次): the part that passed or failed, not what was sampled
    # or checked (rounds 126, 127 and 132).
    ("batches_sampled", _VERDICT_PART, 6),
    ("enterprises_inspected", _VERDICT_PART, 6),
    ("enterprises_inspected", r"不合格", 0),  # 对抽查不合格的16家企业: the failures
    # 检查发现的2家单位, 抽查中发现问题产品3批次: what the check found, not what it covered.
    ("enterprises_inspected", r"发现|查出|检出", 0),
    ("batches_sampled", r"发现|查出|检出", 0),
    ("enterprises_inspected", NOT_FIRMS, 0),  # 检查加油站30家: places, not firms
    # 检查电梯使用单位26家: special equipment's users (see SPECIAL_EQUIPMENT_USERS).
    ("enterprises_inspected", rf"(?:{SPECIAL_EQUIPMENT_USERS})[^，,。；;：:\d]{{0,12}}$", 0),
    # After 经检查 the figure is what the check judged (经检查，6家单位达到示范标准), not
    # what it went through.
    ("enterprises_inspected", r"经过?(?:检查|排查|抽查|核查)[，,]?\s*(?:共|有|共有)?$", 8),
    # 取缔非法改装气瓶行为4起: acts stopped, counted in 起, are no dens closed.
    ("dens_closed", r"行为$", 4),
    # Cases sent on to the police or to the courts, the major ones among them, and complaints
    # are figures of their own, not the cases handled: 移送公安机关19起, 大要案7起,
    # 受理投诉举报案件57起.
    ("cases", r"移送|移交|大要案|大案要案|要案|典型案|投诉|举报|申诉|强制执行", 0),
    # A procuratorate's or a court's count (检察院批捕…案件5件8人, 提起公诉3件, 法院受理刑事案件
    # 7件, 审结4件, 受理审查批准逮捕案件2件2人) is no case the bureau handled nor a suspect it
    # caught: the justice organs' work, which the keys of rounds 117, 119 and 127 leave out (the
    # police's own cases and arrests stay: 公安机关侦破案件12起, 抓获嫌疑人9名).
    ("cases", _JUSTICE_ORGANS, 16),
    ("suspects_caught", _JUSTICE_ORGANS, 16),
    # A bound is not a level: 有12种产品合格率低于85% counts the products under it; nor is
    # the top of a range (在85%-95%之间; its bottom, see RATE_BOUND_AFTER).
    ("pass_rate", r"(?:低于|高于|不足|不到|%[-~至到])$", 4),
    # ... nor the rate of a share of the classes told by their count (…等13类产品合格率为100%).
    ("pass_rate", r"\d+个?大?类(?:产品)?的?(?:抽查|抽检|抽样)?合格率[^，,。；;\d]{0,6}$", 20),
    # Farm produce and goods on sale are other offices' checks, not the bureau's spot checks:
    # 蔬菜等农产品合格率, 流通环节抽检合格率.
    ("pass_rate", r"农产品|流通环节|流通领域", 0),
    # Nor is the share of firms whose products all passed (企业合格率达56%): no figure of the
    # schema, as a results table's column of it is read past (round 111's key: other).
    ("pass_rate", r"(?:企业|厂家|单位)的?(?:抽查|抽检)?合格率[^，,。；;\d]{0,4}$", 12),
    # The rate of the rest (除2批次不合格外，其余产品合格率均为100%) is no rate of the check.
    # (塑料与其他类玩具合格率: a class named so, no rest)
    ("pass_rate", r"其余|其[他它](?!类)", 0),
    # Works handed over are no products sampled: 工程竣工交验合格率; nor are works accepted
    # (工程一次验收合格率, 项目一次性验收合格率), nor exports cleared abroad (出口产品通关合格率):
    # other offices' rates, which both keys of round 42 leave out (rounds 21, 42, 45).
    ("pass_rate", r"竣工|交验|验收合格率|通关合格率", 0),
    # Risk monitoring is not a spot check (风险监测150批次), nor is a testing centre's own
    # workload (检测中心全年共检测样品2400批次).
    ("batches_sampled", r"风险监测|(?:中心|所|院)(?:全年|累计)?共?(?:检验|检测)", 0),
    # Cotton graded for trade (棉花公证检验3200批次) is a service to buyers, no spot check.
    ("batches_sampled", r"公证检验", 0),
    # Nor is a lab's own routine or commissioned testing (委托检验, 定检, 完成样品检验N批次):
    # work done for firms or on a schedule, not batches a check drew (rounds 19, 51, 53).
    ("batches_sampled", r"委托检验|定检|样品检验", 0),
    # Testing offered to firms (为600家企业提供产品检验1500批次) is a service, no spot check.
    ("batches_sampled", r"提供", 0),
    # A penalty the law allows, its cap or its rate (最高刑罚为罚款2万元, 定罪后至多可处罚款
    # 1万元, 可处2000元罚款) is no fine imposed.
    ("fines", r"最高(?:刑罚|可|罚款|处罚|罚)|可(?:被)?(?:处|判|并处)|一经定罪", 0),
    # Proceeds of an auction of goods confiscated (拍卖所得18万元) are no value of goods seized.
    ("goods_value", r"拍卖|所得", 0),
    # Testing won in a tender (中标承检商品12大类360批次) is contracted work, no spot check.
    ("batches_sampled", r"中标|招标", 0),
    # Testing firms pay for (委托检验800批次, 企业送检) is a service to them, no spot check;
    # samples a check took and sent to a lab (抽样送检9个批次) are its own.
    ("batches_sampled", r"委托(?:检验|检测)|(?<!抽样)(?<!抽检)(?<!抽查)(?<!抽取)(?<!采样)(?<!取样)送检", 0),
    # A change is not a level: 合格率同比上升4.2%, 案件比上年增加20起 (but 提高到93%, 达到 …
    # are levels, and 提高了3个百分点 has no unit of ours).
    ("*", r"(?:提高|上升|增长|下降|降低|增加|减少|回落|增幅|降幅)了?(?:约|近)?$", 8),
    # ... nor are the rest of a list of changes (合格率分别提高2.5%、1.1%和0.6%): each
    # after the first is led by the list's comma, the change's verb before the first.
    ("*", r"(?:提高|上升|增长|下降|降低|增加|减少|回落)了?(?:约|近)?\d+(?:\.\d+)?\s*%"
          r"(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*%)*\s*[、和及与]\s*$", 60),
)
