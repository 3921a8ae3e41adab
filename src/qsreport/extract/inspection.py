"""Inspection and testing facilities and the stage each is in.

A clause gives a facility's stage in one of three shapes: the name then the stage
(``X中心通过验收``), the stage then the names it is done to (``筹建A、B两个中心``), or the stage
as an attribute of the name (``由…筹建的X中心``). A clause with no subject gives its stage to
the names the clause before gave (all of a list), and a counted group (``3家中心通过验收，分别是
A、B、C``) to the members listed after it. Mentions of one facility — the same name, or one
written a little differently (检测/检验, with or without its place, 产品 or 监督; a headline's
short form; a name it was changed to, 更名为) — are one facility, at the furthest stage the
report gives it. Where a name starts and ends is :mod:`.inspection_names`'s; who a state
standing after names is said of, :mod:`.inspection_subject`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import regex_cache as rx
from ..models import Facility, Inspection
from ..regex_prefilter import needle_pattern
from ..segmenting import Segment
from .areas import Area, ItemList, SideTable, same_text, score_name
from .common import Doc
from .inspection_book import Claim, FacilityBook
from .inspection_fullest import use_fullest_names
from .inspection_groups import listed_group
from .inspection_names import (
    QUOTE,
    SUFFIX_HINT,
    Span,
    described,
    is_facility,
    last_full_name,
    names_only,
    objects,
)
from .inspection_quoted import quoted_members
from .inspection_same import renaming
from .inspection_speeded import add_sites, add_sped_up
from .inspection_subject import copula_subject, points_back, subject_of
from .inspection_visits import add_visits
from .lexicon.inspection import (
    AFTER,
    APPROVED_AS_PREPARED,
    BUILT_BY,
    DESIGNATION,
    FACILITY_STATUS,
    FUTURE_WORDS,
    GROUP_SUBJECT,
    HOLDS,
    HOLDS_AFTER_NAME,
    INSTRUCTION,
    KEYWORDS_LINE,
    LEAD,
    MEMBERS_AFTER,
    MEMBERS_NEXT,
    OBJECT_ONLY,
    POINTED,
    PROJECT_SUBJECT,
    SUFFIX_ANYWHERE,
    facility_status,
)

_CLAUSE = rx.compile(r"[^，,；;。！？!?\n]+")
# A clause that ends in 后 is a condition (中心建成并经授权后，将…), not news of a state.
_ATTRIBUTE = rx.compile(r"中?的[“\"「]?")  # 筹建的, 筹建中的“…”: a state before a name
_ENDS_AFTER = rx.compile(r"(?<![落滞前])后\s*$")
_LIST_CLOSED = rx.compile(r"\s*等")  # A，B，C等…: the last item of a list
_GOES_ON = rx.compile(r"(?:并|并且|且|和)$")  # 将建成A中心并投入使用: one subject's next state
# A stage as a noun whose effect lies ahead (两个中心的建成将推动…): what building them will
# bring, no news that they are built.
_NOUN_BEFORE = rx.compile(r"的$")
_EFFECT_AHEAD = rx.compile(r"[，,]?\s*(?:也|还|必|势必|无疑)?将")
# Every match of FACILITY_STATUS holds one of these words (its needles): a clause with none
# of them is not scanned for a state (most clauses, the scan four times the cost of this one).
_STAGE_WORD = needle_pattern(FACILITY_STATUS)


def _stated(doc: Doc) -> list[bool]:
    """Whether each sentence states a stage (a match of FACILITY_STATUS inside it): only
    whether, which a search that stops at the first match tells, and only in a sentence that
    holds a stage word (their first characters are common — 的, 在, 成 — the words rare; a
    match holds one). Sentence by sentence: a scan of the whole text for the words, sorted
    into sentences, cost more than it saved."""
    view = doc.view
    return [_STAGE_WORD.search(view, s.start, s.end) is not None
            and FACILITY_STATUS.search(view, s.start, s.end) is not None
            for s in doc.layout.sentences]


def extract_facilities(doc: Doc) -> list[Facility]:
    """``X检验中心正在建设中``, ``市质检院和义乌局已通过…认可``, ``筹建A、B两个中心`` — per clause;
    plans and hopes (力争…建成) are not states; ``该中心`` is the centre last named."""
    all_statuses = _stated(doc)
    if not any(all_statuses):
        # No state in any sentence, so none in any of their clauses: only visits and
        # buildings sped up to report.
        visited = FacilityBook(doc)
        add_sped_up(doc, visited)
        add_sites(doc, visited)
        add_visits(doc, visited)
        return visited.items
    view = doc.view
    book = FacilityBook(doc)
    # The facilities the last naming clause gave (a list that shares one state: 依托甲筹建的A、
    # 依托乙筹建的B，已通过验收 is said of both) and the sentence it is in.
    last_named: list[Span] = []
    named_in: Segment | None = None
    # The state of works named by no facility's name (某综合检测基地在某园区内正式开工), for
    # the centres a later ``该项目建设包括A、B`` lists.
    project: str | None = None
    for sentence, statuses, hints in zip(doc.layout.sentences, all_statuses,
                                         doc.matches_by_sentence(SUFFIX_HINT), strict=True):
        if (not statuses and not hints) or KEYWORDS_LINE.match(view, sentence.start):
            continue  # no clause of it has a state or names a facility (or a page's tags)
        group: str | None = None  # the state of a counted group, for its members named next
        stage_here: str | None = None  # the last state the sentence gave a facility
        # Whether the sentence's subject pointed back (该中心于…筹建，…年通过评审): its later
        # clauses with no subject go on about that facility.
        pointed_here = False
        # Names each standing alone in a clause of their own, one after another (其中，A中心，
        # B中心，C中心等成为…): a list written with commas, whose last item's 等 ends it.
        run: list[Span] = []
        for clause in _CLAUSE.finditer(view, sentence.start, sentence.end):
            matches = [m for m in FACILITY_STATUS.finditer(view, clause.start(), clause.end())
                       if not _effect_ahead(view, m)] \
                if _STAGE_WORD.search(view, clause.start(), clause.end()) else []
            # (a plan in another item of a ；-list is not this item's: 准备迎接考核；A站建成)
            item_start = max(sentence.start, view.rfind("；", sentence.start, clause.start()) + 1,
                             view.rfind(";", sentence.start, clause.start()) + 1)
            claims = _clause_claims(view, clause.start(), clause.end(), matches, last_named,
                                    item_start) if matches else []
            if group is not None and not matches:
                claims = _members(view, clause.start(), clause.end(), group, MEMBERS_NEXT)
            elif not matches and (last_named or stage_here or project):
                parent = book.stage_of(last_named[-1]) if last_named else None
                claims = _held(view, clause.start(), clause.end(), parent or stage_here,
                               project, sentence.start)
            group = None
            if matches and not claims:
                group = _group_state(view, clause.start(), matches[-1])
                if group is not None:  # 3个中心通过验收：A、B和C
                    claims = _members(view, matches[-1].end(), clause.end(), group,
                                      MEMBERS_AFTER)
                else:
                    project = _project_state(view, sentence.start, clause.start(),
                                             matches[-1]) or project
            for claim in claims:
                if claim.borrowed and named_in is not sentence and not claim.pointed \
                        and not pointed_here:
                    claim = replace(claim, earlier=True)
                pointed_here = pointed_here or claim.pointed
                book.add(claim, sentence)
                stage_here = claim.kind
            if renamed := renaming(view, clause.start(), clause.end()):
                book.rename(*renamed)
            own = [claim for claim in claims if not claim.borrowed]
            if run and len(own) == 1 and _LIST_CLOSED.match(view, own[0].name[1]):
                for name in run:
                    book.add(Claim(name, own[0].kind, own[0].span, False), sentence)
            alone = [] if claims else names_only(view, clause.start(), clause.end())
            run = run + alone if len(alone) == 1 else []
            if own:
                last_named, named_in = _named_list(own), sentence
            elif not claims:
                built = BUILT_BY.match(view, clause.start(), clause.end())
                listed = described(view, built.end(), clause.end()) if built else []
                full = last_full_name(view, clause.start(), clause.end())
                listed = listed if len(listed) > 1 else alone  # (names_only, read above)
                if len(listed) > 1:
                    # 由市局建设的A中心、B中心，已进入收尾阶段: the next clause's state is
                    # said of all of them
                    last_named, named_in = listed, sentence
                elif full and is_facility(view, *full):
                    # (not 察看中心的化验室: a clause that names no facility leaves the
                    # last ones named standing, for a later 两个中心)
                    last_named, named_in = [full], sentence
    add_sped_up(doc, book)  # (before the visits: a centre visited and sped up is in building)
    add_sites(doc, book)
    add_visits(doc, book)
    use_fullest_names(doc, book)
    return book.items


def _effect_ahead(view: str, status: re.Match[str]) -> bool:
    """``两大中心的建成将…``: a stage written as a noun, with what it will bring after it."""
    return bool(_NOUN_BEFORE.search(view, max(0, status.start() - 1), status.start())
                and _EFFECT_AHEAD.match(view, status.end()))


def _group_state(view: str, start: int, status: re.Match[str]) -> str | None:
    """The state of a clause whose subject is a counted group (6个国家质检中心正式成立,
    3家省级检测中心已通过验收), so that the members named after it share it; None for a plan,
    a condition or any other subject."""
    head = view[start:status.start()]
    kind = facility_status(status)
    if not GROUP_SUBJECT.fullmatch(head) or AFTER.match(view, status.end()) or \
            (kind != "planned" and FUTURE_WORDS.search(head)):
        return None
    return kind


def _members(view: str, start: int, end: int, kind: str, lead: re.Pattern[str]) -> list[Claim]:
    """The members of a counted group, listed after ``包括`` or a colon, at the group's state."""
    opened = lead.match(view, start, end)
    if opened is None:
        return []
    return [Claim(name, kind, name, False) for name in objects(view, opened.end(), end)]


def _project_state(view: str, sentence_start: int, start: int,
                   status: re.Match[str]) -> str | None:
    """The state a clause gives works it names by no facility's name (某综合检测基地, 在某
    园区内正式开工): None for a plan, a hope or a condition, or when no works are named in
    the sentence before the state."""
    kind = facility_status(status)
    if (kind != "planned" and FUTURE_WORDS.search(view, sentence_start, status.start())) \
            or AFTER.match(view, status.end()) or _ENDS_AFTER.search(view, start, status.end()) \
            or not PROJECT_SUBJECT.search(view, sentence_start, status.start()):
        return None
    return kind


def _held(view: str, start: int, end: int, parent: str | None,
          project: str | None = None, sentence_start: int | None = None) -> list[Claim]:
    """The facilities a clause with no state lists as held by the one last named (基地项目
    包括A、B两个中心, 还有A、B), at that one's stage; a future 将入驻 only of a planned one.
    Held by ``项目`` with no facility named before, they are at the project's stage."""
    holds = HOLDS.match(view, start, end)
    if holds is not None and parent is None and holds.group("project"):
        parent = project
    if holds is None or parent is None or (holds.group("future") and parent != "planned"):
        return []
    if holds.group("bare") and (sentence_start is None or not POINTED.match(
            view[sentence_start:start].lstrip(QUOTE))):
        return []  # a bare 拥有 only in a sentence whose subject is the centre (该中心…，拥有)
    names = objects(view, holds.end(), end)
    if len(names) < 2 and view.startswith("还有", holds.start()):
        return []  # 还有 one thing: not plainly a member
    return [Claim(name, parent, name, False) for name in names]


def _named_list(claims: list[Claim]) -> list[Span]:
    """The names a clause gave, for a later clause with no subject: all of them when the
    clause gave them one state (a list), else those its last state was said of (由甲局筹建的
    A、B正式成立: A and B, both founded)."""
    last = claims[-1].kind
    run = len(claims)
    while run > 0 and claims[run - 1].kind == last:
        run -= 1
    return list(dict.fromkeys(claim.name for claim in claims[run:]))


def _clause_claims(view: str, start: int, end: int, matches: list[re.Match[str]],
                   last_named: list[Span], sentence_start: int) -> list[Claim]:
    """Each state of the clause ``view[start:end]`` with the facilities it is said of."""
    if _a_condition(view, start, end, matches) or INSTRUCTION.search(view, start, matches[0].start()):
        return []  # (…后: a condition; 希望…加快A中心筹建: a wish)
    claims: list[Claim] = []
    previous: tuple[list[Span], bool, bool] | None = None  # names, borrowed, skipped
    previous_end = start
    for index, status in enumerate(matches):
        kind = facility_status(status)
        attribute = _ATTRIBUTE.match(view, status.end(), end)
        # (由甲局筹建的A站通过了实验室资质认定: where no name is read up to the clause's end,
        # the names described end where the next state starts)
        stop = matches[index + 1].start() if index + 1 < len(matches) else end
        if attribute and status.group() == "筹建" and APPROVED_AS_PREPARED.search(
                view, start, status.start()):
            kind = "operating"  # 批准甲局依托乙院筹建的X中心: X founded
        if attribute:
            # 由市质监局筹建的A中心、B中心…: the state stands before the names it describes
            # (正在筹建中的A中心 too). 已建成使用的A院下设B、C等5个中心: B and C are at A's stage
            holds = HOLDS_AFTER_NAME.search(view, status.end(), end)
            listed = described(view, attribute.end(), holds.start() if holds else end) or \
                described(view, attribute.end(), stop)
            # (筹建的A站通过了认定的评审: no name after this 的, so the state is said of the
            # subject before it, A)
            if not listed and previous is None:
                # (批准建设的重点实验室包括“A”、“B”: the kind once, each named in quotes)
                listed = quoted_members(view, status.end(), end) or \
                    copula_subject(view, start, status.start())
            if listed or previous is None:
                claims += [Claim(name, kind, (status.start(), name[1]), False) for name in listed]
                if listed and holds:
                    claims += [Claim(name, kind, name, False)
                               for name in objects(view, holds.end(), end)]
                previous = (listed, False, False) if listed else previous
                previous_end = status.end()
                continue
        # (被…确定为X实验室: X is what the subject became, not a name)
        done_to = [] if DESIGNATION.match(status.group()) else objects(view, status.end(), end)
        # 筹建甲、乙和丙3个国家级质检中心: each item, with the facility word they share
        members = [] if done_to or DESIGNATION.match(status.group()) else \
            listed_group(view, status.end(), end, level=True)
        if done_to or members:  # 筹建A、B两个中心
            skipped = kind != "planned" and bool(FUTURE_WORDS.search(view, start, status.start()))
            if not skipped:
                claims += [Claim(name, kind, (status.start(), name[1]), False) for name in done_to]
                claims += [Claim(item, kind, (status.start(), end), False, suffix=suffix)
                           for item, suffix in members]
            # (将建设A中心并投入使用, 要建设A并投入运行: a plan, which the next state goes on)
            plan = skipped or (kind == "planned"
                               and bool(FUTURE_WORDS.search(view, start, status.end())))
            previous = (done_to or [item for item, _ in members], False, plan)
            previous_end = status.end()
            continue
        if OBJECT_ONLY.match(status.group()):
            previous, previous_end = None, status.end()
            continue  # 将建设 with no name after it plans nothing named
        gap = view[previous_end:status.start()]
        if previous is not None and not SUFFIX_ANYWHERE.search(gap) and "、" not in gap:
            # 建成并投入使用: the subject's first state is the one the clause gives it.
            previous_end = status.end()
            continue
        if previous is not None and previous[2] and _GOES_ON.search(gap):
            # 明年将建成A中心并投入使用: the plan goes on to the next state
            previous_end = status.end()
            continue
        previous_start = previous_end
        names, phases, borrowed, skipped = subject_of(view, previous_end, status, last_named,
                                                    sentence_start)
        previous, previous_end = (names, borrowed, skipped), status.end()
        if skipped:
            continue
        if not names:
            # 甲、乙2个国家质检中心通过验收: each item of the list, with the facility word
            lead = LEAD.match(view[previous_start:status.start()])
            members = listed_group(view, previous_start + (lead.end() if lead else 0),
                                   status.start())
            claims += [Claim(item, kind, (item[0], status.end()), False, suffix=suffix)
                       for item, suffix in members]
            continue
        pointed = borrowed and points_back(view, previous_start, status.start())
        if phases and phases[-1]:
            phases = [True] * len(phases)  # 甲中心暨乙中心主体建成: the part is of them all
        for name, phase in zip(names, phases, strict=True):
            stage = "under_construction" if phase and kind == "completed" else kind
            span = (start, status.end()) if borrowed else \
                (min(name[0], status.start()), max(name[1], status.end()))
            claims.append(Claim(name, stage, span, borrowed, pointed=pointed))
    return claims


def _a_condition(view: str, start: int, end: int, matches: list[re.Match[str]]) -> bool:
    """``中心通过验收后，…``: a condition, not news of a state — but ``继A建成之后`` is news."""
    lead = LEAD.match(view[start:end])
    if lead and "继" in lead.group():
        return False
    return any(AFTER.match(view, m.end(), m.end() + 2) for m in matches) \
        or bool(_ENDS_AFTER.search(view, start, end))


def extract_inspection(doc: Doc) -> Inspection:
    return Inspection(facilities=extract_facilities(doc))


AREA = Area(
    name="inspection",
    extract=extract_inspection,
    lists=(
        ItemList(
            field="facilities", title="Inspection facilities", columns=("name", "status"),
            row=lambda f: (f.name, f.status),
            same=lambda f: same_text(f.name),
            score_name="facilities",
            score_key=lambda f: (score_name(f["name"]), f["status"]),
            side_table=SideTable("facilities", (("name", "TEXT"), ("status", "TEXT")),
                                 lambda f: (f.name, f.status)),
        ),
    ),
)
