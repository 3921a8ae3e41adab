"""Schema 2: a share of a whole told right after a count (甲省有40家企业入选，约占全国的7%) is
that count's own metric — its category, metric and kind — in %, with ``basis: share``: never
a level, as a change is never one. Read after every area and the context pass, so a share
takes its count's status, place and period; version 1 has none (its words are in
:mod:`.lexicon.shares`)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from .. import regex_cache as rx
from ..numbers import to_number
from .areas import every_list, put_after
from .common import Doc
from .lexicon.shares import NOT_A_SHARE, SHARE_AFTER, SHARE_AGAIN, SHARE_NEXT

_AFTER = rx.compile(SHARE_AFTER)
_NEXT = rx.compile(SHARE_NEXT)
_AGAIN = rx.compile(SHARE_AGAIN)
_NOT_A_SHARE = rx.compile(NOT_A_SHARE)
_MODIFIES = rx.compile(r"\s*(?:以上|以下|左右)?\s*的")  # 占30%的市场: the share of something else
_NOT_PARTS = ("%", "％", "‰", "个百分点", "百分点")


def add_shares(doc: Doc, report: Any) -> None:
    """Put each share told right after a figure into the figure's list, after the figure: one
    share a count (占全市的22%; a second 占 of another whole, …，占全省的3.5%, is the same
    count's), or a list of shares after one 占 or 分别占 paired in order with as many counts
    before it in their sentence (驰名商标5件、著名商标60件，分别占全省的4%和7%)."""
    view = doc.view
    lists = every_list(report)
    found = [(item, index) for index, (_, _, listed) in enumerate(lists)
             for item in listed if hasattr(item, "value") and hasattr(item, "period")]
    if not found or "占" not in view:
        return
    found.sort(key=lambda pair: pair[0].span[1])
    ends = {item.span[1] for item, _ in found}
    shares: dict[int, list[Any]] = {}  # id of the count: its shares
    for position, (item, _) in enumerate(found):
        if not _a_part(item):
            continue
        first = _AFTER.match(view, item.span[1])
        if first is None:
            continue
        listed = [first]
        while (more := _NEXT.match(view, listed[-1].end())) is not None:
            listed.append(more)
        again = [] if len(listed) > 1 else _told_again(view, first.end())
        sentence = doc.sentence_at(item.span[0])
        parts = [part for part, _ in found[:position + 1]
                 if part.span[0] >= sentence.start and _a_part(part)][-len(listed):]
        if len(parts) < len(listed) or any(not _counted(doc, match, ends) for match in listed + again):
            continue
        label = None  # (the shares of a list after one 占 share its words: 分别占全省的)
        for part, match in zip(parts, listed, strict=True):
            share = _share(doc, part, match, label)
            label = label or share.label
            shares.setdefault(id(part), []).append(share)
        for match in again:
            shares.setdefault(id(item), []).append(_share(doc, item, match, None))
    if shares:
        put_after(report, lists, shares)


def _a_part(item: Any) -> bool:
    """Whether a figure can be the part a share is of: a count or an amount, no rate (a
    standards rate has no unit: a rate is in %), change or share; not a standards count, whose
    share of a whole is a standards rate (:mod:`.standards_shares`)."""
    return getattr(item, "unit", "%") not in _NOT_PARTS and not hasattr(item, "level") \
        and getattr(item, "basis", None) not in ("change", "share")


def _told_again(view: str, at: int) -> list[Any]:
    """Each further 占 of another whole right after a share (…，占全省的3.5%)."""
    again = []
    while (more := _AGAIN.match(view, at)) is not None:
        again.append(more)
        at = more.end()
    return again


def _counted(doc: Doc, match: Any, ends: set[int]) -> bool:
    """Whether a share's number is none of the rules' figures already (a standards rate, 占全省
    总数的18%), names no change or margin, and modifies no noun after it (占30%的份额)."""
    return match.end("unit") not in ends \
        and _NOT_A_SHARE.search(doc.view, match.start(), match.start("num")) is None \
        and _MODIFIES.match(doc.view, match.end()) is None


def _share(doc: Doc, part: Any, match: Any, label: str | None) -> Any:
    """The share ``match`` reads, as a figure of ``part``'s own key, labelled by its own words
    or ``label``."""
    value = to_number(match.group("num"))
    written = match.group(0)
    start = match.start() + (written.index("占") if "占" in written
                             else len(written) - len(written.lstrip(" ，,、和及与(（")))
    changes: dict[str, Any] = {
        "value": value,
        "unit": doc.text[match.start("unit"):match.end("unit")],
        "basis": "share",
        "label": label or doc.text[start:match.start("num")].strip() or "占",
        "span": (start, match.end("unit")),
    }
    if "firms" in {field.name for field in fields(part)}:
        changes["firms"] = None  # (a brand count's firms are the count's, not its share's)
    return replace(part, **changes)
