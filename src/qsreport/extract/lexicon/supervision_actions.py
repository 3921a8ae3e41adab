"""Supervision campaigns: the campaign kinds and the words of their rows (the words that tell a
mention of one apart, named or a kind of work, are in :mod:`.supervision_mentions`)."""

from __future__ import annotations

from ...chars import HAN
from . import Vocabulary
from .audit_bodies import AUDIT_BODY

# A surprise check, not its force or its record (加大突击检查力度, 突击检查时).
# Users of equipment or sites right before a regular check (电梯使用单位进行了定期监督检查, 加油站
# 实行定期监督检查): no check of goods (read once the check has matched).
_NOT_OF_GOODS = "".join(
    rf"(?<!{subject}{joint}定期监督检查)"
    for subject in ("单位", "站", "电梯", "锅炉", "设备", "器具", "场所", "市场", "商户", "门店", "加油机")
    for joint in ("", "的", "进行", "进行了", "开展", "开展了", "实施", "实行"))
_SURPRISE_CHECK = r"突击(?:执法|监督)?检查(?!力度|工作会|会议|制度|机制|办法|情况|结果|记录|时|中)"


def safety_check(big: bool = False) -> str:
    """A safety check the bureau holds (节前安全检查), not one an owner applies for (使用单位申请
    安全检查), nor its code or its rule's frequency (安全检查授权码, 安全检查频率): a rule's duty,
    no campaign. ``big``: 安全大检查 as well, for the checks named by their subject
    (:mod:`.supervision_checks`); the campaign words here read that one's 大检查 by itself."""
    middle = "(?:大)?" if big else ""
    return rf"(?<!申请)安全{middle}检查(?!授权|频率)"


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
    # 排查和治理, nor a subject that holds a campaign word of its own: 开展种子打假专项治理 is
    # read by the 打假 row, and its title's head word then makes it a rectification).
    # A campaign named a battle of rectification (隐患整治攻坚战, 专项治理攻坚战) is one too.
    # (治理提升行动 too: 豆制品作坊治理提升行动, a rectification named after its aim.)
    # A fight on an illegal trade named a rectification (打击整治非法制售…专项行动): one too.
    # So is the rectification of a trade's hazards along its whole chain, from making to use
    # (电动车充电隐患全链条整治, 在燃气安全全链条整治中), not its meeting, plan or task.
    (r"全链条(?:专项)?整治(?!(?:工作|推进|现场|部署|调度|动员|座谈)?会|方案|通知|办法|制度|机制|力度|任务)|专项整治|集中整治|整治行动|(?:整治|治理)攻坚战|排查治理(?:专项)?行动|(?:整治|治理)(?:提升|攻坚|规范)[^\W\d_a-zA-Z]{0,4}?行动|专项治理|区域整治|"
     r"打击整治[^，,。；;：:“”\d]{2,20}?(?:专项|集中)?行动|"
     # A rectification named as a campaign of its own kind (百日整治专项行动, 治理集中行动,
     # 专项检查整治活动), or told as the verb with its object and closed by a campaign's word
     # (整治种子化肥门店专项活动, 开展整治校园周边小卖部行动): not its plan, force or results.
     r"(?:整治|治理|整顿)(?:专项|集中)(?:行动|活动)|检查整治(?:专项)?(?:行动|活动)|"
     r"(?<!排查)(?<!检查)(?<!打击)整治(?!工作|力度|行动|活动|专项|集中|提升|攻坚|规范|方案|措施|任务|成效|效果|情况|中|期间|后|的|和|与|及|、)"
     # (a second verb or a time word ends the object: 结合整治开展“质量月”宣传活动, 在整治过程中
     # 开展…, 整治以来开展的各项活动 tell another work beside a rectification)
     r"(?:(?!开展|组织|进行|实施|启动|推进|过程|同时|以来|期间)[^\W\d_a-zA-Z]|[“”]){2,14}?"
     r"(?<!方案)(?<!工作)(?<!执法)(?:专项)?(?:活动|行动)(?!方案|计划|通知|部署)|"
     # (检查整顿专项行动: a rectification named by its work, not a bare 专项行动)
     r"专项整顿|整顿”?专项行动|清查行动|"
     # A check and a rectification named as one drive (压力管道大检查大整治工作, 此次大整治行动):
     # a rectification, as a check-and-rectify campaign is.
     r"大(?:检查|排查)大整治|大整治(?=行动|工作|活动)|"
     # A sweep and repair of a trade's problems (开展重点排查整治, 燃气具市场排查整治): a
     # rectification (not its meeting, plan or notice; 隐患排查治理 is the sweep below).
     # (a sweep for hazards named before it, 隐患排查整治行动, is the same work: the row
     # matches from 隐患, where the sweep's own word would start)
     r"(?:隐患)?排查整治(?!工作会|会议|方案|通知|办法|制度|机制|力度)|"
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
    # enforcement work, whatever code name it carries in quotes, 行动 inside them too
    # (案件查办“某某行动”), its quotes straight or curly (案件查办"护农"专项行动).
    (r'(?:案件查办|查办案件|执法办案|办案)(?:(?:[“"][^“”"，,。；;]{1,8}[”"])?(?:专项|集中)?行动|[“"][^“”"，,。；;]{1,6}行动[”"])|'
     # The case-handling code name quoted with 执法 under a theme (某某“执法铁拳”护航行动):
     # enforcement work by its own word (not before 整治, 治理 or 打假, which their rows read).
     r"“执法铁拳”(?:(?!整治|治理|打假)[^\W\d_a-zA-Z“”]){0,4}?行动|"
     # A check carried out as a drive (对进口化妆品的专项检查行动, 索道安全综合检查行动):
     # enforcement work by name, like a joint checking campaign.
     r"专项执法(?:检查|行动)?|执法检查|执法行动|执法大检查|集中检查|联合大?检查行动|"
     # Enforcement campaigns named by the first of them before 等 (组织开展商标执法等专项行动):
     # the head word before 等 gives the kind, not the bare 专项行动 after it.
     r"执法等(?:各类|多项|系列)?专项(?:执法)?行动|"
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
     rf"(?!{AUDIT_BODY}|了|过)|"
     # Taiwan's joint or full check of a trade named by 稽查 after the verb that carries it
     # out, its subject between (办理年度加油站联合稽查): enforcement work; not the team
     # (联合稽查小组), nor a check of goods' labels (执行玩具标示稽查: readers part on it).
     r"(?:(?<=进行)|(?<=执行)|(?<=办理)|(?<=实施))"
     rf"(?:(?!进行|执行|办理|实施|开展){HAN}){{0,30}}?(?:联合|全面)稽查"
     rf"(?!{AUDIT_BODY}|了|过)|"
     # A safety inspection of special equipment (派员开展商场电梯安全督察, 起重机械安全专项督查,
     # 索道专项督查: 安全 or 专项 before 督查, not the bare word, 电梯督查, a team's work): a
     # check on equipment named by its subject; not the team, its findings or its rules
     # (督查组, 督查情况, 安全督察工作的通知).
     r"(?:(?<=特种设备)|(?<=电梯)|(?<=锅炉)|(?<=游乐设施)|(?<=索道)|(?<=起重机械)|(?<=压力容器)|"
     r"(?<=气瓶))(?:安全(?:专项)?|专项)督[查察]"
     r"(?!组|情况|工作|通知|通报|办法|制度|机制|人员|意见|报告|记录|表|中|时|期间)|"
     r"(?:安全)?综合检查(?=行动)|专项检查(?=行动)|能源计量(?:审查|核查)(?!规范|办法|规则|细则|制度|》)|"
     # (the subject before it written as an alternative of its own, not an optional part:
     # the same matches, and the lookbehinds tell where the row can start)
     r"(?:(?<=开展)|(?<=开展了)|(?<=组织开展))(?![了的对各一全])"
     rf"(?:(?!打假|打击|整治|执法|抽查|抽检|检查|专项|集中|综合|行动|活动){HAN}){{2,12}}?"
     rf"{_SURPRISE_CHECK}|{_SURPRISE_CHECK}|"
     # (the subject may be a list: 开展节日期间衡器、定量包装商品计量监督检查)
     # (or a qualifier in brackets: 开展了月饼商品(过度)包装监督检查)
     r"(?:(?<=开展)|(?<=开展了)|(?<=组织开展))(?:\d{4}年度?)?(?![了的对各一全])"
     rf"(?:(?!打假|打击|整治|执法|抽查|抽检|检查|专项|集中|综合|行动|活动){HAN}|、(?!、)|[(（]{HAN}{{1,4}}[)）]){{3,24}}?"
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
    # A sampling named a campaign (化肥抽检专项行动, 抽查集中行动), or joined to another
    # campaign under one 行动 (化肥专项抽检与综合执法行动: the sampling, and the enforcement
    # campaign its own row reads).
    # A sampling of goods named as the work a bureau carries out, right after the verb that
    # carries it out (对…企业的产品进行了质量抽检, 开展抽样检测, 实施了商品质量抽查), or named by
    # its subject and closed by the word for the work (开展家具质量缺陷抽查工作): a spot check,
    # as 监督抽查 is; not its plan, force or body, nor the verb of a counted object (抽检了8批次).
    # A bare 进行抽检 names no goods' quality: it may be any sampling (of scales at a market, a
    # caption's officer at work), no campaign.
    (r"(?:(?<=进行)|(?<=进行了)|(?<=开展)|(?<=开展了)|(?<=实施)|(?<=实施了))"
     r"(?:(?:产品|商品)?质量(?:抽检|抽查)|抽样检测|抽样检验|抽样检查)"
     r"(?!计划|方案|力度|中心|所|院|站|机构|工作会|会议|办法|细则|任务|的?方式|制度|机制|了|过)|"
     r"(?:质量|质量缺陷|质量安全)抽[查检](?=工作|活动)|"
     r"监督抽查|监督抽检(?!计划|方案|力度|中心|所|院|站|机构|工作会|会议|办法|细则|结果|信息|公告)|"
     r"质量抽查|专项抽查|抽[查检](?:专项|集中)?行动|"
     r"专项抽[查检](?=(?:及|和|与|暨|、)[^，,。；;：:“”]{2,12}?行动)|"
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
     # its plan, its tasks, a meeting on it, or a point checked (查看演练情况; a checklist's
     # item, 询问应急演练是否按季度组织, 设备台账、应急救援演练以及…), nor one a check looks at or
     # finds wanting among the points of its list (应急演练和维保记录等情况, 某宾馆应急演练不到位).
     r"应急(?:救援|处置)?演练(?!方案|预案|计划|任务|工作会|会议|中心|基地|情况|记录|制度|台账|"
     r"是否|不完善|不到位|不规范|不健全|以及)"
     r"(?![^，,。；;！？!?]{0,24}?(?:是否|等情况|不完善|不到位|不健全|不规范))|"
     # A sweep named as one (对持证厂家做专项巡查, 进行了一次安全隐患大排查): kind other; not a
     # sweep's force, rules or meeting (加大专项巡查力度, 隐患大排查专题会).
     r"专项巡查(?!力度|制度|机制|办法|情况|记录|中)|隐患大排查(?!力度|制度|机制|情况|记录|工作会|会议|专题|中)|"
     # A drive to build honest metrology, named after the verb that carries it out (开展诚信
     # 计量示范店创建活动, 开展了计量承诺和评价活动) or as the creation of a quoted model (创建
     # “计量诚信街区”工作): kind other; a drive for any other honour is none.
     r"(?:(?<=开展)|(?<=开展了)|(?<=掀起了))(?=[^，,。；;]{0,12}计量)"
     r"[^\W\d_a-zA-Z“”]{2,18}?(?:创建|承诺|评价)活动|"
     r"创建“(?=[^“”]{0,10}计量)[^“”]{2,12}”(?:工作|活动)|"
     r"隐患排查(?:治理(?=工作(?!机制|制度)))?(?!治理)|(?:专项)?(?<!加)大检查|" + safety_check() + "|专项行动|"
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
