"""Inspection and testing facilities and the state each is in."""

from __future__ import annotations

import re

from ..chars import HAN
from ..models import Facility, Inspection
from .areas import (
    Area,
    ItemList,
    SideTable,
    same_text,
    score_name,
)
from .common import Doc
from .lexicon.inspection import (
    AFTER,
    ANAPHORA,
    BUILT_BY,
    FACILITY_STATUS,
    FACILITY_SUFFIX,
    FULL_NAME,
    FUTURE_WORDS,
    LEAD,
    NOT_A_FACILITY,
    SUFFIX_ANYWHERE,
    TAIL,
    facility_status,
)

_CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")


_NAME_PART = re.compile(r"[^和与、]+")
_NAME_BOUNDARY = re.compile(r".*(?:对|由|依托|承建的|建设的|组建的|的|和|与|在|将|是|为|、|，|。|\n)")


def extract_facilities(doc: Doc) -> list[Facility]:
    """``X检验中心正在建设中``, ``市质检院和义乌局已通过…认可`` — subject then state, per clause;
    plans and hopes (力争…建成) are not states; ``该中心`` is the centre last named."""
    found: dict[str, Facility] = {}
    view = doc.view
    last_named: tuple[int, int] | None = None
    all_statuses = doc.matches_by_sentence(FACILITY_STATUS)
    if not any(all_statuses):
        # No state in any sentence, so none in any of their clauses: nothing to report.
        return []
    for sentence, statuses, hints in zip(doc.layout.sentences, all_statuses,
                                         doc.matches_by_sentence(_SUFFIX_HINT), strict=True):
        if not statuses and not hints:
            continue  # no clause of it has a state or names a facility
        for clause in _CLAUSE.finditer(view, sentence.start, sentence.end):
            status = FACILITY_STATUS.search(view, clause.start(), clause.end())
            if status is None:
                last_named = _last_full_name(view, clause.start(), clause.end()) or last_named
                continue
            kind = facility_status(status)
            if AFTER.match(view, status.end(), status.end() + 2):
                continue  # 中心通过验收后，…: a condition, not news of a state
            if view.startswith("的", status.end()):
                # 由市质监局筹建的X中心…: the state stands before the name it describes.
                named = _trim_name(view, status.end() + 1, clause.end())
                if FACILITY_SUFFIX.search(_PLACE_IN_PARENS_END.sub("", view[named[0]:named[1]])):
                    if view[named[0]:named[1]] not in found:
                        found[view[named[0]:named[1]]] = Facility(
                            name=doc.text[named[0]:named[1]],
                            status=kind,  # type: ignore[arg-type]
                            span=(status.start(), named[1]),
                            evidence=doc.evidence(sentence),
                        )
                    last_named = named
                continue
            head_view = view[clause.start():status.start()]
            if kind != "planned" and FUTURE_WORDS.search(head_view):
                continue
            lead = LEAD.match(head_view)
            offset = clause.start() + (lead.end() if lead else 0)
            names = [(offset + rel, offset + rel + len(n))
                     for rel, n in _split_names(view[offset:status.start()])]
            names = [_trim_name(view, s, e) for s, e in names]
            borrowed = False  # the name was given earlier: the span covers only this clause
            if not names and last_named:
                names, borrowed = [last_named], True  # …已列入重点工程，目前处于规划设计阶段
            elif len(names) == 1 and last_named and (
                ANAPHORA.search(view[names[0][0]:names[0][1]])
                or (names[0][1] - names[0][0] <= 6 and not FACILITY_SUFFIX.search(
                    view[names[0][0]:names[0][1]]))
            ):
                # 该中心通过验收; …评审组一致同意通过验收: the centre last named.
                names, borrowed = [last_named], True
            if not any(FACILITY_SUFFIX.search(_PLACE_IN_PARENS_END.sub("", view[s:e]))
                       for s, e in names):
                last_named = _last_full_name(view, clause.start(), clause.end()) or last_named
                continue
            for start, end in names:
                if not (2 <= end - start <= 40) or view[start:end] in found \
                        or NOT_A_FACILITY.search(view[start:end]):
                    continue
                found[view[start:end]] = Facility(
                    name=doc.text[start:end],
                    status=kind,  # type: ignore[arg-type]
                    span=(offset, status.end()) if borrowed else
                    (min(start, status.start()), max(end, status.end())),
                    evidence=doc.evidence(sentence),
                )
                last_named = (start, end)
    return list(found.values())


_PLACE_IN_PARENS = re.compile(rf"[(（]{HAN}{{2,4}}[)）]")
_PLACE_IN_PARENS_END = re.compile(rf"[(（]{HAN}{{2,4}}[)）]$")


def _trim_name(view: str, start: int, end: int) -> tuple[int, int]:
    """Cut a subject down to the facility's name: after ``…承建的``, up to the last suffix
    (keeping a ``（湖州）`` after it), without trailing adverbs."""
    text = view[start:end]
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
    prefix = BUILT_BY.match(text)
    if prefix and end - (start + prefix.end()) >= 2:
        start += prefix.end()
    else:
        of = text.rfind("的")  # 投资4,800万元的徐州市…中心
        if of >= 0 and end - (start + of + 1) >= 6:
            start += of + 1
    return start, end




_SUFFIX_HINT = re.compile(r"中心|所|院|实验室")


def _last_full_name(view: str, start: int, end: int) -> tuple[int, int] | None:
    if not _SUFFIX_HINT.search(view, start, end):
        return None
    last = None
    for match in FULL_NAME.finditer(view, start, end):
        last = match
    if last is None:
        return None
    boundary = _NAME_BOUNDARY.match(view, last.start(), last.end())
    begin = boundary.end() if boundary and last.end() - boundary.end() >= 4 else last.start()
    return begin, last.end()


def _split_names(head: str) -> list[tuple[int, str]]:
    """``市质检院和义乌局`` → the two names with their offsets."""
    return [(m.start(), m.group()) for m in _NAME_PART.finditer(head)]


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
