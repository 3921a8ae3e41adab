"""Supervision campaigns: the words of the work a report's lead or headline tells, read by
:mod:`..supervision_actions_lead` and its guards where the report names no campaign: a check, an
inspection, a sampling or a verification drive the lead carries out, a seizure of fakes, a spot
check's results published, the work a headline names, and what makes each none (a tip-off, a
habit, a span of months summed up)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast
from .audit_bodies import AUDIT_BODY
from .supervision_places import INSTRUMENTS

# The words besides 检查, 抽查 and 稽查 that name a check carried out on a class of places,
# units or equipment when a lead tells it as the verb with its object, each a row (the rows
# are joined into LEAD_CHECK's word and into a headline's work, HEADLINE_WORK):
# - a supervising check made with a team sent round (对全区各街道开展督导检查), whatever its
#   team checks in the end: the offices' enforcement work;
# - a sweep of a trade's places for what should not be there (对城郊小作坊进行清查), the same
#   sweep the table's 清查行动 names;
# - a check of what a list or a licence says against the places (对获证企业开展核查), Taiwan's
#   查核 as much as 核查, but not a check of papers at a desk (CHECKED_PAPERS);
# - a check made in turn by the offices of two or more regions on each other's firms (交叉
#   互查, 交叉检查).
# Not 排查 alone (a sweep for hazards: the table's 隐患排查, of kind other), nor 复查 (a second
# look at a firm found at fault: a case's follow-up), nor 回头看 unquoted (a campaign's own
# follow-up step), nor 巡查 (patrols, read by lead_enforcement with their object).
LEAD_CHECK_WORD_ROWS: tuple[str, ...] = (
    r"(?:联合|专项)?督导检查",
    r"(?:全面|集中|专项|联合)?清查(?!行动)",
    r"(?:专项|联合|全面|现场)?(?:核查|查核)",
    r"(?:交叉)?互查|交叉检查",
)
LEAD_CHECK_WORDS = "|".join(LEAD_CHECK_WORD_ROWS)
# ... a check of papers (对申报材料进行核查, 对企业提交的台账开展清查): desk work, no campaign.
CHECKED_PAPERS = rx.compile(r"(?:材料|资料|台账|档案|数据|报表|报告|信息|证书|证件|申请|票据|账目|合同)$")

# The check a report is about, written in its lead as the verb with its object (对辖区内的电梯
# 进行了安全检查, 对全市眼镜店的验光设备开展专项检查): the keys of rounds 24 to 50 count it
# a campaign of enforcement. Its object is a class of places, equipment or instruments, counted
# or not (对12家超市…, 对全省2350个加油站…: most keys of rounds 114 to 126 count it one), never
# one firm (对某公司进行检查: a raid) nor one, two or a few (对城东几家浴池…), nor one planned
# (将对…, 计划对…), and the check is not the frame of something else (检查时, 检查中).
# The check says what it is (安全, 专项, 突击, 执法检查, or a sampling 抽查): a bare 检查 or 监督检查 the keys of
# rounds 14 to 41 count no campaign as often as those of 42 to 50 count one.
LEAD_CHECK = compile_fast(
    r"(?<!将)(?<!计划)对(?P<object>(?=[^。；;，,]{0,40}?(?:辖区|全市|全县|全区|全州|全省|全旗|市区|城区|市内|县内|区内|"
    r"部分|各类|所有|内的|等|特种设备|电梯|锅炉|游乐|索道|气瓶|加油站|加气站|眼镜|市场|计量器具|"
    r"学校|院校|高校|(?:几|数|\d+|[一二三四五六七八九十两])[家个]))"
    r"(?![^。；;，,]{0,40}?(?:公司|某|窝点|作坊|工作|项目|该(?!市|县|区|省|州)))"
    # (a long list of places and the equipment in them may run past 50 characters: 对城区
    # 商场、车站…等场所和…使用的电梯、锅炉…等设备开展了全面检查)
    r"[^。；;!！?？，,]{2,64}?)(?:进行|开展|实施)了?(?:一次|一场|一轮)?"
    # (its length may come first: 开展为期一周的全覆盖检查)
    r"(?:为期[^\W_a-zA-Z]{1,6}的)?"
    r"(?:全面|集中|专项|安全|突击|重点|监督|执法|拉网式|联合|计量)*?的?"
    r"(?P<word>(?:安全|专项|突击|重点|监督|执法|计量|联合|全面)*(?:安全|专项|突击|执法|拉网式)"
    r"(?:监督)?大?检查|拉网式(?:排查|普查|清查)|(?:计量)?监督检查|全覆盖(?:安全|监督|督导)?检查|(?:监督|专项|质量)?抽[查检]|"
    r"[^\W\d_a-zA-Z]{2,6}?质量检查|"
    # (Taiwan's word for the check: 针对辖区15家加油站进行全面稽查)
    rf"稽查(?!{AUDIT_BODY})|"
    # (and the other words of a check carried out on a class: LEAD_CHECK_WORDS)
    rf"{LEAD_CHECK_WORDS}|"
    # (a bare 检查, 进行了全面检查: taken only as BARE_CHECK_BORNE_OUT allows)
    # (not one of two works joined, 进行检查和抽样: the pair's own words name it)
    r"检查(?![和及与、]))"
    r"(?!时|中|工作会|会议|制度|机制|办法|力度|记录|情况|结果)"
)
# A bare 检查 in the lead (对辖区眼镜店集中开展检查, 对…特种设备进行了全面检查) is the
# report's campaign only when the report then refers back to it as a check or a drive (本次
# 检查, 此次行动) or counts the force it sent out (出动执法人员60人次), as a drive's report does;
# with neither it is as often a raid or a visit, which the keys count no campaign.
BARE_CHECK = "检查"
BARE_CHECK_BORNE_OUT = rx.compile(
    r"(?:本次|此次|这次|该次)(?:专项|集中|联合|全面)?(?:检查|行动)(?!组|人员)|"
    r"出动(?:执法|检查|监管|工作)?人员")
# Firms or places counted in a lead check's object (对辖区内12家超市进行了专项检查) are the
# class it covers, but counted in a sampling (对12家企业的产品进行抽查) they are a task done,
# its batches the spot check, unless the check is a drive carried out by teams formed for it
# (组成联合检查组，对4家板材企业开展监督检查; 安排3个检查组，对32家滑雪场的索道进行了全覆盖
# 检查).
COUNTED_CHECK_DRIVE = rx.compile(r"(?:检查|工作|督查|督导|执法|专家)组")
COUNTED_OBJECT = rx.compile(r"(?:几|数|\d+|[一二三四五六七八九十两])[家个]")
# ... though one, two or a few of them (对城东一家塑料制品企业…, 对城西两家…企业, 对城东几家
# 浴池…) are particular firms or places, a raid or a task done, not a class: counted from
# three on (对全县23家配镜店开展突击检查), they are the class the check covers, the report's
# campaign of enforcement.
FEW_UNITS = rx.compile(r"(?<![\d一二三四五六七八九十百千])(?:几|数|一|两|二)[家个]")
# A bare supervision check or a check of every unit (对全县衡器经销单位进行了监督检查,
# 对辖区游乐园开展全覆盖检查) is one too, its object a class of places, equipment or goods
# (schools' bedding: 对各院校的学生被褥质量开展监督检查), but a headline naming the campaign,
# or 本次抽查 calling it a sampling later, names it better (supervision_actions_lead).
BARE_LEAD_CHECK = rx.compile(r"监督检查|全覆盖(?:安全|监督)?检查")
# (a metrology check, 对全县眼镜店进行了计量监督检查, is enforcement work as any check named
# so; a quality check named by its goods, 对…商品开展了儿童玩具质量检查, is read as a sampling)
# A lead's check may be a sampling (对市场上流通的童装产品进行抽查): of products a spot check,
# of special equipment a safety check (rounds 44 and 55), of anything else no campaign.
SAMPLED_GOODS = rx.compile(r"产品|商品")
# How far into the body the lead reaches (characters): its first sentence or two.
LEAD_REACH = 400
# A safety inspection of special equipment written as the verb in the lead, its object first
# (就某景区索道运行安全状况开展现场督察, 对全区游乐设施安全管理开展了专项督察) or after the
# visit that carries it out (副局长带队督查…电梯安全监察工作, 一行深入某县督察锅炉安全运行
# 情况): the inspection named by its subject, as 电梯安全督察 is, enforcement work. Its object
# names special equipment; not the team, its findings or its rules (督查组, 督查情况).
_EQUIPMENT = r"特种设备|电梯|扶梯|锅炉|压力容器|压力管道|起重机械|游乐设施|索道|气瓶|叉车"
LEAD_INSPECTION = compile_fast(
    rf"(?<!将)(?<!计划)[对就](?P<object>(?=[^。；;!！?？，,]{{0,40}}?(?:{_EQUIPMENT}))"
    r"(?![^。；;!！?？，,]{0,40}?(?:公司|窝点|(?:几|数|\d+|[一二三四五六七八九十两])[家个台]))"
    r"[^。；;!！?？，,]{2,50}?)(?:进行|开展)了?(?:现场|专项|安全|联合)*督[查察]"
    r"(?!组|情况|工作|通知|办法|制度|机制|人员|意见|报告|记录|中|时|期间)"
    r"|(?:(?<=带队)|(?<=率队)|(?<=一行)|(?<=深入)|(?<=前往)|(?<=赴))(?:[^\W\d_a-zA-Z]{2,8}?)?"
    r"(?P<word2>(?:现场|专项)?督[查察])"
    rf"(?:(?=[^。；;!！?？，,]{{0,40}}?(?:{_EQUIPMENT}))[^。；;!！?？，,]{{2,50}}?"
    r"(?:工作|情况))(?=[。；;，,\s]|$)"
)
# A check that follows a tip-off (根据群众举报，…对…进行检查) is a raid, no campaign.
TIP_OFF = rx.compile(r"举报")
# ... and a seizure that follows a tip or a lead (接到线索后…查获假冒电线): that case's raid.
SEIZURE_TIP = rx.compile(r"举报|投诉|线索")

# A seizure of fakes in a report's lead (某局在一处工地查获一批假冒钢筋, 查扣了劣质电缆):
# the fight against fakes, as the rounds' keys count a raid with no campaign word (rounds 71:
# two reports); read only where the report names no campaign at all, and never after a tip
# (a raid on a case, as a check after one is), nor goods seized before (收缴的劣质灯具 …处理). Not goods merely
# substandard (不合格), nor a den counted (a tally, the raids' row).
SEIZED_FAKES = rx.compile(
    # (检获, 搜获: seized, as Hong Kong's reports write it)
    r"(?P<word>查获|查扣|查封|扣押|收缴|缴获|检获|搜获)(?!的)了?[^。；;，,：:！!？?]{0,24}?"
    r"(?:假冒|伪劣|劣质|冒牌|仿冒|黑心|假劣|山寨|制假|售假)[^\W\d_a-zA-Z]{0,10}"
)

# A report of one spot check's results that calls it only 本次抽查 or 此次抽检 (本次共抽查了
# 80家企业的120批次产品): that check, one spot check, where the report names no campaign.
# (此次抽检里查出的问题, of a campaign named before, is read by the rows of named campaigns.)
OWN_SPOT_CHECK = rx.compile(
    r"(?:本次|此次|这次)(?:共|重点|专项|监督|质量|产品)*抽[查检]"
    r"(?!机构|单位|人员|工作会|会议|方案|计划|通知)"
)

# A check of measuring instruments named by them in a report's lead, the instruments right
# before the check's word (电子秤年度检查眼下正在进行, 节前做完了超市台秤检查, 服务区油量计专案
# 稽查) or right after it (通报了抽查加油枪的情况, 检验了城郊五座加气站的加气机): an enforcement
# check of the instruments where they are used, one campaign of kind law_enforcement, where the
# report names none; counted places are its class (抽选45座加油站，逐站进行加油枪计量检查). Not instruments
# counted right after the word (抽查磅秤300台: the tally), nor a supervision or enforcement
# check, which its rows read; nor a bureau's or an office's name (标准检验局, 某检验站), nor
# the checks a rule sets for instruments in use (在用加油机实行不定期检查: the regime, no campaign).
INSTRUMENT_CHECK = compile_fast(
    rf"(?P<object>(?:{INSTRUMENTS})(?:(?!监督|执法|进行|开展|实施|展开|不定期)[^，,。；;！!？?\d]){{0,8}}?)(?:办理)?"
    r"(?P<word>(?:年度|专案|专项|定期|市场|计量)?(?:检查|查核|抽验|抽查|检验|稽查))"
    r"(?!时|中|人员|机构|制度|办法|员|组|局|结果显示)|"
    r"(?<![\d])(?P<word2>检查|查核|抽验|抽查|检验|稽查)(?!所|院|中心|机构|人员|员|检测|部门|单位|技术|局|站|处|科)了?"
    rf"(?![^，,。；;！!？?]{{0,50}}?[一二三四五六七八九十百千两卅]+\s*(?:台|支|具|把|只|件)[^，,。；;！!？?]{{0,4}}?(?:{INSTRUMENTS}))"
    rf"(?P<object2>(?:(?!进行|开展)[^，,。；;！!？?\d]){{0,50}}?(?:{INSTRUMENTS}))(?![^，,。；;！!？?]{{0,3}}\d)"
)
# ... but a check told in a sentence of their verification (计量所人员走进超市，逐台检查电子秤
# 并进行检定; 秤具检查与计量器具检定同步进行) is the verification drive, of kind other: 检定
# stays metrology's.
VERIFIED_IN_SENTENCE = rx.compile(
    r"(?:进行|开展|实施|展开)[了的]?(?:免费|集中|强制|周期|首次)*检定|计量器具的?(?:强制)?检定|"
    r"强制检定|周期检定")

# ... and a report whose lead tells a sampling of counted batches (组织抽检糕点、饮料等9类食品
# 117批次样品, 共完成抽检1万余批次, 进行了质量抽检，…抽检87批次商品, 此次监督检查了20家企业的
# 45批次产品), or goods counted in 件 or 款 (抽检市售10件燃气罐; not instruments, 抽查电子秤10件,
# which are metrology's): that sampling, one spot check, where the report names no campaign.
# Not a check that frames findings (抽检中发现的3批次不合格产品), nor its plan or results alone.
# ... not a sampling told as a step of a campaign its sentence opens within (行动中，区分局还抽查了
# …20批次; 专项整治期间…): that campaign's work, named or not.
STEP_OF_CAMPAIGN = rx.compile(r"(?:行动|活动|整治|检查|专项)(?:中|期间)")
# ... nor one a work summary sums up for the year so far (今年全县…抽查产品120批次): the routine,
# as a tally since the year's start is (ROUTINE_SPAN).
YEAR_SO_FAR = rx.compile(r"今年|本年度?|年内")
# ... nor a habit, a firm's own testing or a check kept up day by day (某公司每年自行抽检原料
# 数千批次, 坚持日常抽检): no campaign carried out, whoever samples.
# (not the bicycle, 电动自行车: a trade's goods, no firm's own habit)
HABITUAL = rx.compile(r"每(?:年|月|季度?|周|天|日|批)|自检|自行(?!车)|日常|常态化")
LEAD_SAMPLED_BATCHES = rx.compile(
    r"(?P<check>(?:(?:监督|质量|专项|安全)?抽[查检](?:检测|检验)?|抽样(?:检验|检测)?|抽取|(?<=此次)(?:监督)?检查了?|"
    # (the sampling under other words: goods tested at random, sampled or drawn for testing,
    # 随机检测8件电吹风, 采样市售台灯12件, 抽验20件书包; not a sampling for monitoring or for
    # a virus test, 风险监测采样, 核酸采样)
    r"抽验|(?<!监测)(?<!核酸)采样|(?<=随机)检测|"
    # (goods a body tests, or buys at random to test, counted in 件 or 款 right after:
    # 检测市售12件电热毯, 实测18款防晒霜, 随机购买9件台灯送检; not batches, which a
    # test of samples another check drew counts, nor a test's hours or points)
    r"(?:检测|测试|实测|实试|(?<=随机)购买)(?=[^。；;！!？?\d]{0,6}?"
    r"(?:\d+|[一二三四五六七八九十两]+)\s*[多余]?\s*[件款]))"
    r"(?!中|时|计划|方案|任务|结果|情况|信息|工作会|会议|机构|单位|人员))了?"
    r"[^。；;！!？?]{0,50}?(?<![\d.])(?:\d[\d,，]*(?:\.\d+)?\s*[万千]?|[一二三四五六七八九十百千万两]+)"
    r"\s*[多余]?\s*(?:个?批次(?!不合格|的不合格)|(?P<pieces>件|款)(?![^，,。；;！!？?]{0,3}(?:不合格|合格)))"
)

# ... and a report that publishes a spot check's results or information (公告的…监督抽检信息
# 涉及…, 发布《某市…抽检结果通报》): that check, where the report names no campaign
# (the word ``check``; the words before it in the title are its subject).
# A check's results published so (公布…加油站联合稽查结果, 通报甲县电梯安全检查结果, Taiwan's
# 公布…锅炉查核结果): that check, enforcement work (the group ``enforced``), its results only.
PUBLISHED_SPOT_CHECK = rx.compile(
    r"(?:公告|公布|发布|通报)的?[^。；;！!？?：:]{0,40}?"
    r"(?P<check>(?:监督|质量)抽[查检](?=结果|信息)|"
    r"(?P<enforced>(?:安全|专项|联合|执法|监督)?(?:检查|查核|核查|稽查))(?=结果))"
)
# ... not results published before and only pointed to (可登录网站查询已公布的…抽检信息): the
# words before the publishing verb in its clause, searched up to the verb and its 的: 已 only
# when it makes the results attributive (已公布的…); 已公布了 is the report's own act.
PUBLISHED_BEFORE = rx.compile(r"(?:查询|查看|查阅|登录|浏览|访问|检索)[^，,。；;！!？?]{0,30}"
                              r"(?:公告|公布|发布|通报)的?$|(?:曾|此前)(?:公告|公布|发布|通报)的?$|"
                              r"已经?(?:公告|公布|发布|通报)的$")

# A headline that names the report's work as the verb and its object, closed by the word of
# the work (某县开展集贸市场计量器具检定, 某市对锅炉房压力表实施强制检定, 某局开展絮用纤维
# 抽样工作, 某地开展“…”局长接线日活动): that work, one campaign, where the report names no
# campaign at all. A check or an inspection is enforcement work, a sampling of goods a spot
# check, anything else (a verification, a sampling for monitoring, an activity) of kind other.
HEADLINE_WORK = compile_fast(
    # (启动: a check launched, 某地启动获证企业交叉互查)
    r"(?<!将)(?<!拟)(?:开展|进行|实施|组织|启动)了?"
    r"(?P<object>(?:(?!开展|进行|实施|组织|启动|召开|举办|举行)[^，,。；;！!？?\s：:]){2,24}?)"
    r"(?P<word>(?:强制|周期)?检定|强检|(?:计量|监督|专项|执法|安全)*检查|督[查察]|抽样|抽[检查]|(?<!会|议)活动|"
    rf"{LEAD_CHECK_WORDS})"
    r"(?:工作|活动)?(?=[\s，,！!。]|$)"
    # (or the word first as the verb, its object after it: 某局抽检市售电暖器 三成不合格)
    r"|(?<![将拟要])(?<=局|所|院|站|队|组)(?P<word2>抽[检查])了?"
    r"(?P<object2>[^，,。；;！!？?\s：:]{2,16})(?=[\s，,！!。]|$)"
)
# (a check under any of LEAD_CHECK_WORDS' words is one: 启动…交叉互查 → law_enforcement)
HEADLINE_CHECK_WORD = rx.compile(rf"检查|{LEAD_CHECK_WORDS}")
# ... and in the body's first paragraph, only a verification or a sampling so named (a check
# there is read by LEAD_CHECK and its near misses).
LEAD_WORK_WORD = rx.compile(r"检定|强检|抽样|督[查察]")
# (a count of times names no object: 进行两次强制检定; nor does a visit to a metrology
# institute, 赴省计量所进行计量检定: the staff's own work there)
LEAD_WORK_NOT_OBJECT = rx.compile(r"(?:[一二两三四五六七八九十\d]+次)+")
LEAD_WORK_AT_INSTITUTE = rx.compile(r"(?:赴|到|前往|走进)[^，,。；;]{0,8}计量(?:测试|检定|检测)?(?:所|院|中心)")
LEAD_WORK_KEPT_UP = rx.compile(r"(?:持续|继续|常态化|坚持)$")
HEADLINE_SAMPLING_WORD = rx.compile(r"抽[检查]")
# An activity is the office's work only when its object names what the office supervises or
# serves (“质量月”宣传活动, 计量日免费检定咨询活动, “12365”热线开放活动, 检测活动), or the goods
# or instruments it checks: a staff's tree planting, reading club or party education is none.
HEADLINE_ACTIVITY_SUBJECT = rx.compile(
    r"质量|计量|标准|安全|3\s*[·•.]?\s*15|打假|维权|消费|12365|局长|检定|检测|检验|认证|质监|"
    rf"监管|特种设备|名牌|品牌|诚信|产品|商品|{INSTRUMENTS}"
)
# ... and the words before the verb that make it work planned, asked for or passed on (计划开展,
# 部署开展, 转发…文件, 要求各所…开展, 通知): no work the office has done.
HEADLINE_WORK_DIRECTED = rx.compile(r"计划|部署|要求|转发|印发|通知|拟|将")
# ... the results, the list or the notice of a sampling (抽查结果出炉, 抽检情况通报), no goods sampled.
HEADLINE_SAMPLED_NOT_GOODS = rx.compile(r"结果|情况|名单|信息|通报|公告")
# ... and another office's work (丙县安监局开展…检查, 乙市卫健委开展了…检定工作), the office named
# first, after a time word at most.
WORK_OTHER_OFFICE = rx.compile(
    r"\s*(?:[^，,。；;：:\d]{1,6}[，,])?[^\W\d_a-zA-Z]{0,6}?"
    r"(?:工商|卫生|卫健|卫计|公安|农业|农业农村|商务|环保|生态环境|物价|城管|安监|应急管理?|交通|教育|住建|消防)"
    r"[^\W\d_a-zA-Z]{0,6}?(?:局|委|厅|部门|机关|分局|支队|大队)"
)

# After a headline's campaign word, words that make it a body, a place or a result of such
# work, no campaign of the report (打假涉案物品检验中心, 打假维权网络平台).
HEADLINE_NOT_CAMPAIGN = rx.compile(r"中心|平台|网站|协会|基地|会议|座谈|培训|论坛")

# A verification drive the lead carries out on measuring instruments, or on the places that
# use them (对辖区加气站在用的加气机进行强制检定, 对县医院的血压计进行检测): a campaign of kind
# other, as the rounds' keys count such drives, where the report names no campaign; told as a
# check (对某镇早市的电子秤开展计量检查) it is an enforcement check, law_enforcement. The object names the instruments or where they are used, or the
# check says it is one of metrology; it must open the body (the first paragraph: a drive told
# further on is a step of the report's work). As for LEAD_CHECK, never one firm; counted places
# under a bare verification are a task done, but a metrology check of them (对全县28家加油站
# 开展了计量检查) is an enforcement check, law_enforcement (supervision_actions_lead).
LEAD_VERIFICATION = compile_fast(
    # (为 as 对: 为新装网约车的计价器免费做检定, the instruments it serves, only with the
    # instruments in its object: 为保障节日市场秩序开展计量检查 tells an aim, no object)
    r"(?<!将)(?<!计划)(?:对|为(?!保障|确保|进一步|迎接|加强)"
    rf"(?=(?:(?!进行|开展|展开|实施)[^。；;!！?？，,]){{0,50}}?(?:{INSTRUMENTS})))"
    r"(?P<object>(?![^。；;，,]{0,40}?(?:窝点|作坊))(?!共|累计|总计|[\d.]+[万千]?[多余]?台)"
    r"(?:(?P<counted>(?=[^。；;，,]{0,40}?(?:(?:几|数|\d+|[一二三四五六七八九十两])[家个]|\d[\d.]*[万千]?[多余]?台)))"
    r"|(?![^。；;，,]{0,40}?公司))"
    r"[^。；;!！?？，,]{2,50}?)(?:进行|开展|展开|实施)了?"
    r"(?:一次|一场|一轮)?(?:全面|集中|专项|现场|计量|周期|免费)*?的?"
    # (the verification may close a list of the team's work on them: 开展了维修、校准和检定)
    r"(?P<word>(?:(?:普查|调修|调试|测试|维修|检修|校准)[、和及与]){0,4}"
    r"(?:计量器具(?:监督)?检查|计量(?:专项)?检查|强制检定|强检|检定(?:工作)?|检测(?:工作)?))"
    r"(?!时|中|工作会|会议|制度|机制|中心|所|院|机构)"
)
# ... or a metrology team gone out to the places (赴某镇集市进行计量检定工作, 奔赴全县收粮点开展
# 计量检查), its object the places it went to: the word itself says metrology. The word must
# end there (not 计量检定员培训, 计量检定咨询活动: training and advice, no drive), and a
# metrology institute is no place verified (赴市计量所进行计量检定人员考核: the staff's
# own test there).
LEAD_VISIT_VERIFICATION = rx.compile(
    r"(?:(?<=赴)|(?<=深入)|(?<=走进)|(?<=前往))"  # (a visit planned, 将赴: PLAN_AHEAD's)
    r"(?P<object>(?![^。；;，,]{0,30}?(?:公司|窝点|作坊|(?:几|数|\d+|[一二三四五六七八九十两])[家个]|"
    r"计量(?:测试|检定|检测)?(?:所|院|中心)))"
    r"[^。；;!！?？，,]{2,30}?)(?:进行|开展)了?(?:现场|集中|专项|免费)*"
    r"(?P<word>计量(?:专项)?检查|计量检定(?:工作)?)"
    r"(?=[，,。；;、和并]|$|工作(?!会)|活动|行动)"
)
# ... and such a drive named as a piece of work, its object between the verb and the word
# (开展全镇集市电子秤强制检定工作, 组织开展辖区验光配镜场所强检专项工作): the object must
# name the instruments or where they are used (not 开展…各领域强制检定工作, a summary of
# the year's verification), and work kept up (持续开展, 继续开展) is the routine, no drive.
# The instruments may be a list (开展杆秤、案秤等强检工作).
LEAD_VERIFICATION_DRIVE = compile_fast(
    r"(?<!将)(?<!计划)(?<!持续)(?<!继续)(?<!常态化)(?:开展|展开)了?"
    r"(?P<object>(?:(?!公司|窝点|作坊|(?:几|数|\d+|[一二三四五六七八九十两])[家个台])"
    r"[^。；;!！?？，,、]|、(?=[^。；;!！?？，,、]{0,12}?(?:计量器具|秤|计|表|机)))"
    r"{2,30}?)(?P<word>强制检定|强检|周期检定)(?:专项)?(?:工作|活动)"
)

# Firms, places or instruments counted in a verification's object (对12家卫生院的86台血压计
# 进行了免费检定) are a task done, unless the word names the legal or periodic verification
# or the work (对5个区县的900余台计价器集中开展周期强制检定, 为两家客运公司80辆车的
# 计价器开展周期检定, 对9家配镜店的验光仪器开展检定工作): the drive, as the rounds'
# keys count it.
COUNTED_DRIVE_WORD = rx.compile(r"(?:强制|周期)检定|强检|检定工作")
# A lead's check whose object closes on measuring instruments (对某镇早市的计量器具进行了专项
# 检查, 对辖区矿山所用强检器具拉网式检查): an enforcement check of the instruments where
# they are used, law_enforcement as any lead's check, whatever its check word (the body's bare
# 专项检查 is named by no instruments: equipment_checked).
CHECKED_INSTRUMENTS = rx.compile(rf"(?:{INSTRUMENTS})[^\W\d_a-zA-Z]{{0,2}}$")
# (a weighbridge, 地秤 or 地磅, is an instrument verified where it is used)
# A lead that sums up months of work (上半年…, 1月至6月…, 今年以来…, 截至9月底…, 前三季度…) tells the
# routine's tally, no drive or check of its own (read in the lead's sentence before it).
ROUTINE_SPAN = rx.compile(r"上半年|下半年|全年|今年以来|年初以来|截至|截止|前[一二三]季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:至|到|—|-)"
                          r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?!\d{1,2}日)")
VERIFIED_THINGS = rx.compile(rf"{INSTRUMENTS}|地秤|地磅|市场|医院|卫生院|卫生室|诊所|加油站|加气站|眼镜")
VERIFICATION_REACH = 200  # (characters into the body)
