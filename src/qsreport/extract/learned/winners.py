"""Named winners found by the learned tagger: in each sentence that names an honour's title
(the brand lexicon's titles) and the sentence after it, the tagger marks the names; each
name takes the category of the nearest title, passes the status checks the rules' winners
pass (an application, a recommendation, a shortlist or a goal names no winner) and the
rules' guards (:func:`.brands_honours_guards.guarded` here, ``brands_honours_checks`` where
:mod:`..brands` joins the rules' winners and these), and checks of its own (a passage about
counterfeits, status words after the name, names that are no winner's). A name standing in
a counted run (A、B、C等3家企业) brings the run's other names when the count agrees. The
weight table is read on the first sentence that needs it, so a report naming no title never
loads it."""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Collection, Iterator
from functools import cache

from ... import regex_cache as rx
from ...models import BrandHonour
from ...regex_prefilter import any_of
from ...segmenting import Segment
from ..brands_honours_checks import open_shortlist
from ..brands_honours_guards import guarded
from ..common import Doc, in_book_title
from ..lexicon.brand_lists import COUNTED_MARKS
from ..lexicon.brand_names import MAKERS_OF_COUNTED, NOT_A_NAME
from ..lexicon.brand_status import GOAL, SHORTLIST
from ..lexicon.brands import (
    APPLIED_FOR,
    CONTEXT_VERB,
    HONOUR_VERB,
    NOT_A_HOLDER,
    NOT_WON_YET,
    TITLE_IN_A_NAME,
    places_win,
)
from ..lexicon.brands import brand_category as _brand_category
from .mentioned import only_mentions
from .runs import run_mates
from .tagger import WeightTable, char_class, read_kept_table, spans, tag

MODEL = os.path.join(os.path.dirname(__file__), "data", "winners.tsv")

_QUOTES_OPEN = "“「『\"'‘"
_QUOTES_CLOSE = "”」』\"'’"
# A title that names a kind of work, not an honour won (名牌建设, 品牌战略, 名牌工作): a
# sentence with no other title names no winner.
_WORK_AFTER = rx.compile(r"建设|战略|发展|推进|工程|体系|意识|经济|之路|培育")
# The fields a title's scheme covers (某“领跑者”重点领域，包括A、B): kinds, no winners.
_FIELDS_AFTER = rx.compile(r"[”」』\"]?(?:制度|工作)?的?(?:重点)?(?:领域|行业|产业)")
# Kinds, not winners: the names of a list that ends on 等N个行业 (覆盖A、B等6个行业).
_KINDS_AFTER = rx.compile(r"[^，,；;。]{0,20}?等[^，,；;。]{0,10}?(?:行业|产业|领域|类)")
# A title held by firms (为“某某十强”企业颁奖): the quoted words are a title, no winner.
_HELD_BY_FIRMS = rx.compile(r"[”」』\"](?:企业|单位)")
_RANKING = rx.compile(r"[十百]大|[十百]强|[十百]佳")
# A person (a worker, an inspector, an official): no brand's or firm's honour.
_PERSON = rx.compile(r"职工|员工|同志|工程师|技师|师傅|选手|科长|所长|站长|队长|主任|局长")
# A person's post before a name (董事长某某, 总经理某某): a person.
_POST_BEFORE = rx.compile(r"(?:董事长|总经理|经理|厂长|院长|院士|主席|书记|总裁|工段长)$")
# A reward or praise just before a headline's 争创 (重奖争创名牌的先进企业): firms rewarded for
# the titles they strove for and won, no applicants.
_REWARD_BEFORE = rx.compile(r"(?:奖励|重奖|嘉奖|表彰|表扬)了?$")
# Approved to work towards a title (批准甲市创建“某某示范城市”, 获批筹建): not won yet.
_BUILDING_TOWARDS = rx.compile(r"创建|筹建|争创|培育")
# Products sent to take part in a selection or an assessment (组织A等14个产品参加评审, A申报已
# 通过初审, 上报了A, 对A、B进行现场评审): the status of the name's own clause, after it as
# well as before. (组织 only inside a name: after one it is a noun, 等43个组织.)
_TAKING_PART = rx.compile(r"参加|参评|参与|上报|报送|(?:进行|开展)了?(?:现场|实地)?(?:评审|审核|考核|验收)")
_SENT = rx.compile(r"组织|参加|参评|参与")
# A page's address read as a name (…/tongzhigonggao2/…): Latin letters inside a path.
_IN_AN_ADDRESS = rx.compile(r"[/.=_?&:]")
# Who a title will go to, or the kind of holder it counts (将授予…经营绩效卓越的企业; 某市拥有
# 驰名商标46项, 获得地理标志保护的产品有9个): a title said ahead, or followed by its count,
# names no winner before it.
# (将自动获得…品牌“甲”的使用权: what products will get, the mark named is no winner)
_AHEAD = rx.compile(r"将(?:被|自动|可以?|会|能)?(?:授予|评选|表彰|认定|获得|享有)")
# A title in another part of the sentence than the name (A、B列入…；还有…被认定为某名牌).
_PART_END = rx.compile(r"[；;]")
# What a bureau's work is about or builds on (围绕A、B等特色产品, 依托A, 打造A): the names
# are its subject; they won nothing in that clause.
_WORKED_ON = rx.compile(r"围绕|依托|针对|立足|打造|扶持")
# A county, a city or a province by its shape (河川县, 某某市人民政府).
_A_PLACE = rx.compile(r"[^\W\d_a-zA-Z]{1,4}[省市县区](?:人民)?(?:政府)?")
# Marks a firm registered (注册了A、B等商标): no honour, unless the title is a trademark's.
_REGISTERED = rx.compile(r"注册")
# What names a book title as a standard (《…》地方标准, 《…》国家标准): ``_in_a_standards_title``.
_STANDARD_AFTER = rx.compile(r"[^，,。；;《]{0,6}?标准")
# Goods sent up by the bureau (上报了“甲”): an application, before the name too.
_SENT_UP = rx.compile(r"上报|报送")
# The makers of listed products (生产A、B、C等产品的15家企业…): the firms, unnamed, act.
_MAKING = rx.compile(r"(?:对|凡)?生产")
_MAKERS_TAIL = rx.compile(r"[^，,。；;]*?的(?:[\d一二三四五六七八九十百两]+[家个])?(?:企业|生产者|单位)")
_COUNT_AFTER = rx.compile(r"[”」』\"]?(?:称号|产品)?(?:的[^\W\d_]{0,4}?)?(?:有|达到?|共计?)?"
                          r"[\d一二三四五六七八九十两]+(?:项|件|个|家|种)")
# No name starts on these (a mark's name lost before 牌, the tail of a phrase).
_NOT_A_START = rx.compile(r"[牌的等之]")
# A firm, then its product or mark (A公司的“甲”商标, A厂的乙牌挂面, A公司“甲”葡萄酒): the
# product won.
_FIRM_END = rx.compile(r"(?:公司|集团|厂)$")
_PRODUCT_AFTER = rx.compile(r"(?:生产)?的?(?:[“「『\"]|[^\W\d_]{1,6}牌)")
# The report's own place before a name (本县, 我市): no part of it.
_OWN_PLACE = rx.compile(r"(?:本|我|该)(?:省|市|县|区|州|镇)")
# A notice's title on a line of its own (关于2012年度某奖拟获奖企业的公示).
_NOTICE_TITLE = rx.compile(r"(?m)^[ \t]*关于[^\n。]{4,60}?(?:公示|名单|通知|公告)[ \t]*$")
# A firm's name cut before the rest of it and its mark (甲乙|阀门有限公司的“飞跃”商标).
_FIRM_CUT = rx.compile(r"[^\W\d_]{1,10}?(?:有限公司|公司|集团|厂)(?:生产)?的?[“「『\"]")
_CLAUSE_END = rx.compile(r"[，,；;。！？!?\n]")
# What a giver does at a ceremony, read as part of a name (为某某企业颁奖): no winner's name.
_GIVING = rx.compile(r"颁奖|颁发|授牌|典礼|仪式")
# A passage about counterfeits (a den, goods seized, marks copied): the marks it names are
# the ones faked, never winners. A fight against fakes named as an aim (为打击假冒…) is no
# such passage: an honour is often sought to protect a product from them.
# What a product sells, makes or exports, in the name's own clause (某某牌地板年销售额…):
# the clause describes its trade; the title of the sentence before is not what it won there
# (in its own sentence, 获批地理标志保护产品A、B的产值…, the title is: a list of winners).
_TRADE = rx.compile(r"销售额|销售收入|产值|年产|产量|出口额|销往|远销|注册于|市场占有率")
_FAKES = rx.compile(r"假冒|仿冒|冒用|制假|售假|造假|窝点|查获")
_FIGHT_BEFORE = rx.compile(r"(?:打击|打假|严打|防止|杜绝|整治|保护)[^，,；;。]{0,8}$")

# Each test of truth above made one call of the engine for its patterns together (any_of):
# what follows a title that makes it none (a word of an office's name, a holder's kind, a
# field, a kind of work); what a tagged name holds that makes it no winner's; the status words
# of a name's clause that say it has won nothing yet.
_NO_TITLE_AFTER = any_of(TITLE_IN_A_NAME, NOT_A_HOLDER, _FIELDS_AFTER, _WORK_AFTER)
_NOT_A_WINNERS_NAME = any_of(NOT_A_NAME, HONOUR_VERB, _GIVING, _RANKING, _PERSON, _SENT)
_NOT_WON_WORDS = any_of(APPLIED_FOR, GOAL, _AHEAD, _SENT_UP)


@cache
def shipped_table() -> WeightTable:
    """The weight table shipped with the package (read once, on first use)."""
    return read_kept_table(MODEL)


def titled_sentences(doc: Doc) -> Iterator[tuple[Segment, list[re.Match[str]]]]:
    """Each sentence the tagger reads, with its titles: a sentence naming an honour's title
    (not a word of an office's name such as 名牌战略推进委员会, nor a kind of work such as
    名牌建设), outside the headline (a headline names no winner the article does not name
    again); and the sentence just after one, with the titles of the one before (分别是A、B…
    after the sentence that names the title). A title inside a book title is read too: the
    tagger, not the rules, tells a list's name (《…名牌产品名单》公布，A、B上榜) from a
    winner's."""
    if not doc.names_brand_terms():
        return
    view = doc.view
    title = doc.layout.header.title_line
    before: list[re.Match[str]] = []
    for sentence, found in zip(doc.layout.sentences, doc.brand_terms_by_sentence(),
                               strict=True):
        introduced, before = before, []
        if introduced and COUNTED_MARKS.search(view, sentence.start, sentence.end):
            introduced = []  # 集体商标3件，分别是…: marks of a kind no title names
        if title is not None and title.start <= sentence.start < title.end:
            continue
        terms = [t for t in found if not _NO_TITLE_AFTER.match(view, t.end())
                 and not _in_a_standards_title(view, sentence.start, t)]
        if terms:
            before = terms
            yield sentence, terms
        elif introduced:
            yield sentence, introduced


def _in_a_standards_title(view: str, floor: int, term: re.Match[str]) -> bool:
    """Whether ``term`` is a word of a standard's title (制定了《地理标志产品某某》地方标准):
    the standard's subject, not a title anyone won."""
    if not in_book_title(view, floor, term.start()):
        return False
    close = view.find("》", term.end())
    return close >= 0 and _STANDARD_AFTER.match(view, close + 1) is not None


def learned_honours(doc: Doc, table: WeightTable | None = None,
                    skip: Collection[int] = ()) -> list[BrandHonour]:
    """The winners the tagger names in ``doc`` (the shipped table unless one is given), in
    the sentences that do not start at an offset in ``skip``."""
    found: list[BrandHonour] = []
    view = doc.view
    weights: WeightTable | None = None
    starts: list[int] = []  # where each sentence starts (for a sentence's neighbours)
    tagged: dict[str, list[str]] = {}  # labels by sentence text: a repeat is tagged once
    for sentence, terms in titled_sentences(doc):
        if sentence.start in skip:
            continue
        if weights is None:  # the first sentence naming a title
            if _proposes_only(doc):
                return found
            weights = table or shipped_table()
        # Sentences whose every name the checks below would drop, skipped before tagging
        # (the tagger is the cost): a passage about counterfeits, a sentence that names no win
        # (a showcase, an example: :mod:`.mentioned`), and a sentence read for the
        # titles of the one before when that one says its names have not won yet.
        starts = starts or [s.start for s in doc.layout.sentences]
        if _about_fakes(doc, starts, sentence) or only_mentions(view, sentence, terms) or (
                all(t.start() < sentence.start for t in terms)
                and _not_won_before(doc, terms[0])):
            continue
        said = view[sentence.start:sentence.end]
        if (labels := tagged.get(said)) is None:
            labels = tagged[said] = tag(weights, said)
        for first, last in spans(labels):
            start, end = _trimmed(view, sentence.start + first, sentence.start + last)
            if (own := _OWN_PLACE.match(view, start, end)) and end - own.end() >= 2:
                start = own.end()  # 本县白沙湾脐橙: the product, not the county's word
            if end - start < 2 or not any(char_class(c) in ("han", "lat")
                                           for c in view[start:end]):
                continue
            if any(t.start() < end and start < t.end() for t in terms):
                continue  # a title is no winner
            if _not_a_winner(view, start, end, sentence.end):
                continue
            term = _nearest(terms, start, end)
            if _not_won(doc, sentence, start, end, term):
                continue
            for at, to in [(start, end), *run_mates(doc, sentence, start, end)]:
                if any(t.start() < to and at < t.end() for t in terms) or \
                        _not_a_winner(view, at, to, sentence.end):
                    continue
                found.append(BrandHonour(
                    name=doc.text[at:to],
                    honour=doc.text[term.start():term.end()],
                    category=_brand_category(term),  # type: ignore[arg-type]
                    span=(min(at, term.start()), max(to, term.end())),
                    evidence=doc.evidence(_with_its_title(doc, sentence, term)),
                ))
    return guarded(found)


def _with_its_title(doc: Doc, sentence: Segment, term: re.Match[str]) -> Segment:
    """The sentence a name stands in, from the sentence before when its title was carried
    from there (the evidence holds the whole span, name and title)."""
    if term.start() >= sentence.start:
        return sentence
    return Segment(start=doc.sentence_at(term.start()).start, end=sentence.end)


def _proposes_only(doc: Doc) -> bool:
    """Whether the report's headline, or a notice's title opening a line (关于…的公示), says
    it only proposes winners or lists applicants: none of its names has won yet. A reward
    for striving (奖励争创名牌…企业) undoes an application word, never an open shortlist."""
    view = doc.view
    title = doc.layout.header.title_line
    heads = [(title.start, title.end)] if title is not None else []
    heads += [m.span() for m in _NOTICE_TITLE.finditer(view)]
    return any(open_shortlist(view, start, end)
               or (APPLIED_FOR.search(view, start, end) and not _rewarded_for(view, start, end))
               for start, end in heads)


def _rewarded_for(view: str, start: int, end: int) -> bool:
    """Whether every application word of a headline is what its firms are rewarded or praised
    for (奖励争创名牌的企业, 重奖创牌有功企业): firms rewarded for titles they won."""
    found = list(APPLIED_FOR.finditer(view, start, end))
    return bool(found) and all(_REWARD_BEFORE.search(view, start, m.start()) for m in found)


def _not_a_winner(view: str, start: int, end: int, stop: int) -> bool:
    """Whether a tagged name names no winner: what the rules say a name is not (a count, a
    verb, a giver's act, a ranking, a person), a maker of counted products (A等36家企业生产
    的), one of a list of kinds (A、B等6个行业), a title held by firms (“某某十强”企业), or a
    firm before the product or mark that won (A公司的“甲”商标)."""
    name = view[start:end]
    if _NOT_A_WINNERS_NAME.search(name) or _NOT_A_START.match(name):
        return True
    if (name.isascii() and ((start > 0 and _IN_AN_ADDRESS.match(view, start - 1))
                            or _IN_AN_ADDRESS.match(view, end))) \
            or _POST_BEFORE.search(view, max(0, start - 4), start):
        return True
    clause_end = _CLAUSE_END.search(view, end, stop)
    after = view[end:clause_end.start() if clause_end else stop]
    return bool(_KINDS_AFTER.match(after) or _HELD_BY_FIRMS.match(after)
                or MAKERS_OF_COUNTED.match(view, end) or _FIRM_CUT.match(after)
                or (_FIRM_END.search(name) and _PRODUCT_AFTER.match(after)))


def _about_fakes(doc: Doc, starts: list[int], sentence: Segment) -> bool:
    """Whether ``sentence``, the one before or the one after speaks of counterfeits (a den
    found, fakes seized, a mark copied), not of a fight against them as an aim. (``starts``:
    where each of the document's sentences starts.)"""
    sentences = doc.layout.sentences
    at = bisect.bisect_left(starts, sentence.start)
    view = doc.view
    for near in sentences[max(0, at - 1):at + 2]:
        for word in _FAKES.finditer(view, near.start, near.end):
            if not _FIGHT_BEFORE.search(view, near.start, word.start()):
                return True
    return False


def _trimmed(view: str, start: int, end: int) -> tuple[int, int]:
    """The name without blanks and punctuation at its edges (a quotation mark stays where
    it closes or opens one inside the name: “某某”牌 keeps both)."""
    while start < end and char_class(view[start]) in ("pun", "sp") and \
            not (view[start] in _QUOTES_OPEN and _has_any(view, start + 1, end, _QUOTES_CLOSE)):
        start += 1
    while end > start and char_class(view[end - 1]) in ("pun", "sp") and \
            not (view[end - 1] in _QUOTES_CLOSE and _has_any(view, start, end - 1,
                                                              _QUOTES_OPEN)):
        end -= 1
    return start, end


def _has_any(view: str, start: int, end: int, chars: str) -> bool:
    return any(c in chars for c in view[start:end])


def _nearest(terms: list[re.Match[str]], start: int, end: int) -> re.Match[str]:
    """The title a name won: the nearest one (after it on a tie)."""
    def gap(term: re.Match[str]) -> tuple[int, int]:
        if term.start() >= end:
            return term.start() - end, 0
        return start - term.end(), 1
    return min(terms, key=gap)


def _not_won_before(doc: Doc, term: re.Match[str]) -> bool:
    """Whether the sentence that named the title before a list says its names won nothing
    yet (今年推荐申报某商标的企业如下：, 某年省名牌产品拟认定名单)."""
    intro = doc.sentence_at(term.start())
    return bool(_not_yet_won(doc.view, intro.start, intro.end) or
                GOAL.search(doc.view, intro.start, intro.end))


def _not_yet_won(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` says its names only applied or stand on a shortlist not
    yet past."""
    return bool(APPLIED_FOR.search(view, start, end) or open_shortlist(view, start, end))


def _not_won(doc: Doc, sentence: Segment, start: int, end: int, term: re.Match[str]) -> bool:
    """Whether the status words around a name say it has won nothing yet: an application, a
    recommendation or a goal in its clause up to its title, an application or a selection
    it is sent to take part in after it in its clause, or a shortlist not yet past."""
    view = doc.view
    clause = doc.clause_start(min(start, term.start()), sentence.start)
    last = max(end, term.end())
    if _NOT_WON_WORDS.search(view, clause, last) or NOT_WON_YET.match(view, term.end()):
        return True
    if _A_PLACE.fullmatch(view, start, end) and not places_win(term):
        return True  # 河川县(30个产品获省名牌): a place wins no brand's title, as the rules hold
    own_start = doc.clause_start(start, sentence.start)
    if _WORKED_ON.search(view, own_start, start):
        return True  # 围绕A、B等特色产品(制定标准): what the work is about, no winner
    if _REGISTERED.search(view, own_start, start) and "商标" not in term.group():
        return True  # 注册了“甲”、“乙”等商标17个: marks registered, no title won
    # the makers of listed products (生产A、B、C的企业可申请使用专用标志): the firms, unnamed
    if _MAKING.match(view, doc.clause_start(start, sentence.start)) and \
            _MAKERS_TAIL.match(view, end, sentence.end):
        return True
    # the name's own clause says what it won (A获评“某某节庆创新奖”称号，…地理标志产品的
    # 知名度…): a title of a later clause, or one the lexicon does not know, is not its title
    own_end = _CLAUSE_END.search(view, end, sentence.end)
    if term.start() >= end and own_end is not None and term.start() > own_end.start() and \
            HONOUR_VERB.search(view, end, own_end.start()):
        return True
    # … and so does a name whose title stands in an earlier part of the sentence (…名牌产品5
    # 项；A、B等3家企业上榜某某榜)
    own_stop = own_end.start() if own_end is not None else sentence.end
    if term.end() <= start and _PART_END.search(view, term.end(), start) and (
            HONOUR_VERB.search(view, end, own_stop) or CONTEXT_VERB.search(view, end, own_stop)):
        return True
    if term.start() < sentence.start and _TRADE.search(view, end, own_stop) and \
            not HONOUR_VERB.search(view, end, own_stop):
        return True  # 某某牌地板年销售额超过…: its trade, the title of the sentence before
    if _quoted_with_its_title(view, start, end, term):
        return True  # 一块“甲获得某某称号”铜牌: the words of a plaque or a banner
    if term.start() >= end and (_COUNT_AFTER.match(view, term.end())
                                or _BUILDING_TOWARDS.search(view, end, term.start())
                                or _PART_END.search(view, end, term.start())):
        return True  # (a title after the name's part of a sentence is another part's)
    # a sentence read for the title of the one before that names an honour of its own (其中，
    # “甲”成为全省首个某某保护品牌): the title before is not what it won (unless it is of the
    # kind ``other``, as the honour named after a verb is)
    if term.start() < sentence.start and HONOUR_VERB.search(view, end, sentence.end) and \
            _brand_category(term) != "other":
        return True
    # the name's own clause after it: A、B等4个产品申报…, 组织A参加…, A、B进入初选名单
    clause_end = _CLAUSE_END.search(view, end, sentence.end)
    after_end = clause_end.start() if clause_end else sentence.end
    if APPLIED_FOR.search(view, end, after_end) or _TAKING_PART.search(view, end, after_end) \
            or SHORTLIST.search(view, end, after_end):
        return True
    shortlist = open_shortlist(view, sentence.start, sentence.end)
    return bool(shortlist and shortlist.start() < last)


def _quoted_with_its_title(view: str, start: int, end: int, term: re.Match[str]) -> bool:
    """Whether the name opens a quotation that holds its title too (一块“甲荣获某某”奖牌):
    the words written on a plaque or a banner, not a report that the name won."""
    if start == 0 or view[start - 1] not in _QUOTES_OPEN or term.start() < end:
        return False
    close = min((i for i in (view.find(q, start) for q in _QUOTES_CLOSE) if i >= 0), default=-1)
    return close >= term.end()
