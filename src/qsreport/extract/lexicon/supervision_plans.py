"""Campaign words that say a campaign is asked for, planned, announced or published, not
carried out: the words the campaign readers (supervision_actions and its helpers) test before
counting one. Split from lexicon/supervision_actions, which holds the campaign words."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# The verb a campaign of no kind word is named after (开展…行动), and the words before it in
# its sentence that make it asked for, planned or a target, not carried out (要求开展…行动, 力争…).
NAMING_VERB = rx.compile(r"(?:开展|启动)了?$")

# (部署要求, 工作要求 or 有关要求 ending its clause is a noun, the policy followed: 贯彻…的部署
# 要求，在全市开展…行动; but 省局要求，各地开展…行动 asks for it)
NAMING_PLAN = rx.compile(
    r"(?<!部署|工作|有关|相关|上级)(?<!的)要|要(?!求[，,；;])|提出|计划|明年|下一步|力争|争取|将")

# A sentence about work still ahead (下一步…深入开展集中整治, 今年将进一步打击…, 还将开展…):
# its campaigns are plans.
PLAN_AHEAD = compile_fast(
    r"下一步|明年|今后|下阶段|下半年将|力争|争取|还将|仍将|"
    # (将严厉打击…, 将依法从严查处…: the bureau's resolve, work ahead)
    r"将(?:进一步|继续|深入|全面|加大|加强|强化|持续|大力|重点|开展|组织|启动|严厉|严肃|从严|依法)|"
    # (将于 a time to come, 某局将于下月开展…，…对各集市开展专项整治: every clause of its
    # sentence is the work announced; 已于 is done)
    r"(?<![已并现])将于|"
    # A deadline by a year (到2031年底前，建立…长效机制): a target set, not work done
    r"到\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年(?:年?[底末])?前|"
    # What a document cited by its short name says, its sentence opening on it (《意见》提出，
    # 用两个月…开展集中整治; 《细则》规定，…): the document's plan, not work done
    r"(?<![^\s。！!？?；;])《[^《》\n]{1,10}》[^\W\d_a-zA-Z]{0,2}?(?:明确|强调|提出|要求|规定|指出)|"
    # A call in a speech or a directive (坚决打击…; 要求某局要…): asked for, not done
    r"坚决|要求[^，,。；;]{0,12}要(?!求)|"
    # ... and what a meeting deployed or set out (会议就…作了总体部署，明确了…开展…专项整治;
    # 会上部署了…): the year's work ahead
    r"(?:会议|会上)[^。；;！!？?]{0,80}?(?:明确了|部署了|安排部署了?|作(?:了|出)(?:总体|全面|具体|专门)?部署)|"
    # ... and a clause or a sentence that opens on 要, bare or after who is called on (会议强调，要…开展;
    # 各地要…开展; 各级监管部门要…): a duty set out, not work done (not 重要, 主要, 需要)
    r"(?<![^\s。！!？?；;，,：:])(?:各地|各级|各[^\W\d_a-zA-Z]{1,8}?(?:部门|单位|机构)|全[省市县区]"
    r"(?:[^\W\d_a-zA-Z]{0,6}?(?:部门|系统))?)?要(?![求点闻素害件])|"
    # ... a numbered point of a directive that opens on 要 (二是要深入抓好…整治工作), and the
    # points a duty introduces after its colon (…要抓好以下几项工作：一是…，二是开展…专项治理)
    r"[一二三四五六七八九十]+是要(?![求点闻素害件])|"
    # (not 主要, 重要 nor 要求, and no 了 between: 主要开展了以下工作, 按省局要求开展了以下…
    # are work done; 需要, 首要 introduce duties)
    r"(?<![主重只必概纲摘提])要(?![求点闻素害件])(?:(?!了)[^\W\d_a-zA-Z]){0,8}?(?:如下|以下)"
    r"[^\W\d_a-zA-Z]{0,4}[：:]"
)

# A campaign announced, its opening verb after 将, 拟 or 计划 in its clause (将在全市开展…专项
# 整治, 拟于下月开展…, 计划对…进行专项抽查): by the guide's convention a campaign not yet
# carried out is no action, named or not (the keys of rounds 1 to 56 named 12 of 16 such).
# (已将… is done; 工作计划, 年度计划 are plans a campaign is carried out under; 现将… opens a
# publication, 现将我局开展…抽检的信息公布如下: the work done, its results given)
ANNOUNCED = compile_fast(
    r"(?:将(?<![已并现]将)|拟|计划(?<![作度查划的]计划))(?![^，,。；;：:！!？?]{0,30}?了)"
    r"[^，,。；;：:！!？?]{0,30}?(?:开展|组织|启动|部署|进行|展开|实施)[^，,。；;：:！!？?]{0,40}$"
    # ... and so is one to be done within a term (3年内完成首次…审查): a target
    r"|(?:\d+|[一二三四五六七八九十两]+)个?(?:年|月)内完成[^，,。；;：:！!？?]{0,20}$"
    # ... and so is every campaign of a sentence that opens on what the work will take as its
    # occasion or focus (某局将以这次宣传为契机，接着组织…专项整治; 今年将以…为重点，…打响…
    # 战役): the work ahead, past the comma (the occasion itself, 将以该月活动为契机, is
    # before it and stays); never 将以假充真 (a fraud's words: 将以次充好的化肥列为重点), 列为
    # 重点 (what the work targets) or past work (将…为重点，开展了…)
    r"|(?<![已现])将以(?![假次旧劣]充)(?![^。；;！!？?]{0,130}?了)[^。；;！!？?]{1,40}?"
    r"(?<![作列视])为(?:契机|重点|抓手|主线|载体|突破口)[，,][^。；;！!？?]{0,90}$"
)

# Words that publish a spot check's results (发布…抽查情况, 抽查情况的通报).
PUBLISHED = rx.compile(r"发布|通报|公布|公告")

# A paragraph's lead that sets out points still ahead (规划期内将着力抓好以下工作：一是…; 下一步
# 我局将重点抓好如下工作：…): a campaign of its points with no name of its own is a plan
# (现将…如下, a report's own results, and 已将… are none).
PLANNED_POINTS = compile_fast(
    r"(?<![现已并])将(?:(?!了)[^\W\d_a-zA-Z]){0,20}?(?:以下|如下)[^\W\d_a-zA-Z]{0,8}?[：:]"
)

# What a meeting told the offices to do (会议指出，…加大执法检查力度; 会上强调：…): a duty set
# out, no campaign carried out, unless the work after it is told done (了, 已).
MEETING_DIRECTIVE = compile_fast(
    r"(?:会议|会上|会议上)[^\W\d_a-zA-Z]{0,6}?(?:指出|强调|要求|提出|明确)[，,：:]"
)

# What a speaker wishes, a party pledges or a notice says may follow: no work done yet.
# A wish or a pledge reaches the rest of its sentence and a next sentence that opens on its
# verb with no doer of its own (希望甲局继续…。开展某某行动，…; 店主表态，以后会…，定期开展
# 隐患排查); ``VOICED_TO_VERB`` is that next sentence's opening. (表示 alone, 他表示，去年全市
# 开展了…, reports work done: a pledge is 将 or 会 after it.)
# (希望 or 期望 as a noun, 群众的期望, 满足人们期望, 希望工程, is no wish voiced)
VOICED_AHEAD = compile_fast(
    r"(?<![的有来满给大众们])(?:希望|期望|寄望)(?![的工之值])|"
    r"(?:表态|表示|承诺|保证|表明|决心)[^\W\d_a-zA-Z]{0,2}?[，,：:]?"
    r"[^，,。；;！!？?\n]{0,10}?(?:将|會|会)(?![议场])"
)
VOICED_TO_VERB = rx.compile(
    r"\s*(?:(?:继续|持续|深入|积极|全面|广泛|大力|不断|扎实)(?:地)?)?(?:开展|推进|实施|启动|组织|推动)")
# A clause that opens on a duty, bare or after who is called on (各地要认真落实…, 会议要求，要以
# 开展…行动为…; 各县区要…, 全市质监系统要…, 执法人员要…, 我们要…), or a numbered point of one
# (二是要…): the work it names, a named campaign too, is asked for, not told done, unless the
# clause says some of it done (已, 了); not 重要, 主要, 需要, 要求 nor a 要 of a noun (要案, 要点).
DUTY_CLAUSE = rx.compile(
    r"\s*(?:(?:各地|各级|各[省市县区乡镇州]{1,3}|我们|全[省市县区]"
    r"|[^\W\d_a-zA-Z]{0,8}?(?:部门|单位|机构|系统|企业|局|人员|干部|职工|同志))"
    r"|[一二三四五六七八九十]+是)?"
    r"要(?![求点闻素害件案道地犯])(?:(?!了|已)[^。；;！!？?])*")
# ... though a yearly observance's activities (“质量月”活动, 世界计量日活动, 安全生产月) are held
# every year, asked for or not: a duty to organise them well is no plan of a new campaign, and the
# keys count them (the team's and the rounds' alike).
YEARLY_OBSERVANCE = rx.compile(r"质量月|安全生产月|世界(?:计量|标准|认可)日|计量日|标准日|质量周")
# ... and a step the office may take, told as a possibility in its clause (如…，可能会对…作出
# 检控; 或将…立案查处): not taken.
POSSIBLE_STEP = rx.compile(r"(?:可能|或)(?:会|會|将|將)[^，,。；;！!？?\n]{0,12}$")

# A lead by which a document sets out its points, proposals or directions (…，提出以下几项
# 措施：, 提出如下意见。, 特通知如下：, 特制定本方案。): every campaign it names
# after is one of those points, a plan, unless its own sentence tells it done (了, 已). (…总结
# 如下 and 分析如下 introduce work done: no such lead.)
SET_OUT_POINTS = compile_fast(
    r"提出(?:以下|如下)[^\W\d_a-zA-Z]{0,6}?(?:举措|措施|意见|要求|建议|工作任务)"
    r"|通知如下|(?:制定|制订)本(?:方案|办法|细则|规划|意见|计划)"
)

# A headline that declares its report a duty, a plan or a goal (…作弊要严查, 某市将全面建成…,
# 力争…, …发展规划, 印发…年度工作计划, …工作要点, 拟设立…): the campaigns its body
# names are that plan's, unless their own sentence tells them done (了, 已). (要求 reports a
# call made; 重要, 主要, 需要, 要案, 要道 are no duty; 将 only before what is to come, not as
# 把 (将假货移交…); a plan fulfilled, 完成…计划, is work done.)
HEADLINE_PLAN = rx.compile(
    r"(?<![主重需只必首纲摘提])要(?![求点闻素害件案道地犯])"
    r"|(?<![已并现即])将(?:于|在|要|会|全面|进一步|继续|重点|开展|启动|实施|出台|建成|基本|推出"
    r"|举办|加强|加大|严查|严惩|严打)"
    r"|拟|力争|工作计划|计划(?:于|在|开展|实施|投资|建设)|规划|方案|实施意见|工作要点"
)
