"""Whether a report of no region speaks for the whole country (:func:`is_national`): then its
figures of no place of their own are the country's (``全国``)."""

from __future__ import annotations

from .. import regex_cache as rx
from .context_place import sentence_places
from .lexicon.context import LOCAL, NATIONAL_CHECK, NATIONAL_REPORT, NATIONAL_SUBJECT

_OPENING = 400  # characters of the body that say whether a report speaks for the country
_SENTENCE_END = rx.compile(r"[。！？!?\n]")
_BLANK = rx.compile(r"\s*")


def is_national(view: str, heading: tuple[int, int] | None, body: int) -> bool:
    """Whether a report of no region speaks for the whole country: its title or its opening
    lines name it (全国, 我国, 质检总局, 市场监管总局, 国家监督抽查) and its opening lines no
    place (新乐市, 全市) — or its first sentence has the whole country for its subject (某年某月，
    全国共发生…: a place told of later is one of the country's), or its title or first sentence
    names a national check (国家监督专项抽查: the places after are where its samples came from)."""
    opening = (body, min(len(view), body + _OPENING))
    if LOCAL.search(view, *opening):
        return False  # (全市, 我省: the report's own place, however it names the country)
    # (the first sentence after the blank lines the body may open with)
    begins = _BLANK.match(view, *opening).end()  # type: ignore[union-attr]
    first = _SENTENCE_END.search(view, begins, opening[1])
    first_end = first.start() if first else opening[1]
    if NATIONAL_SUBJECT.search(view, begins, first_end) or any(
            NATIONAL_CHECK.search(view, *stretch) for stretch in (heading, (begins, first_end))
            if stretch):
        return True
    if sentence_places(view, *opening):
        return False
    return any(NATIONAL_REPORT.search(view, *stretch) for stretch in (heading, opening)
               if stretch)
