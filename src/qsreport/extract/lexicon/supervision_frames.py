"""Supervision campaigns: where a campaign word names the frame of other work, an aim, or an
honour's promotion (no campaign the report tells), and the names whose head word makes a
campaign a rectification; read by :mod:`..supervision_actions_checks`."""

from __future__ import annotations

from ... import regex_cache as rx

# A campaign named only as the frame of the work a report tells (作为本届质量月活动的组成
# 部分，…召开了座谈会; 配合本届“质量月”活动的主题，要求…): the campaign is neither
# described nor carried out there; the work is (a report of the campaign itself names it
# elsewhere).
FRAME_LEAD = rx.compile(r"(?:作为|配合|围绕|结合)[^\W\d_a-zA-Z]{0,6}“?$")
FRAME_AFTER = rx.compile(r"的(?:一项|一个)?(?:重要|主要)?(?:内容|组成部分|主题|契机|环节)")

# A campaign word named as the focus of other work (以打击制售假冒伪劣…的违法犯罪为重点, 以整治
# 短斤缺两为主线): what the work centres on, not a campaign of its own (one named with its own
# verb elsewhere is still read there). So is a programme named as what leads the year's work
# (以“三项行动”为引领, 以…行动为统领): the frame of it all, no campaign carried out (an
# occasion, 以“质量月”活动为契机, is the campaign the work is part of, and stays).
FOCUS_LEAD = rx.compile(r"以(?:严厉|依法|深入|重点|集中)?\s*“?$")
FOCUS_AFTER = rx.compile(r"[^，,。；;！!？?]{0,60}?为(?:工作)?(?:重点|主线|核心|重心|抓手|引领|统领|牵引|指引)")

# A bare campaign word in a clause of purpose that steps up the work (为加强集市的计量整治，
# 还对…进行了…): the aim of the work told after the comma, no campaign of its own.
PURPOSE_DEGREE = rx.compile(
    r"为了?(?:进一步)?(?:加强|强化|深化|做好|抓好|推进|加大)[^\W\d_a-zA-Z]{0,20}"
)

# A programme to grow the holders of an honour (“某省名品”引领行动, “某地制造”品牌培育行动):
# the honour's promotion, no supervision campaign (as a 创建 of an honour is none).
# So is a programme that promotes brands or geographical indications, named by what it does
# for them (品牌提升行动, 某部“品牌万里行”, 地理标志助力乡村振兴行动): promotion, no check (a
# campaign protecting them, 地理标志商标保护专项行动, is one).
HONOUR_PROGRAMME = rx.compile(
    r"“[^“”]{1,10}(?:名品|名牌|精品|品牌|老字号|制造)”(?:品牌)?(?:培育|引领|创建|争创|建设)"
    r"(?:专项)?行动|"
    r"(?:品牌|地理标志|地理標志)[^\W\d_a-zA-Z]{0,4}?"
    r"(?:提升|助力|培育|建设|建設|宣传|宣傳|推广|推廣|万里行|萬里行)"
)

# A programme promoting standards or firms' quality, named as a drive (“标准化+”助农行动,
# 标准备案行动, 领跑标准万里行, 帮扶“提质强企”行动): standards work promoted, no supervision
# campaign (the keys of three rounds count none); searched over the title, which it closes.
# (a standards activity, “标准化进园区”活动, stays a campaign of kind other, as the team's
# cases have it)
STANDARDS_PROGRAMME = rx.compile(r"(?:标准|提质强企|领跑)[^，,。；;]*?(?:行动|万里行)”?$")

# A campaign of no listed kind whose name opens on the work of rectification (整治“…”乱象
# 专项行动, 联合整治…百日行动): a rectification, its head word.
# After a check's title, what makes it a rectification: its name going on to 整治
# (专项检查整治工作), or its next clause setting out what it puts right (实施专项监督检查，
# 着力整治少秤问题; schema: a check that goes on to 整治 is a rectification).
CHECK_GOES_ON = rx.compile(r"(?:[，,](?:并|重点|集中|着力|严厉))?整治")

RECTIFICATION_TITLE = rx.compile(r"(?:联合|集中|深入)?(?:整治|整顿|治理)[^，,。；;]*行动")

# A campaign against fakes whose name closes on a rectification (种子打假专项整治活动,
# 种子打假专项治理行动): the rectification is its head word and gives the kind, as it does
# over enforcement in a name that holds both (…专项整治统一执法行动); the keys of four rounds
# read a name with a rectification word so, whatever other kind word stands before it. Not
# two campaigns in a list (种子打假和建材质量专项整治), nor a fight named whole with its
# treating half (打假治劣专项整治行动, 打假治劣专项整顿活动: the fight against fakes, as the
# team's cases have it), nor 整顿 (those cases' word for the fight's drive).
FAKES_RECTIFIED_TITLE = rx.compile(
    r"打假(?!治劣)(?:(?![和及与、])[^，,。；;])*?(?:整治|治理)(?:专项|集中)?(?:行动|活动|工作)?$"
)

# A campaign whose quoted name ends on the work of checking or enforcement (“…环节检查”专项
# 行动, “…现场执法”集中行动, “…联合稽查”行动), or the code name of the fight on illegal
# operation and violations (“打非治违”集中行动, 打非治违专项行动): enforcement work by its
# name, as a 专项检查行动 is.
# So is one named, quoted or not, by a check word of inspecting or patrolling closed by 行动
# (…安全监察行动, 市场巡查专项行动, 督查集中行动) or by a great sweep of a trade's goods (燃气具大
# 排查专项行动); not a sweep for hazards (隐患排查专项行动, 隐患大排查行动: kind other), nor one
# going on to put them right (排查治理专项行动: a rectification).
ENFORCEMENT_TITLE = rx.compile(
    r"(?:(?:检查|执法|稽查|稽核|督查|督察)”|打非治违”?|(?:监察|巡查|督查|督察|稽查)|(?<!隐患)大排查)"
    r"(?:专项|集中)?行动"
)

# A programme named only as the subject of a higher office's decision the bureau follows or
# studies, without book marks (贯彻落实省政府关于开展…提升行动的部署要求, 传达学习了国务院关于
# 开展…行动的重要精神): a policy it serves, no campaign it carries out (a notice in book marks,
# 《关于开展…的通知》, still names the campaign it was told to carry out).
POLICY_SUBJECT_LEAD = rx.compile(
    r"(?:贯彻|落实|学习|传达|领会)[^。；;！!？?《》“”]{0,30}?关于(?:深入)?(?:开展|实施|推进|部署)$"
)
POLICY_SUBJECT_REST = rx.compile(
    r"的?(?:总体|统一|整体)?(?:重要|决策|工作)?(?:部署|要求|精神|指示|讲话)"
)
