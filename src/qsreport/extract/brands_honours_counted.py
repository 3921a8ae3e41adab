"""Winners listed in apposition to a title with their count, no verb between: 某市的A、B、C
3个地理标志产品(…), A、B等4家区域品牌(榜上有名). The count must be the number of names
listed: a list whose count agrees is the title's holders, whatever words follow."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from ..numbers import to_number
from ..places import find_places
from ..regex_prefilter import compile_fast
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import CLAUSE_BREAK, Doc
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brand_status import GOAL
from .lexicon.brands import APPLIED_FOR, NOT_A_HOLDER, places_win

# The count just before the title (等3个, 5家), reading backwards from the title.
# (A、B、C共3个: the list closed by its total, written with 共, 共计 or 合计)
_COUNT_BEFORE = compile_fast(r"(?:(?P<and>等)|共计|共|合计)?(?P<count>[\d一二三四五六七八九十两]{1,3})(?:个|家|项|件|种)$")
# One name of the list: a few characters with no punctuation, blank or digit, and the
# name's other name in brackets (某地藏香(某某藏香)).
_PIECE = rx.compile(r"[^\W\d_a-zA-Z]{2,12}(?:[（(][^\W\d_a-zA-Z]{2,12}[)）])?")
# Quoted names side by side (“甲”“乙”, “甲” “乙”, “甲”、“乙”), each a name
_QUOTED_NAME = rx.compile(r"[“「](?P<name>[^\W\d_a-zA-Z]{2,12})[”」]")
# A quoted name that is a title's own (“某某服务标准化试点”): a kind, not a holder
_TITLE_NAMED = rx.compile(r"(?:试点|示范区|示范项目|示范单位|示范企业|名牌产品|著名商标|驰名商标|老字号|质量奖)$")
_QUOTED_RUN = rx.compile(r"\s*(?:[“「][^\W\d_a-zA-Z]{2,12}[”」][、\s]*){2,}")
# What a clause may open with before the list: its owner (某市的, 我市), a time word; the
# owner's success with its verb (该市已成功申报获批A、B…, 某县先后获批A、B…, 某县现已成功
# 申报了A、B…: an application that succeeded is a title held).
_OWNER = rx.compile(r"(?P<review>[^\W\d_a-zA-Z]{0,8}?组织专家对)|"
                    r"[^\W\d_a-zA-Z]{0,6}?(?:已|先后|相继)?(?:成功申报|申报)?获批|"
                    r"[^\W\d_a-zA-Z]{0,6}?(?:已|先后|相继)?成功申报了?|"
                    r"(?:[^\W\d_a-zA-Z]{1,8}?的|(?:我|本|该|全)[省市县区]的?|其中|目前|今年|去年)")
# A place written with its level (牡丹江市) before the first name: the list's owner.
_PLACE_LEVEL = rx.compile(r"[省市县区州]$")
_LONGEST = 400  # (a notice approving 27 products lists them in one clause)
# Products put before experts (组织专家对A、B…, N个 products, then the review) are winners
# only when the text goes on to say they passed (合格, then 批准): the verdict comes next.
_PASSED = rx.compile(r"审查合格|审核合格|予以批准|批准上述|批准[^\W\d_a-zA-Z]{0,2}(?:自即日起)?对")
_VERDICT_REACH = 60
# A geographical indication counted bare, as a count noun, after its list (A、B等7个地理
# 标志纳入…): the names are indications held. 地理标志 before 产品, 保护 or 商标 is a title the
# brand terms read already; what follows words of work (促进, 运用) names a programme.
_GI_COUNTED = compile_fast(r"(?P<and>等)?(?P<count>[\d一二三四五六七八九十两]{1,3})个地理标志"
                         r"(?!产品|保护|商标|证明|农产品|工作|促进|运用|品牌|示范)")
# A clause's status after the bare count (…等5个地理标志正在申报): not held.
_CLAUSE_REST = rx.compile(r"[^，,；;。！？!?]*")


def extract_counted_run_honours(doc: Doc) -> list[BrandHonour]:
    """Each name of a 、-list closed by a count that agrees and a title."""
    view = doc.view
    title = doc.layout.header.title_line
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
        if title is not None and title.start <= term.start() < title.end:
            continue  # a headline names no winner the article does not name again
        if NOT_A_HOLDER.match(view, term.end()):
            continue  # A、B等3个名牌产品的评审: what the work is about
        floor = max(0, term.start() - _LONGEST)
        # (the count ends at the title, or at a line end before it: it starts within the
        # last 6 characters, so only they are searched)
        count = _COUNT_BEFORE.search(view, max(floor, term.start() - 6), term.start())
        if count is None:
            continue
        sentence = doc.sentence_at(term.start())
        clause = max(doc.clause_start(count.start(), sentence.start), floor)
        if CLAUSE_BREAK.search(view, clause, count.start()):
            continue
        names = _names(view, clause, count.start())
        if len(names) < 2 or to_number(count.group("count")) != len(names):
            continue
        status = view[sentence.start:term.end()]
        if APPLIED_FOR.search(status) or GOAL.search(status) or \
                open_shortlist(view, sentence.start, sentence.end):
            continue
        if not places_win(term) and any(_place_only(view, *n) for n in names):
            continue  # 甲县、乙县2个…: places counted, no brand's winners
        owner = _OWNER.match(view, clause, count.start())
        if owner is not None and owner.group("review") and \
                not _PASSED.search(view, term.end(), term.end() + _VERDICT_REACH):
            continue  # products under review, no verdict given
        out += [honour_won(doc, start, stop, term) for start, stop in names]
    return out


def extract_counted_geo_honours(doc: Doc) -> list[BrandHonour]:
    """Each name of a 、-list closed by a bare count of geographical indications (等N个地理标志):
    with 等 the list may name fewer than the count, without it exactly as many."""
    view = doc.view
    if "个地理标志" not in view:
        return []  # (the words _GI_COUNTED needs: the whole-text search tries every character)
    title = doc.layout.header.title_line
    out: list[BrandHonour] = []
    for counted in _GI_COUNTED.finditer(view):
        if title is not None and title.start <= counted.start() < title.end:
            continue
        sentence = doc.sentence_at(counted.start())
        floor = max(0, counted.start() - _LONGEST, sentence.start)
        clause = max(doc.clause_start(counted.start(), sentence.start), floor)
        if CLAUSE_BREAK.search(view, clause, counted.start()):
            continue
        names = _names(view, clause, counted.start())
        count = to_number(counted.group("count"))
        if len(names) < 2 or count is None or len(names) > count or \
                (counted.group("and") is None and len(names) != count):
            continue
        rest = _CLAUSE_REST.match(view, counted.end())
        status = view[sentence.start:rest.end() if rest else counted.end()]
        if APPLIED_FOR.search(status) or GOAL.search(status) or \
                open_shortlist(view, sentence.start, sentence.end):
            continue
        if any(_place_only(view, *n) for n in names):
            continue
        if (term := _GI_WORD.search(view, counted.start("count"))) is None:
            continue
        out += [honour_won(doc, start, stop, term, category="geographical_indication")
                for start, stop in names]
    return out


_GI_WORD = rx.compile(r"地理标志")


def _names(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of the list ``view[start:end]`` (parted by 、 only), or none when a piece is
    no name."""
    owner = _OWNER.match(view, start, end)
    if owner is not None:
        start = owner.end()
    if _QUOTED_RUN.fullmatch(view, start, end):
        # “甲山窑”“甲山窑陶瓷”两件…: quoted names side by side, no 、 between (not titles
        # quoted, “某某服务标准化试点”、“…”3个试点项目: the kinds of pilot, no holder)
        quoted = [m.span("name") for m in _QUOTED_NAME.finditer(view, start, end)]
        return [] if any(_TITLE_NAMED.search(view, a, b) for a, b in quoted) else quoted
    names = []
    for number, piece in enumerate(view[start:end].split("、")):
        piece_start = start + sum(len(p) + 1 for p in view[start:end].split("、")[:number])
        piece_end = piece_start + len(piece)
        if number == 0:
            places = find_places(view, piece_start, piece_end)
            # (but a bare kind of product after it, 某县黑枣, is the county's product's name)
            if places and places[0].start == piece_start and places[0].end < piece_end - 2 \
                    and _PLACE_LEVEL.search(view, piece_start, places[0].end):
                piece_start = places[0].end  # 牡丹江市响水大米: the place owns the list
        if not _PIECE.fullmatch(view, piece_start, piece_end) or \
                NOT_A_NAME.search(view, piece_start, piece_end):
            return []
        names.append((piece_start, piece_end))
    return names


def _place_only(view: str, start: int, end: int) -> bool:
    places = find_places(view, start, end)
    return bool(places) and places[0].start == start and places[-1].end == end
