"""Supervision campaigns: the check a report is about, written in its lead as the verb with its
object and no name (近日，某区市场监管局对辖区内的大型游乐设施进行了安全检查), a seizure of
fakes its lead tells, or the spot check whose results it gives (本次抽查…), read by
:mod:`.supervision_actions` when the report names no campaign at all."""

from __future__ import annotations

from itertools import chain

from ..models import ActionKind, SupervisionAction
from ..regex_prefilter import might_match
from ..regex_triggers import holds_needles
from ..segmenting import Segment
from .common import Doc
from .lexicon.supervision import BUREAU
from .lexicon.supervision_actions import ACTION_KIND, action_kind
from .lexicon.supervision_checks import EQUIPMENT_SUBJECT
from .lexicon.supervision_enforced import LEAD_ENFORCEMENT
from .lexicon.supervision_lead import (
    BARE_CHECK,
    BARE_CHECK_BORNE_OUT,
    BARE_LEAD_CHECK,
    CHECKED_PAPERS,
    COUNTED_CHECK_DRIVE,
    COUNTED_DRIVE_WORD,
    COUNTED_OBJECT,
    FEW_UNITS,
    HABITUAL,
    HEADLINE_ACTIVITY_SUBJECT,
    HEADLINE_CHECK_WORD,
    HEADLINE_NOT_CAMPAIGN,
    HEADLINE_SAMPLED_NOT_GOODS,
    HEADLINE_SAMPLING_WORD,
    HEADLINE_WORK,
    HEADLINE_WORK_DIRECTED,
    INSTRUMENT_CHECK,
    LEAD_CHECK,
    LEAD_INSPECTION,
    LEAD_REACH,
    LEAD_SAMPLED_BATCHES,
    LEAD_VERIFICATION,
    LEAD_VERIFICATION_DRIVE,
    LEAD_VISIT_VERIFICATION,
    LEAD_WORK_AT_INSTITUTE,
    LEAD_WORK_KEPT_UP,
    LEAD_WORK_NOT_OBJECT,
    LEAD_WORK_WORD,
    OWN_SPOT_CHECK,
    PUBLISHED_BEFORE,
    PUBLISHED_SPOT_CHECK,
    SAMPLED_GOODS,
    SEIZED_FAKES,
    SEIZURE_TIP,
    STEP_OF_CAMPAIGN,
    TIP_OFF,
    VERIFICATION_REACH,
    VERIFIED_THINGS,
    WORK_OTHER_OFFICE,
    YEAR_SO_FAR,
)
from .lexicon.supervision_mentions import GENERIC_AFTER
from .lexicon.supervision_plans import ANNOUNCED, PLAN_AHEAD
from .lexicon.supervision_results import INSTRUMENT
from .lexicon.supervision_tested import SAMPLES_TESTED
from .supervision_actions_checks import check_kind, titled_kind
from .supervision_actions_enforced import headline_enforcement, lead_enforcement
from .supervision_actions_guards import no_lead_campaign
from .supervision_actions_instruments import lead_instrument_check
from .supervision_actions_tested import lead_sample_test
from .supervision_actions_titles import title_end_at, title_start_at
from .supervision_outcomes import other_office
from .supervision_scan import kind_matches

# What each rule of unnamed_campaign starts from (a match of one of these, where it reads),
# with the campaign table a headline's campaign and the body's are read by: a report that can
# match none of them anywhere (:func:`.regex_prefilter.might_match`, by the patterns' own
# words) names no campaign, and its items need not be read.
CAMPAIGN_STARTS = (ACTION_KIND, LEAD_CHECK, HEADLINE_WORK, LEAD_INSPECTION, LEAD_VERIFICATION,
                   LEAD_VISIT_VERIFICATION, LEAD_VERIFICATION_DRIVE, SEIZED_FAKES,
                   OWN_SPOT_CHECK, PUBLISHED_SPOT_CHECK, INSTRUMENT_CHECK, LEAD_SAMPLED_BATCHES,
                   LEAD_ENFORCEMENT, SAMPLES_TESTED)


def may_name_a_campaign(view: str) -> bool:
    """False only when ``view`` holds no match of any of :data:`CAMPAIGN_STARTS`."""
    return any(might_match(pattern, view) for pattern in CAMPAIGN_STARTS)


def unnamed_campaign(doc: Doc) -> list[SupervisionAction]:
    """The campaign of a report whose body names none under a campaign word: the check its
    lead carries out, the campaign its headline names, a safety inspection or a verification
    drive its lead tells, a seizure of fakes, a check of instruments its lead names by them,
    one spot check's results, the work its headline names, a sampling of counted batches
    its lead tells, enforcement its lead or else its headline tells by a verb of its own, or
    a test of sampled or on-sale goods its lead tells (the first of these found)."""
    return lead_check(doc) or headline_campaign(doc) or lead_inspection(doc) \
        or lead_verification(doc) or seized_fakes(doc) or lead_instrument_check(doc) \
        or own_spot_check(doc) or headline_work(doc) or lead_work(doc) or lead_sampling(doc) \
        or lead_enforcement(doc) or headline_enforcement(doc) or lead_sample_test(doc)


def lead_work(doc: Doc) -> list[SupervisionAction]:
    """The work the body's first paragraph names as the verb, its object and the work's word
    (近日，某局开展了集贸市场电子秤检定工作), read as a headline's (see headline_work), if
    a verification or a sampling; none for an activity, a count of times as the object
    (进行两次强制检定), a visit to a metrology institute, work kept up (持续开展…), counted
    units under a bare verification (对12家卫生院的血压计进行了免费检定), work planned or
    asked for (要求各所…开展, 部署开展), after a tip-off, summed up over months or another
    office's (卫健委开展了…). Of kind other: no check nor spot check is read here."""
    view, start = doc.view, doc.layout.header.end
    body = start + len(view[start:start + VERIFICATION_REACH]) \
        - len(view[start:start + VERIFICATION_REACH].lstrip())
    for match in HEADLINE_WORK.finditer(view, body, min(len(view), body + VERIFICATION_REACH)):
        if match.group("word2") is not None or not LEAD_WORK_WORD.search(match.group("word")) \
                or view.startswith("活动", match.end("word")) \
                or LEAD_WORK_NOT_OBJECT.fullmatch(match.group("object")) \
                or LEAD_WORK_AT_INSTITUTE.search(view, max(body, match.start() - 16),
                                                 match.start()) \
                or LEAD_WORK_KEPT_UP.search(view, max(body, match.start() - 3), match.start()) \
                or (COUNTED_OBJECT.search(view, doc.clause_start(match.start(), body),
                                          match.end("object"))
                    and not COUNTED_DRIVE_WORD.search(match.group("word"))):
            continue  # (a check is read by lead_check; an activity by the headline, if at all)
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or view.find("\n", body, match.start()) >= 0 \
                or no_lead_campaign(view, sentence.start, match.start(), match.start("word")) \
                or HEADLINE_WORK_DIRECTED.search(view, sentence.start, match.start()) \
                or _other_office(doc, sentence):
            continue
        # (a verification or a sampling only, LEAD_WORK_WORD: work of kind other)
        return [_action(doc, "other", (match.start("object"), match.end()), sentence)]
    return []


def lead_check(doc: Doc) -> list[SupervisionAction]:
    """The report's own check, if its lead carries one out on a class of places, equipment or
    measuring instruments, counted or not (the keys of the later rounds count it a campaign of
    enforcement, titled by its object): one action, or none. Its kind is law_enforcement
    (对…电子秤进行检查, 对全县23家配镜店开展突击检查 too) but, for a sampling (对…进行抽查),
    spot_check when it samples goods, law_enforcement when special equipment (anything else
    sampled, counted places sampled, or one, two or a few firms, is none). A check planned
    (将对…进行检查), one that follows a tip-off (根据举报，…), a habit (每月…), another
    office's (区卫生局对…) or one in a heading is no campaign."""
    view, start = doc.view, doc.layout.header.end
    for match in LEAD_CHECK.finditer(view, start, min(len(view), start + LEAD_REACH)):
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or sentence.end < match.end() \
                or no_lead_campaign(view, sentence.start, match.start(), match.start("word")) \
                or other_office(doc, sentence):
            continue
        sampling = match.group("word")[-2] == "抽" or match.group("word").endswith("质量检查")
        checked = match.group("object")
        if CHECKED_PAPERS.search(checked):
            continue  # (对申报材料进行核查: desk work)
        counted = COUNTED_OBJECT.search(checked) is not None
        if counted and (sampling or FEW_UNITS.search(checked)) \
                and not COUNTED_CHECK_DRIVE.search(view, sentence.start, match.start()):
            continue  # (对12家企业的产品进行抽查: a sampling its batches tell; 对两家…: a raid)
        if counted and HABITUAL.search(view, sentence.start, match.start()):
            continue  # (某公司每月对所属6个加油站进行安全检查: a firm's own routine)
        kind: ActionKind | None = _sampled_kind(checked) if sampling else "law_enforcement"
        if kind is None:
            continue
        if match.group("word") == BARE_CHECK and not BARE_CHECK_BORNE_OUT.search(
                view, match.end(), min(len(view), match.end() + LEAD_REACH)):
            continue  # (对…进行了检查 with no drive told after it: a raid or a visit)
        if BARE_LEAD_CHECK.fullmatch(match.group("word")):
            # (a bare supervision check names the campaign less well than a headline that
            # names it, or than 本次抽查 calling it a sampling afterwards)
            named = headline_campaign(doc) or own_spot_check(doc)
            if named:
                return named
        return [_action(doc, kind, (match.start("object"), match.end()), sentence)]
    return []


def lead_inspection(doc: Doc) -> list[SupervisionAction]:
    """The safety inspection of special equipment a report's lead carries out, written as the
    verb (就…索道运行安全状况开展现场督察, 带队督查…电梯安全监察工作): one action of kind
    law_enforcement titled by its object and word, or none (one planned, after a tip-off,
    another office's or in a heading is none)."""
    view, start = doc.view, doc.layout.header.end
    for match in LEAD_INSPECTION.finditer(view, start, min(len(view), start + LEAD_REACH)):
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or sentence.end < match.end() \
                or PLAN_AHEAD.search(view, sentence.start, match.start()) \
                or TIP_OFF.search(view, sentence.start, match.start()) \
                or other_office(doc, sentence):
            continue
        span = (match.start("object"), match.end()) if match.group("object") \
            else (match.start("word2"), match.end())
        return [_action(doc, "law_enforcement", span, sentence)]
    return []


def lead_verification(doc: Doc) -> list[SupervisionAction]:
    """The verification drive a report's lead carries out on measuring instruments or on the
    places that use them (对辖区内的加油机进行强制检定): one action of kind other, or none (a
    drive planned, after a tip-off, another office's, in a heading or past the body's first
    paragraph is none; a bare verification of counted units is a task done). A metrology
    check told so (对某区集贸市场开展计量器具检查, 对全县28家加油站开展计量检查) is an
    enforcement check of kind law_enforcement, counted places included. A drive named as a
    piece of work (开展全县计价器强检工作) is one too, titled from its object to its word, and
    so is a team gone out to the places to verify (赴某镇集市进行计量检定工作)."""
    view, start = doc.view, doc.layout.header.end
    body = start + len(view[start:start + VERIFICATION_REACH]) \
        - len(view[start:start + VERIFICATION_REACH].lstrip())
    end = min(len(view), start + VERIFICATION_REACH)
    visits = LEAD_VISIT_VERIFICATION.finditer(view, start, end) \
        if holds_needles(LEAD_VISIT_VERIFICATION, view, start, end) else ()
    drives = LEAD_VERIFICATION_DRIVE.finditer(view, start, end) \
        if holds_needles(LEAD_VERIFICATION_DRIVE, view, start, end) else ()
    matches = sorted(chain(((m, False) for m in LEAD_VERIFICATION.finditer(view, start, end)),
                           ((m, False) for m in visits), ((m, True) for m in drives)),
                     key=lambda pair: pair[0].start())
    for match, drive in matches:
        sentence = doc.sentence_at(match.start())
        word = match.group("word")
        things = VERIFIED_THINGS.search(match.group("object")) is not None
        if not (things or (not drive and ("计量" in word or word in ("强制检定", "强检")))):
            continue  # (a drive named as work names what it verifies)
        check = word.endswith("检查")
        if not drive and (not check or FEW_UNITS.search(match.group("object"))) \
                and match.groupdict().get("counted") is not None \
                and not COUNTED_DRIVE_WORD.search(view, match.end("object"), match.end()):
            continue  # (对12家卫生院的86台血压计进行了免费检定: a task done)
        if doc.in_heading(match.start()) or sentence.end < match.end() \
                or view.find("\n", body, sentence.start) >= 0 \
                or no_lead_campaign(view, sentence.start, match.start(), match.start("word")) \
                or other_office(doc, sentence):
            continue  # (only the body's first paragraph: a drive told later is a step of it)
        return [_action(doc, "law_enforcement" if check else "other",
                        (match.start("object"), match.end()), sentence)]
    return []


def headline_campaign(doc: Doc) -> list[SupervisionAction]:
    """The campaign a report's headline names (某局开展充电桩专项执法检查), when its body
    names none under a word of its own: the keys take the headline's. None for a headline
    whose campaign word names a kind of work (打假维权网络平台) or is planned."""
    line = doc.layout.header.title_line
    if line is None:
        return []
    view = doc.view
    for match in kind_matches(view, line.start, line.end):
        start, end = match.span()
        if GENERIC_AFTER.match(view, end) or HEADLINE_NOT_CAMPAIGN.search(view, end, line.end) \
                or PLAN_AHEAD.search(view, line.start, start) \
                or ANNOUNCED.search(view, line.start, start):
            continue
        kind = check_kind(view, (start, end), start, line.start) or action_kind(match)
        title_start = title_start_at(view, start, line.start)
        title_end = title_end_at(view, end, title_start)
        return [_action(doc, titled_kind(kind, view[title_start:title_end]),
                        (title_start, title_end), line)]
    return []


def headline_work(doc: Doc) -> list[SupervisionAction]:
    """The work a report's headline names as the verb and its object (某县开展计量器具检定,
    某市对锅炉房压力表实施强制检定), where nothing else names a campaign: one action, of kind
    law_enforcement for a check, spot_check for a sampling of goods, other for anything
    else (a verification, a sampling for monitoring, an activity); none for work planned."""
    line = doc.layout.header.title_line
    if line is None:
        return []
    view = doc.view
    match = HEADLINE_WORK.search(view, line.start, line.end)
    if match is None or HEADLINE_WORK_DIRECTED.search(view, line.start, match.start()) \
            or PLAN_AHEAD.search(view, line.start, match.start()) \
            or _other_office(doc, line):
        return []
    if match.group("word2") is not None:  # (抽检市售瓦斯罐: goods sampled, a spot check)
        if HEADLINE_SAMPLED_NOT_GOODS.match(match.group("object2")):
            return []  # (抽查结果出炉: the results, no goods)
        return [_action(doc, "spot_check", match.span(), line)]
    word = match.group("word")
    if word == "活动" and not HEADLINE_ACTIVITY_SUBJECT.search(match.group("object")):
        return []  # (组织职工开展植树活动: no work of the office's)
    kind: ActionKind = "law_enforcement" if HEADLINE_CHECK_WORD.search(word) \
        else "spot_check" if HEADLINE_SAMPLING_WORD.fullmatch(word) \
        and SAMPLED_GOODS.search(match.group("object")) else "other"
    return [_action(doc, kind, (match.start("object"), match.end()), line)]


def _other_office(doc: Doc, line: Segment) -> bool:
    """Whether a headline or a lead sentence tells another office's work: as other_office,
    or opening on an office of safety, health, transport and the like (丙县安监局开展…)."""
    return other_office(doc, line) or (
        WORK_OTHER_OFFICE.match(doc.view, line.start, line.end) is not None
        and BUREAU.search(doc.view, line.start, line.end) is None)


def _sampled_kind(checked: str) -> ActionKind | None:
    """The kind of a lead's sampling check (对…进行抽查) by what it samples: special equipment
    is checked for safety (law_enforcement, as the checks named by their subject), products
    or goods are spot-checked; anything else sampled (instruments, stalls) is no campaign."""
    if EQUIPMENT_SUBJECT.search(checked):
        return "law_enforcement"
    return "spot_check" if SAMPLED_GOODS.search(checked) else None


def seized_fakes(doc: Doc) -> list[SupervisionAction]:
    """A seizure of fakes the report's lead tells (某局在工地查获一批假冒钢筋): the fight
    against fakes, one action of kind anti_counterfeiting, or none (a seizure planned, one
    after a tip or another office's is none)."""
    view, start = doc.view, doc.layout.header.end
    for match in SEIZED_FAKES.finditer(view, start, min(len(view), start + LEAD_REACH)):
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or sentence.end < match.end() \
                or PLAN_AHEAD.search(view, sentence.start, match.start()) \
                or ANNOUNCED.search(view, sentence.start, match.start()) \
                or SEIZURE_TIP.search(view, sentence.start, match.start()) \
                or other_office(doc, sentence):
            continue
        end = match.end()
        if view.count("“", match.start(), end) > view.count("”", match.start(), end) \
                and view.startswith("”", end):
            end += 1  # (the fake's name in quotes, “黑心棉”, kept whole)
        return [_action(doc, "anti_counterfeiting", (match.start(), end), sentence)]
    return []


def own_spot_check(doc: Doc) -> list[SupervisionAction]:
    """The spot check a report gives the results of, called only 本次抽查 or 此次抽检 (no
    name before it to point back to), or whose results or information it publishes (公告的
    …监督抽检信息, 发布…抽检结果通报): one action of kind spot_check, or none; a check
    whose results it publishes (公布…锅炉查核结果) is one of kind law_enforcement."""
    view = doc.view
    for item in doc.layout.items:
        if item.end <= doc.layout.header.end:
            continue
        start = max(item.start, doc.layout.header.end)
        match = OWN_SPOT_CHECK.search(view, start, item.end)
        span = match.span() if match is not None else None
        if match is None:
            # (not 查询已公布的…抽检信息: results pointed to, not published here)
            match = next((found for found in PUBLISHED_SPOT_CHECK.finditer(view, start, item.end)
                          if not PUBLISHED_BEFORE.search(
                              view, doc.clause_start(found.start(), start),
                              found.start() + 2 + view.startswith("的", found.start() + 2))), None)
            if match is not None:
                span = (title_start_at(view, match.start("check"), match.start()),
                        match.end("check"))
        if match is None or span is None or doc.in_heading(match.start()):
            continue
        sentence = doc.sentence_at(match.start())
        if sentence.end < match.end() or other_office(doc, sentence):
            continue
        kind: ActionKind = "spot_check" if match.groupdict().get("enforced") is None \
            else "law_enforcement"
        return [_action(doc, kind, span, sentence)]
    return []


def lead_sampling(doc: Doc) -> list[SupervisionAction]:
    """The sampling of counted batches a report's lead tells (组织抽检…117批次样品, 共完成抽检
    1万余批次): one action of kind spot_check titled by its check word, or none (one planned
    or asked for, after a tip-off, summed up over months or for the year so far (今年以来…,
    1至10月…, 今年全县…: the routine's tally), a habit or a firm's own testing (每年…, 自检…),
    a step of a campaign (行动中…), another office's or in a heading is none)."""
    view, start = doc.view, doc.layout.header.end
    for match in LEAD_SAMPLED_BATCHES.finditer(view, start, min(len(view), start + LEAD_REACH)):
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or sentence.end < match.end() \
                or no_lead_campaign(view, sentence.start, match.start(), match.start("check")) \
                or STEP_OF_CAMPAIGN.search(view, sentence.start, match.start()) \
                or YEAR_SO_FAR.search(view, sentence.start, match.start()) \
                or HABITUAL.search(view, sentence.start, match.start()) \
                or (match.group("pieces") and INSTRUMENT.search(view, match.start(),
                                                                 sentence.end)) \
                or other_office(doc, sentence):
            continue  # (抽查电子秤10件: instruments, metrology's)
        return [_action(doc, "spot_check", match.span("check"), sentence)]
    return []


def _action(doc: Doc, kind: ActionKind, span: tuple[int, int],
            sentence: Segment) -> SupervisionAction:
    """The action a lead or a headline gives: its title the text of ``span``, its evidence
    ``sentence`` (the headline's line for a headline's campaign)."""
    return SupervisionAction(kind=kind, title=doc.text[span[0]:span[1]], targets=[], span=span,
                             evidence=doc.evidence(sentence))
