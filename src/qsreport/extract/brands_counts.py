"""Brand counts: how many products, brands or trademarks hold a title (中国名牌产品 and its
kin), by category, with the basis of each (a year's new ones, or the stock)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import pairwise

from .. import regex_cache as rx
from ..models import BrandCount
from ..regex_prefilter import any_of, compile_fast
from ..segmenting import Segment
from .brands_counts_basis import brand_count
from .brands_counts_chain import continued, continues
from .brands_counts_classes import with_classes
from .brands_counts_kinds import kinds_awarded
from .brands_counts_repeats import without_repeats
from .brands_counts_respective import respectively
from .brands_counts_words import ordinal_counts, with_pairs
from .brands_parts import part_item
from .brands_standing import Marks, read_marks, standing
from .brands_won import GAP_BREAK
from .common import (
    Doc,
    Figure,
    MatchIndex,
    figure_pattern,
    in_book_title,
    unit_as_written,
)
from .lexicon.brand_basis import BASIS_WORD
from .lexicon.brand_chain import FROM_LEVEL, STANDARD_AFTER_TITLE
from .lexicon.brand_lists import (
    FIRMS_HOLDING,
    FIRMS_OF_TITLES,
    FIRMS_WON,
    PLACES_COUNTED,
    SECTOR_ITEM,
    THESE_OF,
)
from .lexicon.brand_status import THEN_THE_TOTAL
from .lexicon.brand_winning import AWARD_EDITION, FIRMS_NOT_COUNTING, FIRMS_WINNING
from .lexicon.brands import (
    APPROVED_BEFORE,
    APPROVED_THEN_WON,
    AWARDED_AS,
    BRAND_PRODUCTS_ONLY,
    BRAND_UNITS,
    CONTEXT_AWARD,
    FIRMS_THEN_PRODUCTS,
    FIRMS_WORD,
    HOLDERS_AFTER,
    HOLDING_VERB,
    HONOUR_VERB,
    NEW_WORD,
    NOT_THE_COUNTED,
    OPENING_QUOTE,
    PART_OPENER,
    PASSIVE_AWARD,
    RECOGNISED_AFTER,
    ROUND_THRESHOLD,
    RUNNING_TOTAL,
    SERVICE_TITLE,
    THE_COUNTED_ONLY,
    THRESHOLD_PASSED,
    WON_JUST_BEFORE,
    honour_only,
)

_FIGURE = figure_pattern(BRAND_UNITS)
_GAP_BEFORE = 8  # characters allowed between a category and its number (总数达到, 称号的产品有)
_GAP_AFTER = 14  # ... between a number and the category it counts (个产品荣获)


def extract_brand_counts(doc: Doc) -> list[BrandCount]:
    """Every count of honoured brands a sentence states, with its basis."""
    if not doc.names_brand_terms():
        # Every count below takes its title from a title named in the text (this sentence's
        # or the last one's); only a programme's list broken into classes needs none.
        return without_repeats(doc, with_classes(doc, []))
    out: dict[int, BrandCount] = {}
    previous_terms: list[re.Match[str]] = []
    view = doc.view
    previous: Segment | None = None  # the sentence before
    carried: BrandCount | None = None  # the last count of the sentence before, if it has one
    for sentence, found_terms, figures in zip(doc.layout.sentences,
                                              doc.brand_terms_by_sentence(),
                                              doc.figures_by_sentence(_FIGURE), strict=True):
        # 《中国名牌产品管理办法》 names a rule book, not a title anyone won.
        terms = [t for t in found_terms if not in_book_title(view, sentence.start, t.start())]
        if terms:
            figures = with_pairs(view, sentence, figures)
        if not figures:  # nothing to count here, but its titles carry over to the next
            previous_terms = terms or previous_terms
            previous, carried = sentence, None
            continue
        taken: set[int] = set()
        written: list[int] = []  # where this sentence's counts start (keys of ``out``)
        # Read once, when a figure first asks (most such sentences count none); only the view.
        # (a plain closure: ``functools.cache`` of a partial cost ~13 µs to make a sentence)
        read: list[Marks] = []

        def marks(sentence: Segment = sentence, previous: Segment | None = previous,
                  read: list[Marks] = read) -> Marks:
            if not read:
                read.append(read_marks(doc, sentence, previous))
            return read[0]

        previous = sentence
        looked_up = MatchIndex(terms)
        for listed, figure, hint in respectively(doc, sentence, terms or previous_terms,
                                                  [f for f in figures if f.unit != "种"]):
            taken.add(figure.start)
            clause_start = doc.clause_start(figure.start, sentence.start)
            status = standing(doc, sentence, figure, clause_start, marks())
            if not honour_only(listed) and status is not None:
                out[figure.start] = brand_count(doc, sentence, listed, figure, hint, clause_start,
                                           status, marks())
                written.append(figure.start)
        before: BrandCount | None = None  # the count of the figure just before, if any
        previous_start = previous_end = 0  # ... and where that figure is
        opener = THESE_OF.match(view, sentence.start)
        if not terms and carried is not None and carried.status == "achieved" and (
                _BY_PLACE.match(view, sentence.start) or opener
                or SECTOR_ITEM.match(view, sentence.start)):
            # 新增省名牌120个。从地区分布看，甲市28个，乙市21个 (这9个产品中，工业类6个;
            # 农业类3个): the last count of the sentence before carries its title and basis
            # down the places or sectors.
            before = carried
        firms_of = _firms_before(view, figures)  # products' figure start → its firms'
        firm_starts = set(firms_of.values())
        for figure in figures:
            if figure.start in firm_starts or (opener and figure.end <= opener.end()):
                continue  # the firms of the products that follow, or the count broken down
            if figure.start in taken:
                before = out.get(figure.start)
                previous_start, previous_end = figure.start, figure.end
                continue
            if OPENING_QUOTE.match(view, figure.start - 1):
                continue  # “四个创建”: a name that opens with a number
            if ROUND_THRESHOLD.match(view, figure.start) and \
                    THRESHOLD_PASSED.search(view, max(sentence.start, figure.start - 3), figure.start):
                continue  # 总数突破千个，达到1020个: a round mark passed, not a count
            clause_start = doc.clause_start(figure.start, sentence.start)
            # 已达86家90项: the products are looked up from where their firms' number stands.
            # (a new tuple only where the firms' number moves its start: _replace is slow)
            probe = figure if figure.start not in firms_of else \
                figure._replace(start=firms_of[figure.start])
            term, basis_hint = _term_for(doc, sentence, probe, looked_up, previous_terms,
                                         clause_start)
            count = None
            if figure.unit == "种" and not kinds_awarded(view, figure, basis_hint,
                                                         clause_start, term):
                term = None  # 涉及30种产品: kinds of product, not honours
            if term is not None:
                status = standing(doc, sentence, figure, clause_start, marks(),
                                  firms_counted=_firms_count(view, term, figure))
                if not honour_only(term) and status is not None:
                    # 已培育中国名牌产品3个、省名牌产品48个: a basis said once for a list
                    hint = basis_hint or _carried_basis(marks(), before, previous_start, figure)
                    count = brand_count(doc, sentence, term, figure, hint, clause_start,
                                   status, marks())
            elif before is not None and continues(doc, before, figure, previous_end, probe.start):
                status = standing(doc, sentence, figure, clause_start, marks())
                if status is not None:  # 由最初的6个品牌发展到目前的…22个品牌; …（含服务业20个）
                    count = continued(view, before, figure, status, previous_end, probe.start)
            elif before is not None and before.unit == unit_as_written(doc, figure) \
                    and part_item(view, _item_start(view, clause_start, figure),
                                  figure.start, sentence.start) \
                    and _ITEM_END.match(view, figure.end, sentence.end):
                status = standing(doc, sentence, figure, clause_start, marks())
                if status is not None:
                    # 甲市获12项省名牌，乙市9项; 其中工业类8个，农业类3个: the category and
                    # basis carry down the list (a basis of the item's own, 甲市拥有7件, first).
                    own = BASIS_WORD.search(view, clause_start, figure.start)
                    count = replace(before, value=int(figure.value),
                                    status=status,  # type: ignore[arg-type]
                                    basis=own.lastgroup if own  # type: ignore[arg-type]
                                    else before.basis,
                                    span=(figure.start, figure.end))
            if count is not None and count.basis is None and carried is not None and \
                    carried.category == count.category and PART_OPENER.match(view, sentence.start):
                # 全省…总数增至344个。其中…276个: a part of the stock is a stock
                count = replace(count, basis=carried.basis)
            if count is not None:
                if before is not None and before.basis is None and count.basis == "total" \
                        and before.category == count.category \
                        and THEN_THE_TOTAL.match(view, previous_end, figure.start):
                    # 认定地理标志产品4个，总数达到26个: the first is the year's new ones.
                    out[previous_start] = replace(before, basis="added")
                out[figure.start] = count
                written.append(figure.start)
            before, previous_start, previous_end = count, figure.start, figure.end
        if terms:
            previous_terms = terms
        # (every count of the sentence starts in it: no need to sort all counts so far)
        carried = out[max(written)] if written else None
    for count in ordinal_counts(doc):  # 某县第4个…地理标志保护的产品: a stock of 4
        out.setdefault(count.span[0], count)
    return without_repeats(doc, with_classes(doc, [out[k] for k in sorted(out)]))


def _service_firms(view: str, term: re.Match[str], figure: Figure) -> bool:
    """3家单位荣获…服务名牌: a service brand is held by a firm, so its firms count it (and
    a time-honoured name, in 家, or in 个 with its title after it: 认定20个企业的字号为…老字号)."""
    return (figure.unit == "家" or (figure.unit == "个" and term.start() > figure.end)) and FIRMS_WORD.match(view, figure.end) is not None \
        and SERVICE_TITLE.search(term.group()) is not None


def _firms_count(view: str, term: re.Match[str], figure: Figure) -> bool:
    """Firms that count the title after them: a service brand's or an old name's holders, and
    firms that won it where no count of products stands between or follows (12家企业获得省
    名牌; not 8家企业获得省名牌11个), one title (8家企业获得省名牌或优质产品: which of the
    two each holds is not told)."""
    return _service_firms(view, term, figure) or (
        figure.unit == "家" and term.start() > figure.end and
        FIRMS_WINNING.fullmatch(_ASIDE.sub("", view[figure.end:term.start()])) is not None
        and FIRMS_NOT_COUNTING.match(view, term.end()) is None)


def _carried_basis(marks: Marks, before: BrandCount | None, before_start: int,
                   figure: Figure) -> str | None:
    """The basis of the count just before, when no basis word stands between the two: the
    word that said it governs both (累计获得A 5个，B 12个)."""
    if before is None or before.basis is None:
        return None
    nearest = bisect.bisect_right(marks.basis_ends, figure.start) - 1
    if nearest >= 0 and marks.basis_ends[nearest] > before_start:
        return None
    return before.basis


def _firms_before(view: str, figures: list[Figure]) -> dict[int, int]:
    """``86家90项``, ``47家69个产品``, ``31个企业38个产品``: a number of firms written straight
    before the number of their products. Maps the products' figure start to the firms'."""
    pairs: dict[int, int] = {}
    for firms, products in pairwise(figures):
        of_firms = firms.unit == "家" or view.startswith(("企业", "单位"), firms.end)
        if of_firms and products.unit != "家" and \
                FIRMS_THEN_PRODUCTS.fullmatch(view, firms.end, products.start):
            pairs[products.start] = firms.start
    return pairs


def _item_start(view: str, clause_start: int, figure: Figure) -> int:
    """Where a figure's item of a list starts: after the clause's last 、 before it."""
    return max(clause_start, view.rfind("、", clause_start, figure.start) + 1)


# Asides between a number and its title: a year (“2006中国名牌”: with no 年 too) or the times
# the title was won (14个产品32次获得…: 14 products hold it)
# (46个产品（其中复评15个）某名牌产品称号: a bracketed part between the count and its title)
# (and the kinds the counted fall into, listed: 180家制造业、农产品、消费品类…品牌)
_ASIDE = compile_fast(r"\d{4}(?:年度?)?|\d+次|[(（][^()（）]{1,20}[)）]|"
                      r"(?:[^\W\d_a-zA-Z]{1,6}[、和及]){1,5}[^\W\d_a-zA-Z]{1,6}类")
# CONTEXT_AWARD without its ^, to be tried in place with .match (which anchors it there).
_AWARD_AT = rx.compile(CONTEXT_AWARD.pattern.removeprefix("^"))
_GAP_PASSIVE = 32  # 5件商标近日被商标局认定为中国驰名商标: a passive award may name its giver


# A sentence that only breaks the last count down by place: 从地区分布看，…
_BY_PLACE = rx.compile(r"(?:从|按|分)?(?:地区|区域|地市|各地|各市|市县)(?:分布)?(?:上|来|情况)?(?:看|来看|分|上看)?[，,：:]")
# A title as a floor (省名牌以上, 市名牌及以上): the firms at that level or higher.
_OR_ABOVE = rx.compile(r"[”」\"]?(?:称号)?(?:及|或)?以上")
# what ends such a list item: 乙市9项， (or the colon before its names: 乙市3件：A、B)
_ITEM_END = rx.compile(r"[，,；;。、！!：:]|$")


def _term_for(
    doc: Doc,
    sentence: Segment,
    figure: Figure,
    terms: MatchIndex,
    previous_terms: list[re.Match[str]],
    clause_start: int,
) -> tuple[re.Match[str] | None, str | None]:
    """The category a figure counts: written just before it, just after it, or (for 入选)
    named earlier in this sentence or the last one. ``clause_start`` is where the figure's
    clause starts."""
    view = doc.view
    if PLACES_COUNTED.match(view, figure.end):
        return None, None  # 三个市实现了…零的突破: places, not brands
    held = terms.first_starting_from(figure.end)
    if held is not None and held.start() - figure.end <= 2 and \
            _OR_ABOVE.match(view, held.end()):
        return None, None  # 20多家省名牌以上企业: a level and those above it, no title counted
    if figure.unit == "家" and held is not None and (
            (held.start() - figure.end <= 2 and FIRMS_HOLDING.match(view, held.end())) or
            (FIRMS_WON.fullmatch(view, figure.end, held.start()) and
             FIRMS_OF_TITLES.match(view, held.end()))):
        # 21家中国名牌和6家驰名商标的企业, 24家入选某年中国名牌及驰名商标的企业: the firms
        return None, None
    nearest = terms.last_ending_by(figure.start)  # only the nearest can be close enough
    if held is not None and _OWN_TITLE_NEXT.fullmatch(view, figure.end, held.start()) and \
            nearest is not None and nearest.end() < figure.start:
        # 拥有15个“中国名牌产品” 101个中国驰名商标: a number with its own title right after
        # it counts that one, not the title before (a headline's run of counts, no commas)
        nearest = None
    if nearest is not None and FROM_LEVEL.fullmatch(view, nearest.end(), figure.start):
        return nearest, "total"  # 驰名商标由2005年的12件(增加到目前的19件): a stock
    if nearest is not None and figure.start - nearest.end() <= _GAP_BEFORE:
        gap = view[nearest.end():figure.start]
        if not _GAP_OR_NEXT.search(gap):
            # 中国名牌产品企业有12家, 拿到省名牌称号的只有2家: the number counts the firms.
            # (…称号的产品和340个: the next item of a list, counted by its own title)
            firms = NOT_THE_COUNTED.search(gap) or (
                figure.unit == "家" and "的" in gap and not _service_firms(view, nearest, figure))
            return (nearest, None) if not firms else (None, None)
    if nearest is not None and figure.unit != "家" \
            and HOLDERS_AFTER.fullmatch(view, nearest.end(), figure.start) \
            and HOLDING_VERB.search(view, max(clause_start, nearest.start() - 4), nearest.start()):
        # 获得某省名牌的有3家企业5个产品: how many hold it, unless the clause says they are new
        new = NEW_WORD.search(view, clause_start, figure.start)
        return nearest, None if new else "total"
    following = terms.first_starting_from(figure.end)
    if following is not None:
        gap = _ASIDE.sub("", view[figure.end:following.start()])  # 4个产品荣获2003年度中国名牌产品称号
        # (8家企业获得…: firms; 3个产业集聚区被批准为…示范区: not brands; but 3家单位荣获
        # …服务名牌: a service brand's holders are firms)
        counted = NOT_THE_COUNTED.search(gap)
        if counted and _service_firms(view, following, figure):
            counted = None
        elif counted and _firms_count(view, following, figure):
            # 12家企业获得省名牌: the firms count the title they hold, unless the sentence
            # says they are new (此次, 新增: the year's); 43家企业的51个产品 counts products
            new = NEW_WORD.search(view, sentence.start, figure.start) or \
                AWARD_EDITION.search(view, figure.end, following.start())
            return following, "added" if new else "total"
        if STANDARD_AFTER_TITLE.match(view, following.end()):
            return None, None  # 3项地理标志产品团体标准: standards of the title's products
        if not GAP_BREAK.search(gap) and not counted:
            if len(gap) <= _GAP_AFTER:
                if HONOUR_VERB.search(gap) or (_AS_BATCH.search(gap) and
                                               AWARDED_AS.search(view, _before_brackets(
                                                   doc, sentence, clause_start), figure.start)):
                    return following, "added"  # 确定40家企业的46个产品为…省名牌产品
                if APPROVED_BEFORE.search(view, clause_start, figure.start) or \
                        RECOGNISED_AFTER.match(view, following.end()):
                    # 批准26种产品实行…保护, 32件商标获工商部门认定: approved now
                    return following, "added"
                return following, None
            if len(gap) <= _GAP_PASSIVE and PASSIVE_AWARD.fullmatch(gap):
                return following, "added"
        if len(gap) <= _GAP_PASSIVE and APPROVED_THEN_WON.fullmatch(gap):
            return following, "added"  # 9项特产经总局审核，获得…保护: approved, then the title
    if _AWARD_AT.match(view, figure.end, sentence.end):
        earlier = terms.last_ending_by(figure.start) or \
            (previous_terms[-1] if previous_terms else None)
        if earlier is not None:
            return earlier, "added"
    # Both read view[clause_start:figure.start] in place: neither looks behind its start,
    # and $ / fullmatch end where the window does.
    if WON_JUST_BEFORE.search(view, clause_start, figure.start):
        # 在…中国名牌产品名单中，乐清企业一举斩获五项: the list named the title.
        earlier = terms.last_ending_by(clause_start)
        if earlier is not None:
            return earlier, "added"
    products_only = BRAND_PRODUCTS_ONLY.fullmatch(view, clause_start, figure.start)
    if RUNNING_TOTAL.fullmatch(view, clause_start, figure.start) or products_only or \
            THE_COUNTED_ONLY.fullmatch(view, clause_start, figure.start):
        # 新增国家免检产品17个，累计达到48个: the category is the previous clause's (or
        # the last sentence's: 全市共有中国名牌产品6个。其中今年新获2个).
        earlier = terms.last_ending_by(clause_start)
        if earlier is None and clause_start == sentence.start and previous_terms and \
                _just_before(view, previous_terms[-1].end(), sentence.start):
            earlier = previous_terms[-1]
        if earlier is not None and not (products_only and "名牌" not in earlier.group()):
            return earlier, None
    return None, None


def _before_brackets(doc: Doc, sentence: Segment, clause_start: int) -> int:
    """Where a clause starts when a colon inside brackets only seemed to start it (认定某公司
    （注册商标：甲乙）等20个企业…): the clause the bracket opened in."""
    view = doc.view
    opened = view.rfind("(", sentence.start, clause_start)
    if opened < 0 or view.rfind(")", sentence.start, clause_start) > opened:
        return clause_start
    return doc.clause_start(opened, sentence.start)


_NEXT_ITEM = rx.compile(r"(?:和|及|与|以及)$")
_GAP_OR_NEXT = any_of(GAP_BREAK, _NEXT_ITEM)
# The end of 认定…为 before a title, a batch between them (认定甲等20家企业为首批“某市老字号”)
_AS_BATCH = rx.compile(r"为(?:首批|第[一二三四五六七八九十\d]+批|新一批)?[“「\"]?$")
_OWN_TITLE_NEXT = rx.compile(r"[“「\"]?")
_SENTENCE_REACH = 300  # how far back the sentence before can have named its title


def _just_before(view: str, end: int, sentence_start: int) -> bool:
    """Whether a title ending at ``end`` is in the sentence just before the one starting at
    ``sentence_start`` (at most one full stop between them)."""
    return sentence_start - end <= _SENTENCE_REACH and view.count("。", end, sentence_start) <= 1
