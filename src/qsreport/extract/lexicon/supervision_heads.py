"""Supervision: the activity a sentence's head names once (开展监督抽查……其中甲县12家生产企业
15批次产品) and the metric each bare counted noun carries under it — read by
:mod:`..supervision_heads` for figures no other rule read.

Rules are rows: an activity is its trigger words; a row gives, under one activity, the units
of a counted noun, the noun that must stand beside the figure (before it in its list item, or
right after its unit; empty: none needed) and the metric. The first row that fits wins."""

from __future__ import annotations

from typing import NamedTuple

from .supervision import CASES_CLOSED_WORD


class Activity(NamedTuple):
    name: str
    triggers: str  # an alternation: words that name the activity (抽查, 检查, 查处)


class HeadRow(NamedTuple):
    activity: str
    units: frozenset[str]
    noun: str  # an alternation the figure's noun must hold ("" for any, or none)
    metric: str
    # A count whose result is told right after it (8批次不合格, 8批次产品全部合格) carries the
    # metric of that result; with none ("" here), a result after the figure in its clause leaves
    # it to the rules (4家5批次产品不合格: firms the rules read with their result).
    failed: str = ""
    passed: str = ""
    firms: bool = False  # counted firms: not those set apart before them (FIRMS_NOT_BEFORE)


# Firms and traders a check goes through (not places: 商场, 超市 and 市场 are read as places).
_FIRMS = r"企业|厂家|工厂|公司|经营户|商户|工商户|个体户|作坊|门店|经营单位|经营主体|生产单位"

ACTIVITIES = (
    Activity("spot_check", r"抽查|抽检|抽样|抽取|所抽|监督抽|质量抽"),
    Activity("inspection", r"检查|巡查|排查|督查|检查了"),
    Activity("cases", r"查处|查办|立案|办结|破获|侦破"),
)

ROWS = (
    HeadRow("spot_check", frozenset({"批次", "个批次", "批"}), "", "batches_sampled",
            failed="batches_failed", passed="batches_passed"),
    HeadRow("spot_check", frozenset({"家"}), _FIRMS, "enterprises_inspected", firms=True),
    HeadRow("inspection", frozenset({"家", "户", "家次", "户次"}), _FIRMS,
            "enterprises_inspected", firms=True),
    HeadRow("cases", frozenset({"起", "件", "宗"}), r"^$|案", "cases"),
)

# Work of another kind: a head of its own that ends the scope of the one before (出动执法人员,
# 责令整改, 发现问题, 受理投诉, 检定, 监测, 培训).
NEW_HEAD = (r"出动|责令|整改|下达|约谈|培训|宣传|发放|召开|举办|受理|投诉|举报|咨询|罚没|罚款|"
            r"没收|查获|查扣|扣押|查封|移送|吊销|取缔|关闭|注销|检定|校准|认证|许可|登记|注册|"
            r"帮扶|指导|走访|监测|发现|排除|消除|隐患|评选|获得|获评|荣获|创建|培育|新增|拥有|"
            r"现有|实有|共有|在册|公布|发布|开展|实施|建立|工程|收入|产值|"
            r"包括|包含|分为")  # (and a total broken down: 共抽查企业40家，包括大型企业4家…)
# A sentence that opens on a part of the work its sentence before tells (其中蔬菜类500批次…;
# 在今年的抽检中…): the head may stand in an earlier sentence of its paragraph.
GOES_ON = r"\s*(?:其中|在[^，,。；;]{0,24}中)"
# In the head's own clause or the one before: the head counts complaints or tips handled, not
# cases (受理投诉举报120件，办结110件); its samples are other work's (风险监测, 跟踪抽检), or a
# register's, not a check's (抽查名录).
NOT_THIS_HEAD = r"投诉|举报|咨询|信访|诉求|监测|跟踪|回头看|复查|名录"

# A target, plan or task in the head's clause or the figure's own: nothing done yet.
PLANNED = (r"计划|拟|力争|争取|预计|目标|任务|将要|确保|(?<![主重需纪摘])要(?![求素点闻害])|"
           r"应当|应该|须")

# Nouns of other areas' counts (special equipment, metrology, testing bodies): not the firms a
# supervision check went through.
OTHER_AREAS = (r"特种设备|电梯|气瓶|锅炉|压力容器|起重|游乐|索道|充装|加油|计量|衡器|电子秤|"
               r"检验检测|检测机构|实验室|医疗|卫生")

# In the figure's clause before it: a comparison or a change (比上年的720批次, 批次增加30批次),
# a result (检出不合格样品9批次, 符合标准要求的产品共88批次), a 对-object whose verb comes
# after (对35家批发企业建立追溯档案), a verb of its own (已完成2710批次), a count pointed back to
# (在这12家企业中), a part described by what became of it (移交司法机关的2批次).
NOT_THIS_FIGURE_BEFORE = (r"比|较|同比|增加|减少|增长|下降|提高|合格|符合|不符|不规范|检出|发现|"
                          r"问题|获证|对|被|典型|完成|收录|这|该|上述|的|"
                          # (cases closed, 立案12件，结案9件: no count the rules keep)
                          + CASES_CLOSED_WORD)
# … and for firms: firms involved, not checked (涉及外省17家企业), or some of the firms before with
# a property of their own (其中3家企业存在…).
FIRMS_NOT_BEFORE = r"涉及|生产的|其中"
# In the figure's clause after it: a verb of its own or what the count names instead (公布3起典型
# 案例, 企业150家，主营业务收入…), or what the firms did wrong (3家企业存在…违法行为).
NOT_THIS_FIGURE_AFTER = (r"被|进行|开展|建立|案例|典型|收入|产值|占|存在|违法|违规|涉嫌|处于|"
                         r"停产|停业|状态")

# After a figure: a threshold or a rate per head, no count (货值5万元以上, 5批次/千人).
NOT_A_COUNT_AFTER = r"\s*(?:以上|以下|以内|及以上|及以下|至|到|-|~|/|每)"

# After a batch count in its clause: what it is the result of (8批次不合格, 12批次产品全部合格).
FAILED_AFTER = r"[^，,。；;、\d]{0,12}?(?:不合格|不符合|不达标|超标|达不到|未达到|超过|低于|高于)"
# Before a figure in its sentence, after the head: a subset of the failures opened (在不合格的
# 40批次中，有12批次…; 不合格产品中): what follows breaks the failures down by cause — no sample.
FAILING_SUBSET = r"(?:不合格|不符合|不达标|超标)[^，,。；;]{0,24}中"
PASSED_AFTER = r"[^，,。；;、\d]{0,12}?合格"
# In the figure's clause after it, for a row without result metrics: a result (4家5批次产品不合格).
RESULT_AFTER = r"合格|不符合|不达标|超标|问题"
