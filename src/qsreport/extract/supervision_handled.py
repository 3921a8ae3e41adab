"""Supervision (schema 2): how a bureau closed what came to it — the closing rate of the
public's complaints and tip-offs (``complaint_closing_rate``: 群众投诉按期办结率为97%,
处理了300件，处理率为95%) and the failing products of spot checks it followed up
(``failures_followed_up``: 完成问题食品的核查处置工作1.2万件). The words are in
:mod:`.lexicon.supervision_handled`."""

from __future__ import annotations

import re

from ..chars import LABEL_EDGE_TOTAL
from ..models import SupervisionStat
from ..numbers import to_number
from ..regex_prefilter import might_match
from .common import Doc
from .figures import scaled_unit
from .lexicon.supervision_handled import (
    BROUGHT,
    CHANGE_BETWEEN,
    CHANGE_GAP,
    CLOSING,
    FAILING,
    FOLLOWED_UP,
    FOLLOWED_UP_AFTER,
    INTAKE,
    NOT_INTAKE,
    PART,
    PART_OPENS,
)


def handled_stats(doc: Doc) -> list[SupervisionStat]:
    """Each closing rate in a sentence that names complaints or tip-offs before it, and each
    count of failing products followed up, in a sentence that names them or a spot check."""
    view = doc.view
    out: list[SupervisionStat] = []
    # (most reports name neither a rate nor a follow-up: a test of their words in C skips
    # the scans, which try the patterns at every digit and every 率)
    for match in CLOSING.finditer(view) if might_match(CLOSING, view) else ():
        sentence = doc.sentence_at(match.start())
        if BROUGHT.search(view, sentence.start, match.start()) is None:
            continue
        out += _stat(doc, "complaint_closing_rate", match, "change"
                     if CHANGE_GAP.search(match.group("gap")) else None)
    if not might_match(FOLLOWED_UP, view) and not might_match(FOLLOWED_UP_AFTER, view):
        return out
    for match in [*FOLLOWED_UP.finditer(view), *FOLLOWED_UP_AFTER.finditer(view)]:
        sentence = doc.sentence_at(match.start())
        if FAILING.search(view, sentence.start, match.end()) is None:
            continue
        out += _stat(doc, "failures_followed_up", match, None)
    return out


def complaints_taken_in(doc: Doc) -> list[SupervisionStat]:
    """Each count of what the public brought a bureau taken in together (complaints, tip-offs
    and enquiries: ``complaints_handled``), and the parts told right after it one kind each:
    complaints, tip-offs and those closed as ``complaints_handled``, enquiries as
    ``consultations``."""
    view = doc.view
    out: list[SupervisionStat] = []
    for match in INTAKE.finditer(view) if might_match(INTAKE, view) else ():
        if NOT_INTAKE.search(view, match.start(), match.end()):
            continue
        sentence = doc.sentence_at(match.start())
        out += _stat(doc, "complaints_handled", match, None)
        end = match.end()
        if (change := CHANGE_BETWEEN.match(view, end)) is not None:
            end = change.end()
        while end < sentence.end and (part := PART.match(view, end)) is not None \
                and part.end() <= sentence.end:
            out += _parts(doc, part)
            end = part.end()
        out += _parts_after(doc, sentence.end)
    return out


def _parts(doc: Doc, part: re.Match[str]) -> list[SupervisionStat]:
    return _stat(doc, "consultations" if part.group("kind") == "咨询" else "complaints_handled",
                 part, None)


def _parts_after(doc: Doc, end: int) -> list[SupervisionStat]:
    """The parts of an intake told in the sentences after its own, each opening on one kind
    and its count (…共接到投诉、咨询、举报N件。其中，投诉N件，涉及金额…。举报N件，…): the
    first may open on 其中; the run stops at the first sentence that opens on no kind's count."""
    out: list[SupervisionStat] = []
    view = doc.view
    while end < len(view):
        start = end
        while start < len(view) and view[start].isspace():
            start += 1  # (past the break between)
        if start >= len(view) or (part := PART_OPENS.match(view, start)) is None \
                or (out and part.group("opens")):
            break
        sentence = doc.sentence_at(start)
        if part.end() > sentence.end:
            break
        out += _parts(doc, part)
        at = part.end()  # (and the parts after it in its sentence: …，举报N件)
        while (more := PART.match(view, at)) is not None and more.end() <= sentence.end:
            out += _parts(doc, more)
            at = more.end()
        end = sentence.end
    return out


def _stat(doc: Doc, metric: str, match: re.Match[str],
          basis: str | None) -> list[SupervisionStat]:
    """The figure ``match`` reads (none where its number is none), labelled by its clause up
    to the number."""
    value = to_number(match.group("num"))
    if value is None:
        return []
    sentence = doc.sentence_at(match.start("num"))
    start = min(doc.clause_start(match.start("num"), sentence.start), match.start())
    return [SupervisionStat(
        metric=metric,  # type: ignore[arg-type]
        label=doc.text[start:match.start("num")].strip(LABEL_EDGE_TOTAL + "到") or metric,
        value=value,
        unit=scaled_unit(doc.text, match, "unit"),
        basis=basis,  # type: ignore[arg-type]
        span=(start, match.end("unit")),
        evidence=doc.evidence(sentence),
    )]
