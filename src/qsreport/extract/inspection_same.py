"""Two mentions of one facility: names compared (检测/检验, with or without its place), a
renaming (甲中心更名为乙中心), and a full name given a short one (以下简称…)."""

from __future__ import annotations

from .. import regex_cache as rx
from .inspection_names import (
    PLACE_IN_PARENS,
    PLACE_IN_PARENS_END,
    Span,
    cut_at_suffix,
    is_facility,
    last_full_name,
    trim_name,
)
from .lexicon.inspection import LEAD, NAME_VARIANTS, SHORT_NAME, SUFFIX_ANYWHERE


def name_key(name: str) -> str:
    """A name as two mentions of one facility are compared (match view)."""
    for pattern, replacement in NAME_VARIANTS:
        name = pattern.sub(replacement, name)
    return name


def same_facility(a: str, b: str) -> bool:
    """Two name keys are one facility: equal, or one the other with a place in front
    (国家某某质量检验中心, 甲县国家某某质量检验中心)."""
    short, long = sorted((a, b), key=len)
    # (国家X检验中心(江西) beside 国家X检验中心: the host place added in brackets; two
    # different places in brackets stay two centres)
    if PLACE_IN_PARENS.search(short) is None and \
            (bracket := PLACE_IN_PARENS_END.search(long)) is not None:
        long = long[:bracket.start()]
        short, long = sorted((short, long), key=len)
    return short == long or (len(short) >= 6 and long.endswith(short)) or (
        _BARE_LEVEL.match(short) is not None and len(short) >= 4 and long.endswith(short))


# 县检验检测中心 after 阳信：, beside 阳信县检验检测中心: the county's name left out.
_BARE_LEVEL = rx.compile(r"[省市县区]")


class KeyIndex:
    """Name keys by what :func:`same_facility` compares, so that the keys one is the same
    facility as are found without comparing it with every key (a report naming hundreds of
    centres compared each with all before it). Two keys are one facility only where the
    shorter ends the longer (either may lose the host place in brackets at its end first),
    and the shorter is the longer, or has 6 characters, or 4 and opens on 省市县区: so the keys
    tried are those whose form (as written, or without the brackets) ends with such a form of
    the key, or is such an ending of it; each is then compared as before, in their order."""

    def __init__(self) -> None:
        self._whole: dict[str, set[int]] = {}  # each form of a key: the keys with that form
        self._endings: dict[str, set[int]] = {}  # each ending that can match: the keys

    def add(self, index: int, key: str) -> None:
        for form in _forms(key):
            self._whole.setdefault(form, set()).add(index)
            for ending in _endings(form):
                self._endings.setdefault(ending, set()).add(index)

    def remove(self, index: int, key: str) -> None:
        for form in _forms(key):
            self._whole[form].discard(index)
            for ending in _endings(form):
                self._endings[ending].discard(index)

    def first_same(self, keys: list[str], key: str) -> int | None:
        """The first of ``keys`` that is the same facility as ``key``."""
        tried: set[int] = set()
        for form in _forms(key):
            tried.update(self._endings.get(form, ()), self._whole.get(form, ()))
            for ending in _endings(form):
                tried.update(self._whole.get(ending, ()))
        return next((index for index in sorted(tried) if same_facility(keys[index], key)), None)


def _forms(key: str) -> tuple[str, ...]:
    """A key as it is compared: as written, and without its host place in brackets."""
    bracket = PLACE_IN_PARENS_END.search(key)
    return (key,) if bracket is None else (key, key[:bracket.start()])


def _endings(form: str) -> list[str]:
    """The endings of ``form`` a shorter key may be (whole forms aside)."""
    return [form[at:] for at in range(1, len(form) - 3)
            if len(form) - at >= 6 or _BARE_LEVEL.match(form, at)]


_RENAMED = rx.compile(r"更名为|改名为")
_RENAME_LEAD = rx.compile(r"(?:批准|同意|决定)?(?:并)?(?:将|把)?")


def renaming(view: str, start: int, end: int) -> tuple[Span, Span] | None:
    """``批准“甲中心”更名为“乙中心”`` in ``view[start:end]``: the old name and the new."""
    word = _RENAMED.search(view, start, end)
    if word is None:
        return None
    lead = _RENAME_LEAD.match(view, start, word.start())
    old = trim_name(view, lead.end() if lead else start, word.start())[:2]
    new = cut_at_suffix(view, word.end(), end)
    if new is None or not is_facility(view, *old) or not is_facility(view, *new):
        return None
    return old, new


def short_names(view: str) -> list[tuple[Span, Span]]:
    """Each ``全名（以下简称“简称”）``: (the full name, a facility's right before it, the short)."""
    found = []
    for match in SHORT_NAME.finditer(view):
        full = last_full_name(view, max(0, match.start() - 40), match.start())
        if full is None or full[1] != match.start() or not is_facility(view, *full):
            continue
        lead = LEAD.match(view[full[0]:full[1]])  # (而甲中心（简称…）: 而 is no part of it)
        full = (full[0] + lead.end(), full[1]) if lead else full
        short = match.span("short")
        if SUFFIX_ANYWHERE.search(view, *short):
            found.append((full, short))
    return found
