"""One winner and a run of titles it won: 某某有限公司获得了某省名牌、某市名牌和某省先进单位
的称号; 该县先后获得“甲示范县”、“乙基地县”等荣誉称号. Each title is an honour of the
winner (the subject of the clause): a firm, or a place (该县: the county last named)."""

from __future__ import annotations

import bisect

from .. import regex_cache as rx
from ..models import BrandHonour
from ..places import find_places
from ..places.index import LONGEST_PLACE_NAME
from ..regex_prefilter import compile_fast
from .brands_honours_checks import open_shortlist
from .common import Doc
from .lexicon.brand_lists import LISTED_FIRM
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brands import APPLIED_FOR, brand_category, find_brand_terms

# The verb, the titles, and the word that closes them (…等荣誉称号, …的光荣称号)
_TITLES_WON = compile_fast(
    r"(?:先后|相继|连续|还|也|又|曾|已)?(?:获得了?|荣获了?|被授予了?|被评为|获评|喜获)"
    r"(?P<titles>[^。；;！？!?\n]{4,240}?)等?的?(?:光荣|荣誉)?称号"
)
_STOPS = "。；;！？!?\n"  # what the titles of _TITLES_WON never cross
_STOP = rx.compile(r"[。；;！？!?\n]")
_PIECE = rx.compile(r"[^、，,]+")
_QUOTED = rx.compile(r"[“「](?P<title>[^”」]{3,30})[”」]")
_AND = rx.compile(r"和|及|与|以及")
# A quoted title a place or a firm holds: …示范县, …基地县, …进步县, …先进单位
_PLACE_TITLE = rx.compile(r"(?:县|市|区|城市|乡|镇)$")
_ADVERBS = compile_fast(r"(?:先后|相继|连续|分别|均|都|还|也|又|曾|已|已经|再次)+$")
_THIS_PLACE = rx.compile(r"(?:该|本|我)(?P<kind>[县市区])")
_NEAR_START = 2000  # places before this: the text before them read whole (as cheap)


def extract_title_run_honours(doc: Doc) -> list[BrandHonour]:
    """Each title of a run of two or more, with the clause's subject as its winner."""
    view = doc.view
    if "称号" not in view:
        return []
    out: list[BrandHonour] = []
    for match in (m for low, high in _titled_stretches(view)
                  for m in _TITLES_WON.finditer(view, low, high)):
        sentence = doc.sentence_at(match.start())
        if APPLIED_FOR.search(view, sentence.start, sentence.end) or \
                open_shortlist(view, sentence.start, sentence.end):
            continue  # applicants and candidates are no winners
        titles = _titles(view, match.start("titles"), match.end("titles"))
        if len(titles) < 2:
            continue
        winner = _winner(doc, doc.clause_start(match.start(), sentence.start), match.start())
        if winner is None:
            continue
        start, stop, is_place = winner
        for title_start, title_end, category in titles:
            if is_place and category != "other":
                continue  # a place holds no brand title
            out.append(BrandHonour(
                name=doc.text[start:stop] if stop > start else _resolved(doc, start),
                honour=doc.text[title_start:title_end],
                category=category,  # type: ignore[arg-type]
                span=(match.start(), match.end()) if stop <= start else (start, stop),
                evidence=doc.evidence(sentence),
            ))
    return out


def _titled_stretches(view: str) -> list[tuple[int, int]]:
    """The stretches of ``view`` between two stops (。；;！？!? or a line end) that hold 称号,
    in order: a run of titles lies inside one (no stop in _TITLES_WON) and ends on 称号, so
    only they are searched, the same matches as a search of the whole text."""
    out: list[tuple[int, int]] = []
    done = 0  # where the last stretch ended: no stop is looked for before it again
    at = view.find("称号")
    while at >= 0:
        low = max(view.rfind(stop, done, at) for stop in _STOPS) + 1
        end = _STOP.search(view, at)
        high = end.start() if end else len(view)
        out.append((max(low, done), high))
        done = high
        at = view.find("称号", high)
    return out


def _titles(view: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The titles of ``view[start:end]`` with their categories, or none when a piece is no
    title: every piece (parted by 、，) is a quoted title, or ends with titles the lexicon
    knows (A和B: two)."""
    titles: list[tuple[int, int, str]] = []
    for piece in _PIECE.finditer(view, start, end):
        text = piece.group().strip()
        quoted = _QUOTED.fullmatch(text)
        if quoted:
            title = quoted.group("title")
            terms = find_brand_terms(title)
            if terms and terms[-1].end() == len(title):
                category = brand_category(terms[-1])
            elif _PLACE_TITLE.search(title):
                category = "other"
            else:
                return []
            offset = piece.start() + piece.group().index(title)
            titles.append((offset, offset + len(title), category))
            continue
        cursor = piece.start()
        for part in _AND.split(piece.group()):
            terms = find_brand_terms(part)
            if not terms or terms[-1].end() != len(part.rstrip()) or len(part.strip()) > 20:
                return []
            offset = view.index(part, cursor)
            titles.append((offset, offset + len(part.rstrip()), brand_category(terms[-1])))
            cursor = offset + len(part)
    return titles


def _winner(doc: Doc, clause: int, verb: int) -> tuple[int, int, bool] | None:
    """The subject before the verb: a firm, a named place, or 该县 (then ``(pos, pos)``
    marks the place to look back from)."""
    view = doc.view
    adverbs = _ADVERBS.search(view, clause, verb)
    end = adverbs.start() if adverbs else verb
    subject = view[clause:end].strip()
    start = clause + view[clause:end].index(subject) if subject else clause
    if LISTED_FIRM.fullmatch(subject) and not NOT_A_NAME.search(subject):
        return start, start + len(subject), False
    if _THIS_PLACE.fullmatch(subject):
        if _last_place(doc, start, subject[-1]) is None:
            return None
        return start, start, True
    places = find_places(subject)
    if len(places) == 1 and places[0].start == 0 and places[0].end == len(subject):
        return start, start + len(subject), True
    return None


def _last_place(doc: Doc, before: int, kind: str) -> tuple[int, int] | None:
    """The last place of ``kind`` (县, 市, 区) named in full before ``before``."""
    view = doc.view
    if before < _NEAR_START:
        return _last_in(view, 0, before, kind, None)
    return doc.fact_of_report("places named", lambda: PlacesNamed(view)).last(before, kind)


def _last_in(view: str, start: int, end: int, kind: str,
             found: tuple[int, int] | None) -> tuple[int, int] | None:
    """The last place of ``kind`` in ``view[start:end]`` as the finder reads it, or ``found``."""
    for mention in find_places(view, start, end):
        if view.endswith(kind, mention.start, mention.end):
            found = (mention.start, mention.end)
    return found


class PlacesNamed:
    """The report's places, found once, for the last place of a kind named before a position
    (each 该县 of a long report read again every place before it: time growing with the
    report's square). The finder reads a text left to right, at each start the longest name
    that ends by the text's end: the names it finds that start more than a name's length
    before ``before`` are the whole report's; only the stretch after them is read again."""

    def __init__(self, view: str) -> None:
        self._view = view
        mentions = find_places(view)
        self._starts = [mention.start for mention in mentions]
        self._ends = [mention.end for mention in mentions]
        self._of_kind = {kind: [index for index, mention in enumerate(mentions)
                                if view.endswith(kind, mention.start, mention.end)]
                         for kind in "县市区"}

    def last(self, before: int, kind: str) -> tuple[int, int] | None:
        """The last place of ``kind`` the finder reads in ``view[:before]``."""
        view = self._view
        of_kind = self._of_kind.get(kind)
        sync = before - LONGEST_PLACE_NAME
        if of_kind is None or sync <= 0:
            return _last_in(view, 0, before, kind, None)
        earlier = bisect.bisect_left(self._starts, sync)  # (the names that start before sync)
        resume = max(sync, self._ends[earlier - 1]) if earlier else sync
        last = bisect.bisect_left(of_kind, earlier) - 1
        found = (self._starts[of_kind[last]], self._ends[of_kind[last]]) if last >= 0 else None
        return _last_in(view, resume, before, kind, found)


def _resolved(doc: Doc, pos: int) -> str:
    """The name 该县 at ``pos`` stands for."""
    place = _last_place(doc, pos, doc.view[pos + 1])
    assert place is not None  # checked by _winner
    return doc.text[place[0]:place[1]]
