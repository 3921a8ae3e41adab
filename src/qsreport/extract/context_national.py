"""Whether a report of no region speaks for the whole country (:func:`is_national`): then its
figures of no place of their own are the country's (``全国``)."""

from __future__ import annotations

from .. import regex_cache as rx
from .context_place import sentence_places
from .lexicon.context import LOCAL, LOCAL_VOICE, NATIONAL_CHECK, NATIONAL_REPORT, NATIONAL_SUBJECT

_OPENING = 400  # characters of the body that say whether a report speaks for the country
_SENTENCE_END = rx.compile(r"[。！？!?\n]")
_BLANK = rx.compile(r"\s*")


def is_national(view: str, heading: tuple[int, int] | None, body: int) -> bool:
    """Whether a report of no region speaks for the whole country: its title or its opening
    lines name it (全国, 我国, 质检总局, 市场监管总局, 国家监督抽查) and its opening lines no
    place (新乐市, 全市) — or its first sentence has the whole country for its subject (某年某月，
    全国共发生…: a place told of later is one of the country's), or its title or first sentence
    names a national check (国家监督专项抽查: the places after are where its samples came from) —
    unless a local office tells its own part in it (:func:`_local_part`)."""
    opening = (body, min(len(view), body + _OPENING))
    if LOCAL.search(view, *opening):
        return False  # (全市, 我省: the report's own place, however it names the country)
    # (the first sentence after the blank lines the body may open with)
    begins = _BLANK.match(view, *opening).end()  # type: ignore[union-attr]
    first = _SENTENCE_END.search(view, begins, opening[1])
    first_end = first.start() if first else opening[1]
    if NATIONAL_SUBJECT.search(view, begins, first_end):
        return True
    if any(NATIONAL_CHECK.search(view, *stretch) for stretch in (heading, (begins, first_end))
           if stretch):
        return not _local_part(view, opening)
    if sentence_places(view, *opening):
        return False
    return any(NATIONAL_REPORT.search(view, *stretch) for stretch in (heading, opening)
               if stretch)


def _local_part(view: str, opening: tuple[int, int]) -> bool:
    """Whether the opening lines tell one place's part in a national check, not the check:
    an office's own voice (我局, 本局, 本辖区) or a city or county named with its office, not
    as an item of a list (总局组织的国家监督抽查中，甲市局抽了本地7家企业…: the city's
    figures; not 抽查了甲省、乙省、丙省等…, nor 涉及甲市、乙市等地 or 其中甲市有3批次不合格,
    where the samples came from)."""
    if LOCAL_VOICE.search(view, *opening):
        return True
    return any(mention.place.level != "province" and _OWN_PART.match(view, mention.end)
               and view[mention.start - 1:mention.start] not in _LIST_MARKS
               for mention in sentence_places(view, *opening))


_LIST_MARKS = "、和及与"
# What follows a city or county that tells its own part: its office (甲县市场监管局对…); not a
# product named after it (某牌甲地大曲), an item of a list (甲市、乙市) nor a place the failed
# samples came from (其中甲市有3批次不合格: the national check's own breakdown).
_OWN_PART = rx.compile(r"[市县区州]?(?:市场监[督管]|质[监检]|质量技术监督)")
