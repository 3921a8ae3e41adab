"""Supervision campaigns: the campaign kinds, and the words around a campaign's title and the
product list it targets (what makes a campaign word routine work, a plan or a meeting)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN
from . import Vocabulary

# A surprise check, not its force or its record (加大突击检查力度, 突击检查时).
# Users of equipment or sites right before a regular check (电梯使用单位进行了定期监督检查, 加油站
# 实行定期监督检查): no check of goods (read once the check has matched).
_NOT_OF_GOODS = "".join(
    rf"(?<!{subject}{joint}定期监督检查)"
    for subject in ("单位", "站", "电梯", "锅炉", "设备", "器具", "场所", "市场", "商户", "门店", "加油机")
    for joint in ("", "的", "进行", "进行了", "开展", "开展了", "实施", "实行"))
_SURPRISE_CHECK = r"突击(?:执法|监督)?检查(?!力度|工作会|会议|制度|机制|办法|情况|结果|记录|时|中)"

# After a theme's activities, what makes them a frame of other work or a paper about them
# (以“…年”活动为载体, …活动方案, …活动开展情况): no campaign carried out under that name.
_FRAME_OR_PLAN = r"为(?:主线|载体|抓手|契机|重点|龙头|核心|突破口)|方案|计划|开展情况|情况|要求|总结"

ACTION_KINDS: tuple[tuple[str, str], ...] = (
    # 专项执法打假 is a campaign against fakes carried out by law enforcement: the 打假 decides
    # (listed before the law_enforcement row, which would match 专项执法 at the same place).
    # “双打” (打击侵权假冒) is the same work under its short name, when named as a campaign.
    # 打击制售“黑心棉”: a campaign against fakes named by the fake it hunts.
    (rf"(?:专项)?执法打假|打假治劣|打假|打击(?!了){HAN}{{0,12}}?假冒伪劣|双打(?=”|工作|专项|行动)|"
     r"打击(?:非法)?(?:生产|制售|销售|制造|生产销售)“?(?:假劣|伪劣|假冒|劣质|黑心)|"
     # A den of fakes raided (捣毁一个生产假冒白酒的窝点): the fight against fakes, where the report
     # names no other; dens counted (捣毁制假窝点19个) are a tally (dens_closed), no campaign.
     r"(?:捣毁|端掉|端除|摧毁|取缔)了?(?![^，,。；;：:]{0,3}?[二两三四五六七八九十百几数多])"
     r"[^，,。；;：:\d]{0,12}?(?:制假|造假|假冒|伪劣|劣质|黑心)"
     r"[^，,。；;：:\d]{0,8}?(?:窝点|作坊|加工点|(?<=制假)点)(?!\s*(?:\d|[一二两三四五六七八九十百几数多]+[个处家]))",
     "anti_counterfeiting"),
    # A 清查行动 sweeps a trade for unlicensed makers: a rectification.
    # 整治提升三年行动, 整治攻坚行动: a rectification campaign named after its aim.
    # A sweep for hazards and their repair named a campaign (隐患排查治理专项行动) is one too;
    # not 隐患排查治理工作, which the keys of rounds 46 and 47 count of no listed kind, a sweep
    # (the last row; one closed on neither, a mechanism or firms' own work, is none). (Round
    # 18's key counts a …隐患排查治理行动 so too; the team's cases keep it a rectification.)
    # Rectification work named by its subject right after the verb that carries it out
    # (展开液化气商场整顿作业, 开展的气瓶充装站治理工作, 开展电动车充电计量整治工作; not
    # 排查和治理, nor a subject that holds a campaign word of its own: 开展农资打假专项治理 is
    # against fakes).
    # A campaign named a battle of rectification (隐患整治攻坚战, 专项治理攻坚战) is one too.
    # (治理提升行动 too: 豆制品作坊治理提升行动, a rectification named after its aim.)
    # A fight on an illegal trade named a rectification (打击整治非法制售…专项行动): one too.
    # So is the rectification of a trade's hazards along its whole chain, from making to use
    # (电动车充电隐患全链条整治, 在燃气安全全链条整治中), not its meeting, plan or task.
    (r"全链条(?:专项)?整治(?!(?:工作|推进|现场|部署|调度|动员|座谈)?会|方案|通知|办法|制度|机制|力度|任务)|专项整治|集中整治|整治行动|(?:整治|治理)攻坚战|排查治理(?:专项)?行动|(?:整治|治理)(?:提升|攻坚|规范)[^\W\d_a-zA-Z]{0,4}?行动|专项治理|区域整治|"
     r"打击整治[^，,。；;：:“”\d]{2,20}?(?:专项|集中)?行动|"
     # (检查整顿专项行动: a rectification named by its work, not a bare 专项行动)
     r"专项整顿|整顿”?专项行动|清查行动|"
     # A sweep and repair of a trade's problems (开展重点排查整治, 燃气具市场排查整治): a
     # rectification (not its meeting, plan or notice; 隐患排查治理 is the sweep below).
     r"排查整治(?!工作会|会议|方案|通知|办法|制度|机制|力度)|"
     r"(?:(?<=开展)|(?<=开展了)|(?<=开展的)|(?<=展开)|(?<=展开了))(?![了的])"
     rf"(?:(?!打假|打击|整治|执法|抽查|抽检|检查|专项|集中|综合){HAN}){{2,16}}?(?<![和及与])(?:整顿|(?<!排查)治理|(?<!排查)(?<!环境)整治)"
     r"(?=工作|作业|行动|活动)",
     "special_rectification"),
    # (A “…利剑” slogan alone, “质检利剑”行动, names no kind of work: a campaign of kind other,
    # as the keys of rounds 5-46 and the second annotator of round 46 count it, like any quoted
    # name; a kind word beside it, “质检利剑”执法行动, …打假集中行动, still gives its kind.)
    # A supervision check named by its subject right after the verb that carries it out
    # (开展集贸市场电子秤监督检查, 开展了童装产品认证监督检查): enforcement work on that
    # subject; not the generic 产品质量监督检查 or 认证监督检查 (a subject of three characters at
    # least), nor a manner (全面…, 全覆盖…), nor a subject holding a campaign word.
    # An energy metrology review of big energy users (能源计量审查, 能源计量核查): a check
    # named by its subject, as the guide has it (rounds 32 and 53: four reports); not the
    # rules it follows (《…审查规范》).
    # A surprise check (对市场里的秤开展突击检查, 对加油站进行突击检查) is enforcement work
    # whatever it checks (not its force or its record: 加大突击检查力度, 突击检查时).
    # A joint checking campaign of several offices (开展联合检查行动, 联合大检查行动): enforcement
    # work, like a 执法行动 (not the check as a verb: 联合对…进行检查).
    # A campaign of handling cases (案件查办“…”行动, 执法办案专项行动, 查办案件集中行动):
    # enforcement work, whatever code name it carries in quotes.
    (r"(?:案件查办|查办案件|执法办案|办案)(?:“[^“”，,。；;]{1,8}”)?(?:专项|集中)?行动|"
     # A check carried out as a drive (对进口化妆品的专项检查行动, 索道安全综合检查行动):
     # enforcement work by name, like a joint checking campaign.
     r"专项执法(?:检查|行动)?|执法检查|执法行动|执法大检查|集中检查|联合大?检查行动|"
     # The case-handling campaign named 铁拳 unquoted, under a theme of its own (“守护消费”铁拳
     # 行动, “…”执法铁拳行动): enforcement work; the code name quoted bare (“铁拳”, “铁拳行动”)
     # stays a campaign of kind other, as the slogan rows read it.
     # (铁拳行动 alone, 开展铁拳行动, names no theme nor a drive: a campaign of kind other)
     r"(?<=”)(?:执法)?铁拳(?:专项|集中)?行动|(?<!“)(?:执法铁拳(?:专项|集中)?|铁拳(?:专项|集中))行动|"
     # A joint audit of several offices carried out (进行瓶装燃气充装量联合稽查作业, 执行多次
     # 联合稽核): enforcement work, like a joint checking campaign; not its team or office
     # (联合稽查小组, 联合稽核大队), nor the audit as a verb before its object (联合稽查了…).
     r"联合(?:稽查|稽核)(?=作业|行动|专项行动)|"
     r"(?:(?<=进行)|(?<=开展)|(?<=执行)|(?<=实施)|(?<=次))联合(?:稽查|稽核)"
     r"(?!小组|组|大队|队|人员|办公室|中心|了|过)|"
     # A safety inspection of special equipment (派员开展商场电梯安全督察, 起重机械安全专项督查): a
     # check on equipment named by its subject; not the team, its findings or its rules
     # (督查组, 督查情况, 安全督察工作的通知).
     r"(?:(?<=特种设备)|(?<=电梯)|(?<=锅炉)|(?<=游乐设施)|(?<=索道)|(?<=起重机械)|(?<=压力容器)|"
     r"(?<=气瓶))安全(?:专项)?督[查察]"
     r"(?!组|情况|工作|通知|通报|办法|制度|机制|人员|意见|报告|记录|表|中|时|期间)|"
     r"(?:安全)?综合检查(?=行动)|专项检查(?=行动)|能源计量(?:审查|核查)(?!规范|办法|规则|细则|制度|》)|"
     # (the subject before it written as an alternative of its own, not an optional part:
     # the same matches, and the lookbehinds tell where the row can start)
     r"(?:(?<=开展)|(?<=开展了)|(?<=组织开展))(?![了的对各一全])"
     rf"(?:(?!打假|打击|整治|执法|抽查|抽检|检查|专项|集中|综合|行动|活动){HAN}){{2,12}}?"
     rf"{_SURPRISE_CHECK}|{_SURPRISE_CHECK}|"
     # (the subject may be a list: 开展节日期间衡器、定量包装商品计量监督检查)
     r"(?:(?<=开展)|(?<=开展了)|(?<=组织开展))(?![了的对各一全])"
     rf"(?:(?!打假|打击|整治|执法|抽查|抽检|检查|专项|集中|综合|行动|活动){HAN}|、(?!、)){{3,24}}?"
     r"(?<!质量)(?<!产品)(?<!、)(?:计量)?监督检查(?!工作会|会议|制度|机制|办法|力度)",
     "law_enforcement"),
    # A 长效机制 is one of supervision only when it says so (打假治劣的长效机制); 建立长效机制
    # alone, or a firm's own (企业安全生产长效机制), is no campaign.
    # (the work before it is read by its own row first, hence a lookbehind).
    (r"长效监管|(?<=监管|打假|治劣|执法|监督|整治|治理|抽查)的?长效机制", "long_term_mechanism"),
    # A campaign of checks (抽查行动, 质量抽检行动) is one; a random check (双随机抽查,
    # 专项随机抽查) is a spot check; not the way checks are chosen
    # (双随机抽查机制).
    # A check named as the frame of its results (在县级米粉专项监督中，抽查了…; 在上月的电暖器
    # 质量抽检中，…): a spot check on that subject.
    # A joint or unified check across a region (产品质量联动抽查, 统一监督检查) is one too, not
    # the check as a verb before its object (联动抽查27家企业).
    # (监督抽检: the same check under another word; not a plan, a body or a check's force:
    # 监督抽检计划, 监督抽检中心, 加大监督抽检力度)
    (r"监督抽查|监督抽检(?!计划|方案|力度|中心|所|院|站|机构|工作会|会议|办法|细则|结果|信息|公告)|"
     r"质量抽查|专项抽查|抽[查检]行动|"
     # A check of goods named by what it tests, whose results or report are published in
     # its sentence (公布…童装质量抽检报告, 通报…食用油黄曲霉毒素含量抽检结果): a spot check
     # (see supervision_actions_checks.results_published).
     r"(?:质量|含量)抽检(?=结果|报告)|"
     r"(?:(?:联动|联合)(?:监督)?抽查|统一监督检查)(?![了过\d一二三四五六七八九十两对])|(?:专项)?(?:双)?随机抽查(?!机制|制度|模式|方式|工作机制)|"
     rf"(?<={HAN}{{2}})(?<!此次|这次|本次)(?:专项监督|质量抽检|专项抽检)(?=中[，,])|"
     # Products' supervision testing carried out (对17类产品进行了监督检验, 开展了证后监督
     # 检验, 本次定期监督检验中): a spot check under another word, as the keys of rounds 24,
     # 26, 43 and 46 count it; never a centre, an institute or the bureau's name (监督检验
     # 检疫总局, 监督检验中心), nor a lift's installation check (安装监督检验), nor special
     # equipment's statutory inspection of a process (按压力容器的制造过程进行监督检验, 对锅炉
     # 安装、修理过程进行监督检验).
     r"(?:(?<=进行)|(?<=进行了)|(?<=开展)|(?<=开展了)|(?<=定期)|(?<=证后)|(?<=本次)|(?<=此次))"
     r"(?<!过程进行)(?<!过程进行了)(?<!过程开展)(?<!过程开展了)监督检验(?!检疫|中心|所|院|站|机构|规程|工作会)|"
     # The regular quality check of products by testing bodies under its older name (每季度对
     # 流通领域消费品的定期监督检查, 对饮料厂家的定期监督检查): a spot check, as
     # 定期监督检验 is; not its rules or meetings, nor a regular check of users of equipment
     # or of sites (对电梯使用单位进行了定期监督检查, 对加油站实行定期监督检查).
     rf"(?<=定期)监督检查(?!工作会|会议|制度|机制|办法|细则|力度|计划|方案){_NOT_OF_GOODS}",
     "spot_check"),
    # Named campaigns of no kind above: a slogan in quotes (“净水”行动), a hundred days
    # (百日行动, 百日攻坚行动, 百日行), a checking campaign on one subject (电梯专项检查,
    # 计量专项监督检查), a sweep for hazards (隐患排查), a safety check (电梯安全大检查,
    # 节前安全检查, never the 大 of 加大检查力度), a campaign counted in days (八十天行动); after a slogan, up to ten characters may name what the campaign does
    # (“…进市场”惠民行动, “春雷”清理劣质建材行动); a short name in quotes may end
    # on 行动 itself (“两项行动”, “护航利剑行动”). Last, any 专项行动 whose own name
    # says no kind above (民生计量专项行动, 对标达标专项行动): named only, see
    # supervision_actions._mentions. Last, a name of no kind above written right after
    # 开展/启动 and closed by 行动.
    # (a firm's name in quotes, “某某加工厂”, is no slogan: what follows it is no campaign)
    (rf"(?<=”)(?<!厂”)(?<!公司”)(?<!店”)(?<!作坊”)(?<!合作社”)(?<!商行”)"
     rf"(?:(?!打假|打击|整治|治理|整顿|执法|抽查|抽检|检查){HAN}){{0,10}}?(?:专项)?行动|"
     rf"(?<=”)(?:(?!打假|打击|整治|治理|整顿|执法|抽查|抽检|检查){HAN}){{0,10}}?专项活动|"
     rf"(?<=“)(?:(?!打假|打击|整治|治理|整顿|执法|抽查|抽检|检查){HAN}){{1,6}}行动(?=”)|百日(?:攻坚)?行动?|[\d一二三四五六七八九十百千]{{1,12}}天(?:攻坚)?行动|升级行动|专项(?:计量)?(?:监督)?检查|"
     # A code name of an enforcement campaign written bare in quotes among other campaigns
     # (推进“质检利剑”、区域整治等工作; “铁拳”、“亮剑”): a campaign of kind other, like
     # “质检利剑”行动; not before a word of its own, which the rows above read.
     r"(?<=“)[^\W\d_a-zA-Z]{0,6}(?:利剑|铁拳|亮剑)(?=”(?:[、，,和及与]|等))|"
     # A rescue drill a bureau holds (组织了一场电梯困人应急演练): a campaign of kind other; not
     # its plan, its tasks, a meeting on it, or a point checked (查看演练情况).
     r"应急(?:救援|处置)?演练(?!方案|预案|计划|任务|工作会|会议|中心|基地|情况|记录|制度|台账)|"
     # A sweep named as one (对持证厂家做专项巡查, 进行了一次安全隐患大排查): kind other; not a
     # sweep's force, rules or meeting (加大专项巡查力度, 隐患大排查专题会).
     r"专项巡查(?!力度|制度|机制|办法|情况|记录|中)|隐患大排查(?!力度|制度|机制|情况|记录|工作会|会议|专题|中)|"
     # A drive to build honest metrology, named after the verb that carries it out (开展诚信
     # 计量示范店创建活动, 开展了计量承诺和评价活动) or as the creation of a quoted model (创建
     # “计量诚信街区”工作): kind other; a drive for any other honour is none.
     r"(?:(?<=开展)|(?<=开展了)|(?<=掀起了))(?=[^，,。；;]{0,12}计量)"
     r"[^\W\d_a-zA-Z“”]{2,18}?(?:创建|承诺|评价)活动|"
     r"创建“(?=[^“”]{0,10}计量)[^“”]{2,12}”(?:工作|活动)|"
     r"隐患排查(?:治理(?=工作(?!机制|制度)))?(?!治理)|(?:专项)?(?<!加)大检查|安全检查|专项行动|"
     # A follow-up of earlier work named in quotes (开展起重机械监管“回头看”工作; not 以“回头看”
     # 的方式, a manner).
     r"“回头看”(?=工作|行动|活动|专项)|"
     # A campaign named a battle on a field of supervision (电梯安全监管大会战, 锅炉节能减排攻坚
     # 战, 电梯安全“大会战”: rounds 22 and 56, three places); never a battle of speech alone
     # (打赢蓝天保卫战, 一场漂亮的歼灭战).
     r"(?<=监管|安全|减排|节能)(?:大会战|攻坚战)|(?<=安全“)大会战|"
     # A long-running tour of the country named 万里行 (质量万里行, 品牌万里行), not the body
     # or the paper of that name.
     r"(?<=质量|品牌|诚信|计量|标准)万里行(?!促进会|杂志|记者|网|组委会|出征团|车队|团)|"
     # A numbered programme of energy saving (of boilers): “三个一”节能工程, 锅炉节能的“四个
     # 五”工程 (rounds 32, 34 and 59, three places); never a 工程 of any other name.
     r"“[一二三四五六七八九十两个百千万]{2,5}”节能工程|(?<=节能的)“[一二三四五六七八九十两个百千万]{2,5}”工程|"
     # The yearly quality month's activities (“质量月”活动, 质量月系列活动): one campaign of
     # kind other, as the rounds' keys count it; not a time within it (质量月期间).
     # (or a service of advice it holds: “质量月”现场咨询活动; its publicity held at once,
     # …”集中咨询活动, or joined with another week's or day's, “质量月”暨“…周”活动)
     r"质量月”?(?:暨“[^“”，,。；;]{2,10}”)?"
     r"(?:集中)?(?:系列|主题|宣传|(?:现场)?(?:宣传)?咨询(?:服务)?)?活动|"
     # A quoted year of quality work and its activities (“质量效益年”活动, “品质提升年”活动):
     # one campaign of kind other, as the quality month is; not a year of the bureau's own
     # conduct (“作风建设年”), nor one the work is framed by (围绕“…年”活动, 以“…年”活动为载体,
     # 以…活动为契机), its plan or its progress (…活动方案, …活动开展情况).
     r"(?<!围绕)“(?=[^“”]{0,10}质量)(?![^“”]{0,10}作风)[^“”，,。；;]{2,10}年”"
     rf"(?:系列|主题|宣传)?活动(?!{_FRAME_OR_PLAN})|"
     # So are World Metrology Day's activities (“世界计量日”系列活动, 世界计量日咨询
     # 活动, “纪念…世界计量日”咨询服务活动): the day's drive, one campaign however often
     # named; not a time within it (世界计量日期间), its leaflets, a superior's request or a
     # frame (要以…宣传咨询活动为契机), nor the day quoted whole with its activity
     # (“世界计量日宣传活动”: a quoted day of publicity, as the team's cases have it).
     # (unquoted, not closed by a quote either: 开展“纪念5·20世界计量日宣传活动”)
     rf"(?:“(?:纪念)?(?:5\s*[·•.．]\s*20)?世界计量日”(?:系列|主题|宣传|(?:宣传)?咨询(?:服务)?)?活动"
     rf"|(?<=(?<!“)世界)计量日(?:系列|主题|宣传|(?:宣传)?咨询(?:服务)?)?活动(?!”))(?!{_FRAME_OR_PLAN})|"
     # A campaign named right after the verb that starts or drives it: 组织开展过期药品集中
     # 回收行动, 深入推进质量提升行动.
     rf"(?:(?<=开展)|(?<=开展了)|(?<=启动)|(?<=启动了)|(?<=推进))(?!了|各|多|一系列|系列|相关|有关|其[他它]|这些|此类)(?:(?!打假|打击|整治|治理|整顿|执法|抽查|抽检|检查|稽查|专项|行动){HAN}){{2,14}}?(?:专项|集中)?行动|"
     # A quoted name of metrology, quality or standards work closed by 活动, right after the
     # verb that carries it out: 开展“诚信计量进市场”活动, 推进“标准化进园区”活动 (not a day,
     # week, month or year of publicity or of the bureau's own conduct, save the quality month
     # above: the team's keys hold “…年”活动 none; not a 创建 of an honour; nor work named by a kind word
     # of its own, which its row reads).
     r"(?:(?<=开展)|(?<=开展了)|(?<=推进)|(?<=实施)|(?<=启动))"
     r"“(?=[^“”]{0,14}(?:计量|质量|品牌|名牌|标准))"
     r"(?![^“”]{0,14}(?:日|周|月|年|宣传|创建|争创|打假|打击|整治|治理|整顿|执法|抽查|抽检|检查|行动|活动))"
    # (nor a strategy's slogan, “质量兴县”, “品牌强市”: a policy the place follows, no campaign)
    r"(?![^“”]{0,12}[兴强][国省市县区州旗镇]”)"
     # (a kind may stand between: “…”主题活动, “…”系列活动, “…”咨询服务活动; a slogan of
     # short clauses keeps its commas: “验计量，护公平，保丰收”活动)
     r"(?:[^“”，,。；;]|[，,](?=[^“”，,。；;]{2,6}[，,”])){2,16}”(?:大型)?(?:主题|系列|专题|(?:现场)?(?:宣传)?咨询(?:服务)?)?活动|"
     # The same name with its 活动 inside the quotes: 开展“放心计量惠万家活动”.
     r"(?:(?<=开展)|(?<=开展了)|(?<=推进)|(?<=实施)|(?<=启动))"
     r"“(?=[^“”]{0,14}(?:计量|质量|品牌|名牌|标准))"
     r"(?![^“”]{0,14}(?:日|周|月|年|宣传|创建|争创|打假|打击|整治|治理|整顿|执法|抽查|抽检|检查|行动))"
     r"(?![^“”]{0,12}[兴强][国省市县区州旗镇]”)"
     r"[^“”，,。；;]{2,14}活动”",
     "other"),
)

# Every row is bounded: a match is at most a few dozen characters long and looks no further
# ahead (see supervision_actions._kind_matches, which relies on it to scan near its needles).
_ACTIONS = Vocabulary(ACTION_KINDS)

ACTION_KIND, action_kind = _ACTIONS.pattern, _ACTIONS.key

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
# (通过近几年对集市的专项整治，…取得成效: the years' work named as the cause of an outcome)
MEANS_BEFORE = rx.compile(
    r"(?:通过|采取|采用|运用)(?:近[几两三四五\d]*年来?|多年来?|近年来?|几年来?)?"
    r"(?:对[^\W\d_a-zA-Z]{1,10}的)?"
    r"(?:一次|一轮|一场|一系列)?(?:[^\W\d_a-zA-Z]{1,8}[和与及、])?$"
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
MEETING_AFTER = rx.compile(
    r"的?[^\W\d_a-zA-Z]{0,4}?(?:会议|大会|座谈会|推进会|部署会|动员会|现场会|视频会|总结会|表彰会|"
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
    # 打假人员, 打假分队: the staff and teams that do the work, not a campaign
    r"人员|(?:小)?分队|大队|中队|"
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

# A line of related links under an article (· 某局开展“质量月”活动; - [ 02-13]某地查获…):
# other stories' headlines, no campaign of this report.
LINK_LINE = rx.compile(r"[ \t\u3000]*(?:[·•]|-\s*\[)")

# The label of a page's title line (标题: …, 標題：…), in simplified or traditional script.
TITLE_LABEL = rx.compile(r"\s*(?:标题|標題)\s*[:：]")

# Activities the bureau prompts firms to carry out themselves (推动企业开展质量改进、…等活动):
# the firms' work, no campaign of the bureau.
PROMPTED_BEFORE = rx.compile(r"(?:推动|引导|鼓励|帮助|指导|督促|带动)[^，,。；;]{0,12}$")

# Before a campaign word, words that name no subject of its own (计量专项抽查, 排查整治行动,
# 该项专项检查, 产品质量专项抽查): a title led by them alone says no more than its kind, the
# campaign named before under a fuller title.
GENERIC_LEAD = rx.compile(
    r"(?:该项|此项|这项|该|计量|质量|产品|安全|排查|隐患|监督|全面|集中|重点|综合|联合|日常)+"
)

