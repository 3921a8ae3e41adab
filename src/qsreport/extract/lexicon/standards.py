"""Standards: levels, drafting and adoption words, rate labels and target words."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast
from . import Vocabulary

# (the list a level word's 标准 is left to: 国际、国家标准, 行业和地方标准)
_ELIDED = r"(?=(?:[、和及与](?:国际|国家|行业|地方|团体)){0,3}[、和及与](?:国际|国家|行业|地方|团体|企业)标准)"

STANDARD_LEVELS: tuple[tuple[str, str], ...] = (
    (r"国外先进标准", "foreign_advanced"),
    (r"国际标准", "international"),
    (r"国家(?:级)?标准", "national"),
    # 强制性标准211项, 推荐性标准16项, 46项强制性能效标准: mandatory and voluntary standards
    # with no level word are national ones (强制性地方标准 is local: the level word decides).
    (r"(?:强制性|推荐性)(?:能效|安全|卫生|环保|技术|产品)?标准", "national"),
    (r"行业标准", "industry"),
    # (地方服务标准, 地方农业标准: a sector between the level word and 标准)
    (r"(?:省级?|市级?|省市)?地方(?:服务业?|农业|工业|食品|安全|环保|卫生)?标准", "local"),
    # 县级农业标准11个: a county's or city's own standards (规范), local ones
    (r"(?<![国家])(?:县|市)级(?:农业|服务业?|工业)标准", "local"),
    (r"企业(?:产品)?标准", "enterprise"),  # 备案企业产品标准5000多个
    # 备案的产品标准295个, 制(修)订产品标准120项: a firm's product standards (not 国家产品标准)
    (r"(?<![国家行业地方执行农工])产品标准", "enterprise"),
    # (“浙江制造”标准: a province's own mark whose standards an association writes)
    (r"团体标准|联盟标准|集团标准|(?<=[“「\"])浙江制造[”」\"]标准|浙江制造标准", "group"),
    # A level word whose 标准 is left to the last of a list (主导制定国际、国家标准分别为12项、
    # 300项; 行业和地方标准各…): each word is a level of its own, paired in order with a 分别 list.
    (r"国际" + _ELIDED, "international"),
    (r"国家" + _ELIDED, "national"),
    (r"行业" + _ELIDED, "industry"),
    (r"地方" + _ELIDED, "local"),
    (r"团体" + _ELIDED, "group"),
)
# 标准化 (行业标准化技术委员会) is standardisation work, not a standard.
# (国家标准修改单: an amendment, not a standard)
# (国家标准样品, 标准物质: reference materials, not standards)
# (颁布4个地方标准体系建设方案: plans for systems of standards, not standards)
# (国家标准外文版12项, 英文版, 译本: translations of standards already counted, not standards)
# (国际标准组织: a body that writes standards — its technical bodies counted, 5个国际标准组织
# 技术机构秘书处 — not one; but 按国家标准组织生产 organises production to a standard)
_LEVELS = Vocabulary(STANDARD_LEVELS,
                     suffix="(?!化|组织(?:技术|机构|秘书)|修改单|样品|物质|体系|外文版|英文版|译本|翻译)")
STANDARD_LEVEL, standard_level = _LEVELS.pattern, _LEVELS.key


STANDARD_UNITS = r"项|个|部|件|份|余项|多项"
ROLE_WORDS: tuple[tuple[str, str], ...] = (
    # (执行国家标准N个: products made to a standard adopt it; not 采用 of a way of working,
    # 对N项团体标准采用走访和问卷等方式进行评估: standards studied, none adopted)
    (r"采用(?![^，,；;。标]{0,30}?(?:方式|方法|形式|手段|办法))|采标|等同采用|转化|执行", "adopted"),
    # 制修(订): a damaged 制修订; 备案 (企业标准备案): a firm's own standard, filed; 审定
    # (4项地方标准通过审定): approved by its review board, so written. A stock of standards
    # with no verb (国家标准总数已达N项, 现行有效地方标准累计N项) counts what was drafted.
    # 公布, 颁布 and 批准 (a standards body approving a batch of national standards): their
    # publication, so drafted; 批准…立项 is a plan (PLANNED_COUNT).
    # (自我声明公开: a firm's own standard, made public, so written)
    (r"自我声明公开|声明公开|制定|制修订|制修|制[(（]修[)）][订定]|修订|起草|主持|参与|参加|主导|发布|公布|颁布|批准(?!成立|筹建|设立)|研制(?!资金|经费|专项资金|补助|奖励)|承担|牵头|编制|制订|备案|审定"
     r"|现行有效|现行|总数"
     # (共有5000多项标准，其中…国家标准: a stock of standards, as 总数; not 现有标准化…)
     r"|(?:共有|现有|拥有)(?=[^，,；;。]{0,12}?标准(?!化))"
     # (新增国家标准31项: a region's new standards, written that year; not 新增采标…, whose
     # nearer word decides)
     r"|新增(?=[^，,；;。\d]{0,8}?标准)", "drafted"),
)
ROLE_WORD = compile_fast("|".join(f"(?P<{role}>{p})" for p, role in ROLE_WORDS))
# A role word ending right before the level (up to a quotation mark) decides alone:
# 7个产品取得采用国际标准产品标志 is about adoption, whatever verb came earlier.
ROLE_JUST_BEFORE = compile_fast(
    "(?:" + "|".join(f"(?P<{role}>{p})" for p, role in ROLE_WORDS) + r")(?:了)?[“\"]?$"
)

# The level words of a list whose last member carries 标准: 国家、行业和本省地方标准.
LEVEL_WORDS = {"国际": "international", "国家": "national", "行业": "industry",
               "地方": "local", "企业": "enterprise", "团体": "group"}
LEVEL_WORD = rx.compile("|".join(LEVEL_WORDS))
LEVEL_LIST = rx.compile(
    r"(?:国际|国家|行业|地方|企业|团体)(?:[、和及与](?:国际|国家|行业|地方|企业|团体))*[、和及与]"
    r"(?:[^\W\d_a-zA-Z、和及与标]{0,4}?)$"  # (…和本省|地方标准: a place may stand before the last)
)
# 采标 alone, with a number: adopting international standards (not 采标标志, the mark, but
# 采标标志备案N项: the adoptions filed by the bureau).
ADOPTED_COUNT = rx.compile(
    r"(?:[^，,；;。]*?(?:产品|企业|全市|全省|全县|我市|累计|共|办理))?"
    r"(?P<word>采标)(?:标志(?=备案|认可|确认)|(?!标志))"
    # (采标认可241项, 采标确认项目12项: adoptions the bureau confirmed)
    r"(?:产品)?(?:认可|确认|备案)?(?:项目)?(?:累计|共|总数)?(?:已)?(?:达到|达|为|有)?\s*"
)
# A clause that names a role and its number but not the level: 参与制定9项, 全年共参与12项,
# 今年新增备案86个.
CARRIED_COUNT = rx.compile(
    r"(?:其中)?(?:全年|今年|当年|本年度|年度|累计|共|另|还|又|并)*"
    r"(?:(?:新增|新)?"  # (今年新采用27项)
    r"(?:主持|参与|参加|牵头|承担)?(?:制定|修订|制修订|起草|制订|采用|发布|主持|参与|参加|牵头|备案)"
    # (现行有效团体标准30项，年度新增5项: the year's new ones of the level before, no verb)
    r"|新增)"
    r"(?:了)?(?:累计|共)?(?:达到|达|为)?\s*"
    # …发布省地方标准1197项，累计2809项: a running total of the clause before's level
    r"|(?:累计|总数|总计|合计)(?:已)?(?:达到|达|为|有)?\s*"
)

# 其中114项已经正式发布: a part of the count before, the verb after the number.
PART_BEFORE = rx.compile(r"其中\s*$")
PART_ROLE_AFTER = rx.compile(
    r"(?:已经|已|均|都)?(?:正式)?(?:批准)?(?P<drafted>发布|制定|修订|制修订|出台|颁布)"
)
# ... or with no verb after the number (其中9项集中在机械领域, 其中6项属于食品类): a part of
# the count the clause before gives, of its level and role — unless its clause says the part
# is not that count's deed (其中3项正在制定, 其中2项已废止, 其中4项拟立项: work ahead or undone).
PART_NOT_DONE = rx.compile(r"正在|拟|计划|将|待|尚|未|在研|在编|立项|申报|申请|废止|作废|撤销|"
                           r"修改|复审|提案|草案|征求意见")

# 完成12项地方标准的制修订: the verb before the number makes the noun after it a deed.
# (完成《甲》、《乙》两项地方标准的制定: the standards named between, and a list of them
# closed by 等 before its count: 完成了《甲》等两项市级地方标准的制定)
DONE_BEFORE = rx.compile(r"(?:完成|组织完成)了?(?:《[^《》]{1,40}》[、和及与]?){0,8}等?$")
# A series' quoted name between a count in 项 and its level, with a batch word or a class
# around it (发布了4项新一批“某某优品”团体标准): the name's length is no gap.
NAMED_SERIES_BETWEEN = rx.compile(
    r"(?:新一批|首批|第[一二三四五六七八九十\d]+批)?[^\W\d_a-zA-Z]{0,4}?"
    r"[“\"][^“”\"\d，,。；;]{1,16}[”\"][^\W\d_a-zA-Z]{0,4}"
)

# A standard approved as a project or proposed is a plan, not one drafted: 获准立项,
# 批准国家标准立项N项, 国际标准提案N项.
# (正在起草的地方标准有9项, 进入征求意见阶段: standards still being written, none drafted yet)
PLANNED_COUNT = rx.compile(r"立项|提案|正在(?:起草|制定|制修订|修订|编制|研制)|征求意见|起草中|制定中")
# Standards a catalogue or a standards system gathers (共收录相关标准120项，其中国家标准45项; 梳理出
# 相关标准60项; 汇编…国家标准300项): standards in force listed, none drafted or adopted by the
# region (read from the sentence's start up to the count, where no verb of drafting stands
# between the catalogue's word and the count: a catalogue told after the count, 3项国家标准被
# 收录进某目录, leaves standards drafted drafted).
CATALOGUED = compile_fast(r"收录|梳理出|梳理了|汇编|收集|归集|(?:纳入|列入)[^，,。；;]{0,10}?标准(?:体系|目录|库)")
# Standards put on a year's drafting plan (同意将N项地方标准列入某年制修订计划, 确定N个项目作为
# 某年地方标准制(修)订计划, 下达N项某标准的制定计划): to be written, none drafted yet; not
# when the clause says the plan's standards were done (完成列入计划的N项, 计划的N项已发布).
PLAN_LISTED = compile_fast(
    r"(?:列入|纳入|作为)[^，,；;。]{0,30}?计划(?!的)"
    r"|(?:制修订|制[(（]修[)）][订定]|修订|制定|制订)(?:项目)?计划(?!的)"
)
PLAN_DONE = rx.compile(r"完成|已(?:经)?(?:发布|颁布|实施)")
# A reward's condition (对主导制定一项国家标准的企业，奖励…): a kind of firm, no count.
REWARD_CONDITION = rx.compile(
    r"对[^，,；;。]*?(?:一|每)(?:项|个|部)[^，,；;。]*?标准的(?:企业|单位|个人|组织)"
)

# 其中，…发布相关标准631项: standards of no level named, a part of the count before.
PART_OF_EARLIER = compile_fast(r"(?:相关|有关|配套)?标准(?:共|累计)?(?:达到|达|为|有)?\s*$")

RATE_LABEL = rx.compile(
    r"(?:采用国际标准(?:和国外先进标准)?的?(?:产品|企业)?(?:率|比例|比率)|国际标准采[标用]率|采标(?:覆盖)?率|"
    r"采标(?:比例|比率)|"
    r"标准(?:化生产|化)?覆盖率|标准实施率|标准化率|标准转化率|"
    # 标准执行率, 标准实施监督检查率, 标准化人员培训率: a rate of standards work (not a pass
    # rate measured against a standard: 合格率, 抽检率)
    r"标准化?(?:执行|实施|应用|人员|宣贯|培训|监督|检查|生产|普及){1,4}(?<!合格)(?<!抽检)率|"
    # 与国际标准一致性程度达90%; 达到国际标准制修订总数的40%: shares of standards work
    r"与国际标准的?一致(?:性|化)(?:程度|率)?|标准(?:制修订|制定|发布)?总?数量?的(?:比例|比重)?|"
    r"国际标准(?:数量)?的?占比|"  # 我国提交并发布的国际标准占比: a share of standards
    # (农林类标准占的比例为23.5%, 公共服务类地方标准占比达62.5%: a kind's share of standards)
    r"标准(?:数量)?(?:所占|占)的?(?:比例|比重)|标准(?:数量)?占比|"
    r"占(?:全部|所有|全国|全省|全市)?(?:发布的?)?标准(?:总数|总量)?的(?:比例|比重)?(?:为|达)?)"
)
TARGET_WORDS = compile_fast(
    r"力争|目标|计划(?<!列入计划)(?<!修订计划)(?![，,；;。、）)])|确保|争取|年底|年末|"
    r"到(?<!提高到)(?<!增加到)(?<!上升到)(?<!增长到)(?<!\d\d\d\d年到)\d{4}年|"
    r"到“?十[一二三四五]五”?末|将达到|要达到|"
    r"要提高到|预计|努力|届时|规划|预期|"
    r"(?:今年|明年|年内|下一步|下半年|今后)将|"  # 确定今年将开展…: a plan
    # 今年，甲市将在重点领域，新增…: the year's plan with its subject between
    r"(?:今年|明年|年内|下一步|下半年|今后)[，,]?[^，,；;。\d将]{1,8}?将(?=在|于|新增|完成|制定|发布|推动|重点|围绕)"
)
# (努力拓展…，组织完成了3项…: a deed told with 完成了 after an aim ends the aim's reach)
ACHIEVED = rx.compile(r"已经|已|去年|上年|目前|截至|截止|至今|现已|现有|累计|完成了")

# A percentage written as a change: 提高了12%, 比上年增长近5% (never a level).
CHANGE_BEFORE = rx.compile(r"(?:提高|提升|增长|上升|增加|下降|降低|减少)了?(?:近|约|逾)?$")
# After a change clause, a clause that goes on with the level: ，达到88.4%.
LEVEL_GOES_ON = rx.compile(r"(?:并|已|现)?(?:达到|达|为|提高到|提升到|上升到|增至|增加到)\s*")
# From one level to the next: 71.3%提高到2009年的84.6%.
LEVEL_AGAIN = rx.compile(
    r"(?:提高|提升|上升|增长|增加)(?:到|至)(?:\d{4}年(?:底|末)?的?)?\s*"
)

# The bare items of a count broken down by year or place, the level and role said before
# them: 2014年21项, 甲县12项、乙区9项 (see standards_carried).
CARRIED_NAME = rx.compile(
    # (not 全市, 我省: the whole, not one of its parts)
    r"(?:\d{4}年(?:度|全年)?|(?![全我本该][省市县区])[^\W\d_a-zA-Z]{1,6}?(?:省|市|县|区|州|旗|盟))"
    r"(?:共|有|为|达到|达|计|新增|又新增)?\s*"  # (2015年新增318项: the year's part of the count)
)
# After 其中, a kind may name a part too: 其中农业类11项、工业类24项, 其中强制性12项.
# So may a kind of standard's text by what it prescribes (其中包括水稻种植技术规程12个, 养殖规范3个,
# 操作指南2个): each a part of the count before, of its level.
CARRIED_KIND = rx.compile(
    r"(?:[^\W\d_a-zA-Z]{0,6}?(?:类|领域|方面|行业|强制性|推荐性)(?:标准)?"
    r"|[^\W\d_a-zA-Z]{1,10}?(?:规程|规范|准则|指南|导则|细则))"
    r"(?:共|有|为|达到|达|计)?\s*"
)
CARRIED_SEPARATOR = rx.compile(r"\s*[、和及与]\s*")
CARRIED_LEAD = rx.compile(r"(?:(?P<part>其中)(?:包括|包含|有)?|另外|另有|另)\s*")
# A list of places that goes on with the sentence before's count, led by its role word:
# 备案企业主要集中在甲县…、乙区….
CARRIED_LIST_LEAD = rx.compile(
    r"[^\W\d_a-zA-Z]{0,6}?(?:备案|制定|发布|修订|制修订|采用)[^\W\d_a-zA-Z]{0,6}?(?:主要)?"
    r"(?:集中在|集中于|分布在|分布于|来自)[:：]?\s*"
)

# A number whose unit a noun other than a standard follows counts that noun: 地方标准涉及21个
# 市级单位, 覆盖12个行业 (but 3项行业标准, 5项企业标准: a level); 涵盖六个方面的产品标准: the
# aspects the standards cover, not how many.
NOT_STANDARDS_AFTER = rx.compile(
    r"(?:[省市县区]级|市直|省直)?(?:单位|部门|企业|行业|领域|门类|机构|技术委员会|标委会|工作组|乡镇|方面|环节)"
    r"(?![^\W\d_a-zA-Z]{0,2}标准)"
    # …国家标准等3个项目荣获某奖: projects (of mixed levels, listed before), not standards
    r"|项目"
)
# 公布了N个企业标准“领跑者”重点领域: leaders (the fields, products or firms named so), not
# standards; the word follows the level.
LEADERS_AFTER_LEVEL = rx.compile(r"[“”\"「」]?领跑者")
# (…发布“领跑者”名单，某区共有9项企业标准上榜: the standards placed on the front-runners' list,
# counted after the level with the verb of listing, in a sentence that names the list)
LISTED_AFTER_LEVEL = rx.compile(r"(?:上榜|入围|入选|列入)")
LEADERS_LIST = rx.compile(r"领跑者")


def leaders_counted(view: str, level_end: int, start: int, end: int) -> bool:
    """Whether the count at a level ending at ``level_end`` counts front-runners, not
    standards drafted: the word after the level (企业标准“领跑者”), or a verb of listing
    after it in a sentence (``start``..``end``) that names the front-runners' list."""
    return LEADERS_AFTER_LEVEL.match(view, level_end) is not None or (
        LISTED_AFTER_LEVEL.match(view, level_end) is not None
        and LEADERS_LIST.search(view, start, end) is not None)
# 完成 just before a level (a place may stand between when the level starts with 省 or 市):
# 完成团体标准4项, 完成某省地方标准2项 — standards drafted.
# (完成行业标准、国家标准6项: the levels listed before the one the count was read at)
DONE_JUST_BEFORE = rx.compile(
    r"完成了?(?P<place>[^\W\d_a-zA-Z]{2,4})?"
    r"(?:(?:国际|国家|行业|地方|企业|团体)(?:标准)?[、和及与])*$"
)
# …unless the work done was on standards already written: 完成国家标准复审12项.
NOT_DRAFTING = rx.compile(r"复审|清理|废止|宣贯|培训|实施|执行|检查|审查|评估|评价|核查|比对|征求")

# 国家标准和行业标准各3项: the number is each level's (see standards_carried.each_counts).
EACH = rx.compile(r"各\s*$")
LEVELS_JOINED = rx.compile(r"[、和及与]")
LEVELS_JOINED_TO_EACH = rx.compile(r"(?:的制定|的制修订)?(?:分别)?各\s*")

# Firms that made their standards public, filed or reported them, and the number of those
# standards with no level word (全市已有120家企业自我声明公开了860项标准; 共有50家企业累计上报
# 700项标准): enterprise standards (see standards_declared). The firms lead the number's clause.
FIRMS_DECLARED = rx.compile(
    r"(?P<firms>企业|企事业单位)[^，,；;。\d]{0,16}?"
    r"(?:自我声明公开|声明公开|公开|上报|备案)了?(?:累计|共|总计)?(?:达到|达|有)?\s*$"
)
# (not plans or projects of standards to draft: 上报了45项标准制修订计划)
FIRMS_DECLARED_AFTER = rx.compile(
    r"(?:企业)?标准(?!化|体系|修改单|样品|物质|制修订计划|修订计划|计划|立项|项目)")


def catalogued(view: str, floor: int, start: int) -> bool:
    """Whether a catalogue's word (CATALOGUED) stands in ``view[floor:start]``, before the count
    at ``start``, with no verb of drafting between the last of them and the count."""
    listed = [found.end() for found in CATALOGUED.finditer(view, floor, start)]
    return bool(listed) and ROLE_WORD.search(view, listed[-1], start) is None
