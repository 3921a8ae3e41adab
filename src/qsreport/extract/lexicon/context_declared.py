"""What a document's title or lead declares the list or plan that follows to be (schema 2;
read by ``extract/context_declared``): a shortlist published for objections, a list of
recommended or applying units, a plan of work or a contest called. Its honours and figures
take that status unless their own sentence says they were won or done.

All patterns match the match view (simplified, half-width). A word that must not follow some
characters is written with the check after it (公示 then (?<!经公示)), as in
:mod:`.context`.
"""

from __future__ import annotations

import re

from ... import regex_cache as rx
from .context import STEP_AFTER_PUBLICITY

# A publicity period that is over, or a list made final: the title or lead of a result
# notice (公示期满无异议，现命名…; 候选名单公示结束; 经社会公示，…今日授牌; 正式认定; 决定授予),
# which declares nothing — its winners stay achieved. Read in an item's own sentence too:
# 经过去年的公示期，正式被认定为… is a title won, not a shortlist.
CONCLUDED = rx.compile(
    r"公示期(?:已|已经)?(?:满|结束|过)|公示(?:已|已经)?(?:结束|完毕|期满)|(?:公示|公示期内?)无异议|"
    r"经(?:过)?(?:[^，,。；;：:\d]{0,8}?)公示|"
    r"正式(?:被)?(?:认定|命名|授予|批准|公布|成为|列为|入选)|"
    r"(?:决定|予以)(?:授予|命名|认定|表彰)|授牌|颁奖|颁发|评选结果|揭晓|评出|评选出|"
    # a publicity a decision stands on (在…于网站公示的基础上，决定…): done before it
    r"公示[^，,。；;\d]{0,5}?的?基础上|"
    # one step of several gone through, a later one listed after it (…、社会公示和某小组审定)
    rf"公示{STEP_AFTER_PUBLICITY}")

# A decision (its words: DECIDED below).
_DECIDED = (r"(?:认定|确定|决定|授予|命名|批准|公布)(?<!拟认定)(?<!拟确定)(?<!拟授予)"
            r"(?<!拟命名)(?<!拟批准)|获评|荣获|被评为")

# Rows of (status, pattern): the earliest match in the title, else in the lead, declares the
# document. (A publicity, 公示, declares a shortlist only where its sentence names a list of
# honours and decides nothing after it: see LISTED and DECIDED.)
DECLARED: tuple[tuple[str, re.Pattern[str]], ...] = (
    # A list proposed and published for objections: 公示 of a list (关于…拟认定名单的公示,
    # 现将名单予以公示, 某部门公示首批…), a list proposed (拟认定, 拟命名, 拟授予, 拟被认定为),
    # candidates or finalists (候选名单, 入围企业), a list put out for comment.
    # (not 此前公示的 or 曾公示: an earlier publicity the news mentions in passing)
    ("shortlisted", rx.compile(
        r"公示(?<!此前公示)(?<!之前公示)(?<!曾公示)(?<!已公示)(?!期满|期已满|结束|完毕|无异议)|"
        r"拟被?(?:认定|命名|授予|表彰|奖励|评为|确定|列入|入选|批准)|"
        r"(?:候选|入围|初选|初评)(?:名单|企业|单位|产品|品牌|对象|项目)|"
        r"名单[^，,。；;]{0,8}?征求意见|征求意见稿|"
        # a review held on what applied for protection (甲地理标志产品保护专家评审会召开: a
        # review passed is a shortlist, nothing granted yet) or a list under negotiation
        # (谈判清单, 互认谈判的产品), where its sentence decides nothing after it (去年参加了
        # 某评审会，甲荣获…: a title won). Not any meeting or talks (项目评审会, 招商引资谈判).
        r"(?:保护(?:专家)?(?:评审|审查|论证)会|互认谈判|谈判(?:清单|名单|目录))"
        rf"(?![^。！？!?]*?(?:{_DECIDED}))")),
    # A list of units recommended to a higher body (推荐名单, 拟推荐, 进入推荐).
    ("recommended", rx.compile(r"推荐(?:名单|对象)|拟推荐|进入[^，,。；;]{0,12}?推荐")),
    # Applications accepted (受理…申请, 关于受理…申报…的公告), a list of applicants (申报名单),
    # and applicants heard (参加…文审论证).
    ("applied", rx.compile(
        r"受理[^，,。；;]{0,40}?(?:申请|申报)|申报(?:企业|单位|产品|项目)?名单|文审论证")),
    # A contest called (开展…评选表彰工作, 启动首届…评选, 评选活动日前启动, 评选活动的通知,
    # 开始接受申报, 关于申报…的公告): the awards it will give and their rewards are a goal. Not one held (开展了…
    # 评选) nor a habit told (每年举办一次…评选).
    ("target", rx.compile(
        r"(?:开展|启动|组织|举办)(?<!每年开展)(?<!每年启动)(?<!每年组织)(?<!每年举办)(?!了)"
        r"[^，,。；;]{0,30}?评选(?!结果|出)|"
        r"评选(?:表彰)?(?:工作|活动)的?通知|评选(?:表彰)?(?:工作|活动)?[^，,。；;]{0,6}?(?:正式)?启动(?!了)|"
        r"(?:开始|接受|启动)(?!了)[^，,。；;]{0,8}?申报|"
        r"关于(?:组织)?申报[^，,。；;]{0,30}?的(?:通知|公告)")),
)
# A title that names a plan of work (工作要点, 实施方案, 行动计划, 发展规划, 纲要, the goals it
# sets, 主要目标, 具体指标; 立项计划: standards still to be written) declares its figures goals;
# so does a lead that opens on a plan being issued (某局日前下达本年度标准立项计划).
# (Not an opinion, 指导意见: its background facts are no goals.)
PLAN_TITLE = rx.compile(
    r"工作要点|(?:实施|工作|行动|推进|提升)方案|(?:工作|行动|发展|立项|项目|制修订)计划|"
    # a year's plan of checks (某县产品质量抽检计划, 监督抽查计划): the batches it will take
    r"(?:抽检|抽查|监督检查|检验|检定)计划|"
    r"规划(?!局|院|馆|处|科|司|部)|纲要|(?:主要|具体|发展)(?:目标|指标)")
PLAN_ISSUED = rx.compile(
    r"(?:下达|发布|印发|出台)(?<!并下达)(?<!并发布)(?<!并印发)(?<!并出台)(?!了)[^，,。；;]{0,30}?"
    r"(?:立项|项目|制修订|工作|行动)计划|"
    r"(?:下达|发布|印发|出台)(?<!并下达)(?<!并发布)(?<!并印发)(?<!并出台)(?!了)[^，,。；;]{0,4}?"
    r"《[^》]{0,40}?(?:工作要点|方案|规划|纲要|计划)》")
PLAN_REACH = 60  # characters of the lead's first sentence a plan's issue is read in
# What a publicity's sentence names where it publishes a list of honours (名单, 拟, 候选,
# 第二批, 老字号, 名牌, 质量奖, 称号, 示范, 认定, 推荐), not a check's results (抽检结果公示) nor
# a penalty made public (处罚信息将被公示).
LISTED = rx.compile(r"名单|拟|候选|入围|首批|新一批|第[一二三四五六七八九十\d]+批|老字号|名牌|"
                    r"商标|品牌|质量奖|称号|示范|认定|评选|推荐")
# A publicity the sentence tells as still to come (乙办名单将在年底公示，随后为入选单位授牌):
# the rest of its sentence is to come too, and its award words conclude nothing.
TO_COME = rx.compile(r"将要?(?:对|于|在|向)?[^。！？!?；;]{0,40}?公示[^。！？!?]*")
# A decision after a publicity in its sentence (…公示后，某局研究决定认定…; 经…社会公示，
# 省政府决定授予…): the publicity is over, the list final.
DECIDED = rx.compile(_DECIDED)
# An earlier publicity the news mentions in passing, in the clause before its 公示 (此前已在网上
# 公示的甲公司正式获评…; 去年公示的名单中…): no shortlist of the document's own.
EARLIER = rx.compile(r"此前|之前|早前|已|曾|去年|上月|前期")
# A plan the document only follows or cites as its basis, in the clause before the plan's
# word (按照…抽查计划，…; 根据《…实施方案》要求): no plan of its own.
FOLLOWED = rx.compile(r"按照|按|根据|依据|依照|对照|落实|贯彻|执行|遵照")
# A title that looks back on work done (总结, 完成情况, 成效) declares no plan, though it names
# one (某年工作总结和次年工作计划).
LOOKS_BACK = rx.compile(r"总结|完成|情况|成效|成果|回顾|进展|成绩|实现|获批")

# What says an item was won or done in its own sentence, whatever the document declares: a
# stock held (现有, 累计, 已有, 至此, 目前, 截至), an earlier time (此前, 曾, 去年, 以来), a title
# made final (正式被认定, 荣获, 被评为, 授牌). (Not 了, which a shortlist's own verbs take:
# 公示了, 遴选出了; a plan's done work, see PLAN_DONE.)
DONE_HERE = rx.compile(
    r"已|此前|之前|曾|累计|现有(?<![发表实]现有)|拥有|至此|目前|截[至止]|以来|去年|上年|往年|历年|"
    r"荣获|获评|被评为|被授予|被命名|授牌|颁牌|挂牌|颁发|" + CONCLUDED.pattern)
# A year in an item's words (2012年，全市新增…), done where it is before the year the document's
# plan or list is of (a work plan's review of the year before).
A_YEAR = rx.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
# In a plan or a contest called, work told as done: 了 (全年抽查了…), 完成了.
PLAN_DONE = rx.compile(r"了(?<![为除]了)(?!解)")
# The words of the list itself in an item's own sentence (its 拟, 公示, 候选 …), which keep the
# document's status over done words: 目前，甲等5家企业已进入公示名单 is shortlisted. (Not
# 申报 or 申请, which a sentence tells as the list's background: 在企业申报的基础上，确定…)
OWN_STATUS = rx.compile(r"公示(?!期满|期已满|结束|完毕|无异议)|拟|候选|入围|初选|初评|推荐名单")
