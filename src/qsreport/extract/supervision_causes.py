"""Supervision (schema 2): a check's failures broken down by their cause, each cause's share
of all its failing samples (``failures_by_cause``, in %, ``basis: share``, labelled by the
cause as written): 某类问题占不合格总数的30.1% → 30.1 %. A share is never a level, and
its whole is the failures, not what was sampled. The words are in
:mod:`.lexicon.supervision_causes`."""

from __future__ import annotations

import re

from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision_causes import (
    AFTER_WHOLE,
    CHANGED,
    IN_WHOLE,
    LABEL_TRIM,
    LIST_HEAD,
    LIST_ITEM,
    OWN_RATE,
)


def failure_causes(doc: Doc) -> list[SupervisionStat]:
    """Each share of a check's failing samples that one cause accounts for: after the whole
    (占不合格总数的N%), after the whole's 占比 (在不合格样品总量中的占比为N%), or each item of a
    list of causes after the whole and a colon. Never across a line."""
    view = doc.view
    out: list[SupervisionStat] = []
    for match in [*AFTER_WHOLE.finditer(view), *IN_WHOLE.finditer(view)]:
        if CHANGED.search(match.group(0)):
            continue
        sentence = doc.sentence_at(match.start())
        start = doc.clause_start(match.start(), sentence.start)
        if start == match.start() and start > sentence.start:
            # 因某问题不合格率为1.2%，占不合格样品总量的35.3%: the cause is the clause before
            start = doc.clause_start(start - 1, sentence.start)
        out += _stat(doc, match, start, match.start())
    for head in LIST_HEAD.finditer(view):
        sentence = doc.sentence_at(head.start())
        position = head.end()
        while (item := LIST_ITEM.match(view, position)) is not None \
                and item.end() <= sentence.end and "\n" not in view[head.end():item.end()]:
            out += _stat(doc, item, item.start("cause"), item.start("num"))
            position = item.end()
            while position < sentence.end and view[position] in "，,、；; ":
                position += 1
    return out


def _stat(doc: Doc, match: re.Match[str], start: int, label_end: int) -> list[SupervisionStat]:
    """The share ``match`` reads, labelled by its cause's words (none where they are none)."""
    value = to_number(match.group("num"))
    # (the view's words find the cut, the text's are kept: the two have one length)
    seen = re.split(r"\d", doc.view[start:label_end], maxsplit=1)[0].rstrip(LABEL_TRIM)
    if (own_rate := OWN_RATE.search(seen)) is not None:
        seen = seen[:own_rate.start()]
    label = doc.text[start:start + len(seen)].strip(LABEL_TRIM)
    if value is None or not label or "\n" in doc.text[start:match.end("unit")]:
        return []
    sentence = doc.sentence_at(match.start("num"))
    return [SupervisionStat(
        metric="failures_by_cause",
        label=label,
        value=value,
        unit=doc.text[match.start("unit"):match.end("unit")],
        basis="share",
        span=(start, match.end("unit")),
        evidence=doc.evidence(sentence),
    )]
