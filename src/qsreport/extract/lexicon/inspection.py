"""Inspection: facility names, their stages of building, and the words around a name."""

from __future__ import annotations

import re

from ... import regex_cache as rx
from ...chars import HAN
from ...regex_prefilter import compile_fast
from . import Vocabulary

# (查验: what some pages write for 检验, 某产品质量监督查验中心; 纤检所, 特检院, 锅检所: the
# fibre, special equipment and boiler inspection bodies)
FACILITY_SUFFIX = compile_fast(
    rf"(?:检验|检测|质检|计量|认证|测试|检定|鉴定|研制|查验|纤检|特检|锅检){HAN}{{0,6}}?"
    r"(?:中心|所|院|站|工程|基地|园区|实验室|平台|大楼|机构)$|质检院|检验院|实验室$|检测中心$"
    # A branch named after its parent centre and the parent's place: 国家X质量监督检验中心(甲省)
    # 乙市Y分中心, 国家X检验(甲市)Y分中心.
    rf"|(?:检验|检测|质检|监测)(?:{HAN}{{0,4}}?中心)?(?:[(（]{HAN}{{2,4}}[)）])?{HAN}{{0,14}}?分中心$"
    # A cluster of testing firms and its parks: 国家X检验检测服务业集聚区(甲省)乙市园区,
    # 甲省检验检测认证产业园.
    rf"|(?:检验|检测|认证){HAN}{{0,12}}?(?:集聚区|产业园)(?:[(（]{HAN}{{2,4}}[)）])?"
    rf"(?:{HAN}{{0,6}}?园区)?$"
)
# Put to work straight after passing (验收并正式运转): see FACILITY_STATUSES.
_THEN_RUNS = r"(?:并|并已|并且)?(?:正式)?(?:投入使用|投入运行|投入运转|运转|运行|启用)"
# Each stage a report gives a facility, from the first step to the last. A verb that plans a
# facility only when a name follows it (将建设A中心) is in OBJECT_ONLY too.
FACILITY_STATUSES: tuple[tuple[str, str], ...] = (
    # (通过…“三合一”评审: a quoted name of the review may stand between; 验收合格 passes too;
    # 通过…资质认定: a lab's accreditation; 通过…检验检测机构核准: a special equipment
    # inspection body's approval, its accreditation)
    # (通过验收并正式运转: what it went on to, at work, is the latest stage the clause gives)
    # (认可委: the accreditation board, whose name a lab's 认可 may follow: 通过认可委的实验室认可)
    # (通过CNAS认可, 通过CMA资质认定: the board's initials before the word)
    (rf"通过(?:{HAN}|[A-Za-z]|[、和与及“”]){{0,24}}?(?:认可(?!委)|认证|认定|验收|考核|评审|授权|核准)(?!{_THEN_RUNS})"
     # (获得省局的资质认定, 获市局计量认证: a lab's own assessment, who gave it before it)
     rf"|获得?{HAN}{{0,8}}?(?:认可|授权)|获得?{HAN}{{0,8}}?(?:计量认证|资质认定)|验收合格(?!{_THEN_RUNS})"
     # (对A、B等5家单位继续授权: an authorisation renewed after review, so assessed again)
     r"|(?:继续|重新|延续)授权"
     # (取得了资质认定证书: a lab's accreditation handed to it; not 认证, which firms get too)
     rf"|取得了?{HAN}{{0,8}}?(?:认可|认定|授权)",
     "accredited"),
    # 甲、乙等3家实验室被认监委确定为…检测实验室: designated a lab, so its competence was
    # assessed (not 确定为…筹建单位, a plan, nor 确定为分支机构).
    # (The lookaheads stop at a clause's end, so never look past a sentence: see
    # Doc.matches_by_sentence.)
    (rf"被{HAN}{{0,12}}?(?:确定|认定|指定|授权)为(?![^，,；;。！？!?\n]{{0,30}}?筹建)"
     r"(?=[^，,；;。！？!?\n]{0,30}?(?:实验室|检验机构|检测机构|检定机构|检验中心|检测中心))",
     "accredited"),
    # 国家某计量站经批准建立并获授权: the state allowed it, so it was assessed
    (rf"批准{HAN}{{0,8}}?建立", "accredited"),
    # (某检测中心成立于1990年, 某中心日前成立。: it runs; not 成立大会, 成立了筹建小组)
    # (自中心建成以来, 该所成立以来: at work ever since, said right after its name)
    # (建成投入使用 as one phrase runs; 建成并投入使用 stays built, as the team's corpus keys it
    # — real reports' keys read it as running: a convention the two disagree on)
    # (投运: put to work, as 投用; 建成投运 runs, as 建成投用)
    (r"(?<=[心所站院室])(?:建成|成立|投用|运行)以来|建成(?:投入)?(?:使用|运行|投用|投运)|投入使用|投入运行|正式运行|投入运营|启用|挂牌运行|运行良好|正式挂牌|挂牌成立|揭牌成立"
     # (举行X中心揭牌仪式, X中心揭牌仪式在某地举行: the unveiling held; a 将 before it plans)
     # (某院在某地举行揭牌仪式: the facility held its own unveiling; a 将 before it plans)
     # (举行了隆重的授牌仪式, X站挂牌仪式: a plate handed over or put up is the same news)
     rf"|揭牌(?!仪式)|(?<=举行)(?:了)?(?:{HAN}{{0,4}}的)?[揭挂授]牌仪式"
     # (X站（简称甲站）挂牌仪式, X中心(甲省)揭牌仪式: a short name or the host in brackets)
     rf"|(?<=[心所站院室)）])[揭挂授]牌仪式(?![^，,；;。！？!?\n]{{0,16}}?(?:将|拟|定于|计划|准备|筹备))"
     rf"(?=[。，,；;\n]|$|{HAN}{{0,16}}?举行)"
     # (某中心已正式运转: the same as 正式运行)
     r"|投入试运行|正式成立|批准成立|获批成立|投用|投运|成立于|正式运转|投入运转|(?:(?<=中心)|(?<=[所站院室]))成立(?=[。，,；;\n]|$)"
     # (某中心挂牌。, 某站挂牌于某镇: the plate is up, so it runs; not 挂牌督办, 挂牌仪式将…)
     r"|(?<=[心所站院室])挂牌(?=[。，,；;\n]|$|于)"
     # (成立了“A中心”: founded, so at work — only with the name after it: see OBJECT_ONLY)
     r"|成立了"
     # (某中心为产业升级发挥了重要作用: it works, so it runs; 某中心的建立为…铺路: set up and
     # at work — the clause's own words only, as a clause is scanned alone)
     r"|发挥了(?:重要|积极|很大|巨大|显著)?作用"
     r"|(?<=[心所站院室])的(?:建立|成立)(?=为|使|填补|对)",
     "operating"),
    # (完成筹建任务: the preparation is done, the centre built; 实验室改造全部完成)
    # (not 全面建成小康社会: a national goal, no building)
    # (完成基建工程: the building works are done, so it is built; not 完成主体, the shell only)
    (r"建成(?!小康)|竣工|落成|完工|建设完成|完成筹建|改造(?:工程)?(?:已经|已)?(?:全部)?完成"
     r"|完成(?:了)?基建(?:工程|任务)?", "completed"),
    # (建设中 is no stage before the name it begins: 要建设中国某某实验室)
    (rf"正在{HAN}{{0,4}}?建设|建设中(?![国华])|在建(?!设)|(?:进入|处于)(?:工程)?收尾阶段|开工建设|加紧建设|(?<=[心所院室站])加快(?:推进)?建设|(?:开工)?奠基|破土动工|动工兴建"
     r"|开工兴建|封顶|进入(?:全面)?建设阶段|正式动工|动工建设"
     # 已完成主体工程: the shell is up, the facility still in building
     r"|完成(?:了)?主体(?:工程|建设|施工|结构)?"
     # (某中心日前在开发区正式开工: the works began; not 开工率, 开工企业)
     r"|正式开工|开工(?=[。，,；;！!\n]|$)"
     # 启动甲基地项目建设: building has begun (only with the name after it: see OBJECT_ONLY)
     r"|启动(?=[^，,；;。！？!?\n]{2,30}?(?:项目)?建设)"
     # (某中心改造和建设工作正稳步推进, 该所迁建工程正在有序推进: works going on now; not a
     # wish, 建设要加快推进, nor a plan, 建设将有序推进)
     r"|(?:建设|迁建|改建|扩建|改扩建)(?:工作|工程|项目)?(?:目前)?(?:正在|正)"
     r"(?:有序|稳步|顺利|加快|加速|扎实|全面|积极)推进", "under_construction"),
    # (申建: applied for leave to build; 某平台建设项目正式获批: the project approved, so planned)
    # (获得省局批筹: leave to prepare it granted)
    # (获批筹建A中心: the verb is 筹建, A what follows it; 批筹 alone is leave to prepare)
    # (A中心将落户某市: the site is chosen, the centre still to be built)
    # (甲中心、乙中心等成为区域性检测中心试点, 被列为首批整合试点: chosen for a pilot, so
    # to be built or rebuilt under it)
    (r"(?:成为|被列为|列为|入选|被确定为)[^，,；;。！？!?\n]{0,24}?试点(?![^，,；;。！？!?\n]{0,6}?(?:工作|经验))"
     r"|筹建|批筹(?!建)|拟建|申建|将落户|申请设立|规划建设|计划建设|批准筹建|获准筹建|批准建设|同意建设|立项|处于规划|规划设计阶段"
     r"|(?<=建设项目)(?:正式|已经|已)?获批"
     # (某质检中心获批。: leave to build it granted — the word alone, at the clause's end)
     r"|(?<=[心站所])(?:正式|已经|已)?获批(?=[。，,；;\n]|$)"
     # 规划在某县建设A中心, 申请在某市筹建A中心: a plan, or leave asked to build
     rf"|(?:规划|申请|拟)在{HAN}{{1,8}}?(?:新建|建设|筹建)"
     # 《…关于在某市建立A中心的请示》: a request for leave to build, so planned
     rf"|(?<=关于)(?:申请)?在{HAN}{{1,10}}?(?:建立|建设|设立|新建|组建)|(?<=关于)(?:建立|设立)"
     # 省局规划A中心、B中心两个项目: planned, with the names after it (see OBJECT_ONLY)
     r"|(?<!处于)规划(?![中的])(?=[^，,；;。！？!?\n]{2,30}?(?:中心|实验室|基地|平台))"
     # (某所要建设A实验室: a task set, so planned; not 需要, 还要, 只要)
     r"|(?:将|拟|计划|准备|(?<![需还只主重必])要)(?:要|再)?(?:新建|建设|组建|兴建)(?!成)"
     # 向总局申报甲中心: leave asked to build it (only with the name after it: see OBJECT_ONLY)
     r"|申报(?![筹建设立])(?=[^，,；;。！？!?\n]{2,30}?(?:中心|实验室))", "planned"),
)
_STATUSES = Vocabulary(FACILITY_STATUSES)
FACILITY_STATUS, facility_status = _STATUSES.pattern, _STATUSES.key

# 总局批准甲局依托乙院筹建的X中心: the approval of a centre whose preparation is done (the
# notice that founds it), so X runs; not 批准筹建X中心 or 批准筹建的X中心, leave to prepare.
APPROVED_AS_PREPARED = rx.compile(r"批准(?!筹建)[^，,；;。！？!?\n]*?依托")

# A testing lab's own assessment (通过计量认证, 通过实验室认可): whoever passes it tests.
LAB_ASSESSMENT = rx.compile(r"计量认证|实验室认可|资质认定|CNAS|CMA")

# A designation (被…确定为…实验室): what follows it is what the facility became, not a name.
DESIGNATION = rx.compile(r"被.*为$")

# Verbs that say a facility is planned only when its name follows (将建设A中心), never of a
# subject before them (X中心将建设…).
OBJECT_ONLY = rx.compile(
    rf"(?:将|拟|计划|准备|(?<![需还只主重必])要)(?:要|再)?(?:新建|建设|组建|兴建)|启动|规划$|申报$"
    rf"|(?:申请)?在{HAN}{{1,10}}?(?:建立|建设|设立|新建|组建)$|(?:建立|设立)$|成立了$"
)

# The order of the stages: a facility named twice keeps the furthest stage the report gives it
# (筹建 → 建成 → 投入使用 → 通过验收: a centre that passed its acceptance is running).
STAGE_ORDER = {"planned": 0, "under_construction": 1, "completed": 2, "operating": 3,
               "accredited": 4}


# A subject that is a counted group of facilities (6个国家质检中心, 全省3家省级检测中心已) and
# the words that then list its members: ``，包括A、B`` in the next clause, ``：A、B`` in its own.
GROUP_SUBJECT = rx.compile(
    rf"{HAN}{{0,8}}?[\d一二三四五六七八九十两]+(?:个|家|座|所){HAN}{{0,10}}?"
    r"(?:中心|所|院|站|实验室|机构|基地)(?:已经|已|均|都|正式|顺利|先后|相继)*"
)
# A clause that lists what a facility holds or houses (基地项目包括A、B等4个中心; 一期主要建设
# A、B; 除…外，还有A、B): the members are at the stage of the facility last named.
HOLDS = rx.compile(
    rf"(?:{HAN}{{0,10}}?(?:(?P<project>项目)|基地|中心|大楼|一期|二期)(?:还|主要|另)?(?P<future>将)?"
    r"(?:包括|主要建设|建设有|建设包括|建设内容包括|入驻|下设|设有|内设|拥有)|还有"
    # (该中心…，拥有A、B: the clause has no subject, the sentence's is the centre: see _held)
    r"|(?P<bare>下设|设有|内设|拥有))[:：]?"
)
# A subject that names the works (the project, a base, a centre) though no facility by its
# name: its state is the project's, for the centres a later 该项目建设包括… lists.
PROJECT_SUBJECT = rx.compile(r"项目|工程|基地|中心")
HOLDS_AFTER_NAME = rx.compile(r"(?:还|另)?(?:下设|设有|内设|拥有)[:：]?")  # …的A院下设B、C
MEMBERS_NEXT = rx.compile(r"(?:包括|分别是|分别为|即)[:：]?|[:：]")
MEMBERS_AFTER = rx.compile(r"[:：]")

# Plans and hopes: a state after them is not yet reached (力争年内建成, 把X建成一流的中心).
# (逐步建成A中心: built step by step, in years to come)
# (定于下月举行揭牌仪式: a date set, not yet come)
# (某所要建设A并投入运行: a task set, 要 before its verb; not 需要, 主要, 重要)
FUTURE_WORDS = rx.compile(r"力争|争取|确保|将|计划|拟|预计|年内|有望|把|准备|明年|后年|下一步|今后|逐步"
                          r"|(?<![需还只主重必不])要(?=[建完实推做投开启])"
                          r"|定于|下月|下周")


# (我市, 本县: the report's own place, said before a name it is no part of)
# (二是: an item of a numbered list, never a name's start)
# (经济开发区, 经开区: a place's name that starts with 经, not the word 经)
LEAD = rx.compile(r"^(?:[一二三四五六七八九十]+是|目前|现在|近年来|今年|去年|其中|同时|此外|另外|而|由|经(?![济开贸营纬])|并|已|继|[我本][省市县区]|位于"
                  + HAN + "{2,6}的)+")

# A subject that is only a time and adverbs (并于去年年底顺利通过验收): the state is the
# facility's named before it.
_TIME = (r"(?:\d{2,4}年|去年|今年|前年|上半年|下半年|年初|年底|年末|\d{1,2}月份?|\d{1,2}日"
         r"|[上中下]旬|月底|月初|近日|日前|近期|昨日|昨天|今日|今天|目前|现在|已经|已|顺利|正式|先后|相继|又|再"
         r"|也|均|都|分别(?:于|在)?|[和、及与])")  # (分别于3月和9月: the times of a list's items)
TIME_ONLY = rx.compile(rf"^(?:于|在)?{_TIME}+$")
# …and a place where it happened (于5月8日在某开发区奠基, 近日在某园区内破土动工): the subject
# is still the facilities named before, unless the place is itself a facility (在检测中心内).
PLACE_AND_TIME = rx.compile(
    rf"^(?:于)?{_TIME}*(?:在|于)(?!{HAN}*(?:中心|所|院|站|实验室|基地|大楼))"
    rf"{HAN}{{2,16}}?(?:内|境内)?{_TIME}*$"
)

TAIL = rx.compile(r"(?:已经|已|正在|正|顺利|正式|全面|基本|将|也|均|都|今年|近日|日前|先后|相继|一次性)+$")
# Where an event was held, between a subject's name and its state (甲院在位于乙县的丙园区奠基):
# a place, whose 的 describes the place, not something of the facility's.
VENUE_BEFORE_STATE = rx.compile(
    rf"(?:[(（](?:以下)?(?:简称|下称)[^)）]{{1,20}}[)）])?"  # (a short name given first)
    rf"{_TIME}*在(?:位于)?{HAN}{{1,12}}?的{HAN}{{2,16}}?(?:内|境内)?{_TIME}*$"
)
# A facility word with 在 after it (a time may stand between): where the facility's name
# ends and the place of an event starts (甲实验室昨日在乙中心揭牌).
# So is one with its host or builder after it (甲中心依托乙所建成, 甲站由乙院承建): the name
# ends before them.
VENUE_AFTER = rx.compile(rf"(?:中心|所|院|站|实验室|基地)(?={_TIME}*(?:在|依托|依靠|由){HAN})")

_FULL_NAME_ENDS = (
    r"质量监督检验中心|检验检测中心|检验中心|检测中心|质检中心|计量中心|测试中心|研制中心|查验中心|"
    r"检验所|检测所|质检所|质检院|检验院|检测院|研究院|实验室|检测基地|检验基地|检定站|检验站|检测站|质检站"
    r"|纤检所|特检院|特检所|锅检所")
FULL_NAME_REACH = 30  # Han before the ending, at most
FULL_NAME = rx.compile(
    rf"{HAN}{{2,{FULL_NAME_REACH}}}?(?:{_FULL_NAME_ENDS})"
    rf"(?:[(（]{HAN}{{2,4}}(?:[·・]{HAN}{{2,4}})?[)）])?"
)
# Every FULL_NAME holds one of these (a literal scan, fast), at most FULL_NAME_REACH
# characters after the name's start.
FULL_NAME_END = rx.compile(_FULL_NAME_ENDS)

# A name after these words is mentioned in passing (依托市质检所, 位于检测中心内): a state in a
# later clause is not its state.
PASSING = rx.compile(r"(?:依托|依靠|借助|位于|设在|地处|地址|在)$")

# Groups and counts are not one facility: 一批检验机构, 三个省级质检中心, 第二个中心.
NOT_A_FACILITY = rx.compile(
    r"^(?:这|那|该|本|我市|全市|全省|一批|多个|一些|各类)|第[一二三四五六七八九十\d]+个|一个|\d"
    r"|[一二三四五六七八九十两几多]+(?:个|家|座)"
    r"|^[个家座]|了|\*"  # (个省级检验中心: a count cut from its number; 查看了实验室: a clause)
    r"|^[^\W\d_]{0,2}国家(?:质检|检验|检测)中心$"
    # (两质检中心, 三中心: a count right before a kind, the facilities just named counted)
    r"|^[两二三四五六七八九十几]+(?:检验|检测|质检|计量|检定)*(?:中心|所|院|站|实验室|基地)"
    r"|^[一二三四五六七八九十两]+大"  # (四大检测中心: a group's name, its members named apart)
    # (实地查看实验室设施: a verb of looking, the room looked at; no name starts with one)
    r"|^(?:实地)?(?:查看|察看|参观|视察|考察|检查)"  # (申报国家质检中心: the class, not one centre)
    # (a clause cut before a bare lab: 三是强化实验室管理, 感谢市局支持实验室落成, 计量认证和
    # 实验室认可 — a numbered point, a verb of work or thanks, a list's last word)
    r"|^[一二三四五六七八九十]+是|^(?:感谢|加强|强化|推进|推动|规范|完善)|[和及与、]实验室$"
)

# A firm's name ends the item it is in (甲有限公司、乙计量所: two items, never one name).
FIRM_END = rx.compile(r"(?:公司|集团|厂)$")

# A kind of facility, not the name of one (新落成的实验室, 检测大楼).
# (国家质检中心 alone: the class a centre belongs to, not one centre)
# (标准化实验室, 化验室: a kind of lab a firm builds, not a named one)
# (重点实验室 alone: a class of labs; 恒温恒湿实验室, 化学检测实验室: the rooms a centre houses)
# (二期检测大楼: a phase's building, no facility of its own)
_KIND = (r"(?:[一二三四五]期|新|老|综合性?|大型|现代化|高标准|一流|专业|区域性?|[国省市县]家?级|国家|食品|产品|标准化|化验"
         r"|重点|恒温恒湿|物理性能|物理|化学|理化|微生物|生物安全|力学性能)*"
         r"(?:检验|检测|质检|计量|检定|实验|综合)*(?:中心|所|院|站|实验室|大楼|基地|机构|平台)")
# A full kind before a name in apposition (第一家国家级检测中心甲中心): a testing word and its
# noun, never a bare 院, 所 or 站 (院士工作站检测中心: 院 opens the name).
KIND = (r"(?:[国省市县]家?级|国家|综合性?|大型|区域性?|重点|食品|产品)*"
        r"(?:检验|检测|质检|计量|检定|实验)+(?:中心|所|院|站|实验室|机构|平台)")
# (中心和实验室: kinds joined, the centres named before spoken of again)
GENERIC_NAME = rx.compile(rf"^{_KIND}(?:[和与及、]{_KIND})*$")
# A kind after 的 (3000平方米的实验室, 投资千万元的检测中心): what is described is a kind, and
# no name is written.
KIND_AFTER_OF = rx.compile(rf"的{_KIND}$")
# Kinds joined, alone or after a word of asking or regarding (询问两个中心与实验室的筹建): the
# facilities just named, spoken of again.
POINTED_KINDS = rx.compile(rf"(?:^|了解|查看|询问|关心|就|对)(?:两个|这些|[该这]两[个家所])?"
                           rf"{_KIND}(?:[和与及、]{_KIND})+的?$")

# Words a name done to by a verb never holds (将组建专家组对X中心…, 建成国内一流的检测中心):
# what follows the verb is then no list of names.
NOT_IN_OBJECT = rx.compile(r"[对在将为是把被由向给的了]")

# What may stand between a subject's name and its state (近日在郑州, 二期综合楼); a 的 or a
# count of people there makes the subject something of the facility's (所的12名检验员通过考核),
# and a verb of helping makes the state another's (指导甲公司建成实验室, 帮助企业通过认证).
HELPS = rx.compile(r"指导|帮助|协助|督促|推动|支持|引导|带动|服务")
NOT_BEFORE_STATE = rx.compile(r"的(?=.)|[\d一二三四五六七八九十两]+名|" + HELPS.pattern)
# How well a facility passed, between its name and the state (以95分的好成绩通过验收): the
# state is still the facility's.
MANNER = rx.compile(r"以[^，,；;。！？!?\n]{0,16}?(?:成绩|分数|高分|满分|评分)(?:正式|顺利|一次性)*$")
# A name, 是, then a time and who acted before a state written as an attribute (A中心是2011年
# 经总局批准成立的…): the state is the name's.
COPULA = rx.compile(
    rf"[^，,；;。！？!?\n]{{4,40}}?(?P<is>是){_TIME}*(?:经|由)?{HAN}{{0,12}}?$"
)
# Right after the name (所长某某通过考核, 检验人员通过考核): the state is a person's.
PERSON_AFTER_NAME = rx.compile(
    r"(?:[所院站室]|中心)?(?:长(?![期远久])|副长|主任|副主任|书记)"
    r"|(?:检验|检测|技术)?(?:人员|员工|职工|检验员|专家)"
)

# Where a list of names ends: ``A、B等10大中心``, ``A、B两个国家级中心``.
LIST_END = rx.compile(r"等|[\d一二三四五六七八九十两几多]+(?:个|大|家|座|所|项)")
# After a list's count, the kind it counts and a join to a second counted list (A、B两个省级
# 中心和C、D等4个县级所): the second list goes on.
NEXT_GROUP = rx.compile(rf"{HAN}{{0,6}}?(?:中心|所|院|站|实验室|机构)(?:和|及|以及|、)(?=.{{4}})")

# An item of a list of works built that is a zone, not a facility (标准化示范区, 资源保护区):
# the list goes on past it to the centres it holds.
OTHER_WORKS = rx.compile(r"(?:示范区|保护区|园区|开发区|产业区)$")

# A part of a facility (二期综合楼, 项目主体工程): its completion leaves the facility in building.
# (not 建设主体, the body that builds it: 以甲所为建设主体的A中心)
PHASE = rx.compile(r"(?:项目)?(?:[一二三四五]期|(?<!建设)主体|土建)")

# Works on a facility (实验室改造工程, 迁建项目): the name is the facility's, before them.
WORKS = rx.compile(
    r"(?:新址|新大楼)?(?:改造|扩建|迁建|改扩建|装修)(?:工程|项目)?|基建(?:工程|项目)|建设(?:工程|项目)"
)

SUFFIX_ANYWHERE = rx.compile(
    # (某某中心福建工作站: a centre's station in a province, named after its parent)
    rf"(?:中心|工程|基地|园区|实验室|平台|[所院站](?<=[验测检究量试定分][所院站])"
    rf"|站(?<=中心{HAN}{{2}}工作站)|大楼(?<=(?:检测|检验|实验|综合)大楼))"
)

# A short subject that names someone or something else (30名选手, 相关企业, 样品): a state
# after it is theirs, not the facility's named in the clause before. (专家组 and its kin are
# left out: a panel's acceptance is said of the facility it assesses.)
OTHER_SUBJECT = rx.compile(
    r"[\d一二三四五六七八九十两百千]+(?:名|人|家|批次?|项|件|台|个)"
    r"|人员|选手|学员|考生|职工|员工|企业|公司|厂家|工厂|产品|样品|商品|单位|个人|农户"
)

# A subject that picks one of the list named before it.
ONE_OF = rx.compile(r"^(?:前者|后者|其一|(?:其中)?一(?:个|家|所|座|项))")
ANAPHORA = rx.compile(r"(?:该|本|这个|这一|此)(?:中心|所|院|实验室|站|基地|机构|项目)$")
# A subject that counts the facilities just named (两质检中心, 这两个中心, 同意三家实验室…),
# a time after it (两中心2033年建成): all of them, when they are as many as it says.
COUNTED_BACK = rx.compile(
    rf"(?:这|该|上述|以上)?(?P<count>[两二三四五六七八九十])(?:个|家|所|座)?{_KIND}{_TIME}*$"
)
COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# A subject that points back to the facility by a word of its own (该中心, 该项目一期工程, or
# the bare 中心 a report shortens the name to): its state moves that facility on, even from a
# later sentence.
POINTED = rx.compile(r"^(?:该|本|这个|这一|此)?(?:中心|所|院|实验室|站|基地|机构|项目)(?![\u4e00-\u9fff]{0,2}(?:中心|所|院))")

AFTER = rx.compile(r"(?:以|之)?后")

# A page's tags (关键词：某地,标准,获批): words, not statements; no stage is said there.
KEYWORDS_LINE = rx.compile(r"\s*(?:关键词|关键字|标签|Tags?)\s*[:：]")

# A stage verb whose own object in its clause is firms or their plant (建成…等生产企业20家,
# 建成生产线3条): what was built is that, not the facility named before.
OTHER_BUILT = rx.compile(r"[^，,；;。！？!?\n]*?(?:企业|公司|工厂|厂房|生产线|实验室)")

BUILT_BY = rx.compile(rf".*(?:承建的|建设的|组建的|筹建的|新建的|依托{HAN}{{2,12}}?的)")

# A rank before a name is no part of it: 国内首家|国家级…中心, 全省唯一的|…实验室.
RANK_LEAD = rx.compile(
    rf"{HAN}{{0,4}}?(?:首家|首个|第一家|第一个|唯一一家|唯一一个|唯一的|唯一)(?=.{{6}})"
)

# A verb before the name in a subject (市长为A中心揭牌, 出席并为…): the name starts after it.
# (宣布了A中心成立: the one who announced it; 争取A中心申建获批: the hope, not the name)
# (来到A中心进行视察, 加快A中心筹建进度, 加强A中心建设: a visit or an urging before the name)
# (甲局与乙中心合作共建A实验室: the partners who build it come before its name)
# (会议就A中心建设作出安排, 两级就开始着手建立A站: 就 before the name; 总局批准A中心在此筹建:
# the one who approved)
# (标志着A中心建成: what an event marks, then the name)
VERB_BEFORE_NAME = rx.compile(r".*(?:出席并为|并为|为|对|给|向|宣布了?|宣告|标志[着著]|争取|举行了?|举办了?|"
                              r"来到|走进|深入|前往|莅临|(?<![达得收受])到|视察了?|考察了?|参观了?|加快|加强|强化|推进|抓紧|就|批准|建立|共建"
                              # (专家组同意A中心通过验收, 关于同意设立A中心的批复: the one who
                              # agreed; 奠基仪式及A站挂牌仪式: another ceremony before the name)
                              r"|同意|设立|(?:仪式|典礼)(?:及|和|与|暨|、)"
                              # (专家组来甲县开展A中心调研, 负责人汇报A中心筹建情况, 听取了A站的
                              # 介绍: the work done or the report given, then what it is about)
                              r"|开展了?|汇报了?|介绍了?|通报了?|听取了?"
                              # (甲局在乙中心举行揭牌仪式: the host, then where; 所在地 is no 在)
                              r"|在(?<!所在))")
# An instruction or a wish (希望…要加快A中心筹建, 要求抓紧B实验室建设): no news of a stage.
# (Not a standard met: 按照国家要求, 符合…要求, 达到…要求.)
INSTRUCTION = rx.compile(r"希望|要求(?<![按照据合到的]要求)(?![的，,])|叮嘱|嘱咐")

# A short body named beside a facility that shares its state (市质检院和义乌局通过认可).
BUREAU = rx.compile(rf"^{HAN}{{1,4}}局$")

# Words a report writes one name with in two ways (检测/检验, 质检/质量检验, with or without 产品
# or 监督): what two mentions of one facility are compared on.
NAME_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (rx.compile(pattern), replacement) for pattern, replacement in (
        (r"[“”\"「」『』‘’'\s]", ""), (r"产品|监督|技术", ""), (r"检测", "检验"), (r"质检", "质量检验"),
        (r"查验", "检验"), (r"(?:检验)+", "检验"),
    ))

# A short name a report gives a facility right after its full one: 甲乙丙检测中心（下称“甲中心”）. A later mention under the short name is that facility.
SHORT_NAME = rx.compile(
    r"[(（](?:以下)?(?:简称|下称)[:：]?[“\"「『]?(?P<short>[^”\"」』)）]{2,20}?)[”\"」』]?[)）]"
)
