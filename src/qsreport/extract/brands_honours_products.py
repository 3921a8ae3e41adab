"""Firms named with a count, then a verb of winning, in one clause. With a count of their
products and a title the lexicon knows: A公司、B公司等N家企业的M个产品荣获某称号; one firm
for the many, with the marks they hold counted (M件商标) and a mark's title after the verb;
来自A公司、B集团等N家企业的M个产品, then 获得了 and a title. With the firms' count alone,
whatever the title (a prize's tier, a local honour the lexicon does not know): A公司、B厂等
3家企业获奖; A公司、B公司2家企业被表彰为某某企业; …等7家企业获得银奖 (category other). The
firms named are winners (a notice names one or a few for the many it counts): every name
must be a firm, and with 等 there may be fewer names than the count, without it exactly as
many."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..chars import HAN
from ..models import BrandHonour
from ..numbers import to_number
from ..regex_prefilter import compile_fast, finditer_near
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import CLAUSE_BREAK, Doc
from .lexicon.brand_lists import LISTED_FIRM
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brand_status import GOAL
from .lexicon.brand_winning import BODY_NAME, COUNTED_BODIES, PRAISED_TITLE
from .lexicon.brands import APPLIED_FOR, HONOUR_VERB, brand_category, find_brand_terms

_NUMBER = r"[\d一二三四五六七八九十两百]{1,5}"
# The two counts: of the firms (等5家企业) and of what they won with (的6个产品, 的7件商标),
# or the firms' count and their products uncounted (等2家企业的产品).
# Not the makers of products counted (等36家企业生产的41个产品被评为…): the team's cases
# (families_brands) keep makers out, though the guide would name the firm when no product is.
_COUNTED = compile_fast(
    rf"(?P<and>等)?(?P<firms>{_NUMBER})家(?:企业|单位|公司)(?:的?{_NUMBER}(?:个|件|项|种)"
    r"(?:产品|品牌|商标|服务)?|的(?:相关)?(?:产品|品牌|商标))(?:[（(][^）)]{0,10}[）)])?"
)
# Between the counts and the verb: an adverb (均, 先后), nothing more
_ADVERB = rx.compile(r"(?:均|都|已|先后|分别|同时|还|也)*")
# What may open the clause before the first firm
_LEAD = rx.compile(r"(?:其中|来自|包括|经评审|我[省市县区]|本[省市县区]|全[省市县区]|共有|\d{4}年度?|"
                   rf"{HAN}{{1,6}}?[省市县区]共有)*")
# A body that is no company but wins as one (an industry's association)
_BODY = rx.compile(rf"{HAN}{{2,20}}?{BODY_NAME}")
# The last two firms may be joined by 和/及 after a firm's ending
_FIRMS_AND = compile_fast(r"(?:(?<=公司|集团)|(?<=[厂社会]))(?:和|及|以及|与)")
_TITLE_REACH = 14  # characters from the verb to the title (年度, quotation marks, 首届)
# The firms' count alone, then a verb that says they won; after 获得/荣获/被评为 what they won
# must read as an honour (某某奖, 某某称号, 某某企业), not a grant or a certificate (获得资金).
# (…等N家组织及个人 then 榜上有名, …等N家检测机构 then 成为 a praised title, …获颁某奖: the
# bodies a prize counts, and its verbs of handing over and becoming; what they became must be
# praised)
_FIRMS_WON = rx.compile(
    rf"(?P<and>等)?(?P<firms>{_NUMBER})家{COUNTED_BODIES}[，,]?"
    r"(?:(?P<alone>获奖|予以(?:通报)?表彰|榜上有名|上榜)|(?P<verb>荣获|获得|获颁|被评为|被表彰为|被授予)"
    r"|(?P<became>成为))"
)
# The firms' words the two patterns above need, looked for as plain words before the
# whole-text search (which tries its optional 等 at every character)
_FIRMS_WORDS = ("家企业", "家单位", "家公司", "家组织", "机构")
# The same words as the anchor of both patterns: each match starts 1 to 6 characters before
# its 家 (等 and five numerals at most), and is tried only there (finditer_near), not at
# every numeral of a long text.
_FIRMS_WORD = rx.compile("家" + COUNTED_BODIES)
_BEFORE_FIRMS_WORD = 6
_HONOUR_WON = rx.compile(r"(?:奖|称号|荣誉|殊荣|奖项|企业|单位|组织)[”」\"]?(?:称号|荣誉)?$")
# A list no one would be glad to be on
_BAD_LIST = rx.compile(r"黑名单|失信|不合格|曝光|批评|处罚|约谈|警示|整改|挂牌督办")


def extract_counted_firm_honours(doc: Doc) -> list[BrandHonour]:
    """The firms of each clause that counts them and their products and says what they won."""
    view = doc.view
    if not any(word in view for word in _FIRMS_WORDS[:3]):
        return []  # (the firms' word _COUNTED needs)
    title = doc.layout.header.title_line
    out: list[BrandHonour] = []
    for counted in finditer_near(_COUNTED, _FIRMS_WORD, _BEFORE_FIRMS_WORD, view):
        if title is not None and title.start <= counted.start() < title.end:
            continue
        verb_at = _ADVERB.match(view, counted.end())
        verb = HONOUR_VERB.match(view, verb_at.end() if verb_at else counted.end())
        if verb is None:
            continue
        sentence = doc.sentence_at(counted.start())
        stop = CLAUSE_BREAK.search(view, verb.end(), sentence.end)
        clause_end = stop.start() if stop else sentence.end
        terms = doc.brand_terms(verb.end(), min(clause_end, verb.end() + _TITLE_REACH + 20))
        if not terms or terms[0].start() - verb.end() > _TITLE_REACH:
            continue
        # (an application in a clause before, 经企业申报、专家评审, was the way to the title)
        clause = doc.clause_start(counted.start(), sentence.start)
        if _not_won(view, clause, clause_end, sentence.start, sentence.end):
            continue
        names = _firms_counted(view, clause, counted)
        if not names:
            continue
        out += [honour_won(doc, start, end, terms[0]) for start, end in names]
    return out


def _not_won(view: str, clause: int, clause_end: int, start: int, end: int) -> bool:
    """Whether the clause only applied for its title or the sentence (``start``..``end``) states
    a goal or an open shortlist: nothing was won."""
    return APPLIED_FOR.search(view, clause, clause_end) is not None \
        or GOAL.search(view, start, end) is not None or open_shortlist(view, start, end) is not None


def _firms_counted(view: str, clause: int, counted: re.Match[str]) -> list[tuple[int, int]]:
    """The firms listed before ``counted`` in its clause, when as many are named as it counts
    (fewer only after 等); none otherwise."""
    names = _firms(view, clause, counted.start())
    firms = to_number(counted.group("firms"))
    if not names or firms is None or len(names) > firms or \
            (counted.group("and") is None and len(names) != firms):
        return []
    return names


def _firms(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The firms listed in ``view[start:end]`` (after a lead word), parted by 、 and a last
    和; none when a piece is no firm."""
    lead = _LEAD.match(view, start, end)
    cursor = lead.end() if lead else start
    spans: list[tuple[int, int]] = []
    for piece in view[cursor:end].split("、"):
        spans.append((cursor, cursor + len(piece)))
        cursor += len(piece) + 1
    if spans and (joint := _FIRMS_AND.search(view, *spans[-1])) is not None:
        last = spans.pop()
        spans += [(last[0], joint.start()), (joint.end(), last[1])]
    for piece_start, piece_end in spans:
        if not (LISTED_FIRM.fullmatch(view, piece_start, piece_end)
                or _BODY.fullmatch(view, piece_start, piece_end)) \
                or NOT_A_NAME.search(view, piece_start, piece_end):
            return []
    return spans


def extract_firms_won(doc: Doc) -> list[BrandHonour]:
    """The firms of each clause that counts them and says they won, whatever the title."""
    view = doc.view
    if not any(word in view for word in _FIRMS_WORDS):
        return []  # (the firms' word _FIRMS_WON needs)
    title = doc.layout.header.title_line
    out: list[BrandHonour] = []
    for won in finditer_near(_FIRMS_WON, _FIRMS_WORD, _BEFORE_FIRMS_WORD, view):
        if title is not None and title.start <= won.start() < title.end:
            continue
        sentence = doc.sentence_at(won.start())
        stop = CLAUSE_BREAK.search(view, won.end(), sentence.end)
        clause_end = stop.start() if stop else sentence.end
        clause = doc.clause_start(won.start(), sentence.start)
        honour = view[won.end():clause_end].strip()
        terms = find_brand_terms(honour)
        if won.group("verb") and not terms and not _HONOUR_WON.search(honour):
            continue
        if won.group("became") and not terms and not PRAISED_TITLE.search(honour):
            continue
        if _BAD_LIST.search(view, clause, clause_end) \
                or _not_won(view, clause, clause_end, sentence.start, sentence.end):
            continue
        names = _firms_counted(view, clause, won)
        if not names:
            continue
        category = brand_category(terms[0]) if terms else "other"
        evidence = doc.evidence(sentence)
        out += [BrandHonour(name=doc.text[start:end], honour=doc.text[won.end():clause_end].strip()
                            or doc.text[won.start("alone"):won.end("alone")],
                            category=category, span=(start, end), evidence=evidence)  # type: ignore[arg-type]
                for start, end in names]
    return out
