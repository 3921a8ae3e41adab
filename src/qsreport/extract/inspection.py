"""Inspection and testing facilities and the state each is in."""

from __future__ import annotations

import re

from ..models import Facility, Inspection
from .common import Doc
from .lexicon import FACILITY_STATUS, FACILITY_SUFFIX, FUTURE_WORDS, facility_status

_CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")
_LEAD = re.compile(r"^(?:目前|现在|近年来|今年|去年|其中|同时|此外|另外|由|经|并|已|位于[\u4e00-\u9fff]{2,6}的)+")
_TAIL = re.compile(r"(?:已经|已|正在|正|顺利|正式|全面|基本|将|也|均|都|今年|近日|日前|先后|相继|一次性)+$")


def extract_facilities(doc: Doc) -> list[Facility]:
    """``X检验中心正在建设中``, ``市质检院和义乌局已通过…认可`` — subject then state, per clause;
    plans and hopes (力争…建成) are not states."""
    found: dict[str, Facility] = {}
    view = doc.view
    for sentence, _ in doc.sentences():
        for clause in _CLAUSE.finditer(view, sentence.start, sentence.end):
            status = FACILITY_STATUS.search(view, clause.start(), clause.end())
            if status is None:
                continue
            kind = facility_status(status)
            head_view = view[clause.start():status.start()]
            if kind != "planned" and FUTURE_WORDS.search(head_view):
                continue
            lead = _LEAD.match(head_view)
            offset = clause.start() + (lead.end() if lead else 0)
            head_view = view[offset:status.start()]
            tail = _TAIL.search(head_view)
            if tail:
                head_view = head_view[:tail.start()]
            names = _split_names(head_view)
            if not names or not any(FACILITY_SUFFIX.search(n) for _, n in names):
                continue
            for rel, name_view in names:
                if not (2 <= len(name_view) <= 40):
                    continue
                start = offset + rel
                name = doc.text[start:start + len(name_view)]
                key = name_view
                if key in found:
                    continue
                found[key] = Facility(
                    name=name,
                    status=kind,  # type: ignore[arg-type]
                    span=(start, status.end()),
                    evidence=doc.evidence(sentence),
                )
    return list(found.values())


def _split_names(head: str) -> list[tuple[int, str]]:
    """``市质检院和义乌局`` → the two names with their offsets."""
    out = []
    for match in re.finditer(r"[^和与及、]+", head):
        out.append((match.start(), match.group()))
    return out


def extract_inspection(doc: Doc) -> Inspection:
    return Inspection(facilities=extract_facilities(doc))
