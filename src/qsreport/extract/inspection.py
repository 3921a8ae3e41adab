"""Inspection and testing facilities and the stage each is in.

A clause gives a facility's stage in one of three shapes: the name then the stage
(``X中心通过验收``), the stage then the names it is done to (``筹建A、B两个中心``), or the stage
as an attribute of the name (``由…筹建的X中心``). Mentions of one facility — the same name, or
one written a little differently (检测/检验, with or without its place, 产品 or 监督; a
headline's short form) — are one facility, at the furthest stage the report gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import regex_cache as rx
from ..chars import HAN
from ..models import Facility, Inspection
from ..segmenting import Segment
from .areas import Area, ItemList, SideTable, same_text, score_name
from .common import Doc
from .lexicon.inspection import (
    AFTER,
    ANAPHORA,
    BUILT_BY,
    BUREAU,
    FACILITY_STATUS,
    FACILITY_SUFFIX,
    FULL_NAME,
    FUTURE_WORDS,
    GENERIC_NAME,
    LEAD,
    LIST_END,
    NAME_VARIANTS,
    NOT_A_FACILITY,
    NOT_BEFORE_STATE,
    NOT_IN_OBJECT,
    OBJECT_ONLY,
    PASSING,
    PHASE,
    RANK_LEAD,
    STAGE_ORDER,
    SUFFIX_ANYWHERE,
    TAIL,
    TIME_ONLY,
    VERB_BEFORE_NAME,
    WORKS,
    facility_status,
)

Span = tuple[int, int]

_CLAUSE = rx.compile(r"[^，,；;。！？!?\n]+")
_NAME_PART = rx.compile(r"[^和与、]+")  # a subject's names: 市质检院和义乌局
_OBJECT_PART = rx.compile(r"[^和与及、]+")  # an object list: A、B及C (a part may rejoin: 纺织品及棉花…)
_NAME_BOUNDARY = rx.compile(r".*(?:对|由|依托|承建的|建设的|组建的|的|和|与|在|将|是|为|、|，|。|\n)")
_QUOTE = "“”\"「」『』‘’' "
_PLACE_IN_PARENS = rx.compile(rf"[(（]{HAN}{{2,4}}[)）]")
_PLACE_IN_PARENS_END = rx.compile(rf"[(（]{HAN}{{2,4}}[)）]$")
# What may stand between a verb and the names it is done to: 了, a count with a colon
# (筹建两个机构：A和B).
_OBJECT_LEAD = rx.compile(rf"了?(?:[\d一二三四五六七八九十两]+个{HAN}{{0,8}}?[:：])?")
# A clause that ends in 后 is a condition (中心建成并经授权后，将…), not news of a state.
_ENDS_AFTER = rx.compile(r"(?<![落滞前])后\s*$")


@dataclass(frozen=True)
class _Claim:
    """What one clause says of one facility."""

    name: Span
    kind: str
    span: Span  # the words that say it
    borrowed: bool  # the name was given in an earlier clause (该中心, or no subject at all)
    # …and in an earlier sentence: such a claim names a facility not yet found, or adds nothing.
    earlier: bool = False


def extract_facilities(doc: Doc) -> list[Facility]:
    """``X检验中心正在建设中``, ``市质检院和义乌局已通过…认可``, ``筹建A、B两个中心`` — per clause;
    plans and hopes (力争…建成) are not states; ``该中心`` is the centre last named."""
    all_statuses = doc.matches_by_sentence(FACILITY_STATUS)
    if not any(all_statuses):
        # No state in any sentence, so none in any of their clauses: nothing to report.
        return []
    view = doc.view
    book = _Book(doc)
    last_named: Span | None = None
    named_in: Segment | None = None  # the sentence last_named is in
    for sentence, statuses, hints in zip(doc.layout.sentences, all_statuses,
                                         doc.matches_by_sentence(_SUFFIX_HINT), strict=True):
        if not statuses and not hints:
            continue  # no clause of it has a state or names a facility
        for clause in _CLAUSE.finditer(view, sentence.start, sentence.end):
            matches = list(FACILITY_STATUS.finditer(view, clause.start(), clause.end()))
            claims = _clause_claims(view, clause.start(), clause.end(), matches, last_named,
                                    sentence.start) if matches else []
            for claim in claims:
                if claim.borrowed and named_in is not sentence:
                    claim = replace(claim, earlier=True)
                book.add(claim, sentence)
            named = [claim.name for claim in claims if not claim.borrowed]
            if named:
                last_named, named_in = named[-1], sentence
            elif not claims:
                full = _last_full_name(view, clause.start(), clause.end())
                if full:
                    last_named, named_in = full, sentence
    return book.items


def _clause_claims(view: str, start: int, end: int, matches: list[re.Match[str]],
                   last_named: Span | None, sentence_start: int) -> list[_Claim]:
    """Each state of the clause ``view[start:end]`` with the facilities it is said of."""
    if _a_condition(view, start, end, matches):
        return []
    claims: list[_Claim] = []
    previous: tuple[list[Span], bool, bool] | None = None  # names, borrowed, skipped
    previous_end = start
    for status in matches:
        kind = facility_status(status)
        if view.startswith("的", status.end()):
            # 由市质监局筹建的A中心、B中心…: the state stands before the names it describes.
            described = _described(view, status.end() + 1, end)
            claims += [_Claim(name, kind, (status.start(), name[1]), False) for name in described]
            previous = (described, False, False) if described else previous
            previous_end = status.end()
            continue
        objects = _objects(view, status.end(), end)
        if objects:  # 筹建A、B两个中心
            skipped = kind != "planned" and bool(FUTURE_WORDS.search(view, start, status.start()))
            if not skipped:
                claims += [_Claim(name, kind, (status.start(), name[1]), False) for name in objects]
            previous, previous_end = (objects, False, skipped), status.end()
            continue
        if OBJECT_ONLY.match(status.group()):
            previous, previous_end = None, status.end()
            continue  # 将建设 with no name after it plans nothing named
        gap = view[previous_end:status.start()]
        if previous is not None and not SUFFIX_ANYWHERE.search(gap) and "、" not in gap:
            # 建成并投入使用: the subject's first state is the one the clause gives it.
            previous_end = status.end()
            continue
        names, phases, borrowed, skipped = _subject(view, previous_end, status, last_named,
                                                    sentence_start)
        previous, previous_end = (names, borrowed, skipped), status.end()
        if skipped:
            continue
        for name, phase in zip(names, phases, strict=True):
            stage = "under_construction" if phase and kind == "completed" else kind
            span = (start, status.end()) if borrowed else \
                (min(name[0], status.start()), max(name[1], status.end()))
            claims.append(_Claim(name, stage, span, borrowed))
    return claims


def _a_condition(view: str, start: int, end: int, matches: list[re.Match[str]]) -> bool:
    """``中心通过验收后，…``: a condition, not news of a state — but ``继A建成之后`` is news."""
    lead = LEAD.match(view[start:end])
    if lead and "继" in lead.group():
        return False
    return any(AFTER.match(view, m.end(), m.end() + 2) for m in matches) \
        or bool(_ENDS_AFTER.search(view, start, end))


def _subject(view: str, head_start: int, status: re.Match[str], last_named: Span | None,
             sentence_start: int) -> tuple[list[Span], list[bool], bool, bool]:
    """The names a state is said of when they stand before it: (names, whether each is a
    part of its facility such as 二期, borrowed, skipped)."""
    kind = facility_status(status)
    head = view[head_start:status.start()]
    if kind != "planned" and FUTURE_WORDS.search(head):
        return [], [], False, True
    lead = LEAD.match(head)
    offset = head_start + (lead.end() if lead else 0)
    found = _subject_names(view, offset, status.start())
    if found:
        return [n[:2] for n in found], [n[2] for n in found], False, False
    raw = view[offset:status.start()].strip(_QUOTE)
    refers_back = not raw or ANAPHORA.search(raw) or TIME_ONLY.match(raw) or (
        len(raw) <= 6 and not FACILITY_SUFFIX.search(raw))
    if last_named is None or not refers_back or not _is_facility(view, *last_named):
        return [], [], False, False
    # …已列入重点工程，目前处于规划设计阶段: the centre last named, unless the sentence looks
    # ahead (预计工期30个月，年底建成).
    if kind != "planned" and FUTURE_WORDS.search(view, sentence_start, status.start()):
        return [], [], True, True
    return [last_named], [False], True, False


def _subject_names(view: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """``市质检院和义乌局`` → the two names; a part that names no facility joins the next
    (``市长某某出席并为A中心``)."""
    names: list[tuple[int, int, bool]] = []
    pending: int | None = None
    for part in _NAME_PART.finditer(view, start, end):
        begin = part.start() if pending is None else pending
        name = _trim_name(view, begin, part.end())
        if part.end() == end and NOT_BEFORE_STATE.search(view, name[1], end):
            break  # 市质检所的12名检验员通过考核: the state is not the facility's
        if _is_facility(view, name[0], name[1]):
            names.append(name)
            pending = None
        elif names and BUREAU.match(view[name[0]:name[1]]):
            names.append(name)  # 市质检院和义乌局: the bureau shares the state
            pending = None
        else:
            pending = begin
    return names


def _described(view: str, start: int, end: int) -> list[Span]:
    """The names after ``筹建的``: each part of a list that names a facility, up to one that
    does not."""
    names = []
    for part in _NAME_PART.finditer(view, start, end):
        name = _trim_name(view, part.start(), part.end())
        if not _is_facility(view, name[0], name[1]):
            break
        names.append(name[:2])
    return names


def _objects(view: str, start: int, end: int) -> list[Span]:
    """The facilities a verb is done to, listed right after it: ``筹建A、B及C等三个中心``,
    ``筹建两个机构：A和B``, ``筹建“A”``. Empty when what follows is not a name."""
    lead = _OBJECT_LEAD.match(view, start, end)
    position = lead.end() if lead else start
    names: list[Span] = []
    pending: int | None = None
    for part in _OBJECT_PART.finditer(view, position, end):
        if pending is None and part.start() != position and not names:
            break
        begin = part.start() if pending is None else pending
        stop = LIST_END.search(view, begin, part.end())
        name = _cut_at_suffix(view, begin, stop.start() if stop else part.end())
        pending = None
        if name and _is_facility(view, *name) and not NOT_IN_OBJECT.search(view, *name):
            names.append(name)
            if stop or view[name[1]:part.end()].strip(_QUOTE):
                break  # the list ends: …等10大中心, …中心一并入驻
        elif stop or part.end() - begin > 40:
            break
        elif view.startswith("、", part.end()) and names:
            continue  # an item the list holds but no name can be read from: the rest still count
        else:
            pending = begin  # 国家生态纺织品及棉花质检中心: one name with 及 inside
    return names


def _cut_at_suffix(view: str, start: int, end: int) -> Span | None:
    """``“A中心”一并入驻`` → ``A中心``: the text up to its last facility word, unquoted."""
    while start < end and view[start] in _QUOTE:
        start += 1
    last = None
    for match in SUFFIX_ANYWHERE.finditer(view, start, end):
        last = match
    if last is None:
        return None
    paren = _PLACE_IN_PARENS.match(view, last.end(), end)
    return start, paren.end() if paren else last.end()


def _is_facility(view: str, start: int, end: int) -> bool:
    text = view[start:end]
    return (3 <= len(text) <= 40 and bool(FACILITY_SUFFIX.search(_PLACE_IN_PARENS_END.sub("", text)))
            and not NOT_A_FACILITY.search(text) and not GENERIC_NAME.match(text))


def _trim_name(view: str, start: int, end: int) -> tuple[int, int, bool]:
    """Cut a subject down to the facility's name: after ``…承建的`` or ``…为``, up to the last
    suffix (keeping a ``（湖州）`` after it), without trailing adverbs or quotes. The flag says
    the subject was a part of the facility (``X中心二期综合楼``) and the name is the whole."""
    text = view[start:end]
    is_part = False
    for words in (PHASE, WORKS):  # 中心二期综合楼, 所实验室改造工程: the facility is before them
        found = words.search(text)
        if found and SUFFIX_ANYWHERE.search(text, 0, found.start()):
            end, text = start + found.start(), text[:found.start()]
            is_part = is_part or words is PHASE
    last = None
    for match in SUFFIX_ANYWHERE.finditer(text):
        last = match
    if last:
        stop = last.end()
        paren = _PLACE_IN_PARENS.match(text[stop:])
        end = start + stop + (paren.end() if paren else 0)
        text = view[start:end]
    else:
        tail = TAIL.search(text)
        if tail:
            end, text = start + tail.start(), text[:tail.start()]
    dash = max(text.rfind("——"), text.rfind("："), text.rfind(":"))
    if dash >= 0 and end - (start + dash) > 4:
        cut = dash + (2 if text[dash:dash + 2] == "——" else 1)
        start, text = start + cut, text[cut:]
    prefix = BUILT_BY.match(text) or VERB_BEFORE_NAME.match(text)
    if prefix and end - (start + prefix.end()) >= 4:
        start += prefix.end()
    else:
        of = text.rfind("的")  # 投资4,800万元的徐州市…中心
        if of >= 0 and end - (start + of + 1) >= 6:
            start += of + 1
    opened = max(text.rfind("("), text.rfind("（"))
    if opened > max(text.rfind(")"), text.rfind("）")):
        end = start + opened  # 检验所（宁德市计量所: a second name in brackets, cut off
    if rank := RANK_LEAD.match(view, start, end):
        start = rank.end()  # 国内首家|国家级…中心: a rank is no part of the name
    while start < end and view[start] in _QUOTE + "的":
        start += 1
    while end > start and view[end - 1] in _QUOTE:
        end -= 1
    return start, end, is_part


_SUFFIX_HINT = rx.compile(r"中心|所|院|实验室")


def _last_full_name(view: str, start: int, end: int) -> Span | None:
    """The last facility the clause names, for a later ``该中心`` — unless it is named in
    passing (依托市质检所, 位于…中心)."""
    if not _SUFFIX_HINT.search(view, start, end):
        return None
    last = None
    for match in FULL_NAME.finditer(view, start, end):
        last = match
    if last is None:
        return None
    boundary = _NAME_BOUNDARY.match(view, last.start(), last.end())
    begin = boundary.end() if boundary and last.end() - boundary.end() >= 4 else last.start()
    if PASSING.search(view, max(start, begin - 2), begin):
        return None
    return begin, last.end()


def _name_key(name: str) -> str:
    """A name as two mentions of one facility are compared (match view)."""
    for pattern, replacement in NAME_VARIANTS:
        name = pattern.sub(replacement, name)
    return name


def _same_facility(a: str, b: str) -> bool:
    """Two name keys are one facility: equal, or one the other with a place in front
    (国家茶叶质量检验中心, 安溪国家茶叶质量检验中心)."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 6 and long.endswith(short))


class _Book:
    """The facilities found so far, one per facility, each at its furthest stage."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.keys: list[str] = []
        self.items: list[Facility] = []
        self.in_title: list[bool] = []

    def add(self, claim: _Claim, sentence: Segment) -> None:
        doc = self.doc
        start, end = claim.name
        key = _name_key(doc.view[start:end])
        in_title = sentence.start < doc.layout.header.end
        found = Facility(name=doc.text[start:end], status=claim.kind,  # type: ignore[arg-type]
                         span=claim.span, evidence=doc.evidence(sentence))
        for index, known in enumerate(self.keys):
            if not _same_facility(known, key):
                continue
            item = self.items[index]
            if claim.earlier:
                return  # 该中心… in a later sentence: only a facility named again moves on
            if STAGE_ORDER[claim.kind] > STAGE_ORDER[item.status]:
                item = replace(found, name=item.name)
            if self.in_title[index] and not in_title:
                # A headline's short name (鲁南质检中心) gives way to the body's full one.
                item = replace(item, name=found.name)
                self.keys[index], self.in_title[index] = key, False
            self.items[index] = item
            return
        self.keys.append(key)
        self.items.append(found)
        self.in_title.append(in_title)


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
