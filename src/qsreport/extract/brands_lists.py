"""Winners listed after 分别为/分别是 in running text: each a firm, or a firm's product
(某公司的某牌电缆; 某厂生产的“某某”面粉), the title named before the list in its sentence or,
for a breakdown of a count (这9个产品中，…有4个，分别为…), in the sentence before. Runs of
winners with any other intro are read by :mod:`.brands_runs`, one winner's run of titles by
:mod:`.brands_titles`."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import BrandHonour
from ..numbers import to_number
from ..places import find_places
from ..regex_prefilter import compile_fast
from .brands_honours_batch import extract_batch_honours
from .brands_honours_checks import not_won_yet
from .brands_honours_counted import extract_counted_geo_honours, extract_counted_run_honours
from .brands_honours_guards import guarded
from .brands_honours_lines import extract_line_list_honours
from .brands_honours_marklines import extract_mark_line_honours
from .brands_honours_ofwhich import extract_of_which_honours
from .brands_honours_plaques import extract_plaque_honours
from .brands_honours_products import extract_counted_firm_honours
from .brands_honours_shares import extract_share_honours
from .brands_runs import extract_run_honours
from .brands_titles import extract_title_run_honours
from .brands_won import Rule, honour_won, read_by
from .common import Doc, after_joining_word, stripped
from .lexicon.brand_lists import (
    COUNTED_MARKS,
    GIVEN_FIRM,
    LISTED_FIRM,
    LISTED_MAKERS_PRODUCT,
    LISTED_NOTE,
    LISTED_WINNERS_INTRO,
    LISTED_ZONE,
    LISTED_ZONE_AND,
    OWNERS_MARK,
    PLACE_WITH_HE,
    WINNERS_WORD,
)
from .lexicon.brand_names import GROUP_LEAD, NOT_A_NAME
from .lexicon.brands import brand_category, places_win

_LIST_END = rx.compile(r"[。\n!?！？]")
_PIECE = rx.compile(r"(?:[^、，,；;（(]|[（(][^）)]*[）)]?)+")  # (a note in brackets is one piece)
_GROUP_BREAK = rx.compile(r"[；;]")
_SHARE = compile_fast(r"[\d.]+%")  # 某牌5%乳油: a strength, not a count
_COUNT = compile_fast(r"(?P<n>[\d一二三四五六七八九十两]+)(?:只|个|项|件|种|家)")
# The pieces of a counted list (、 and a last 和 part them, not the 和 a place's name opens
# with) and what each must be: a short name.
_COUNTED_PIECE = rx.compile(r"[^、，,；;]+")
_LAST_AND = compile_fast(r"(?<=[^\W\d_a-zA-Z]{2})和")
_COUNTED_NAME = rx.compile(r"[^\W\d_a-zA-Z]{2,12}")
_FIRMS_AND = compile_fast(r"(?:(?<=公司|集团)|(?<=[厂社]))(?:和|及|与|以及)")
_MARKS_AND = compile_fast(r"(?<=商标)(?:和|及|与|以及)")
# A protected product's name alone, a place and a product (某县黑鸡, 某某白茶)
_BARE_NAME = rx.compile(r"[^\W\d_a-zA-Z]{2,10}")
# (three characters at least each side: 和 inside a short name, 某和田玉, stays)
_BARE_PAIR = rx.compile(r"(?P<a>[^\W\d_a-zA-Z]{3,10})(?:以及|和|及|与)(?P<b>[^\W\d_a-zA-Z]{3,10})")
_CLAUSE_STOP = rx.compile(r"[，,；;]")
_LONGEST_LIST = 800
_LOOK_BACK = 3  # sentences


def extract_listed_honours(doc: Doc) -> list[BrandHonour]:
    """The firms and products listed after an intro that follows a won title."""
    view = doc.view
    out = read_by(doc, _RULES)
    if not doc.names_brand_terms() or ("分别" not in view and "依次" not in view):
        return guarded(out)  # (each list below is of a title named in its sentence or before)
    out += extract_line_list_honours(doc)
    sentences = doc.layout.sentences
    terms_by_sentence = doc.brand_terms_by_sentence()
    for number, sentence in enumerate(sentences):
        for intro in LISTED_WINNERS_INTRO.finditer(view, sentence.start, sentence.end):
            term = _title_of(doc, number, intro.start(), terms_by_sentence)
            if term is None:
                continue
            lead = view[min(term.start(), sentence.start):intro.start()]
            if not_won_yet(lead):
                continue  # applicants, candidates and shortlists are no winners
            end = _LIST_END.search(view, intro.end(), intro.end() + _LONGEST_LIST)
            names = _listed(view, intro.end(), end.start() if end else
                            min(len(view), intro.end() + _LONGEST_LIST), places_win(term),
                            "商标" in term.group(),
                            brand_category(term) == "geographical_indication")
            if end is not None:
                names = _counted_list(view, sentence.start, intro, end.start()) or names
            if len(names) < 2:
                continue  # one name after 分别为 is no list
            for start, stop in names:
                out.append(honour_won(doc, start, stop, term))
    return guarded(out)


# The rules of listed winners, in order (True: the rule reads only around a brand title the
# text names).
_RULES: tuple[tuple[Rule, bool], ...] = (
    (extract_run_honours, True),
    (extract_title_run_honours, False),  # (a run of titles, each read on its own)
    (extract_counted_run_honours, True),
    (extract_counted_geo_honours, False),  # (等N个地理标志: the count names the title)
    (extract_plaque_honours, True),
    (extract_counted_firm_honours, True),
    (extract_share_honours, True),
    (extract_batch_honours, False),  # (a batch of brands a place grew)
    (extract_mark_line_honours, True),
    (extract_of_which_honours, True),
)


def _counted_list(view: str, floor: int, intro: re.Match[str], end: int
                  ) -> list[tuple[int, int]]:
    """Every name after ``intro`` when the clause before it counts them (8家企业获…称号，分别
    是：A、B…; 3个产品…，分别为A、B和C): a list whose count agrees is the title's winners,
    whatever words their names end in. None unless each piece is a short name or a body's."""
    clause = view.rfind("，", floor, intro.start())
    clause = view.rfind(",", floor, intro.start()) if clause < 0 else clause
    counts = list(_COUNT.finditer(view, floor, clause if clause > floor else intro.start()))
    if len(counts) != 1:
        return []
    spans = [m.span() for m in _COUNTED_PIECE.finditer(view, intro.end(), end)]
    if spans and (joint := _LAST_AND.search(view, *spans[-1])) and \
            not PLACE_WITH_HE.match(view, joint.start()):
        spans[-1:] = [(spans[-1][0], joint.start()), (joint.end(), spans[-1][1])]  # …、A和B
    pieces = []
    for piece_start, piece_end in spans:
        start, stop = _trimmed(view, piece_start, piece_end)
        # (a body's longer name, its place, name and kind, counts too: 某市某某农贸市场)
        if not (_COUNTED_NAME.fullmatch(view, start, stop) or GIVEN_FIRM.fullmatch(view, start, stop)) \
                or NOT_A_NAME.search(view, start, stop):
            return []
        pieces.append((start, stop))
    return pieces if to_number(counts[0].group("n")) == len(pieces) else []


def _title_of(doc: Doc, number: int, pos: int,
              terms_by_sentence: list[list[re.Match[str]]]) -> re.Match[str] | None:
    """The title whose winners the list at ``pos`` names: the last one before it in its
    sentence; else, when the clause before the list counts what it breaks down (工业类有5只，
    分别为), the last title of the sentence before."""
    sentence = doc.layout.sentences[number]
    before = [t for t in terms_by_sentence[number] if t.end() <= pos]
    if before:
        return before[-1]
    clause = doc.clause_start(pos - 1, sentence.start) if pos > sentence.start else pos
    if COUNTED_MARKS.search(doc.view, clause, pos):
        return None  # 集体商标3件，分别是…: marks of a kind no title names, not a breakdown
    if not _COUNT.search(doc.view, clause, pos):
        # A sentence that opens with the list (…共有14项产品获得某称号。分别是A、B): the
        # title and count of the sentence just before.
        before_list = doc.view[sentence.start:pos].strip()
        # (获奖单位分别为：… opens on the winners' word: the list is still the one before's)
        if number == 0 or (before_list and not WINNERS_WORD.fullmatch(before_list)) \
                or not terms_by_sentence[number - 1]:
            return None
        earlier = doc.layout.sentences[number - 1]
        term = terms_by_sentence[number - 1][-1]
        return term if _COUNT.search(doc.view, earlier.start, earlier.end) else None
    for earlier_terms in reversed(terms_by_sentence[max(0, number - _LOOK_BACK):number]):
        if earlier_terms:
            return earlier_terms[-1]
    return None


def _listed(view: str, start: int, end: int, zones: bool = False,
            marks: bool = False, bare: bool = False) -> list[tuple[int, int]]:
    """The names of the list in ``view[start:end]``, up to the first piece that is none: a
    firm (某某有限公司), a maker's product (the product), a further product of the maker
    named last in the same group (groups are parted by ；), for a title places win
    (``zones``) a named zone (某县某某标准化示范区; two when joined by 和), for a trademark's
    title (``marks``) an owner's quoted mark (某某有限公司“甲乙”商标: the mark), for a
    geographical indication (``bare``) a product's bare name (某县黑鸡)."""
    names: list[tuple[int, int]] = []
    if bare and (stop := _CLAUSE_STOP.search(view, start, end)):
        end = stop.start()  # bare names are parted by 、 only: a comma ends the list
    maker_in_group = False
    cursor = start
    for piece in _PIECE.finditer(view, start, end):
        if _GROUP_BREAK.search(view, cursor, piece.start()):
            maker_in_group = False
        cursor = piece.end()
        piece_start, piece_end = _trimmed(view, piece.start(), piece.end())
        if zones:
            found_zones = _zones(view, piece_start, piece_end)
            if not found_zones:
                break
            names += found_zones
            continue
        if marks and (found_marks := _marks(view, piece_start, piece_end)):
            names += found_marks
            continue
        product = LISTED_MAKERS_PRODUCT.fullmatch(view, piece_start, piece_end)
        if product:
            found = _bare(view, product.start("product"), product.end("product"))
            maker_in_group = True
        elif firms := _firms(view, piece_start, piece_end):
            names += firms[:-1]
            found = firms[-1]
        elif bare and (pair := _BARE_PAIR.fullmatch(view, piece_start, piece_end)):
            names.append((pair.start("a"), pair.end("a")))  # …、A和B: the list's last two
            found = (pair.start("b"), pair.end("b"))
        elif maker_in_group or (bare and _BARE_NAME.fullmatch(view, piece_start, piece_end)):
            found = _bare(view, piece_start, piece_end)
        else:
            break
        if found is None:
            break
        names.append(found)
    return names


def _firms(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The firms of a piece: one, or several joined by 和/及 (A有限公司和B厂); none if a part
    is no firm."""
    found = []
    cursor = start
    for joint in [*_FIRMS_AND.finditer(view, start, end), None]:
        part_end = joint.start() if joint else end
        if not LISTED_FIRM.fullmatch(view, cursor, part_end) \
                or NOT_A_NAME.search(view, cursor, part_end):
            return []
        found.append((cursor, part_end))
        cursor = joint.end() if joint else end
    return found


def _marks(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted marks of a piece, one owner's or two joined after 商标 (…“甲”商标和某厂
    “乙”商标); none if a part is no owner's mark."""
    found = []
    cursor = start
    for joint in [*_MARKS_AND.finditer(view, start, end), None]:
        part_end = joint.start() if joint else end
        mark = OWNERS_MARK.fullmatch(view, cursor, part_end)
        if mark is None:
            return []
        found.append((mark.start("mark"), mark.end("mark")))
        cursor = joint.end() if joint else end
    return found


def _zones(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The named zones of a piece: one, or two joined by 和/及; none if a part is no zone.
    A stray 市 or 县 before a full place name (分别为市某某市…) is not the name's."""
    joint = LISTED_ZONE_AND.search(view, start, end)
    parts = [(start, joint.start()), (joint.end(), end)] if joint else [(start, end)]
    zones = []
    for part_start, part_end in parts:
        if view[part_start] in "市县" and find_places(view, part_start + 1, part_end)[:1] and \
                find_places(view, part_start + 1, part_end)[0].start == part_start + 1:
            part_start += 1
        if not LISTED_ZONE.fullmatch(view, part_start, part_end) \
                or NOT_A_NAME.search(view, part_start, part_end):
            return []
        zones.append((part_start, part_end))
    return zones


def _trimmed(view: str, start: int, end: int) -> tuple[int, int]:
    """Without blanks, a leading 和/及 (not the 和 of a place's name), a group's title (获得
    甲资格的) and a trailing 等."""
    start, end = stripped(view, start, end)
    if not PLACE_WITH_HE.match(view, start, end):  # (和林格尔羊肉: a place, no joining word)
        start = after_joining_word(view, start)
    if group := GROUP_LEAD.match(view, start, end):
        start = group.end()  # (分别是：获得甲资格的A公司、B厂；…: the group's first name)
    if view.endswith("等", start, end):
        end -= 1
    return start, end


def _bare(view: str, start: int, end: int) -> tuple[int, int] | None:
    """A product's name without its quotation marks and a closing note (复评)."""
    note = LISTED_NOTE.search(view, start, end)
    if note:
        end = note.start()
    while start < end and view[start] in "“「\"":
        start += 1
    while end > start and view[end - 1] in "”」\"":
        end -= 1
    name = view[start:end]
    if not 2 <= len(name) <= 30 or NOT_A_NAME.search(_SHARE.sub("", name)):
        return None
    return start, end
