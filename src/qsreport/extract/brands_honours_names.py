"""Where the winners' names are in a list the honours' rules found: the list split at 、,
commas and the 和 between two names, and each piece without its lead, owner, quotation marks
and trailing words (read by :mod:`.brands_honours`)."""

from __future__ import annotations

from itertools import pairwise

from .. import regex_cache as rx
from ..chars import HAN
from ..numbers import to_number
from ..places import PLACES, find_places
from ..regex_prefilter import compile_fast
from .lexicon.brand_authors import AUTHOR
from .lexicon.brand_list_runs import POST_BEFORE_NAME
from .lexicon.brand_lists import ADVERB_TAIL, NOT_A_WINNER, OUR_PLACE
from .lexicon.brand_names import (
    HAS_AFTER_LEAD,
    MAKER_BEFORE_MARK,
    MAKERS_OF_COUNTED,
    NAME_LEAD,
    NAME_TAIL,
    NOT_A_NAME,
    OWNER_LEAD,
    PIECE_LEAD,
)
from .lexicon.brands import BRAND_TERM

_QUOTED_TRADEMARK = rx.compile(r"的[“「\"](?P<mark>[^”」\"]{1,12})[”」\"]商标$")
# ... or unquoted, after its holder (某某食品有限公司的甲泉商标, 某协会的乙县泥蚶商标)
# (not a kind of mark, 某公司的注册商标, 的驰名商标: no name)
_OWNERS_BARE_MARK = rx.compile(rf"(?:公司|集团|厂|协会|合作社)的(?!(?:注册|著名|驰名|知名|证明|集体|地理标志)商标$)"
                               rf"(?P<mark>{HAN}{{2,8}})商标$")
_OWNERS_KIND_OF_MARK = rx.compile(r"(?:公司|集团|厂|协会|合作社)(?P<of>的(?:注册|著名|驰名|知名|证明|集体|地理标志)商标)$")
# A short quoted mark inside a longer name: 石川“云帆”电缆 (but “赭山”牌电动自行车 is
# named whole, as 赭山牌电动自行车).
_QUOTED_MARK = rx.compile(r"[“「\"](?P<mark>[^”」\"]{1,8})[”」\"](?!牌)")
# A maker's product named whole in quotation marks at the piece's end (某公司的“冷轧薄钢板”):
# a product's name can be longer than a mark's.
_OWNERS_QUOTED = rx.compile(r"的[“「](?P<mark>[^”」\"]{9,16})[”」](?:项目)?$")
_CLOSED_INSIDE = rx.compile(r"[”」\"]")
# A name wholly in title marks (建成《甲示范区》等…): the marks are no part of it.
_BOOK_TITLED = rx.compile(r"《[^《》]{2,30}》")
# A maker's product whose kind is quoted at its end (某公司的铜合金“线材”, 某厂的不锈钢“管件”):
# the words before the quotation marks name the product, which is named whole from its 的 (not
# 某公司的“甲”, 某公司的产品“甲”: a mark, nor 某某公司“甲”: the firm's mark).
_QUOTED_KIND = rx.compile(
    rf"的(?P<name>(?!(?:产品|商标|品牌|注册商标|系列)[“「\"]){HAN}{{2,10}}[“「\"][^”」\"]{{1,8}}[”」\"])$"
)
# A name's holder in brackets at the piece's end (某某斋（某某食品有限公司）), or the class of
# the award it won (张某某（个人奖）, 甲公司(组织奖))
_HOLDER_NOTE = rx.compile(rf"[（(](?:{HAN}[^（()）]{{1,28}}(?:公司|集团|[^工]厂)|(?:个人|组织|团体)奖?)[)）]$")
_BLANK_BETWEEN = compile_fast(rf"(?<={HAN})\s+(?={HAN})")  # no name holds a blank between words
# A description set before the name with a dash (某产品的保护区域—甲县乙镇获评…): the name is
# what follows the dash.
_DASH_BEFORE = compile_fast(rf"(?<={HAN})[—－]+(?=[“「\"]?{HAN}{{2}})")
# 河川县, 河川县政府: a place (or its government), not a brand's winner
_PLACE_SHAPE = rx.compile(rf"{HAN}{{1,4}}[省市县区](?:人民)?(?:政府)?")
_MAKER = rx.compile(r"(?P<maker>公司|厂|集团)(?:生产)?$")
# (某超市有限公司某某店: a firm's branch, a shop, is named whole)
_MAKER_THEN_PRODUCT = rx.compile(
    rf"(?P<maker>公司|厂|集团)(?={HAN}{{3,10}}$)(?!.*(?:公司|厂|集团|中心|站|所|部|社|场|矿|院|店|馆)$)"
)
_OWNERS_WARES = rx.compile(r"(?:公司|厂|集团)(?P<wares>的?(?:产品|商标))$")
_PLACE_PREFIX = rx.compile(rf"^{HAN}{{2,5}}的(?=(?:{HAN}|[“「\"]){{2}})")
# Where a list of names is split: 、 and commas; 和/与/及 between quoted names, after a
# trademark or a firm (A有限公司和B有限公司), or between places.
_AND_BEFORE_BRAND = rx.compile(r"(?:和|与|及)(?=[^和与及]*牌)")  # 甲和乙牌: two brands
_GOVERNMENT = compile_fast(r"(?<=[省市县区])(?:人民)?政府$")
_GOVERNMENT_NAME = compile_fast(r"(?:人民)?政府$")  # (某市政府, 某县人民政府: a government by its name)
# Two short names joined by 和, four to six characters each (a short word on either side, 质量
# 和效益, stays whole)
_TWO_SHORT_NAMES = rx.compile(rf"(?P<a>{HAN}{{4,6}})和(?P<b>{HAN}{{4,6}})")
# A list of counted lists: A的“甲”等12个产品、B的“乙”等3个服务项目(获得…): each part ends
# with its own count, and every part names winners. The parts may be the title's kinds, named
# at length and parted by ； as well (包括A等30个工业类名品；B等6个服务类名品；C等9个农业
# 特产类名品).
_COUNT = r"等\s*[一二三四五六七八九十两\d]+\s*[多余]?[个项件款种家]"
_COUNTED_PART = rx.compile(rf"{_COUNT}[^、，,；;等的]{{0,16}}[、；;](?=.*{_COUNT}[^、，,；;等的]{{0,16}}$)")
_LIST_SPLIT = rx.compile(r"[^、，,；;]+")
_AND_SPLIT = rx.compile(r"(?<=[”」\"])(?:和|与|及)(?=[“「\"])|(?<=商标)(?:和|与|及)|"
                        # 甲记茶庄（甲记茶业有限公司）和乙氏刺绣（…）: a holder's note closes a name
                        r"(?<=(?:公司|集团|[^工]厂)[)）])(?:和|与|及)|"
                        r"(?<=[”」])\s*(?=[“「])|"  # “甲”“乙”: quoted names side by side
                        r"(?<=\w\w)(?:和|与)(?=[^和与及]{2,10}(?:集团|公司)$)|"  # A和B集团
                        r"(?<=公司|集团|工厂|政府)(?:和|与|及)|(?<=[^工]厂)(?:和|与|及)|"
                        # …的塑料编织袋和某公司生产的开口松籽: a maker's product begins
                        r"(?<=\w\w)(?:和|与|及)(?=[^和与及]{2,20}(?:公司|厂|集团)生产的)|"
                        r"(?<=[市县区])(?:和|与|及)(?=\w{1,8}(?:[市县区]|港区|园区)$)")


def listed_names(view: str, start: int, end: int, places_win: bool,
                 units_win: bool = False) -> list[tuple[int, int]]:
    """The names listed in ``view[start:end]`` as (start, end) offsets. A place's name is a
    winner only of an honour that is not a brand (``places_win``: 质量兴市先进市); a
    government (某市人民政府) wins a title units hold (``units_win``: 先进集体) by its name."""
    text = view[start:end].rstrip("。.；;")
    stripped, led = True, False
    while stripped:  # 我市有A: a lead, then an owner's verb; 甲省全省新增A: leads in a row
        stripped = False
        for lead_pattern in (NAME_LEAD, OWNER_LEAD, HAS_AFTER_LEAD):
            lead = lead_pattern.match(text)
            if lead and lead.end() and (led or lead_pattern is not HAS_AFTER_LEAD):
                start, text, stripped, led = start + lead.end(), text[lead.end():], True, True
    if text.startswith("被"):
        return []  # 被某市政府评为…: the giver; the winner is the sentence's subject
    if MAKERS_OF_COUNTED.search(text):
        return []  # A等9家企业的12个产品: the makers, not the honoured products
    part = _COUNTED_PART.search(text)
    if part:
        return listed_names(view, start, start + part.start(), places_win, units_win) + \
            listed_names(view, start + part.end(), start + len(text), places_win, units_win)
    tail = NAME_TAIL.search(text)
    while tail:  # 分别被总局批准: one tail after another
        text = text[:tail.start()]
        tail = NAME_TAIL.search(text) if text else None
    pieces: list[tuple[int, str]] = []
    for part in _LIST_SPLIT.finditer(text):
        sub = part.group()
        joined = _AND_SPLIT.split(sub)
        first, last = sub.find("牌"), sub.rfind("牌")
        if len(joined) == 1 and first < last and any(c in sub[first + 1:last] for c in "和与及"):
            joined = _AND_BEFORE_BRAND.split(sub)
        elif len(joined) == 1 and (pair := _TWO_SHORT_NAMES.fullmatch(sub)) and \
                not _counted(view, start + len(text), len(_LIST_SPLIT.findall(text))):
            joined = [pair.group("a"), pair.group("b")]  # 云帆电器和海帆电缆(名列其中)
        offset = part.start()
        for piece in joined:
            at = sub.index(piece, offset - part.start())
            pieces.append((part.start() + at, piece))
            offset = part.start() + at + len(piece)
    out = []
    for rel, piece in pieces:
        # A run-in heading before a name (某某战略稳步推进 A公司荣获…), a word that joins it
        # to the list (以及C): not the name.
        cut = max((m.end() for m in (*_BLANK_BETWEEN.finditer(piece), *_DASH_BEFORE.finditer(piece))),
                  default=0)
        cut = lead.end() if (lead := PIECE_LEAD.match(piece, cut)) else cut
        own = OUR_PLACE.match(piece, cut)
        if own:  # 我县(某牌电缆), 我省(继某市…): what follows the place may open with a lead
            cut = own.end() + (lead.end() if (lead := NAME_LEAD.match(piece[own.end():])) else 0)
        rel, piece = rel + cut, piece[cut:]
        found = name_in(piece, places_win, units_win)
        if found is None:
            continue
        name_start, name_end = start + rel + found[0], start + rel + found[1]
        name = view[name_start:name_end]
        if BRAND_TERM.fullmatch(name):
            continue  # (继A获“中国名牌产品”后: the title, quoted, is no winner)
        author = AUTHOR.match(name)
        if author and "《" in name[author.end():]:
            # 某公司主导制定的国家标准《甲》(荣获…奖): the standard's author is the winner
            name_end = name_start + author.end("firm")
            name = name[:author.end("firm")]
        government = _GOVERNMENT.search(name) if places_win and not units_win else None
        if government and government.start() > 0:
            # 某县政府获得质量兴县先进县称号: the county is the winner
            name_end -= len(name) - government.start()
            name = name[:government.start()]
        places = find_places(name)
        # (恩施州: a prefecture's short name with its 州 is a place too)
        if places and places[0].start == 0 and \
                name[places[-1].end:] in ("", "州") and \
                all(a.end == b.start for a, b in pairwise(places)):
            if not places_win:
                continue  # 某省30个产品获中国名牌: a place is not a brand's winner
            if len(places) > 1 and places[0].place.level == "province":
                name_start += places[1].start  # 浙江湖州 → 湖州
        elif places_win and len(places) > 1 and places[0].start == 0 and \
                places[1].start == places[0].end:
            # 某省某市某县某某示范区: the zone is named from its own (the last) place on
            chain = [places[0]]
            for place in places[1:]:
                if place.start != chain[-1].end:
                    break
                chain.append(place)
            name_start += chain[-1].start
        out.append((name_start, name_end))
    return out


_LAST_AND = rx.compile(r"和|及|与")  # (甲、乙和丙: the last of a run's names after its 和)


def run_names(view: str, start: int, end: int, last_and: bool = False) -> list[tuple[int, int]]:
    """The names of a run ``view[start:end]``, parted at 、 (and, with ``last_and``, at a 和,
    及 or 与 with two characters on each side after the last 、), without their quotation marks."""
    bounds: list[tuple[int, int]] = []
    cursor = start
    for cut in [i for i in range(start, end) if view[i] == "、"]:
        bounds.append((cursor, cut))
        cursor = cut + 1
    last = _LAST_AND.search(view, cursor + 2, end) if last_and else None
    if last is not None and end - last.end() >= 2:
        bounds += [(cursor, last.start()), (last.end(), end)]
    else:
        bounds.append((cursor, end))
    out = []
    for a, b in bounds:
        while a < b and view[a] in "“「\"":
            a += 1
        while b > a and view[b - 1] in "”」\"":
            b -= 1
        out.append((a, b))
    return out


_COUNT_AFTER = rx.compile(r"\s*(?:等|共)?(?P<n>\d+|[一二两三四五六七八九十])(?:个|家|项|件)")


def _counted(view: str, end: int, pieces: int) -> bool:
    """Whether a count right after the list says it holds ``pieces`` names (A、B中和C 2个
    示范区: the 和 is inside a name)."""
    count = _COUNT_AFTER.match(view, end)
    if count is None:
        return False
    return to_number(count.group("n")) == pieces


def name_in(piece: str, places_win: bool, units_win: bool = False) -> tuple[int, int] | None:
    """Where the name is in one listed ``piece``: without its leading place and owner, its
    quotation marks and trailing words; None if what is left is no name (a place, or its
    government unless ``units_win``)."""
    piece_start, piece_end = 0, len(piece)
    mark = _QUOTED_TRADEMARK.search(piece) or _OWNERS_QUOTED.search(piece) or \
        _QUOTED_MARK.search(piece) or _OWNERS_BARE_MARK.search(piece)
    kind = _QUOTED_KIND.search(piece) if mark else None
    if mark and kind and (_MAKER.search(piece, kind.start("name"), mark.start())
                          or PLACES.fullmatch(piece, kind.start("name"), mark.start())):
        kind = None  # (某某公司的甲厂“乙”: a firm's mark after all)
    if kind:
        piece_start, piece_end = kind.span("name")  # (铜合金“线材”: the product, whole)
    elif mark:
        # 某公司的“华祥”商标, 石川“云帆”电缆: the registered mark is the name.
        piece_start, piece_end = mark.start("mark"), mark.end("mark")
    elif kind_of_mark := _OWNERS_KIND_OF_MARK.search(piece):
        piece_end = kind_of_mark.start("of")  # 某公司的注册商标: the firm, its mark unnamed
    else:
        prefix = _PLACE_PREFIX.match(piece)
        if prefix and "牌" not in prefix.group() and not _OWNERS_WARES.search(piece):
            piece_start = prefix.end()  # 我省的… (but 某公司的商标: the firm, below)
        owner = piece.rfind("的", piece_start)
        if owner > piece_start and piece.startswith("牌", owner + 1) and \
                (maker := _MAKER.search(piece, piece_start, owner)):
            # 某公司生产的牌开关柜 (the mark was a picture the text lost): the maker
            piece_end = maker.end("maker")
        elif owner > piece_start and "牌" in piece[owner + 2:]:
            # 浙江华鼎箱包有限公司的华鼎牌旅行箱: the product, not its maker
            piece_start = owner + 1
        elif owner < 0 and (maker := MAKER_BEFORE_MARK.search(piece, piece_start)):
            # 某某股份有限公司青禾食品厂云岗牌米粉: the product, not its maker
            piece_start = maker.end()
        tail = NAME_TAIL.search(piece, piece_start, piece_end)
        while tail:
            piece_end = tail.start()
            tail = NAME_TAIL.search(piece, piece_start, piece_end) \
                if piece_end > piece_start else None
        adverbs = ADVERB_TAIL.search(piece, piece_start, piece_end)
        if adverbs and adverbs.start() > piece_start:
            piece_end = adverbs.start()  # 某牌大米先后(被评为…): what is said of the name
        if owner < 0 and (maker := _MAKER_THEN_PRODUCT.search(piece, piece_start, piece_end)):
            # 某某食品有限公司金谷挂面: the named product (but 某某面业有限公司挂面, a maker
            # and a bare kind of product, is named whole)
            piece_start = maker.end("maker")
    holder = _HOLDER_NOTE.search(piece, piece_start, piece_end)
    if holder and holder.start() - piece_start >= 2:
        piece_end = holder.start()  # 甲记茶庄（甲记茶业有限公司）: the name, not its holder
    post = POST_BEFORE_NAME.match(piece, piece_start, piece_end)
    if post:
        piece_start = post.end()  # 某院院士王某某（个人奖）: the person, without the post
    while piece_start < piece_end and piece[piece_start] in "“「\"" and \
            not _CLOSED_INSIDE.search(piece, piece_start + 1, piece_end - 1):
        piece_start += 1  # (“蒙生”牌石榴 keeps its marks: the quote closes inside)
    while piece_end > piece_start and piece[piece_end - 1] in "”」\"的" and kind is None:
        piece_end -= 1  # (某县的6家企业…, A公司的3件商标: the owner, without its 的)
    if _BOOK_TITLED.fullmatch(piece, piece_start, piece_end):
        piece_start, piece_end = piece_start + 1, piece_end - 1  # 《甲示范区》: the name inside
    wares = _OWNERS_WARES.search(piece, piece_start, piece_end)
    if wares:
        piece_end = wares.start("wares")  # 某公司产品获…: the firm is named
    name = piece[piece_start:piece_end]
    if 2 <= len(name) <= 30 and not NOT_A_NAME.search(name) and not NOT_A_WINNER.match(name) \
            and (places_win or (units_win and _GOVERNMENT_NAME.search(name))
                 or not (PLACES.fullmatch(name) or _PLACE_SHAPE.fullmatch(name))):
        return piece_start, piece_end
    return None
