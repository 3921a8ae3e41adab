"""Supervision campaigns: the words of checks named by their subject, verification drives, and
what is no campaign of the bureau (an aim, a task of a campaign named before, another
department's work, a notice that asks for one), read by :mod:`..supervision_actions_checks`.
The words of the work a report's lead tells are in :mod:`.supervision_lead`."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN
from ...regex_prefilter import compile_fast
from .supervision_actions import safety_check

# A check named by its subject (加油站专项检查, 眼镜店计量器具专项监督检查, 棉花质量大检查):
# the keys of the later rounds count it as enforcement work, as they do 执法检查 … (a safety
# check as the campaign words read one, 大 allowed: 锅炉安全大检查)
SUBJECT_CHECK = rx.compile(r"专项(?:计量)?(?:监督)?检查|(?:专项)?(?<!加)大检查|(?:专项)?"
                           + safety_check(big=True))

# A check that holds its subject in its word (电子秤监督检查, from the row above) is named by
# it: one campaign each, like a named 专项行动 (开展A监督检查 … 开展B监督检查: two).
# (a surprise check named by its subject, 计量器具突击检查, is one too)
NAMED_CHECK = rx.compile(rf"(?!专项){HAN}{{3,16}}?(?:(?:计量)?监督|突击(?:执法|监督)?)检查")

# … and so is a safety check of special equipment (电梯专项检查, 锅炉安全检查), whose subject
# may stand a little before its title, by the guide's convention for checks named by their
# subject, which the keys of rounds 22 to 32 follow (the early rounds' keys left it a
# campaign of no listed kind; the team's cases were changed to the convention).
EQUIPMENT_SUBJECT = rx.compile(
    r"特种设备|电梯|扶梯|锅炉|压力容器|压力管道|起重|游乐|索道|场[厂]?内|安全"
)

# A bare 专项检查 run on what 对 or 针对 names right before its verb (对城区花店开展专项
# 检查, 针对校园周边文具店进行了专项检查): a check of a class of goods, places or firms named
# by its subject, enforcement work as the guide has it (rounds 119 and 120 key it so), as
# LEAD_CHECK reads it in a lead; not one firm, den or place singled out (对该店, 对这家超市,
# 对某公司, 对一个作坊: a case's step). (Counted objects, 对12家超市…, are a task done:
# supervision_routine.COUNTED_OBJECT_BEFORE; an object closing on measuring instruments,
# 对…所用的计量器具实施专项检查, is a drive of kind other: supervision_lead.CHECKED_INSTRUMENTS.)
OBJECT_CHECKED_BY_BUREAU = rx.compile(
    r"(?:对|针对)(?!该(?![市县区省州])|这家|此家|一家|一个|某(?!些))"
    r"(?![^，,。；;：:]{0,40}?(?:公司|窝点|作坊))"
    r"(?P<object>[^，,。；;：:]{2,40}?)(?:开展|进行|实施)了?(?:一次)?$"
)

# An unnamed check carried out (对…进行了计量监督检查, 开展了突击检查) that a later sentence
# calls 此次行动 or 这次…检查: one campaign of enforcement, though it has no name.
REFERRED_CHECK = rx.compile(
    # (not a regular check of products, 定期监督检查: a spot check, its own row)
    r"(?:进行|开展)了?(?:一次)?[^\W\d_a-zA-Z]{0,6}?(?<!定期)(?P<word>(?:计量)?(?:监督|执法|突击|专项)检查)"
    r"(?![^\W\d_a-zA-Z]{0,2}(?:力度|工作会|会议|制度|机制|办法|情况|结果|通知))"
)
REFERRED_BACK = rx.compile(
    r"(?:此次|这次|本次)(?:专项)?(?:行动|[^\W\d_a-zA-Z]{0,4}?检查)"
)
# ... but a bare supervision check whose sentence pointing back counts the batches it took
# (对…童装质量开展了监督检查。这次共监督检查了20家企业的45批次产品) was a sampling: a spot check.
REFERRED_SAMPLING = rx.compile(r"了?[^。；;！!？?]{0,50}?(?<![\d.])\d[\d,]*\s*[多余]?\s*个?批次")

# A verification drive of the bureau (对农贸市场的衡器开展免费检定工作, 进行了集中
# 免费强制检定, 开展…强制检定行动): a campaign of no listed kind (a plain 强制检定工作 is
# the bureau's routine work, no drive).
VERIFICATION_DRIVE = rx.compile(
    r"(?:开展|进行)[了的]?[^，,。；;：:]{0,24}?"
    r"(?P<word>(?:集中|免费)(?:集中|免费|强制)?(?:强制)?检定(?:工作|活动|行动)?|强制检定(?:活动|行动))"
)

# A publicity day in the sentence makes the drive part of it (世界计量日当天免费检定): none.
PUBLICITY_DAY = rx.compile(r"计量日|宣传日|开放日|咨询日|宣传周|活动日|宣传月")

# A campaign word opening a clause of cause, condition or concession (由于监督抽查…, 虽然专项
# 行动…, 如果没有打假…): background to what follows, no campaign carried out.
CONDITION_BEFORE = rx.compile(r"(?:虽然|尽管|由于|如果|假如|因为)(?:没有|有了)?$")

# A campaign a place or a firm is listed in (某镇被列入省“…节能行动”, 纳入…专项行动): a
# programme it joins, no campaign of the bureau carried out.
# (纳入…专项整治范围 without 被: products brought into the bureau's own campaign, one still)
# A programme of policy named in quotes that the work is put into or supports (将…纳入“三大
# 行动”, 以标准支撑“两化”行动, 助力“双增”行动): the frame of the work, no campaign either.
LISTED_IN_BEFORE = rx.compile(
    r"(?:被列入|被纳入|入选)[^\W\d_a-zA-Z]{0,8}“?$|(?:纳入|列入)“$|(?:支撑|助力)“[^“”]{1,8}”$")

# A campaign word in a purpose clause (为整顿市场秩序，打击假冒伪劣行为，…): the aim of other
# work, no campaign of its own.
PURPOSE_LEAD = rx.compile(r"为了?[^。；;！!？?]{0,30}$")
# (what is fought may be named first: 打击…假冒伪劣商品违法行为, …农资的违法犯罪活动)
PURPOSE_OBJECT_AFTER = rx.compile(
    r"的?[^\W\d_a-zA-Z]{0,6}?(?:(?:违法犯罪|违法违规|违法|犯罪)(?:行为|活动)|行为)"
)

# A campaign word among the tasks of a campaign already named (此次检查的主要任务是…，打击
# 制售假冒伪劣食品…): part of that campaign.
# (此次整治的措施包括: the measures of a campaign named before)
TASKS_LEAD = compile_fast(r"(?:主要)?(?:任务|目的|内容|重点|措施)(?:是|为|有|包括)")

# A campaign a higher body deploys, told as that body's act at the start of a clause (省局部署
# 全省…大会战工作; 市安委办部署在全市开展…排查治理工作; 在省局部署的“…”“…”等行动中): the
# province's, the nation's or the safety committee's programme, no campaign of the bureau
# (按照省局部署，开展…, 根据总局部署开展…: the bureau's own, its verb after; and one the body
# launched, 省局在全省部署开展了…专项行动, is the body's campaign carried out, told as done).
DEPLOYED_ABOVE = rx.compile(
    r"(?<![^，,。；;：:\s在])"
    r"(?:(?:全?省|国家|国务院|总局|自治区)[^\W\d_a-zA-Z]{0,10}?(?:局|厅|委|办|政府|部)|"
    r"[^\W\d_a-zA-Z]{0,4}?安委[办会]|[^\W\d_a-zA-Z]{0,4}?政府)"
    r"(?:[^\W\d_a-zA-Z]{0,4}?)部署(?:的|了)?"
    r"(?:(?!(?:开展|启动|组织)了)[^，,。；;：:]){0,90}$"
)

# Another department's work named in a list of departments (…、卫生部门开展“…专项整治”、
# 农业部门开展…): its clause opens on that department.
OTHER_DEPARTMENT_CLAUSE = rx.compile(
    r"(?:卫生|工商|公安|农业|商务|食药|药监|环保|教育|工信|新闻出版|广电|文化|交通|住建|安监|海关|税务)"
    r"[^\W\d_a-zA-Z等]{0,6}?(?:局|部门|部|厅|委)(?:将|也|还|则)?(?:开展|组织|举办|启动)"
)
# The last clause break of a stretch (、，；。： or a line's end), found at its start (the
# stretch ends where it is searched to).
LAST_CLAUSE_BREAK = rx.compile(r"[、，,；;。：:\n][^、，,；;。：:\n]*\Z")

# The rest of a notice's or a plan's title after the campaign word it asks for (…专项监督检查
# 工作的通知》, …隐患排查工作的紧急通知, …实施方案》), and the lead of such a title written
# without book marks (根据省局关于…): read by supervision_actions_checks.notice_subject.
NOTICE_REST = rx.compile(r"[^《》。；;，,]{0,16}?(?:紧急)?(?:通知|公告|通告|实施方案|工作方案)")
NOTICE_LEAD = rx.compile(r"(?:根据|按照|依据)[^。；;]{0,30}?关于[^。；;，,《》]{0,30}$")

# A fight against fakes written as a clause of its own, with no verb that carries it out
# before it (…开展了电缆专项检查，严厉打击假冒伪劣电缆生产行为; 首先，打击…假冒伪劣产品
# 行为): the aim of the work the sentence names, no campaign (开展打击…行为 is one); so is a
# point of a check's list (三是严厉打击制售假冒伪劣…等行为), half of a pair of duties
# (一手抓…，一手抓打击假冒伪劣) or a line of its own (严厉打击假冒伪劣产品), closed on the
# fakes, the acts or dens or nothing more (rounds 115 and 133: four reports).
AIM_LEAD = rx.compile(r"(?:[，,。；;：:\n]|首先|其次|同时|[一二三四五六七八九十]是|其[一二三四五]|一手抓)"
                      r"(?:严厉|坚决|依法|重点|大力|进一步|全力)*$")
AIM_ADVERBS = rx.compile(r"(?:严厉|坚决|依法|重点|大力|进一步|全力)*")
AIM_OBJECT_AFTER = rx.compile(r"(?:[^，,。；;：:“”\n]{0,30}?(?:行为|窝点|产品|商品))?(?=[，,。；;\n]|$)")
# (… unless named as a campaign: 打击…专项行动)
NAMED_AIM = rx.compile(r"行动|活动|专项|工作|战役")
