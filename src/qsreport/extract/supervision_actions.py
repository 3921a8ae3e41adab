"""Supervision campaigns: the named campaigns a report describes (专项整治, 打假, 执法检查,
监督抽查, 百日行动 …), each with the product list it targets."""

from __future__ import annotations

from dataclasses import replace

from .. import regex_cache as rx
from ..models import SupervisionAction
from ..segmenting import Segment
from . import supervision_actions_again as again
from . import supervision_actions_apart as apart
from . import supervision_actions_checks as checks
from . import supervision_actions_names as names
from .common import Doc, in_book_title
from .lexicon.supervision_actions import action_kind
from .lexicon.supervision_frames import POLICY_SUBJECT_LEAD, POLICY_SUBJECT_REST
from .lexicon.supervision_mentions import (
    BARE_CHECK,
    FIRM_OBJECT_BEFORE,
    GENERIC_AFTER,
    GENERIC_WORD,
    MEANS_BEFORE,
    MEANS_SPAN_BEFORE,
    MEETING_AFTER,
    NOT_A_CAMPAIGN_AFTER,
    OBJECT_CHECKED_BEFORE,
    PLURAL_BARE,
    PLURAL_LEAD,
    POLICY_TITLE_REST,
    PUBLISHED_EARLIER,
    QUOTED_REST,
    RAID_VERB,
    RESULTS_NAMED_CHECK,
    SLOGAN_THEME_AFTER,
    STEPPED_UP_BEFORE,
    UNNAMED_LEAD,
)
from .lexicon.supervision_plans import (
    ANNOUNCED,
    DUTY_CLAUSE,
    NAMING_PLAN,
    NAMING_VERB,
    PLAN_AHEAD,
    YEARLY_OBSERVANCE,
)
from .lexicon.supervision_routine import ENUMERATED
from .supervision_actions_guards import (
    ahead_in_paragraph,
    among_points_set_out,
    plan_headline,
    set_out_end,
    voiced_ahead,
)
from .supervision_actions_lead import may_name_a_campaign, unnamed_campaign
from .supervision_actions_listed import Mention, listed_campaigns, listed_slogans
from .supervision_actions_routine import routine
from .supervision_actions_steps import without_steps
from .supervision_actions_titles import (
    headline_again,
    since_start,
    title_end_at,
    title_line,
    title_start_at,
)
from .supervision_outcomes import other_office
from .supervision_scan import kind_matches
from .supervision_targets import product_list

# A verb that only steps work up (STEPPED_UP_BEFORE) drops the sweep after it (强化隐患排查,
# 强化特种设备隐患排查, 不断强化某某安全大检查), except a campaign told in a purpose, its title
# opening on the whole area and closing on 工作 (为做好全省电梯安全大检查工作: the campaign).
_PURPOSE_SCOPE = rx.compile(r"[为為][^，,。；;]{0,8}$")
_WHOLE_AREA = rx.compile(r"全[省市县区縣區]")


def extract_actions(doc: Doc) -> list[SupervisionAction]:
    """The campaigns the report describes.

    A kind whose campaigns are named (专项…, …行动, …活动: ``春季农资打假行动``,
    ``食品专项执法打假``) gives one action per campaign; a kind only named in passing
    (``加大监督抽查力度``) gives one action, from the first place it is named (an enumerated
    item 一是… counts its first campaign word only). Each action carries the product list of
    the item it is named in."""
    view = doc.view
    if not may_name_a_campaign(view):
        return []  # no campaign word anywhere: no item need be scanned
    unrealised: list[Mention] = []  # campaigns named as work ahead, a meeting's or a plan's
    told = again.without_unrealised(doc, _mentions(doc, unrealised), unrealised)
    mentions = again.without_meeting_subjects(view, again.without_held_names(
        view, _without_lone_raids(view, told)))
    mentions = again.without_results_beside(doc, again.without_plan_frames(doc, mentions))
    chosen: list[Mention] = []
    for kind in dict.fromkeys(m.kind for m in mentions):
        of_kind = [m for m in mentions if m.kind == kind]
        named: dict[tuple[str, str | None], Mention] = {}
        for mention in of_kind:
            if mention.named:
                core = (names.core(view[mention.title_start:mention.title_end]),
                        names.placeless_core(view, mention.title_start, mention.title_end))
                if not any(names.one_campaign(core, seen) for seen in named):
                    named[core] = mention
        if len(named) < 2:
            chosen.append(of_kind[0])  # one campaign of the kind: where it is first named
            only = next(iter(named.values()), None)
            if only is not None and apart.two_campaigns(doc, of_kind[0], only):
                chosen.append(only)
        else:
            chosen.extend(named.values())
    actions = []
    targets: dict[Segment, list[str]] = {}
    for mention in chosen:
        if mention.item not in targets:
            targets[mention.item] = product_list(doc, mention.item)
        found = targets[mention.item]
        if not found and not mention.named:
            # A kind named in passing takes the products of a later item naming it, if the
            # first names none.
            found = next((t for t in (_later_targets(doc, m, targets) for m in mentions
                                      if m.kind == mention.kind and m.start > mention.start)
                          if t), [])
        if doc.text[mention.title_start:mention.title_end] in found:
            found = []  # the list is of campaigns (开展A、B等活动), not of their products
        actions.append(SupervisionAction(
            kind=checks.titled_kind(mention.kind, view[mention.title_start:mention.title_end],
                                    view[mention.title_end:mention.title_end + 6]),
            title=doc.text[mention.title_start:mention.title_end],
            targets=found,
            span=(mention.title_start, mention.title_end),
            evidence=doc.evidence(doc.sentence_at(mention.start)),
        ))
    if not actions:
        if plan_headline(doc.layout.header.title):
            return []  # (a plan's report: its lead's work is the plan's too)
        return unnamed_campaign(doc)  # (its lead's check, its headline's campaign or work, …)
    return sorted(without_steps(doc, actions), key=lambda a: a.span)


def _without_lone_raids(view: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the raids on a den of fakes (捣毁…窝点) where the report names the
    fight against fakes otherwise (打假, 打假治劣): a raid is its work, not its name."""
    raids = [m for m in mentions if RAID_VERB.match(view, m.start)]
    if raids and len(raids) < sum(m.kind == "anti_counterfeiting" for m in mentions):
        return [m for m in mentions if m not in raids]
    return mentions


def _later_targets(doc: Doc, mention: Mention, cache: dict[Segment, list[str]]) -> list[str]:
    if mention.item not in cache:
        cache[mention.item] = product_list(doc, mention.item)
    return cache[mention.item]


def _mentions(doc: Doc, unrealised: list[Mention]) -> list[Mention]:
    """Every campaign word of the body that names a campaign, in text order; those named as
    work ahead, as a meeting's subject or in a plan's title go to ``unrealised``."""
    view = doc.view
    found: list[Mention] = []
    words: list[int] = []  # where every campaign word of the items starts
    # (a document's points or directions set out after, or the whole of a plan's body)
    points_from = set_out_end(view, doc.layout.header.title)
    for item in doc.layout.items:
        kinds_here: set[str] = set()
        matches = list(kind_matches(view, item.start, item.end))
        words += [match.start() for match in matches]
        for match in matches:
            kind = action_kind(match)
            if doc.in_heading(match.start()) or match.start() < doc.layout.header.end \
                    or title_line(view, match.start()) or headline_again(doc, match.start()) \
                    or other_office(doc, doc.sentence_at(match.start())):
                continue  # (县卫生局…开展专项监督检查: another office's work)
            if GENERIC_AFTER.match(view, match.end()) and (
                    kind != "other" or GENERIC_WORD.fullmatch(match.group())) \
                    and not checks.results_published(doc, kind, match.end()):
                continue  # 打假工作的重视, 执法打假情况, 监督抽查合格率, 隐患排查情况: a kind of work
            if RESULTS_NAMED_CHECK.fullmatch(match.group()) \
                    and view.startswith(("结果", "报告"), match.end()) \
                    and (not checks.results_published(doc, kind, match.end())
                         or PUBLISHED_EARLIER.search(view, doc.sentence_at(match.start()).start,
                                                     match.start())):
                continue  # 对待质量抽检结果, 已公布的…抽检结果: no check of the report
            # In an item about one campaign, 专项执法行动 names how it is carried out.
            if kind == "law_enforcement" and kinds_here - {kind} \
                    and "行动" in view[match.start():match.end() + 2] \
                    and _is_enumerated(view, item):
                continue
            if kind == "other":
                slogans = listed_slogans(view, match.start(), item)
                if slogans is None:
                    continue  # 甲厅、乙局、丙办开展了“…”“…”等行动: the offices' series
                if slogans:
                    found += slogans  # “…进商场”、“…进药店”的专项行动: one campaign each
                    continue
            word = match.span()
            title_start = title_start_at(view, match.start(), item.start)
            if MEANS_BEFORE.search(view, max(item.start, word[0] - 20), word[0]) or (
                    found and MEANS_SPAN_BEFORE.search(view, max(item.start, word[0] - 24),
                                                       word[0])):
                continue  # 通过集中整治和专项执法: how a campaign works, not one of its own
            if (kind == "other" and match.group() in ("专项行动", "专项检查")
                    and UNNAMED_LEAD.fullmatch(view, title_start, word[0])
                    and not checks.equipment_checked(doc, match.group(), word[0])) \
                    or PLURAL_BARE.fullmatch(view, title_start, word[1]):
                continue  # 开展专项行动, 3个专项行动, 各类专项整治: no name of its own
            if kind == "other" and "专项" not in match.group() \
                    and NAMING_VERB.search(view, item.start, word[0]) \
                    and NAMING_PLAN.search(view, doc.sentence_at(word[0]).start, word[0]):
                continue  # 要求开展…行动: a campaign asked for, not one carried out
            title_end = title_end_at(view, match.end(), title_start)
            title_start = since_start(view, title_start, title_end)
            if checks.frame_or_promotion(view, kind, word, (title_start, title_end),
                                        item.start) \
                    or NOT_A_CAMPAIGN_AFTER.match(view, title_end):
                continue  # 作为…活动的组成部分, “某省名品”引领行动, …汇总表: no campaign told
            if checks.not_the_bureaus(doc, word[0], title_end, item.start):
                continue  # 为…，打击假冒伪劣行为: an aim; 卫生部门开展…: another's work
            notice = checks.notice_subject(doc, word[0])  # 《关于开展…专项检查的通知》
            named = not notice and (names.is_named(view, word, title_start, title_end) or (
                kind == "other" and not GENERIC_WORD.fullmatch(match.group()))
                or checks.named_by_subject(match.group()))
            sentence_start = doc.sentence_at(word[0]).start
            mention = Mention(kind, word[0], word[1], title_start, title_end, item, named)
            if ANNOUNCED.search(view, sentence_start, word[0]) \
                    or (not named and ahead_in_paragraph(view, word[0])) \
                    or voiced_ahead(view, sentence_start, word[0]) \
                    or (DUTY_CLAUSE.fullmatch(view, doc.clause_start(word[0], sentence_start),
                                              word[0])
                        and not YEARLY_OBSERVANCE.search(view, title_start, title_end)) \
                    or among_points_set_out(view, points_from, sentence_start, word[0]):
                unrealised.append(mention)
                continue  # 将在全市开展…专项整治, 将围绕以下方面：…, 希望…开展, the points
                # a document sets out (提出以下措施：…): not carried out
            if POLICY_TITLE_REST.match(view, title_end) \
                    and in_book_title(view, sentence_start, word[0]):
                continue  # 《…开展品牌培育行动的实施意见》: a policy's subject (not a notice's)
            if POLICY_SUBJECT_REST.match(view, title_end) and POLICY_SUBJECT_LEAD.search(
                    view, max(sentence_start, title_start - 40), title_start):
                continue  # 贯彻…关于开展建材质量提升行动的部署要求: a policy's subject, not carried out
            if not named and (
                    checks.stepped_up_aim(doc, word[0], (title_start, title_end))
                    or PLAN_AHEAD.search(view, sentence_start, word[0])
                    or MEETING_AFTER.match(view, title_end)
                    or (kind == "law_enforcement" and "专项" not in match.group()
                        and FIRM_OBJECT_BEFORE.search(
                        view, max(item.start, title_start - 30), title_start))
                    or (BARE_CHECK.fullmatch(view, title_start, title_end)
                        and OBJECT_CHECKED_BEFORE.search(
                        view, max(item.start, title_start - 50), title_start))
                    or (kind == "other" and (view.startswith("力度", title_end)
                                             or PLURAL_LEAD.match(view, title_start)
                                             or (STEPPED_UP_BEFORE.search(
                                                 view, max(item.start, title_start - 2),
                                                 title_start) and not _campaign_in_purpose(
                                                     view, title_start, title_end))))):
                # 《…整治工作承诺书》, 下一步…开展集中整治, 加大安全检查力度, 一系列专项
                # 检查, 打假工作会议, 对某企业开展执法检查, 强化隐患排查: work named in
                # passing, no campaign carried out (a campaign named as one is kept; a
                # long-term mechanism to be built, 下一步将建立…长效机制, is work ahead too, as
                # the rounds' readers key it)
                unrealised += [mention] if again.ahead_or_met(view, sentence_start, mention) else []
                continue
            if routine(view, kind, match, (title_start, title_end), item.start):
                unrealised += [mention] if again.ahead_or_met(view, sentence_start, mention) else []
                continue
            if "”" in view[title_start:title_end] \
                    and SLOGAN_THEME_AFTER.match(view, title_end - 4, title_end + 4):
                continue  # 围绕“…”行动主题, 作出“…”的行动部署: a theme or a decision, no campaign
            joins_slogan = kind == "other" and found and found[-1].item is item \
                and QUOTED_REST.fullmatch(view, found[-1].end, match.start())
            if found and again.named_again(
                    doc, found, checks.check_kind(view, match.span(), title_start,
                                                  item.start) or kind,
                    (title_start, title_end), (item.start, sentence_start),
                    slogan=kind == "other" and not joins_slogan):
                continue  # 此次集中检查行动, 依照…检查活动的安排, a “…” campaign told again
            # A check's word right before a quoted name closed by 行动 (电梯安全大检查“百日
            # 行动”): the check's campaign under that name, of the check's kind.
            names_check = kind == "other" and found and found[-1].item is item \
                and found[-1].kind != "other" and view[found[-1].end:match.start()] == "“"
            if names_check:
                check = found.pop()
                kind, word, title_start = check.kind, (check.start, check.end), check.title_start
            if joins_slogan:
                # “打假护农”专项行动: the word in the slogan gives the kind.
                slogan = found.pop()
                kind, word, title_start = slogan.kind, (slogan.start, slogan.end), \
                    slogan.title_start
            kind = checks.check_kind(view, match.span(), title_start, item.start) or kind
            kinds_here.add(kind)
            # A word of kind other that is a name by itself (“诚信计量进市场”活动) names its
            # campaign, though its title says no more than the word.
            own_name = (kind == "other" and not joins_slogan and named) \
                or checks.named_by_subject(match.group())
            found.append(Mention(kind, word[0], word[1], title_start, title_end, item, not notice
                                  and (own_name or names.is_named(view, word, title_start, title_end))))
    # (a bare free or compulsory verification told after a campaign of a listed kind is a
    # step of it: 开展计量整治…，对…再组织一次免费检定)
    drives = [c for c in checks.verification_drives(doc)
              if "专项" in view[c.start:c.end]
              or not any(m.kind != "other" and m.start < c.start for m in found)]
    listed = listed_campaigns(doc) + [
        Mention(c.kind, c.start, c.end, c.start, c.end, c.item, False)
        for c in checks.referred_checks(doc, words) + drives]
    if listed:
        found = sorted(found + listed, key=lambda m: m.start)
    kept = [m for i, m in enumerate(found)
            if not any(_swallows(other, m) for other in _neighbours(found, i))]
    return _with_nicknames(view, _pointed_back(view, kept))


def _pointed_back(view: str, found: list[Mention]) -> list[Mention]:
    """``found`` less the bare campaign words pointed back to (此次行动): the campaign or check
    before is the one meant; an unnamed check before takes the kind of a listed word
    (对门店进行监督检查…此次专项整治行动 → one special_rectification)."""
    out: list[Mention] = []
    for mention in found:
        if not again.only_points_back(view, mention, out):
            out.append(mention)
        elif mention.kind != "other" and not out[-1].named:
            out[-1] = replace(out[-1], kind=mention.kind)
    return out


def _with_nicknames(view: str, found: list[Mention]) -> list[Mention]:
    """A quoted name closed by 行动 written right before a campaign's own title (“春风行动”
    农资专项打假行动, 代号“春风行动”的农资专项打假行动) is that campaign's nickname: one
    campaign, of the title's kind."""
    out: list[Mention] = []
    for mention in found:
        last = out[-1] if out else None
        if last is not None and last.kind == "other" and last.item is mention.item \
                and view[last.title_end:mention.title_start] in ("", "的") \
                and view[last.title_start:last.title_end].startswith("“") \
                and view.endswith("行动”", 0, last.title_end):
            out[-1] = Mention(mention.kind, mention.start, mention.end, last.title_start,
                               mention.title_end, mention.item, mention.named)
            continue
        out.append(mention)
    return out



_REACH = 24  # characters a title reaches past its word, either way (8, 6 and a tail)


def _neighbours(found: list[Mention], index: int) -> list[Mention]:
    """The mentions near enough to the one at ``index`` for their titles to overlap (the
    mentions are in text order)."""
    here = found[index].start
    low = index
    while low > 0 and found[low - 1].start >= here - _REACH:
        low -= 1
    high = index + 1
    while high < len(found) and found[high].start <= here + _REACH:
        high += 1
    return found[low:high]


def _swallows(one: Mention, other: Mention) -> bool:
    """Whether ``other``'s word is part of ``one``'s title (打假治劣专项整顿活动 is one campaign
    against fakes, not a rectification too); of two titles holding each other's words, the
    one whose word comes first stands, unless only the other's word says a kind (隐患排查专项
    整治行动: a rectification, whose title a sweep's word of kind other opens)."""
    if one is other or not one.title_start <= other.start < other.end <= one.title_end:
        return False
    mutual = other.title_start <= one.start < one.end <= other.title_end
    if mutual and (one.kind == "other") != (other.kind == "other"):
        return other.kind == "other"
    return not mutual or one.start < other.start


def _is_enumerated(view: str, item: Segment) -> bool:
    return ENUMERATED.match(view, item.start, item.end) is not None


def _campaign_in_purpose(view: str, start: int, end: int) -> bool:
    """Whether the title at view[start:end], after 做好/强化, is a campaign told in a purpose:
    为 just before the verb, the title opening on the whole area and closing on 工作."""
    return _WHOLE_AREA.match(view, start) is not None and view.endswith("工作", 0, end) \
        and _PURPOSE_SCOPE.search(view, max(0, start - 12), start - 2) is not None
