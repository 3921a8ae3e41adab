"""Winners one a line after an intro that ends its line, as pages that print a sentence a few
words a line show them: 某市2家企业产品入选⏎分别为⏎甲米粉⏎(某某食品有限公司)⏎乙茶⏎…
The line before the intro counts the winners (3家, 2个); exactly that many name lines follow,
a line in brackets beside each (its maker) aside. The title is the last one named in the
lines before the count, and none of them may say the winners only applied or were
shortlisted."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import BrandHonour
from ..numbers import to_number
from ..regex_prefilter import compile_fast
from ..segmenting.spans import LINE
from .brands_honours_checks import not_won_yet
from .brands_won import honour_won
from .common import Doc, stripped
from .lexicon.brand_lists import LISTED_WINNERS_INTRO
from .lexicon.brand_names import NOT_A_NAME

_COUNT = compile_fast(r"(?P<number>\d+|[一二三四五六七八九十两]+)(?:只|个|项|件|种|家)")
_NOTE_LINE = rx.compile(r"[（(][^）)]*[）)]")
_NAME_LINE = rx.compile(r"[^\s，,。；;：:!?！？、\d]{2,20}")
_LOOK_BACK = 3  # lines above the count where the title may be
_MOST = 30  # winners a count may announce this way


def extract_line_list_honours(doc: Doc) -> list[BrandHonour]:
    """The winners named one a line after each intro that ends its line."""
    view = doc.view
    out: list[BrandHonour] = []
    lines = [stripped(view, m.start(), m.end()) for m in LINE.finditer(view)]
    for number, (start, end) in enumerate(lines):
        if number == 0 or not LISTED_WINNERS_INTRO.fullmatch(view, start, end):
            continue
        count_start, count_end = lines[number - 1]
        counted = list(_COUNT.finditer(view, count_start, count_end))
        if not counted:
            continue
        wanted = to_number(counted[-1].group("number"))
        if not isinstance(wanted, int) or not 2 <= wanted <= _MOST:
            continue
        term = _title_above(doc, lines[max(0, number - 1 - _LOOK_BACK):number])
        if term is None:
            continue
        lead = view[term.start():start]
        if not_won_yet(lead):
            continue  # applicants and shortlists are no winners
        names = _names(view, lines[number + 1:], wanted)
        for name_start, name_end in names:
            out.append(honour_won(doc, name_start, name_end, term))
    return out


def _title_above(doc: Doc, lines: list[tuple[int, int]]) -> re.Match[str] | None:
    """The last title named in ``lines`` (the count's line and those above it)."""
    if not lines:
        return None
    terms = doc.brand_terms(lines[0][0], lines[-1][1])
    return terms[-1] if terms else None


def _names(view: str, lines: list[tuple[int, int]], wanted: int) -> list[tuple[int, int]]:
    """The first ``wanted`` name lines of ``lines`` (notes in brackets aside), or none when a
    line before them is no name."""
    names: list[tuple[int, int]] = []
    for start, end in lines:
        if len(names) == wanted:
            break
        if start == end or _NOTE_LINE.fullmatch(view, start, end):
            continue
        if not _NAME_LINE.fullmatch(view, start, end) or NOT_A_NAME.search(view, start, end):
            return []
        names.append((start, end))
    return names if len(names) == wanted else []
