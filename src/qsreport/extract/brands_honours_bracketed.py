"""Winners named in brackets after a count of firms and the title they won: 2家企业荣获省长
质量奖（甲公司、乙公司）, 1家企业被评为某某质量标杆（丙集团）. The count says how many won;
the brackets name them, as many as the count at most."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from ..numbers import to_number
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc
from .lexicon.brands import APPLIED_FOR, GOAL, HONOUR_VERB, NOT_A_NAME

# The count of firms and the verb of winning, ending right before the title (qualifiers such
# as a year between): 2家企业荣获, 1家单位被评为2020年度.
_COUNTED_WINNERS = rx.compile(
    r"(?P<count>[\d一二三四五六七八九十两]{1,3})(?:家|户|个)(?:企业|单位|公司)?"
    r"(?:先后|分别|同时)?$")
# The brackets closing the title: the names inside, parted by 、 (no digit, no further bracket).
_BRACKETED = rx.compile(r"[”」\"]?(?:称号)?[（(](?P<names>[^（()）\d，,。；;]{2,80})[)）]")
_NAME = rx.compile(r"[^、]+")
# Brackets that say something of the title or the count, not who won it: （含提名奖）,
# （以下简称…）, （排名不分先后）
_NO_WINNER = rx.compile(r"^(?:含|包括|包含|其中|以下|下同|简称|不含|排名|见|详见)|奖$|名单|先后")


def extract_bracketed_honours(doc: Doc) -> list[BrandHonour]:
    """Each name in the brackets after a title whose winners the clause counts before it."""
    view = doc.view
    out: list[BrandHonour] = []
    for sentence, terms in zip(doc.layout.sentences, doc.brand_terms_by_sentence(), strict=True):
        for term in terms:
            brackets = _BRACKETED.match(view, term.end(), sentence.end)
            if brackets is None:
                continue
            clause = doc.clause_start(term.start(), sentence.start)
            verb = _last_verb(view, clause, term.start())
            if verb is None:
                continue
            counted = _COUNTED_WINNERS.search(view, clause, verb)
            if counted is None:
                continue
            if _NO_WINNER.search(brackets.group("names")):
                continue
            names = list(_NAME.finditer(view, *brackets.span("names")))
            count = to_number(counted.group("count"))
            if count is None or len(names) > count or \
                    APPLIED_FOR.search(view, clause, brackets.end()) or \
                    GOAL.search(view, clause, brackets.end()) or \
                    open_shortlist(view, sentence.start, sentence.end):
                continue
            out.extend(honour_won(doc, name.start(), name.end(), term, sentence)
                       for name in names if len(name.group().strip()) >= 2
                       and not NOT_A_NAME.search(name.group()))
    return out


def _last_verb(view: str, start: int, end: int) -> int | None:
    """Where the last verb of winning between ``start`` and ``end`` begins, when only a short
    qualifier (a year, a level) stands between it and ``end``."""
    last = None
    for verb in HONOUR_VERB.finditer(view, start, end):
        last = verb
    if last is None or end - last.end() > 12:
        return None
    return last.start()
