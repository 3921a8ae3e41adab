"""One named winner of the title a match names: the honour every winners' reader gives."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import regex_cache as rx
from ..chars import DIGIT, HAN
from ..models import BrandHonour
from ..regex_prefilter import any_of
from ..segmenting import Segment
from .common import PUNCT, Doc
from .lexicon.brands import brand_category

# A quoted mark on the product it is on (“某某”水泥, “某某”牌钢锹): a trademark title's winner
# is the mark (the product is only what the mark is registered for)
_MARK_ON_PRODUCT = rx.compile(rf"[“「](?P<mark>{HAN}{{1,8}})[”」]牌?{HAN}{{1,8}}")
# A firm or shop and its trade name in brackets (某某食品有限公司（某某斋）, 某区某某饭店（某
# 某楼）): a time-honoured name's winner is the trade name (not a note: 复评, 新增, 原某厂)
TRADE_NAME = rx.compile(
    rf"{HAN}{{2,30}}?(?:公司|厂|店|坊|铺|行|馆|楼|院|社|所|中心|酒家|饭庄)"
    rf"[（(](?!复|新|续|原|集团|普通|有限|特殊)(?P<name>{HAN}{{2,6}})[）)]"
)
TIME_HONOURED = rx.compile(r"老字[号號]")
# What parts a title from its count or its verb: a clause's mark or a digit between them (one
# call of the engine for both).
GAP_BREAK = any_of(PUNCT, DIGIT)


def mark_of(view: str, start: int, stop: int, term: re.Match[str]) -> tuple[int, int]:
    """Where the winner of the title ``term`` matched is in ``view[start:stop]``: for a
    trademark title, the quoted mark of a branded product (“某某”电缆 → 某某); for a
    time-honoured name, the trade name in brackets after its firm; else the name whole."""
    if brand_category(term).endswith("_trademark"):
        mark = _MARK_ON_PRODUCT.fullmatch(view, start, stop)
        return mark.span("mark") if mark else (start, stop)
    if TIME_HONOURED.search(term.group()):
        trade = TRADE_NAME.fullmatch(view, start, stop)
        return trade.span("name") if trade else (start, stop)
    return start, stop


def honour_won(doc: Doc, start: int, stop: int, term: re.Match[str],
               sentence: Segment | None = None, category: str | None = None,
               group: int | str = 0) -> BrandHonour:
    """The winner written at text[start:stop] of the title ``term`` matched (its ``group``, where
    a rule's match holds the title among other words; ``category`` is then given): its evidence
    is ``sentence`` (else the sentence the name stands in), its category the title's unless
    ``category`` says otherwise."""
    return BrandHonour(
        name=doc.text[start:stop],
        honour=doc.text[term.start(group):term.end(group)],
        category=category or brand_category(term),  # type: ignore[arg-type]
        span=(start, stop),
        evidence=doc.evidence(sentence if sentence is not None else doc.sentence_at(start)),
    )


Rule = Callable[[Doc], list[BrandHonour]]


def read_by(doc: Doc, rules: tuple[tuple[Rule, bool], ...]) -> list[BrandHonour]:
    """The winners ``rules`` read in ``doc``, rule after rule. Each rule comes with whether it
    reads only around a brand title the text names (a winner of a title named there): in a
    report that names none (three in four) such a rule is not run at all."""
    titled = doc.names_brand_terms()
    return [honour for rule, around_title in rules if titled or not around_title
            for honour in rule(doc)]
