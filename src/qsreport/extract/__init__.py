"""Extraction: rules that read a segmented report and return its figures, area by area.

:mod:`.areas` is the registry every stage after this one reads; each area's rules are in
``<area>.py`` and its words in ``lexicon/<area>.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from ..memory import release_free_memory
from ..segmenting import Segment
from .areas import Area, ItemList, areas, items
from .claims import settle_claims
from .common import BIG_TEXT, Doc

__all__ = ["Area", "Doc", "ItemList", "areas", "drop_title_repeats", "extract_areas", "items"]


def extract_areas(doc: Doc) -> dict[str, Any]:
    """Every area's model for ``doc``, by field name.

    In a big report, what an area's rules looked up in the document is dropped when the area
    is done: the lookups of all areas together were the peak of its memory, and finding again
    the few that two areas share costs less than holding them, and the freed memory is handed
    back to the system before the first area and after each (:mod:`..memory`): left in the
    heap, what the document's making and each area freed stayed resident under the next
    area's own peak. (A small report keeps them: there the finding costs and the memory does
    not.) A figure two areas read is the one's
    whose own it is (:mod:`.claims`)."""
    forget = len(doc.view) >= BIG_TEXT
    if forget:
        release_free_memory()
    found = {}
    for area in areas():
        found[area.name] = area.extract(doc)
        if forget:
            doc.forget_lookups()
            release_free_memory()
    settle_claims(doc, found)  # one figure, one area (…已检查使用单位14家 under a lift check)
    return found


def _repeats(found: list[Any], title: Segment, key: Callable[[Any], Hashable]) -> list[Any]:
    """Items without those read from the title that the body states as well."""
    in_title = [i for i in found if title.start <= i.span[0] < title.end]
    if not in_title:
        return found
    body_keys = {key(i) for i in found if not title.start <= i.span[0] < title.end}
    return [i for i in found if i not in in_title or key(i) not in body_keys]


def drop_title_repeats(doc: Doc, report: Any) -> None:
    """A headline usually repeats a figure of the article; keep the article's copy."""
    title = doc.layout.header.title_line
    if title is None:
        return
    for area in areas():
        model = getattr(report, area.name)
        for item_list in area.lists:
            if item_list.same is not None:
                setattr(model, item_list.field,
                        _repeats(items(report, area, item_list), title, item_list.same))
