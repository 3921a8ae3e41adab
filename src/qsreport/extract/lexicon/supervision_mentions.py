"""Supervision campaigns: the words that tell a campaign word's mention apart — named or a kind
of work, named again, a list's item, a slogan, a meeting, a page's link line (read by
:mod:`..supervision_actions` and its helpers; the campaign kinds themselves are in
:mod:`.supervision_actions`)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN

# The spot check named by what it tests before its results (…含量抽检结果): a campaign only
# where its sentence publishes them (supervision_actions_checks.results_published).
RESULTS_NAMED_CHECK = rx.compile(r"(?:质量|含量)抽检")

# ... and not results published earlier and pointed to (此前已公布的…抽检结果).
PUBLISHED_EARLIER = rx.compile(r"(?:已经?|此前|曾)(?:公告|公布|发布|通报)的?[^，,。；;：:]{0,12}$")

# A raid's verb opens its title (捣毁一个…窝点): the title reaches back over nothing before it.
RAID_VERB = rx.compile(r"捣毁|端掉|端除|摧毁|取缔")

# A qualifier that names a thing of its own (添加剂, 农产品, 燃气器具, 电动车): a title without it
# names another campaign, not the same told shorter (食品整治 and 食品添加剂整治 are two); the
# bare 产品 or 商品 names nothing more (防护用品产品质量整治 and 防护用品质量整治 are one).
OWN_THING = rx.compile(
    r"^(?!(?:产品|商品)$).*[剂品器具机料件材物药械表秤瓶罐柜灯线管车船箱袋膜纸布鞋服酒茶盐奶粉肥油]$"
)

# The rest of a slogan after a campaign word in it, to its closing quote: 打假|护农”.
# (a slogan of two halves joined by a dash, “…打假进村——护农…”, is one slogan)
QUOTED_REST = rx.compile(r"(?:[^\W\d_a-zA-Z]|——?){0,10}”")

# Before a title: the rest of a 、-list it closes (食品、建材及|家电专项打假), or the 对…的
# that names what it is about (对汽车配件的|专项执法打假).
# (a verb between the 、 and the title starts a new item: 参与…活动、开展电梯专项整治 names
# its campaign whole)
LIST_BEFORE = rx.compile(r"、(?![^、]*(?:开展|组织|实施|部署|启动|推进))[^\W\d_a-zA-Z、等]*$")

OBJECT_BEFORE = rx.compile(r"对[^\W\d_a-zA-Z]{1,10}的$")

# Before a campaign word, words that make it the means of another campaign, not one of its
# own: 该行动通过集中整治、专项执法… (the list after 通过 too).
# (通过一次专项行动解决…: the means of an aim, counted)
# (the last means may carry its manner: 采取视频巡查和现场突击检查)
# (通过近几年对集市的专项整治，…取得成效: the years' work named as the cause of an outcome)
MEANS_BEFORE = rx.compile(
    r"(?:通过|经过|采取|采用|运用)(?:近[几两三四五\d]*年来?|多年来?|近年来?|几年来?)?"
    r"(?:对[^\W\d_a-zA-Z]{1,10}的)?"
    r"(?:一次|一轮|一场|一系列)?(?:[^\W\d_a-zA-Z]{1,8}[和与及、])?"
    # (the manner of the last means: 采用远程监测和实地抽检, 经过…和现场检查)
    r"(?:线上|线下|现场|实地|不定期)?$"
)

# ... and the work's length or stage before it (经过近两个月的集中整治, 经过阶段性的暗访和…
# 整治): the means of the outcome told, where a campaign was named before it (the report's
# only campaign word, 通过五天的集中整治，共查…, is that campaign).
MEANS_SPAN_BEFORE = rx.compile(
    r"(?:通过|经过)(?:[\d一二两三四五六七八九十几]+个?多?(?:年|月|天|周|星期)(?:来|以来)?的|阶段性的?)"
    r"(?:[^\W\d_a-zA-Z]{1,8}[和与及、])?$"
)

# What may stand before a bare 专项行动 without naming it: a count or a kind of plural
# (3个, 各类, 一系列, 此类) — at most one character of anything else (省专项行动 is no name).
UNNAMED_LEAD = rx.compile(
    r"(?:[个项次场轮类]|各类|各项|各种|一系列|系列|多项|多个|这些|此类|相关|有关|其他|其它|一批)*"
    r"[^\W\d_a-zA-Z]?"
)

# A title that names a campaign of its own (see supervision_actions._is_named); a rectification
# along a whole chain is named by its subject (燃气安全全链条整治, 电动自行车…全链条整治: two).
NAMED_CAMPAIGN = rx.compile(r"专项|行动|活动|百日|战役|双随机|全链条")

# A title led by a plural names a kind of work, not one campaign: 一系列打假治劣活动.
PLURAL_LEAD = rx.compile(r"一系列|系列|各类|各项|各种|多项|多个|一批")
# ... and a bare word of a listed kind after one (各类专项整治, 多项执法检查, 一系列专项抽查):
# the kinds of work a summary lists, no campaign (a named one after a plural is read above).
PLURAL_BARE = rx.compile(
    r"(?:一系列|系列|各类|各项|各种|多项)(?:专项|集中)?(?:执法)?"
    r"(?:整治|治理|整顿|检查|大检查|监督检查|抽查|监督抽查|抽检|打假)"
)

# Before a sweep or check word with no name of its own, a verb that only steps the work up
# (强化隐患排查, 加强风险隐患排查, 督促…要强化隐患排查): a kind of work, no sweep carried out.
STEPPED_UP_BEFORE = rx.compile(r"(?:强化|加强|深化|抓好|做好|抓实)$")

# A campaign word named again as what the work follows (某所依照…专项检查活动的安排,
# 按…集中整治行动方案): the campaign of its kind named before, not one more.
FOLLOWED_BEFORE = rx.compile(r"(?:按照|按|依照|根据|依据)[^，,。；;：:]{0,10}$")
FOLLOWED_AFTER = rx.compile(r"的?(?:要求|方案|安排|部署)")

# ... or as a part of one named earlier in its sentence (…专项整治，其中在豆制品作坊专项整治中).
PART_BEFORE = rx.compile(r"其中(?:在|的|对)?$")

# After a quoted campaign's name, a theme or a decision named after it (紧紧围绕“…”行动主题,
# 作出了“…”的行动部署): the slogan names no campaign carried out.
SLOGAN_THEME_AFTER = rx.compile(r".{0,2}”的?行动(?:主题|部署(?!会))")

# The rest of a policy's title after a campaign word in it: 《…关于开展品牌培育行动的实施意见》
# (a guideline, an outline, a decision or a plan of a higher office: no campaign carried out; a
# notice or a 实施方案 of one, …的通知》, is how the bureau was told to carry it out, which the
# keys name).
POLICY_TITLE_REST = rx.compile(r"[^《》。；;]{0,12}?(?:意见|纲要|决定|规划)》")

# After a title of no name of its own, a meeting: 召开打假工作电视电话会议 (the guide keeps
# meetings out; a named campaign a meeting is about, “…行动”推进会, is still one).
# (the campaign word may be the first of a list of works the meeting is named after: 召开计量
# 审查、器具核查及数据平台建设工作推进会)
MEETING_AFTER = rx.compile(
    r"(?:[、和及与][^，,。；;：:、《》“”]{1,20}){0,5}?的?[^\W\d_a-zA-Z]{0,4}?(?:会议|大会|座谈会|推进会|部署会|布置会|动员会|现场会|视频会|总结会|表彰会|"
    r"发布会|培训班)"
)

# A check with no name of its own done on a firm (对某某生产企业开展执法检查, uncounted): the
# check done on a firm, not a campaign (a named one, 对…开展计量器具执法检查, still is).
# (so is one done where the staff went: 执法人员来到某街道的一间服装厂进行执法检查)
FIRM_OBJECT_BEFORE = rx.compile(
    r"对[^，,。；;：:]{0,20}?(?:企业|单位|厂家|经营户|商户|门店|公司|站点|场所|市场)(?:进行|开展|实施)了?$|"
    r"(?:来到|走进|赶到)[^，,。；;：:]{0,24}?(?:厂|企业|公司|门店|商店|作坊)(?:进行|开展|实施)了?$"
)

# ... and a bare safety or supervision check done on what 对 names (对城区商场的扶梯进行安全检查):
# the work done on its object, no campaign (a named one, 电梯专项检查, still is).
# (so is one the bureau only steps up on it: 对辖区锅炉加强安全检查)
OBJECT_CHECKED_BEFORE = rx.compile(
    r"对[^，,。；;：:]{1,40}?(?:进行|开展|实施|加强|加大|强化)了?(?:一次)?(?:全面|集中)?的?$"
)
BARE_CHECK = rx.compile(r"(?:安全|监督)检查")

# Scope and order words before a campaign's name: 全国打假联合行动 and 全省第二次打假联合行动
# name one campaign (一次专项整治 names the kind only); so does a period it is held in
# (“五一期间”客运索道专项执法检查, 节日期间电梯专项检查: the campaign named before, told again).
SCOPE_LEAD = rx.compile(
    r"^(?:全国|全省|全市|全区|全县|全州|我省|我市|我区|我县|本省|本市|本区|本县|省|市|县)?"
    r"(?:第[一二三四五六七八九十\d]+次|首次|年度|一次|一轮|新一轮|一场)?"
    r"(?:“[^“”]{1,4}(?:”期间|期间”)|[^\W\d_a-zA-Z“”]{2,4}期间)?"
)

# Quoted slogans listed before the campaign word they share (“…进商场”、“…进药店”的专项行动):
# one campaign each.
SLOGAN_LIST_BEFORE = rx.compile(r"(?:“[^“”]{2,12}”[、和及与]?){2,}的?$")

SLOGAN = rx.compile(r"“([^“”]{2,12})”")

# Before a list of slogans, three offices or more that carry them out (甲厅、乙局、丙办等部门
# 组织开展了“…”“…”等专项行动): each office's own campaigns, a series the report names as a
# whole, not one campaign each.
SEVERAL_OFFICES = rx.compile(
    r"(?:[^\W\d_a-zA-Z、]{1,12}?(?:部|办|厅|局|委|署|关|院)(?:以及|、|和|及)){2,}"
    r"[^\W\d_a-zA-Z、]{1,12}?(?:部|办|厅|局|委|署|关|院)(?:等部门|等单位)?(?:联合)?(?:组织)?开展了?$")

# Before a title, words that point back to a campaign already named: 此次集中检查行动, 本次
# 再生资源联合执法行动 (a few words between: still the campaign named before).
# (像这样的随机抽查, 这类检查: the kind of the check named before, no other campaign)
BACK_REFERENCE = rx.compile(r"(?:此次|这次|本次|该次|这样的|这种|这类)[^\W\d_a-zA-Z]{0,10}$")
# ... and a title that is only such a pointer and a bare campaign word (此次行动, 这次大检查活动,
# 本次专项整治行动): no name of its own, whatever campaign or check was told before it (a
# check the report calls so, a campaign named with its subject) is the one it points to.
_POINTER_WORDS = r"此次|这次|本次|该次|這次|該次"
POINTED_BACK_TITLE = rx.compile(
    rf"(?:{_POINTER_WORDS}|此次的)?"
    r"(?:专项|專項|集中|联合|聯合)?(?:整治|执法|執法|检查|檢查|大检查|大檢查)?(?:行动|行動|活动|活動)")
POINTER = rx.compile(rf"(?:{_POINTER_WORDS})(?:的)?$")
POINTER_OPENS = rx.compile(rf"(?:{_POINTER_WORDS})")  # a title that opens on the pointer

# What follows a campaign word used for a kind of work, not a campaign: 打假工作的重视,
# 打假工作情况, 隐患排查整改情况 (a point checked), 打假的法律责任 (a duty), 打假维权, 打假责任制, 执法打假服务发展, 打假事业, 打假队伍, 监督抽查合格率.
# So too a word that is the subject of what follows (打假是…的职责, 打假成为…, and with the
# goods it fights: 打击假冒伪劣商品是…的职责), a rate of any kind (监督抽查平均合格率, 监督抽查
# 样品的检验结果合格率), a check's failure named as a condition or a fact about goods (近两年
# 监督抽查不合格的, 因…抽查中样品不合格) and a manner (执法检查与服务相
# 结合).
GENERIC_AFTER = rx.compile(
    r"的(?:法律|主体|监管|属地|领导)?责任|中?(?:产品|商品|样品)?不合格|"
    # The problems a check found (持续跟踪…监督抽查问题, …抽查发现的问题的整改), how often checks come
    # (…监督抽查的频率逐年提高), and an assessment of offices (年底组织专项检查考评): the
    # check named as a source or a measure, no campaign
    r"(?:发现的?)?问题|的?(?:频率|频次)|考评|考核|"
    r"(?:工作|整改|落实|产品|商品)?(?:情况|典型|职能|维权|责任|服务|举报|监控|快速|的重视|事业|队伍|"
    r"(?:样品的?)?(?:检测|检验)?(?:结果)?(?:平均|综合|总体|整体|批次)?合格率|结果表明|是|(?:从此|已经?|逐渐|逐步|日益)?成为|与[^，,。；;：:]{1,8}?相结合|"
    r"等(?:各项|任务|职能|方面)|"
    # What the work has or needs, not the work done: 监督抽查覆盖率, 专项整治工作经费,
    # 专项整治的重要性, 区域整治工作机制 (a mechanism set up, no campaign carried out; a
    # 长效监管机制 is the long-term kind's own name), and the rules it follows (执法检查制度,
    # 监督抽查管理办法, …实施细则: a policy, no campaign carried out)
    r"覆盖率|经费|的?(?:重要性|紧迫性|必要性)|机制(?<!长效监管机制)|(?:管理|实施)?(?:制度|办法|细则)|"
    # A paper about the work (打假工作报告, 隐患排查台账) or its target (…的重点产品)
    r"报告|台账|的重点(?:产品|对象|行业|领域)|"
    # 打假人员, 打假分队: the staff and teams that do the work, not a campaign; and so are the
    # bodies named after it (某部设立的锅炉安全检查总局, 稽查总队, 打假支队)
    r"人员|(?:小)?分队|大队|中队|总队|支队|总局|"
    # 打假力度大: praise of the work, not a campaign (加大…力度 names one in passing)
    r"力度(?:很|较|非常|明显|比较|之)?(?:大|强)|"
    # 在稽查打假、质量监督、…等工作方面: one of a list of fields of work, or of topics (…、
    # 打假治劣等安全知识), the word perhaps followed by the rest of its item (打假保名优、…)
    r"[^\W\d_a-zA-Z、，,。；;]{0,4}(?:、[^，,。；;：:、]{1,12}){1,10}?等(?:各项|多项)?(?:工作)?方面|"
    r"[^\W\d_a-zA-Z、，,。；;]{0,4}(?:、[^，,。；;：:、]{1,12}){0,10}?等[^\W\d_a-zA-Z]{0,6}?(?:知识|领域|方面|资料))"
)

LIST_LEAD = rx.compile(r"(?:开展|深化以|以|对|抓好|重点|包括|涉及|针对|围绕|即严把|严把|把好|即|严厉打击了?|打击了?)"
                        r"(?=[^开以对抓重包涉针围即严把打]*$)")

SLOGAN_VERB = frozenset("进抓强建创推促保树提加")

LIST_END = rx.compile(r"等|及|和|与|为重点|这|的")

# An ordinal that opens one item of an enumeration anywhere in a sentence (…，一是…；二是…).
ORDINAL = rx.compile(r"[一二三四五六七八九十]+是|其[一二三四五六七八九十][，,、：:]")

# Campaigns listed before 等活动 (开展建材整治、清新居室、诚信计量等活动): each item is a
# campaign; one that says no kind of its own is of kind other (a rectification when it
# ends on 整治).
LISTED_CAMPAIGNS = rx.compile(
    rf"(?:组织开展|开展了|开展|组织了|部署|实施)(?P<list>{HAN}{{3,10}}(?:、{HAN}{{3,10}}){{1,8}})"
    r"等(?:专项|系列|一系列)?(?:活动|行动)"
)

RECTIFICATION_ITEM = rx.compile(r"(?:整治|治理|整顿)$")

# ... when one of its items names supervision work (a list of talks and meetings is none).
SUPERVISION_ITEM = rx.compile(r"整治|治理|整顿|打假|执法|计量|质量|标准|监管|抽查|特种设备|认证")

# ... but services and events listed so are no campaigns (法律咨询、计量检测等活动).
NOT_A_CAMPAIGN_ITEM = rx.compile(
    r"(?:咨询|服务|宣传|培训|检测|检验|讲座|展示|展览|演练|座谈|评比|竞赛|比赛|交流|调研|考核|义诊|论坛|日|"
    r"报告|会议|对话|研讨|实践)$|^(?:了|一系列|系列|各类|各项)"
)

# A campaign word of kind other that names no campaign by itself (its own name, as in
# “…”对标达标专项行动, does).
GENERIC_WORD = rx.compile(r"(?:专项|安全|大)*(?:计量)?(?:监督)?检查|专项行动|隐患排查")

# A quoted name: two mentions holding it name one campaign.
QUOTED_NAME = rx.compile(r"“[^”]{2,12}”")

# A line of related links under an article (· 某局开展“质量月”活动; - [ 02-13]某地查获…; a
# dash and a headline dated in brackets at either end, - 某县开展…专项整治(2024-05-06),
# - (2024-05-06)某县开展…): other stories' headlines, no campaign of this report.
LINK_LINE = rx.compile(r"[ \t\u3000]*(?:[·•]|-\s*\[|-\s*[(（]\d{4}-\d{1,2}-\d{1,2}[)）]|"
                       r"-\s*(?=[^\n]{4,60}?[(（]\d{4}-\d{1,2}-\d{1,2}[)）][ \t\u3000]*(?:\n|$)))")

# The label of a page's title line (标题: …, 標題：…), in simplified or traditional script.
TITLE_LABEL = rx.compile(r"\s*(?:标题|標題)\s*[:：]")

# Activities the bureau prompts firms to carry out themselves (推动企业开展质量改进、…等活动):
# the firms' work, no campaign of the bureau.
PROMPTED_BEFORE = rx.compile(r"(?:推动|引导|鼓励|帮助|指导|督促|带动)[^，,。；;]{0,12}$")

# Before a campaign word, words that name no subject of its own (计量专项抽查, 排查整治行动,
# 该项专项检查, 产品质量专项抽查): a title led by them alone says no more than its kind, the
# campaign named before under a fuller title.
GENERIC_LEAD = rx.compile(
    r"(?:该项|此项|这项|该|计量|质量|产品|安全|排查|隐患|监督|全面|集中|重点|综合|联合|日常|宣传)+"
)


# What right after a campaign's title makes it the name of something else: a body whose post
# follows (某某万里行秘书长, …活动组委会副主任: a person's office, the body no campaign told), or a
# table's caption (…专项检查汇总表, …整治情况一览表: the table, whose campaign the text tells).
NOT_A_CAMPAIGN_AFTER = rx.compile(
    r"(?:组委会|办公室)?(?:副?主任|副?秘书长|副?会长|副?理事长|副?组长)(?![\W\d_a-zA-Z]{0,2}?(?:制|责任))|"
    r"(?:情况)?(?:统计|汇总|登记|明细|一览)表"
)


# What tells work done in a sentence that names a campaign again (开展了, 已, 共检查, 此次,
# 期间, 以来, 截至, 查处, 发现): a campaign first named as work ahead, then told carried out.
DONE_IN_SENTENCE = rx.compile(r"了|已|共|累计|截至|完成|期间|以来|此次|本次|这次|查处|查获|发现|检查中|取得")
