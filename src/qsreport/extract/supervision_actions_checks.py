"""Supervision campaigns: checks named by their subject and checks referred back to, the
bureau's verification drives, and the places a campaign word names no campaign of the
bureau (a purpose, the tasks of another campaign, another department's work).
:mod:`.supervision_actions` reads every campaign through these."""

from __future__ import annotations

import bisect
from typing import NamedTuple, cast

from ..models import ActionKind
from ..regex_triggers import holds_needles
from ..segmenting import Segment
from .common import Doc, in_book_title
from .lexicon.supervision_checks import (
    AIM_ADVERBS,
    AIM_LEAD,
    AIM_OBJECT_AFTER,
    CONDITION_BEFORE,
    DEPLOYED_ABOVE,
    EQUIPMENT_SUBJECT,
    LAST_CLAUSE_BREAK,
    LISTED_IN_BEFORE,
    NAMED_AIM,
    NAMED_CHECK,
    NOTICE_LEAD,
    NOTICE_REST,
    OBJECT_CHECKED_BY_BUREAU,
    OTHER_DEPARTMENT_CLAUSE,
    PUBLICITY_DAY,
    PURPOSE_LEAD,
    PURPOSE_OBJECT_AFTER,
    REFERRED_BACK,
    REFERRED_CHECK,
    REFERRED_SAMPLING,
    SUBJECT_CHECK,
    TASKS_LEAD,
    VERIFICATION_DRIVE,
)
from .lexicon.supervision_frames import (
    CHECK_GOES_ON,
    ENFORCEMENT_TITLE,
    FAKES_RECTIFIED_TITLE,
    FOCUS_AFTER,
    FOCUS_LEAD,
    FRAME_AFTER,
    FRAME_LEAD,
    HONOUR_PROGRAMME,
    PURPOSE_DEGREE,
    RECTIFICATION_TITLE,
    STANDARDS_PROGRAMME,
)
from .lexicon.supervision_lead import CHECKED_INSTRUMENTS
from .lexicon.supervision_plans import ANNOUNCED, NAMING_PLAN, PLAN_AHEAD, PUBLISHED
from .supervision_actions_passing import named_in_passing

# How far after a check's sentence a back reference (此次行动) may stand: the next sentence
# or two.
_BACK_REACH = 160
# How far either side of a check or a drive its sentence is read (its clause and the next).
_NEAR = 80


class Campaign(NamedTuple):
    """A campaign found by one of this module's rules: its kind, its title's span and the
    item it is named in (never one of its own name: it merges with any other of its kind)."""

    kind: str
    start: int
    end: int
    item: Segment


def check_kind(view: str, word: tuple[int, int], title_start: int, floor: int) -> str | None:
    """The kind of a check named by its subject (加油站专项检查, 棉花质量大检查, and a
    safety check of special equipment, 电梯专项检查 → law_enforcement), or None for a word
    that is no such check, or a 大检查 or 安全检查 with no subject in its title (开展…和大检查)."""
    start, end = word
    if not SUBJECT_CHECK.fullmatch(view, start, end):
        return None
    # The subject may stand a little before the title (对在用电梯开展专项检查).
    if EQUIPMENT_SUBJECT.search(view, max(floor, title_start - 16), end + 8):
        return "law_enforcement"
    if title_start == start and not view.startswith("专项", start):
        return None
    return "law_enforcement"


def results_published(doc: Doc, kind: str, word_end: int) -> bool:
    """Whether a spot check's 情况, 结果 or 报告 is its results, published or reported in its
    sentence (发布…监督抽查情况, 对…抽查情况进行了通报, 通报…含量抽检结果): the check is a
    campaign, though 情况 after a campaign word names a kind of work elsewhere (执法打假情况)."""
    if kind != "spot_check" or not doc.view.startswith(("情况", "结果", "报告"), word_end):
        return False
    sentence = doc.sentence_at(word_end)
    return PUBLISHED.search(doc.view, sentence.start, sentence.end) is not None


def named_by_subject(word: str) -> bool:
    """Whether a check's own word names its subject (电子秤监督检查): a campaign by name."""
    return NAMED_CHECK.fullmatch(word) is not None


def titled_kind(kind: str, title: str, after: str = "") -> ActionKind:
    """The kind a campaign's whole title gives: law enforcement whose name holds 打假 (a
    slogan “农资打假进村”专项执法活动) is a campaign against fakes; a check whose name goes
    on to 整治 (``after``: what follows the title; 开展农机专项检查整治工作) is a
    rectification, its head word, as is one named so whole (专项检查整治活动) or one whose
    next clause sets out what it puts right (实施专项监督检查，着力整治…问题), and so is one
    against fakes whose name closes on a rectification (种子打假专项治理行动); a campaign
    of kind other whose quoted name ends on checking or enforcement (“…检查”专项行动,
    “打非治违”集中行动) is enforcement work."""
    if kind in ("anti_counterfeiting", "law_enforcement") and FAKES_RECTIFIED_TITLE.search(title):
        return "special_rectification"  # 种子打假专项治理行动: the rectification is its head
    if kind == "law_enforcement" and "打假" in title:
        return "anti_counterfeiting"
    if kind == "law_enforcement" and ((title.endswith("检查") and CHECK_GOES_ON.match(after))
                                      or "检查整治" in title):
        return "special_rectification"
    if kind == "other" and RECTIFICATION_TITLE.fullmatch(title):
        return "special_rectification"  # 整治“…”乱象专项行动: a rectification by its head word
    if kind == "other" and "打假" not in title and ENFORCEMENT_TITLE.search(title):
        return "law_enforcement"  # “…环节检查”专项行动, “打非治违”集中行动: enforcement by name
    return cast(ActionKind, kind)


def equipment_checked(doc: Doc, word: str, pos: int) -> bool:
    """Whether a bare 专项检查 is named by the special equipment its clause checks
    (对商场和学校的电梯进行了专项检查), or by the class of goods, places or firms 对 names
    right before its verb (对城区花店开展专项检查; not measuring instruments): a campaign,
    though its title says no more than the word."""
    if word != "专项检查":
        return False
    clause = doc.clause_start(pos, doc.sentence_at(pos).start)
    if EQUIPMENT_SUBJECT.search(doc.view, clause, pos):
        return True
    # (not measuring instruments: a check of them is read from the lead, where the report
    # names no campaign)
    checked = OBJECT_CHECKED_BY_BUREAU.search(doc.view, clause, pos)
    return checked is not None and CHECKED_INSTRUMENTS.search(checked.group("object")) is None


def not_the_bureaus(doc: Doc, word_start: int, title_end: int, floor: int) -> bool:
    """Whether a campaign word names no campaign of the bureau: the aim of a purpose clause
    (为规范市场，打击假冒伪劣行为，…), one of the tasks listed for a campaign named before
    (此次检查的主要任务是…打击…), the work of another department in a list of departments
    (…、卫生部门开展“…专项整治”、…), the lead of a clause of cause or condition (由于
    监督抽查…), or a programme a place is listed in (被列入…“…行动”)."""
    view = doc.view
    sentence = doc.sentence_at(word_start)
    if CONDITION_BEFORE.search(view, max(floor, word_start - 8), word_start) \
            or LISTED_IN_BEFORE.search(view, max(floor, word_start - 20), word_start):
        return True
    if PURPOSE_OBJECT_AFTER.match(view, title_end) \
            and _in_purpose(view, max(floor, sentence.start), word_start):
        return True
    if TASKS_LEAD.search(view, max(sentence.start, word_start - _NEAR), word_start):
        return True
    if DEPLOYED_ABOVE.search(view, max(sentence.start, word_start - 110), word_start):
        return True  # 省局部署全省…大会战: the province's programme
    if _aim_clause(view, word_start, title_end, sentence.start):
        return True
    # (the clause opens past the last clause break of the word's near stretch)
    near = max(sentence.start, word_start - _NEAR)
    last_break = LAST_CLAUSE_BREAK.search(view, near, word_start)
    clause = last_break.start() + 1 if last_break is not None else near
    lead = OTHER_DEPARTMENT_CLAUSE.match(view, clause, word_start)
    # (a quote or a slogan may stand between the verb and the word: 开展“…专项整治”)
    if lead is not None and word_start - lead.end() <= 24:
        return True
    return named_in_passing(doc, word_start, title_end, floor)  # a raid, a duty, a record


def _aim_clause(view: str, word_start: int, title_end: int, floor: int) -> bool:
    """Whether a fight against fakes (打击…假冒伪劣) is a clause with no verb that carries it
    out, closed on the 行为 it fights: the aim of the work its sentence names."""
    if not view.startswith("打击", word_start) or NAMED_AIM.search(view, word_start, title_end):
        return False
    lead = AIM_ADVERBS.fullmatch(view, floor, word_start) is not None \
        or AIM_LEAD.search(view, max(floor, word_start - 12), word_start) is not None
    after = title_end
    if view.count("“", word_start, title_end) > view.count("”", word_start, title_end):
        # (the word ends inside the fake's quoted name, 打击制售“黑心棉”…行为: read on past it)
        closing = view.find("”", title_end, title_end + 8)
        after = closing + 1 if closing >= 0 else title_end
    return lead and AIM_OBJECT_AFTER.match(view, after) is not None


def _in_purpose(view: str, floor: int, pos: int) -> bool:
    """Whether ``pos`` is in a purpose clause: a 为 opening a clause (at ``floor`` or after a
    comma) not long before it, with no sentence break between."""
    for lead in range(max(floor, pos - 34), pos):
        # (the pattern ends on $: it reaches ``pos`` with no sentence break on the way)
        if view[lead] == "为" and (lead == floor or view[lead - 1] in "，, \n") \
                and PURPOSE_LEAD.match(view, lead, pos) is not None:
            return True
    return False


def referred_checks(doc: Doc, campaign_words: list[int]) -> list[Campaign]:
    """Unnamed checks carried out (对配镜门店开展了计量监督检查) that a clause or a sentence
    after calls 此次行动 or 这次…检查: a campaign of enforcement each. ``campaign_words``:
    where every campaign word of the report's items starts (``kind_matches``')."""
    view, found = doc.view, []
    words: list[int] | None = None
    for item in doc.layout.items:
        if item.start < doc.layout.header.end \
                or not holds_needles(REFERRED_CHECK, view, item.start, item.end):
            continue
        for match in REFERRED_CHECK.finditer(view, item.start, item.end):
            sentence = doc.sentence_at(match.start())
            # (each look is bounded near the check: a huge sentence of many checks is read
            # in linear time)
            low, high = max(sentence.start, match.start() - _NEAR), min(sentence.end,
                                                                       match.end() + _NEAR)
            if doc.in_heading(match.start()) or sentence.end < match.end() \
                    or PLAN_AHEAD.search(view, low, match.start()) \
                    or ANNOUNCED.search(view, low, match.start("word")):
                continue
            if words is None:  # every campaign word's place, in order (a bisect each after)
                words = sorted(campaign_words)
            near = bisect.bisect_left(words, low)
            while near < len(words) and match.start("word") <= words[near] < match.end():
                near += 1  # (the check's own word: 进行了专项检查)
            if near < len(words) and words[near] < high:
                continue  # 开展…检查，打击…: the sentence names its campaign otherwise
            # (the clause after the check may point back to it too: …进行了计量监督检查，
            # 此次共检查门店6家)
            back = REFERRED_BACK.search(view, match.end(), sentence.end + _BACK_REACH)
            if back is not None:
                # (a check of special equipment too: checks named by their subject; a bare
                # supervision check whose batches are counted, a sampling)
                sampled = match.group("word") == "监督检查" \
                    and REFERRED_SAMPLING.match(view, back.end()) is not None
                found.append(Campaign("spot_check" if sampled else "law_enforcement",
                                      match.start("word"), match.end(), item))
    return found


def verification_drives(doc: Doc) -> list[Campaign]:
    """The bureau's verification drives (对农贸市场的衡器开展免费检定工作): a campaign
    of no listed kind each, unless part of a publicity day, planned, or a task on counted
    objects (对64台血压计进行了免费检定, 开展全县132台加油机的强制检定工作)."""
    view, found = doc.view, []
    for item in doc.layout.items:
        if item.start < doc.layout.header.end \
                or not holds_needles(VERIFICATION_DRIVE, view, item.start, item.end):
            continue
        for match in VERIFICATION_DRIVE.finditer(view, item.start, item.end):
            sentence = doc.sentence_at(match.start())
            low, high = max(sentence.start, match.start() - _NEAR), min(sentence.end,
                                                                       match.end() + _NEAR)
            clause = max(low, doc.clause_start(match.start(), sentence.start))
            if doc.in_heading(match.start()) or sentence.end < match.end() \
                    or any(char.isdigit() for char in view[clause:match.end()]) \
                    or PUBLICITY_DAY.search(view, low, high) \
                    or NAMING_PLAN.search(view, low, match.start()) \
                    or PLAN_AHEAD.search(view, low, match.start()):
                continue
            found.append(Campaign("other", match.start("word"), match.end(), item))
    return found


def notice_subject(doc: Doc, word_start: int) -> bool:
    """Whether a campaign word is the subject of a notice or a plan that asks for it, in its
    title (根据《关于开展电子秤专项执法检查的通知》要求, 关于…隐患排查工作的紧急通知): the
    campaign the report then says was carried out, under its own words, not one more (when
    it is the only one named, it is read as the kind's first mention)."""
    view = doc.view
    sentence = doc.sentence_at(word_start)
    rest = NOTICE_REST.match(view, word_start)
    return rest is not None and (in_book_title(view, sentence.start, word_start)
                                 or NOTICE_LEAD.search(view, sentence.start, word_start) is not None)



def frame_or_promotion(view: str, kind: str, word: tuple[int, int], title: tuple[int, int],
                       floor: int) -> bool:
    """Whether a campaign's title names no campaign the report tells: the frame of the work
    it does tell (作为本届质量月活动的组成部分，召开了…; 配合…活动的主题), its focus
    (以打击…假冒伪劣…为重点), or, of kind
    other, a programme promoting an honour's holders (“某省名品”引领行动) or standardization
    (“标准化+”助农行动, 标准备案行动)."""
    start, end = title
    # (the lead may stand inside the title, which reaches back over a verb it does not stop
    # at: 要配合本届“质量月”活动)
    if FRAME_AFTER.match(view, end) \
            and FRAME_LEAD.search(view, max(floor, min(start, word[0]) - 10), word[0]):
        return True
    # (the focus of other work: 以打击…假冒伪劣…为重点)
    if FOCUS_LEAD.search(view, max(floor, word[0] - 6), word[0]) and FOCUS_AFTER.match(view, end):
        return True
    return kind == "other" and (HONOUR_PROGRAMME.search(view, start, end) is not None
                                or STANDARDS_PROGRAMME.search(view, start, end) is not None)


def stepped_up_aim(doc: Doc, word_start: int, title: tuple[int, int]) -> bool:
    """Whether a campaign word is the aim of a clause of purpose that steps up the work,
    closed by a comma (为加强集市的计量整治，还对…进行了…): the aim of what follows."""
    start, end = title
    sentence = doc.sentence_at(word_start)
    return doc.view.startswith(("，", ","), end) and PURPOSE_DEGREE.fullmatch(
        doc.view, doc.clause_start(word_start, sentence.start), start) is not None
