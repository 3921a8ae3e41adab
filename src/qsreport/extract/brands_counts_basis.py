"""One brand count made: its category (a title's, or ``other`` for geographical-indication
marks counted alone) and its basis (new this year, the stock held, or renewed: neither)."""

from __future__ import annotations

import bisect
import re

from .. import regex_cache as rx
from ..models import BrandCount
from ..regex_prefilter import compile_fast
from ..segmenting import Segment
from .brands_standing import Marks, undone_between
from .common import Doc, Figure, unit_as_written
from .lexicon.brand_basis import (
    GRANTED,
    HELD,
    LISTED_AFTER,
    NEW_TOO,
    RENEWED,
    RENEWED_TOO,
    STOCK,
    STOCK_UNDONE,
)
from .lexicon.brand_lists import DECIDED_AS, RENEWED_AFTER
from .lexicon.brand_together import EACH_IN_TURN, LEVELS_LISTED, TITLE_JOINED
from .lexicon.brands import (
    APPROVAL,
    NEW_WORD,
    PROTECTED,
    brand_category,
)


def brand_count(
    doc: Doc, sentence: Segment, term: re.Match[str], figure: Figure, hint: str | None,
    clause_start: int, status: str, marks: Marks,
) -> BrandCount:
    """The count of ``term``'s title that ``figure`` gives, its basis read from the words
    around it (``hint`` when the caller knows it: 荣获 before the title says new ones)."""
    view = doc.view
    nearest = bisect.bisect_right(marks.basis_ends, figure.start) - 1  # the last word before
    basis = hint or (marks.bases[nearest].lastgroup if nearest >= 0 else None)
    near = max(clause_start, figure.start - _STOCK_REACH)
    after = (figure.end, term.start()) if term.start() > figure.end else None
    renewed = RENEWED.search(view, near, figure.start) or \
        (after and (RENEWED.search(view, *after) or RENEWED_TOO.search(view, *after))) \
        or (term.start() >= figure.end and (_VALIDITY.match(view, term.end()) or
                                            RENEWED_AFTER.match(view, term.end())))
    if renewed:
        # 通过复评的…415个: renewed; 公布的501个…产品的有效期延长: a term of validity.
        # Neither new nor the stock.
        basis = None
    elif STOCK.search(view, near, figure.start) or \
            (term.start() > figure.end and STOCK.search(view, figure.end, term.start())):
        basis = "total"  # 先后有42个产品获得过省名牌产品: how many have it, not new ones
    elif (PROTECTED.match(view, term.end()) or term.group().endswith("保护")) \
            and not NEW_WORD.search(view, near, term.start()) \
            and not APPROVAL.search(view, near, max(term.start(), figure.start)) \
            and not _YEAR_OF_AWARDS.search(view, sentence.start, term.start()):
        basis = "total"  # 5个特产受地理标志产品保护: the products under protection
    elif _stock_dated(view, marks, figure.start, max(figure.end, term.end())):
        basis = "total"  # 截至去年底，…荣获驰名商标70件: the holders at that date
    elif (HELD.search(view, near, figure.start) or
          (term.start() > figure.end and HELD.search(view, figure.end, term.start()))) \
            and not undone_between(marks, sentence.start, max(figure.end, term.end())):
        basis = "total"  # 已培育中国名牌产品3个: held, not won this year
    if basis == "added" and hint is None and nearest >= 0 and \
            _bare_won_after_held(doc, sentence, marks.bases[nearest],
                                 max(figure.end, term.end())):
        basis = "total"  # 某市拥有注册商标5000多件，获得驰名商标37件: the stock, both
    elif basis == "added" and term.start() > figure.end and \
            _won_between_after_held(doc, sentence, figure.end, term.start()):
        basis = "total"  # 甲市共有检测中心9个，40个产品获得…保护: the stock, both
    if basis == "total" and hint is None and nearest >= 0 and \
            _SUMMED.fullmatch(marks.bases[nearest].group()) and \
            _BATCH_LIST.search(view, sentence.start, marks.bases[nearest].start()):
        basis = "added"  # 公布第三批…名单，共计60个品牌: the size of the batch just named
    if basis in ("added", None) and not renewed and _one_after_another(view, sentence, figure,
                                                                       term):
        basis = "total"  # 经过3年努力，…等7个产品先后获得…: won over the years, the stock
    if basis is None and not renewed and (
            _BATCH_NUMBER.search(view, near, figure.start) or
            _BATCH_LIST.search(view, sentence.start, figure.start)):
        basis = "added"  # 首批34个…品牌亮相; 第三批…名单出炉，涵盖52个…: the batch's size
    if basis is None and not renewed and (NEW_TOO.search(view, near, figure.start) or
                                          (after and NEW_TOO.search(view, *after)) or
                                          (term.start() > figure.end
                                           and LISTED_AFTER.match(view, term.end()))):
        basis = "added"
    elif basis is None and not renewed and \
            (decided := DECIDED_AS.search(view, near, figure.start + _DECIDED_REACH)) \
            and decided.start() < figure.start:
        basis = "added"  # 认定某区“甲”等3件商标为某市著名商标: a decision's new list
    elif basis is None and not renewed and _granted(view, near, figure, term):
        basis = "added"  # 批准…等9个产品实施…保护; 7个产品予以…认定: this time's grant
    if basis is None and not renewed and status == "achieved" and \
            _bare(view, sentence, clause_start, figure, term):
        basis = "total"  # 全国N个中国名牌里乙省占N%; 市级以上著名商标N件，占…: a bare stock
    start = min(term.start(), figure.start) if term.start() >= sentence.start else figure.start
    end = max(term.end(), figure.end) if term.start() >= sentence.start else figure.end
    return BrandCount(
        category=_category(doc, term, figure),  # type: ignore[arg-type]
        label=doc.text[term.start():term.end()],
        value=int(figure.value),
        unit=unit_as_written(doc, figure),
        basis=basis,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        span=(start, end),
        evidence=doc.evidence(sentence),
    )


def _granted(view: str, near: int, figure: Figure, term: re.Match[str]) -> bool:
    """Whether an authority's grant (批准, 核准, 予以…认定) stands in the count's reach before
    its number, or between the number and its title after it, with no stop of a clause."""
    before = GRANTED.search(view, near, figure.start)
    if before is not None and not _CLAUSE_STOP.search(view, before.end(), figure.start):
        return True
    return term.start() > figure.end and \
        not _CLAUSE_STOP.search(view, figure.end, term.start()) and \
        GRANTED.search(view, figure.end, term.start()) is not None


def _category(doc: Doc, term: re.Match[str], figure: Figure) -> str:
    """The category of the title a count counts; a title that closes a list of levels, or
    that is joined to another title with the count after both, is ``other``.
    Geographical-indication marks (地理标志证明商标) are geographical indications, as the
    rounds' readers key them."""
    view = doc.view
    category = brand_category(term)
    if LEVELS_LISTED.search(view, max(0, term.start() - 12), term.start()):
        return "other"  # 国家、省、市名牌产品44件: the titles of every level together
    if _joined(doc, term, figure):
        return "other"  # 省名牌产品和省著名商标20个: two titles counted together
    return category


def _joined(doc: Doc, term: re.Match[str], figure: Figure) -> bool:
    """Whether ``term`` follows another title of another category with only 和/或 between
    them, and the count comes after both with no 分别/各 between."""
    view = doc.view
    if term.start() < 1 or figure.start < term.end() or \
            not TITLE_JOINED.search(view, term.start() - 1, term.start()) or \
            EACH_IN_TURN.search(view, term.end(), figure.start):
        return False
    return any(m.end() == term.start() - 1 and brand_category(m) != brand_category(term)
               for m in doc.brand_terms(max(0, term.start() - 30), term.start()))


def _stock_dated(view: str, marks: Marks, pos: int, end: int) -> bool:
    """Whether a stock date (截至…底, 目前, 迄今) governs the number at ``pos``: the last one
    before it, with no word of a year's awards (今年, 新增) from there to ``end``."""
    at = bisect.bisect_right(marks.stock_dates, pos) - 1
    return at >= 0 and not undone_between(marks, marks.stock_dates[at], end)


# A bare verb of winning (获得, no 新, no year) ...
_BARE_WON = rx.compile(r"获得?")
# ... after a clause of holding in its sentence (拥有, 现有, 共有)
_HOLDING = rx.compile(r"拥有|现有|共有")


def _bare_won_after_held(doc: Doc, sentence: Segment, word: re.Match[str], end: int) -> bool:
    """Whether the basis word before a count is a bare 获得 in a clause after the sentence's
    clause of holding (某市拥有…，获得…N个), with no word of a year's awards in the sentence:
    the holding goes on, the count is a stock too."""
    view = doc.view
    if not _BARE_WON.fullmatch(word.group()):
        return False
    clause = doc.clause_start(word.start(), sentence.start)
    return clause > sentence.start and \
        _HOLDING.search(view, sentence.start, clause) is not None and \
        STOCK_UNDONE.search(view, sentence.start, end) is None


def _won_between_after_held(doc: Doc, sentence: Segment, start: int, stop: int) -> bool:
    """Whether the words between a count and its title after it are a bare verb of winning
    (N个产品获得…) in a clause after the sentence's clause of holding (某地共有…，N个产品获得…),
    with no word of a year's awards in the sentence: the holding goes on, a stock too."""
    view = doc.view
    won = _BARE_WON.search(view, start, stop)
    if won is None or not _WON_GAP.fullmatch(view, start, stop):
        return False
    clause = doc.clause_start(start, sentence.start)
    return clause > sentence.start and \
        _HOLDING.search(view, sentence.start, clause) is not None and \
        STOCK_UNDONE.search(view, sentence.start, stop) is None


# What may stand between such a count and its title: its unit's noun and a bare 获得
_WON_GAP = rx.compile(r"[^\W\d_a-zA-Z]{0,3}?(?:产品|商标|品牌|企业)?获得?了?[“「\"]?")


# A summing word (共计, 合计) after a batch's list named in its sentence (发布第二批…名单)
_SUMMED = rx.compile(r"共计|总计|合计|一共")
_BATCH_LIST = rx.compile(r"(?:第[一二三四五六七八九十\d]+|首|本|新一)批[^。；;，,]{0,24}?名单")
# A batch's number right before a count (首批60个, 第二批45家): the batch's size
_BATCH_NUMBER = rx.compile(r"(?:第[一二三四五六七八九十\d]+|首|新一)批(?:共|共计)?$")
_VALIDITY = rx.compile(r"的有效期")
# 2015年，…等4个产品纳入地理标志保护: protection granted in the year named, new.
# (到2030年, 截至2030年: the date a stock is told at, as 到2030年底 is)
_YEAR_OF_AWARDS = compile_fast(r"(?<!\d)(?<![到至止])\d{4}年(?!底|末|以来|前|之前)")
_STOCK_REACH = 20  # how far before a number a stock word still speaks of it (累计获得…达到90项)


def _one_after_another(view: str, sentence: Segment, figure: Figure, term: re.Match[str]) -> bool:
    """Whether the count's titles were won one after another (…等21件商标先后被认定为…; 经过3年
    努力，…等7个产品相继获得…): the holders, unless the sentence dates the awards (今年, 2012年,
    新增: the year's new ones, won one by one)."""
    # (each search within a reach of the figure: a sentence may hold thousands of counts)
    low = max(sentence.start, figure.start - _YEARS_REACH)
    end = max(figure.end, term.end())
    found = _ONE_AFTER_ANOTHER.search(view, max(low, figure.start - _STOCK_REACH * 3),
                                      max(figure.end, term.start()))
    if found is None or STOCK_UNDONE.search(view, low, end) is not None:
        return False
    # (先后获评 alone, beside a year's other awards, may be this year's two: only a decision
    # taken again and again, 先后被认定, or years of work before it, make the holders)
    return found.group().endswith("被") or \
        _OVER_YEARS.search(view, low, found.start()) is not None


_YEARS_REACH = 200  # how far before a count its sentence's years of work or of awards are read
_DECIDED_REACH = 42  # 认定 before the number, 为 at most 40 characters after it
_ONE_AFTER_ANOTHER = rx.compile(r"(?:先后|相继|陆续)(?:有|被|获|荣获|获得|获评|入选|通过)")
_OVER_YEARS = compile_fast(r"(?:经过|历经|历时|用了?)\s*[\d一二三四五六七八九十两几多]+年|"
                         r"(?<![\d今去前明本当上])[\d一二三四五六七八九十两几多]+年(?:来|间|时间)")


def _bare(view: str, sentence: Segment, clause_start: int, figure: Figure,
          term: re.Match[str]) -> bool:
    """Whether a count with no word of its basis in its sentence is told bare: the title and
    its number side by side (乙省名牌称号产品共N个; 全国N个中国名牌), opening their clause
    after at most a place's few words, with no verb of winning and no word of a year's awards
    before it in the sentence. How many there are: the stock."""
    if term.start() < clause_start:
        return False
    if term.start() >= figure.end:
        joined = _BARE_UNIT.fullmatch(view, figure.end, term.start())
    else:
        joined = _BARE_TITLE.fullmatch(view, term.end(), figure.start)
    first, last = min(term.start(), figure.start), max(term.end(), figure.end)
    stop = _CLAUSE_STOP.search(view, last, sentence.end)
    rest = (last, stop.start() if stop else sentence.end)
    return joined is not None and first - clause_start <= _BARE_REACH and \
        _BARE_VERB.search(view, clause_start, first) is None and \
        _RESTATED.search(view, clause_start, first) is None and \
        _AMONG_AFTER.match(view, last) is None and \
        _BARE_VERB.search(view, *rest) is None and _NEWS.search(view, *rest) is None and \
        STOCK_UNDONE.search(view, sentence.start, figure.end) is None


_CLAUSE_STOP = rx.compile(r"[，,；;。！？!?\n]")
# ... nor after it in its clause (N件省著名商标名单刚刚出炉: the news of a new list)
_NEWS = rx.compile(r"出炉|揭晓|亮相|诞生|产生|问世|出台|面世")
# A count named again (这12个名牌产品; 40个名品中，包括…; 全省21件驰名商标中，甲市3件): the
# list's size whose basis an earlier sentence gave, or the whole a place's share is told of
_RESTATED = rx.compile(r"这|上述|该|此|其")
_AMONG_AFTER = rx.compile(r"[”」\"]?(?:称号)?中")
_BARE_REACH = 8  # how many characters (a place, 全国, 我省) may open a bare count's clause
_BARE_UNIT = rx.compile(r"[个件项家种款]?")
_BARE_TITLE = rx.compile(r"(?:称号|产品)?")
# A verb before a count (获, 评, 选, 申报, 培育): the count is not told bare
_BARE_VERB = rx.compile(r"获|评|选|认定|命名|授予|申报|申请|推荐|公示|培育|创建|争创|注册|登记|"
                        r"颁发|发布|公布|审定|通过|新|增|争取|力争|计划|拟|将|要")
