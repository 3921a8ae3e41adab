"""Winners named right after the title they won: in brackets after its count (新增中国驰名
商标3件（“甲”、“乙”、“丙”）), in brackets after a title whose winners are counted before the
verb (2家企业荣获某奖（甲公司、乙公司）), or after a colon (新增3件省著名商标：A公司的“甲”、B厂的“乙”).
The title must be one won (获得, 新增, 认定 …) in the same clause, and
every name of the list a winner (see :func:`.brands_honours_given.split_winners`), or the
list gives nothing. (Firms a reward goes to, 对获得某称号的A公司各奖励…, are no list of
winners: they are the makers of products the report names elsewhere.)"""

from __future__ import annotations

import re

from ..chars import DIGIT
from ..models import BrandHonour
from ..segmenting import Segment
from .brands_honours_checks import open_shortlist
from .brands_honours_given import split_winners
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_lists import (
    COLON_AFTER_TITLE,
    COUNTED_NAME,
    HOLDERS_BEFORE_COLON,
    HOLDERS_COUNTED,
    NAMES_IN_BRACKETS,
    NO_WINNER_IN_BRACKETS,
    NOT_WON_AFTER,
    NOTE_IN_BRACKETS,
    TITLE_OPENS_CLAUSE,
    WINNERS_COUNTED,
    WINNERS_IN_BRACKETS,
    WON_BEFORE_TITLE,
)
from .lexicon.brand_names import GROUP_LEAD
from .lexicon.brand_status import GOAL
from .lexicon.brand_winning import TERM_WINNERS_LIST, WINNERS_NAMED
from .lexicon.brands import APPLIED_FOR, HONOUR_VERB, NOT_WON_YET, TERM_THEN_LIST, places_win


def extract_after_honours(doc: Doc) -> list[BrandHonour]:
    """The winners listed in brackets or after a colon, right after each title won."""
    view = doc.view
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
        sentence = doc.sentence_at(term.start())
        clause = doc.clause_start(term.start(), sentence.start)
        if NOT_WON_AFTER.match(view, term.end()):
            continue
        counted = _counted_bracketed(doc, clause, term, sentence.end)
        if counted:
            out.extend(honour_won(doc, start, stop, term, sentence) for start, stop in counted)
            continue
        if not WON_BEFORE_TITLE.search(view, clause, term.start()) and \
                not _holders_counted(view, clause, term, sentence.end):
            continue
        if APPLIED_FOR.search(view, clause, term.start()) or \
                open_shortlist(view, clause, term.start()):
            continue  # applicants and candidates are no winners
        names = _bracketed(view, term) or _after_colon(view, term, sentence.end)
        for start, stop in names:
            out.append(honour_won(doc, start, stop, term, sentence))
    return out


def _bracketed(view: str, term: re.Match[str]) -> list[tuple[int, int]]:
    """新增某称号3件（A、B、C）: the names in brackets after the count."""
    listed = NAMES_IN_BRACKETS.match(view, term.end())
    if listed is None:
        return []
    return split_winners(view, listed.start("names"), listed.end("names"), places_win(term))


def _counted_bracketed(doc: Doc, clause: int, term: re.Match[str], sentence_end: int
                       ) -> list[tuple[int, int]]:
    """2家企业荣获某奖（甲公司、乙公司）: the names in the brackets after a title whose winners
    the clause counts right before its verb, as many as the count at most, each a winner."""
    view = doc.view
    brackets = WINNERS_IN_BRACKETS.match(view, term.end(), sentence_end)
    if brackets is None or NO_WINNER_IN_BRACKETS.search(brackets.group("names")):
        return []
    verbs = list(HONOUR_VERB.finditer(view, clause, term.start()))
    if not verbs or term.start() - verbs[-1].end() > 12:
        return []
    counted = WINNERS_COUNTED.search(view, clause, verbs[-1].start())
    if counted is None or APPLIED_FOR.search(view, clause, brackets.end()) or \
            GOAL.search(view, clause, brackets.end()) or NOT_WON_YET.match(view, brackets.end()) or \
            open_shortlist(view, clause, sentence_end):
        return []
    count = count_of(counted.group("count"))
    names = split_winners(view, *brackets.span("names"), places_win(term))
    if not names:  # (a trade name alone, as many as the count: 1家企业荣获某奖（甲之旅）)
        names = split_winners(view, *brackets.span("names"), places_win(term), bare=True)
        if len(names) != count or any(NOTE_IN_BRACKETS.search(view[a:b]) for a, b in names):
            return []
    return names if len(names) <= count else []


def _after_colon(view: str, term: re.Match[str], sentence_end: int) -> list[tuple[int, int]]:
    """新增3件省著名商标：A公司的“甲”、B厂的“乙”: the names after the colon, to the clause's
    end."""
    colon = COLON_AFTER_TITLE.match(view, term.end(), sentence_end)
    holders = HOLDERS_BEFORE_COLON.match(view, term.end(), sentence_end)
    if colon is None and holders is None:
        return []
    if colon is None and holders is not None:
        return after_intro(view, holders.end(), sentence_end, term, count_of(holders.group("n")))
    return after_intro(view, colon.end(), sentence_end, term) if colon else []


def count_of(numeral: str | None) -> int:
    """The value of a count's numeral (12, 四, 十二); 0 when there is none."""
    if not numeral:
        return 0
    if numeral.isdigit():
        return int(numeral)
    digits = [_NUMERALS.get(c, -1) for c in numeral]
    if -1 in digits or len(digits) > 3:
        return 0
    if len(digits) == 1:
        return digits[0]
    if numeral.startswith("十"):  # 十二
        return 10 + sum(digits[1:])
    return digits[0] * 10 + (digits[2] if len(digits) == 3 else 0)  # 二十, 二十三


_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九", 1)} | {"两": 2, "十": 10}


def after_intro(view: str, start: int, sentence_end: int, term: re.Match[str], count: int = 0
                ) -> list[tuple[int, int]]:
    """The winners listed from ``start`` (right after a colon) to the clause's end. Where
    the intro counted them (``count``), a list of exactly that many pieces names them all,
    whatever they are (甲膏(1981年)、乙泵(1983年); a person and his post in brackets)."""
    end = start
    while end < sentence_end and view[end] not in "。；;！？!?\n":
        end += 1
    places = places_win(term)
    if count:
        pieces = view[start:end].split("、")
        named = [COUNTED_NAME.fullmatch(view, _past_group_lead(view, at, at + len(piece)),
                                        at + len(piece))
                 for at, piece in _pieces_at(start, pieces)]
        if len(pieces) == count and all(named):
            return [found.span("name") for found in named if found]
    names = split_winners(view, start, end, places)
    if not names and any(view[at] in "，," for at in range(start, end)):
        # A、B，C: commas part the names too when every piece is a winner (else a comma
        # opens what is said of them: A、B，分别获得…, and the list gives nothing)
        names = []
        piece = start
        for at in range(start, end + 1):
            if at == end or view[at] in "，,":
                found = split_winners(view, piece, at, places)
                if not found:
                    return []
                names += found
                piece = at + 1
    return names


def _past_group_lead(view: str, start: int, end: int) -> int:
    """Past a group's title before its first name (获得甲资格的A公司)."""
    group = GROUP_LEAD.match(view, start, end)
    return group.end() if group else start


def _pieces_at(start: int, pieces: list[str]) -> list[tuple[int, str]]:
    """Each piece of a list split at 、 with where it starts."""
    out = []
    for piece in pieces:
        out.append((start, piece))
        start += len(piece) + 1
    return out


def _holders_counted(view: str, clause: int, term: re.Match[str], sentence_end: int) -> bool:
    """2019年度某奖(组织奖)包括3家：… — no verb before the title, which opens its clause, but
    its holders counted before the colon."""
    intro = HOLDERS_BEFORE_COLON.match(view, term.end(), sentence_end)
    return intro is not None and TITLE_OPENS_CLAUSE.fullmatch(view, clause, term.start()) is not None \
        and HOLDERS_COUNTED.search(view, term.end(), intro.end()) is not None


def term_list_after(doc: Doc, sentence: Segment, term: re.Match[str]) -> tuple[int, int] | None:
    """Where the names a title's own words list right after it stand, if they do: after a
    word of including, with a count before the title (本批4个地理标志产品包括A、B、C), or after
    the winners' word (本届某奖的获奖企业是A、B), with a colon, a list or a firm's name after it."""
    view = doc.view
    intro = TERM_THEN_LIST.match(view, term.end(), sentence.end)
    if intro and DIGIT.search(view, max(sentence.start, term.start() - 8), term.start()):
        return intro.end(), sentence.end
    intro = TERM_WINNERS_LIST.match(view, term.end(), sentence.end)
    if intro and (intro.group().endswith((":", "：", "如下"))
                  or WINNERS_NAMED.match(view, intro.end(), sentence.end)):
        return intro.end(), sentence.end
    return None
