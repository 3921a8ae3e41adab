"""Campaign words that name no campaign of the bureau, read by
:func:`.supervision_actions_checks.not_the_bureaus`: a raid on one site a tip led to (根据群众
举报，执法人员对某工地进行执法检查), on the one place a case is about (对辖区某商店开展突击检查)
or on a suspect it turned up (…有重大嫌疑，立即…突击检查), a check as the frame of a find (在执法检查中发现), a duty (负责打假工作的领导, 定期开展隐患排查), a
record a firm must hold (近两年抽查均合格), work summed up over past years (近年来…专项整治工作), and the findings of a check another step works on
(根据抽查中发现的问题); a long-term mechanism still to be built up (建立健全…长效监管机制); a principle of work (本着“…打假治劣…”的原则), a firm refusing a
check (拒绝接受抽查的企业), a line of site links, others' campaign taken as an occasion (借…
专项整治的契机) and a topic spoken on (就…打假工作作了发言). (A body set up for a campaign, 专项整治督导小组, stays: it says
the campaign was carried out.)"""

from __future__ import annotations

from .. import regex_cache as rx
from .common import Doc

# A sentence opening on a tip or a report from the public: the check after it is that case's
# raid, not a campaign (unless it names one: 专项, 行动 with a name of its own is kept by the
# words below, which take only the bare check).
# (本报讯…, 6月13日，某局根据举报，…: a short lead of who and when may stand before it)
_TIP_LEAD = rx.compile(r"(?:[^，,。；;！!？?]{0,16}?[，,]){0,2}?[^，,。；;！!？?]{0,10}?(?:根据|依据|按照|接到?|经)[^，,。；;]{0,12}?"
                       r"(?:举报|投诉|线索)")
_BARE_RAID = rx.compile(r"执法(?:检查|行动)|突击(?:执法|监督)?检查")
# A bare check of the one firm the story is about, pointed back to (对该包装厂现场执法检查)
# or named as one place (对辖区某副食店开展突击检查, 对路边一处加油站实施突击检查,
# 对这家茶楼开展突击检查): that case's raid, no campaign (the keys of rounds 114 and 119).
_ONE_FIRM_BEFORE = rx.compile(
    r"对(?:该|这家|此(?!类|种)|(?:[^，,。；;：:]{0,40}?的)?一(?:处|家|间|个)|(?:辖区内?)?某(?!些|类|几))"
    r"[^，,。；;：:]{0,24}?(?:厂|企业|公司|门店|商店|作坊|加油站|会馆|店|仓库|窝点)"
    r"(?:进行|开展|实施)?了?(?:实地|现场)?$"
)
# A bare raid done at once on a suspect the case turned up (发现其供货商有重大嫌疑，立即加派
# 执法人员突击检查): the case's next step, no campaign.
_AT_ONCE_BEFORE = rx.compile(r"(?:嫌疑|线索)[^。；;]{0,30}?立即[^，,。；;：:]{0,10}$")
# A bare check as the frame of a find (执法人员在执法检查中发现某厂无证生产, 在日常突击检查
#时查获): the course of the bureau's work, no campaign.
_FRAME_BEFORE = rx.compile(r"在(?:日常|例行|一次)?$")
_FRAME_AFTER = rx.compile(r"(?:过程)?[中时]")
# One who is in charge of a kind of work (负责打假工作的领导): a duty, not a campaign; so is
# the remit of a testing centre listed after 主要承担 (…的委托检验、定期监督检验): its tasks
# (not 省局承担的两项专项整治: campaigns the bureau took on).
_DUTY_BEFORE = rx.compile(r"负责[^，,。；;：:]{0,8}$|主要承担[^，,。；;：:]{0,20}$")
# The handling that follows a check (抽查后处理, 抽查后的处置): a step after it, no campaign.
_AFTERMATH = rx.compile(r"后的?(?:处理|处置|核查)")
# Samples drawn from a set (从库存的40桶油中随机抽查3桶): how a check took its samples.
_DRAWN_FROM_BEFORE = rx.compile(r"从[^，,。；;：:]{1,30}?中(?:随机)?$")
# A campaign's name used as a news outlet's at the head of a report (某某行动消息, …讯), as a
# forum's or a magazine's, or as the site's owner in its footer (某某行动 版权所有): the
# outlet, no campaign (rounds 45, 60).
_OUTLET_AFTER = rx.compile(r"(?:网)?(?:消息|讯)|\s*(?:论坛|版权所有|杂志社?|报社)")
# A spot check's result as a firm's record (抽查连续合格, 安全检查合格): no campaign.
_CHECK_WORD = rx.compile(r"(?:产品)?(?:质量)?(?:监督)?抽查|抽检|(?:安全)?检查(?=合格)")
_RECORD_AFTER = rx.compile(r"(?:连续|均|全部)?(?:合格|无不合格)(?!率)")
# A check whose findings another step works on (根据巡查和抽检中查出的问题，…): a source of
# findings named in passing, no campaign of its own.
# (对抽检、稽查和投诉处理中发现的问题: each check of the list)
_FINDINGS_LEAD = rx.compile(r"(?:根据|依据|针对|对)[^，,。；;：:]{0,12}$")
_FINDINGS_AFTER = rx.compile(r"[^，,。；;：:]{0,14}?(?:中|时)?(?:发现|查出)的")
# ... and so are its results, taken as a basis (根据专项抽查结果和…, 依据抽查结果).
_RESULTS_LEAD = rx.compile(r"(?:根据|依据)[^，,。；;：:]{0,12}$")
_RESULTS_AFTER = rx.compile(r"结果(?!通报|公告|公布|发布)")
# Work done at set times (定期开展隐患排查, 经常性地进行安全检查): a duty, not a campaign.
# (开展了定期监督抽查 names the quarter's check, and so does 不定期抽查: one each)
_ROUTINE_LEAD = rx.compile(r"(?<!不)(?:定期|经常性?|常态化)地?(?:开展|进行|组织)$")
# A principle a campaign word is part of (本着“扶优扶强，打假治劣”的原则, 坚持集中整治与长效
# 监管相结合): a way of working, not a campaign carried out.
# (the pairs joined may be listed: 坚持整治与建章、执法与服务、打假与扶优相结合, round 58)
_PRINCIPLE_AFTER = rx.compile(r"(?:[^，,。；;：:、]{0,14}?、){0,4}[^，,。；;：:、]{0,14}?相结合|(?:[^“”。；;]{0,30}?”)?的?(?:原则(?!上)|方针)")
# The firms that refuse or dodge a check (拒不配合监督抽查的厂家，予以警告): a notice's rule,
# no campaign.
_REFUSED_BEFORE = rx.compile(r"(?:拒绝|拒不|逃避|阻挠|阻碍)(?:接受|配合)?$")
# A form named after a check (《…专项抽查结果通知单》): a paper, no campaign.
_FORM_AFTER = rx.compile(r"[^《》。；;]{0,8}?(?:通知单|通知书|登记表|汇总表|统计表|记录表|确认书)》")
# A long-term mechanism its clause builds up, improves or aims at (建立健全…长效监管机制,
# 健全了…, 构建…, 为…): a goal of policy, which the keys of rounds 1-47 name once
# against six read so; one set up (在32家菜市场建立…, 着力建立…), or to be set up next (将…建立…:
# the team's keys name it), is kept.
_MECHANISM_AIM_BEFORE = rx.compile(r"(?:健全|构建|完善|为)[^，,。；;：:]{0,24}$")
# A line of site links (首页 | 关于我们 | 联系我们): a menu, no campaign.
# A campaign of others the bureau's work draws on as its occasion (借区里开展专项整治的契机,
# 借助全国…专项整治的契机): their campaign, not one the bureau carried out (rounds 44, 58;
# 以…为契机 is the bureau's own, which the keys name).
_BORROWED_LEAD = rx.compile(r"借助?[^，,。；;：:]{0,24}$")
_OCCASION_AFTER = rx.compile(r"的?(?:契机|东风)")
# A kind of work a speaker or a meeting talked about (就…执法打假工作作了发言, 围绕“打击
# 假冒伪劣”…进行了讨论): a topic, no campaign (rounds 45, 60).
_SPOKEN_AFTER = rx.compile(r"[^，,。；;：:]{0,24}?(?:作|做|进行)了?[^，,。；;：:]{0,8}?(?:发言|讨论)")
# Work summed up over a span of years in the clause that names it (近年来有关…专项整治工作已
# 取得成效, 通过三年连续不断的…集中整治, 连续5年在…考核中, 通报近年来…在各级监督抽查中的不合格
# 情况): a retrospect of past years, no campaign the report tells (rounds 113, 124, 128 and
# 133: four reports; a span in an earlier clause, 近年来，…开展…专项检查, is not read).
_YEARS_SPAN_BEFORE = rx.compile(
    r"(?:近年来|近几年来?|多年来|连续(?:第?[\d一二三四五六七八九十两]+)年|"
    r"[\d一二三四五六七八九十两]+年(?:来|以来|连续))[^，,。；;：:！？!?\n]*$")
_LINK_BAR = rx.compile(r"\s\|\s")
_LINK_REACH = 60
_NEAR = 24


def named_in_passing(doc: Doc, word_start: int, title_end: int, floor: int) -> bool:
    """Whether the campaign word at ``word_start`` (its title ends at ``title_end``) names a
    raid, a duty or a record (see the module)."""
    view = doc.view
    sentence = doc.sentence_at(word_start)
    if _BARE_RAID.match(view, word_start) and word_start - sentence.start < 80 \
            and _TIP_LEAD.match(view, max(floor, sentence.start), word_start):
        return True
    if _BARE_RAID.match(view, word_start) \
            and _ONE_FIRM_BEFORE.search(view, max(floor, sentence.start, word_start - 80), word_start):
        return True
    if _BARE_RAID.match(view, word_start) \
            and _AT_ONCE_BEFORE.search(view, max(floor, sentence.start, word_start - 60), word_start):
        return True
    if _BARE_RAID.match(view, word_start) and _FRAME_AFTER.match(view, title_end) \
            and _FRAME_BEFORE.search(view, max(floor, word_start - 4), word_start):
        return True
    if _DUTY_BEFORE.search(view, max(floor, sentence.start, word_start - _NEAR), word_start):
        return True
    if _FINDINGS_LEAD.search(view, max(floor, sentence.start, word_start - _NEAR), word_start) \
            and _FINDINGS_AFTER.match(view, title_end):
        return True
    if _RESULTS_LEAD.search(view, max(floor, sentence.start, word_start - _NEAR), word_start) \
            and _RESULTS_AFTER.match(view, title_end):
        return True
    if _ROUTINE_LEAD.search(view, max(floor, sentence.start, word_start - _NEAR), word_start):
        return True
    if _AFTERMATH.match(view, title_end) or _OUTLET_AFTER.match(view, title_end) \
            or _DRAWN_FROM_BEFORE.search(view, max(floor, sentence.start, word_start - 40),
                                         word_start):
        return True
    if view.startswith(("长效", "的长效"), word_start) and _MECHANISM_AIM_BEFORE.search(
            view, max(floor, sentence.start, word_start - 40), word_start):
        return True
    if _OCCASION_AFTER.match(view, title_end) and _BORROWED_LEAD.search(
            view, max(floor, sentence.start, word_start - 30), word_start):
        return True
    if _SPOKEN_AFTER.match(view, title_end):
        return True
    if _YEARS_SPAN_BEFORE.search(view, max(floor, sentence.start, word_start - 40), word_start):
        return True
    if _PRINCIPLE_AFTER.match(view, title_end) or _FORM_AFTER.match(view, title_end) \
            or _REFUSED_BEFORE.search(view, max(floor, word_start - 6), word_start):
        return True
    # (the links are read near the word, within its line: a long line costs no more)
    low = max(0, word_start - _LINK_REACH)
    line_start = view.rfind("\n", low, word_start) + 1 or low
    line_end = view.find("\n", word_start, word_start + _LINK_REACH)
    if len(_LINK_BAR.findall(view, line_start, line_end if line_end >= 0
                             else min(len(view), word_start + _LINK_REACH))) >= 2:
        return True
    check = _CHECK_WORD.match(view, word_start)
    return bool(check and _RECORD_AFTER.match(view, max(title_end, check.end())))
