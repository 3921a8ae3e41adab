"""Winners named as some of those a sentence before said won a title: 某局认定甲公司等20家企业
为第三批某某老字号。其中有市民熟悉的乙、丙、丁等品牌。 — or counted with the title again:
…已认定120个某某老字号。其中，乙、丙等5家老字号年营业额… The sentence opens with 其中 and
a run of two names or more closed by 等; the title is the one after 等 and its count in that
sentence, else the last one the sentence before names after a verb of winning. Applicants
and shortlists, in either sentence, won nothing."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..chars import HAN
from ..models import BrandHonour
from ..places import find_places
from .brands_honours_checks import not_won_yet
from .brands_honours_names import run_names
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brands import HONOUR_VERB

_NAME = rf"[“「\"]?{HAN}{{2,15}}?[”」\"]?"
_OF_WHICH = rx.compile(
    r"\s*其中(?:就|还)?(?:有|包括)?[，,：:]?(?:[^、，,。；;：:“「]{1,14}的)?"
    rf"(?P<names>{_NAME}(?:、{_NAME})+(?:(?:和|及|与){_NAME})?)等"
    r"(?P<count>(?:\d+|[一二三四五六七八九十两]+)[家个件项种])?"
)
# Won (or declared holder of) the title: 认定…为, 授予, 公布; bare 认定 and 命名 too.
_WON = rx.compile(r"认定|命名|公布|授予")


def extract_of_which_honours(doc: Doc) -> list[BrandHonour]:
    """The names an 其中 sentence lists among a title's winners of the sentence before."""
    view = doc.view
    out: list[BrandHonour] = []
    sentences = doc.layout.sentences
    for number in range(1, len(sentences)):
        sentence, before = sentences[number], sentences[number - 1]
        run = _OF_WHICH.match(view, sentence.start, sentence.end)
        if run is None:
            continue
        if any(not_won_yet(view, s.start, s.end) for s in (before, sentence)):
            continue  # applicants and shortlists are no winners
        term = _title(doc, run, before.start, before.end)
        if term is None:
            continue
        pieces = run_names(view, run.start("names"), run.end("names"), last_and=True)
        if all(_is_name(view, a, b) for a, b in pieces):
            out.extend(honour_won(doc, a, b, term, sentence) for a, b in pieces)
    return out


def _title(doc: Doc, run: re.Match[str], start: int, end: int) -> re.Match[str] | None:
    """The title the names hold: the one right after their count (等5家某某老字号), when the
    sentence before names it won too, else the last the sentence before names won."""
    view = doc.view
    won = [t for t in doc.brand_terms(start, end)
           if HONOUR_VERB.search(view, start, t.start()) or _WON.search(view, start, t.start())]
    if not won:
        return None
    if run.group("count"):
        after = [t for t in doc.brand_terms(run.end(), run.end() + 12) if t.start() == run.end()]
        if after:
            return after[0]
    return won[-1]


def _is_name(view: str, start: int, end: int) -> bool:
    """Whether a piece is a name: no count or pronoun, no place alone (甲市、乙县等地)."""
    if end - start < 2 or NOT_A_NAME.search(view, start, end):
        return False
    places = find_places(view, start, end)
    return not (places and places[0].start == start and places[0].end >= end)
