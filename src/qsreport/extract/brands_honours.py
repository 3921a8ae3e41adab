"""Brand honours, the named winners: a product, firm or place and the title it won."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import regex_cache as rx
from ..models import BrandHonour
from ..places import find_places
from ..places.finder import county_by_short_name, parent_of
from ..regex_prefilter import compile_fast, might_match
from ..segmenting import Segment
from ..segmenting.title import labelled_headline
from .brands_honours_after import term_list_after
from .brands_honours_checks import open_shortlist
from .brands_honours_guards import OTHER_TITLE_WON, guarded
from .brands_honours_names import listed_names
from .brands_honours_respective import respective_titles
from .brands_honours_rules import RULES
from .brands_honours_subject import carried_subject
from .brands_won import GAP_BREAK, mark_of, read_by
from .common import PUNCT, Doc, MatchIndex, in_book_title
from .lexicon.brand_among import EXAMPLES_CLOSED, INCLUDED_BEFORE
from .lexicon.brand_lists import (
    BARE_DISTINCTION,
    BARE_NAME_CLAUSE,
    CREATING_AFTER,
    GRANT_NOUN_AFTER,
    GRANTED_AFTER,
    HOLDERS_TAIL,
    LINK_WORD,
    LIST_COUNTED_BEFORE,
    LIST_INTRO,
    LISTED_INTO,
    NEW_HOLDERS,
    NOT_A_BARE_NAME,
    PILOT,
    QUOTED_NAMES_CLOSED,
    TERM_LIST_INTRO,
    TOWARDS_TITLE,
    WON_BEFORE,
)
from .lexicon.brand_names import (
    COUNT_OF_LIST,
    LIST_GOES_ON,
    MAKERS_PRODUCT,
    NAMES_LISTED,
    PRODUCTS_LISTED,
)
from .lexicon.brand_status import GOAL
from .lexicon.brand_winning import JOINED_RANKS, RANKS_AFTER
from .lexicon.brands import (
    ACTIVE_AWARD,
    APPLIED_FOR,
    CONTEXT_VERB,
    COUNT_THEN_LIST,
    HONOUR_VERB,
    LISTED_AS,
    MODIFIER,
    NOT_A_HOLDER,
    NOT_AFTER_VERB,
    NOT_WON_YET,
    TITLE_IN_A_NAME,
    VERB_CLAUSE_ONLY,
    WINNER_AFTER,
    WON_IN_CLAUSE,
    brand_category,
    places_win,
    units_win,
)
from .tally_words import end_of_clause

# A title's count closing its clause (中华老字号12家，): one of a run of counted titles.
_TITLE_COUNTED = rx.compile(r"[”」\"]?[\d一二三四五六七八九十两]+(?:个|项|件|家|种)(?:产品)?")
# A title in quotation marks right after a verb (A、B上榜2017年“某某发布榜”, 入选“某某名录”):
# what the names won, though no title of the lexicon.
_OWN_TITLE_AFTER = rx.compile(r"(?:\d{4}年度?)?[“「『\"]")
# A certification a best-products title is given as (A、B通过“某某精品”认证): 通过 is the
# verb of winning it.
_CERTIFICATION_AFTER = rx.compile(r"[”」』\"]?认证")
_PASSED = rx.compile(r"通过了?[“「『\"]?$")
# A clause opening on the passive, an adverb before it (，已被…认定为; ，近日被…确定为): its
# subject is the clause before.
_PASSIVE_OPEN = rx.compile(r"(?:已经?|近日|日前|先后|均|也|又)?被")
_YEARS = compile_fast(r"\d{4}(?:[-—至]\d{4})?年度?")  # 授予“2009-2011年度…先进单位”: not a count


def extract_brand_honours(doc: Doc) -> list[BrandHonour]:
    """A named product or firm and the title it won: ``永康五金入选首批浙江区域名牌``,
    ``A、B和C均为首次参评即获此殊荣`` (the title named in an earlier sentence)."""
    honours: dict[tuple[int, int], BrandHonour] = {}
    view = doc.view
    recent: list[re.Match[str]] = []  # brand terms of the last sentences, for 获此殊荣
    titled = doc.names_brand_terms()  # (else no sentence below: the words are not looked for)
    list_intros = titled and might_match(LIST_INTRO, view)
    active_awards = titled and might_match(ACTIVE_AWARD, view)
    title = doc.layout.header.title_line
    for sentence, found_terms, verbs in _sentences(doc):
        terms = [t for t in found_terms if not in_book_title(view, sentence.start, t.start())
                 and not TITLE_IN_A_NAME.match(view, t.end())
                 and not _quoted_name_listed(view, sentence.start, t)]
        if not terms and not verbs and not (
                recent and list_intros
                and LIST_INTRO.search(view, sentence.start, sentence.end) is not None):
            continue  # (without a title or a verb, only a list's intro names winners here)
        if title is not None and title.start <= sentence.start < title.end:
            continue  # a headline names no winner the article does not name again
        if labelled_headline(view, sentence.start):
            continue  # nor does one a label gives in the body (原标题：…)
        shortlist = open_shortlist(view, sentence.start, sentence.end)

        def add(start: int, end: int, term: re.Match[str], sentence: Segment = sentence,
                shortlist: re.Match[str] | None = shortlist) -> None:
            last = max(end, term.end())
            if APPLIED_FOR.search(view, start, last) or NOT_WON_YET.match(view, term.end()):
                return  # applicants and candidates are no winners
            if shortlist and shortlist.end() <= last:
                return  # nor is a shortlist (在省名牌初选中，A、B入选); a later clause's can be
            _add_names(doc, honours, sentence, start, end, term)

        index = MatchIndex(terms)

        def names_start(pos: int, index: MatchIndex = index, sentence: Segment = sentence) -> int:
            """Where the names before ``pos`` can start: the clause, after any title in it
            (a list of names holds no title), or the clause before when the list began
            there."""
            start = doc.clause_start(pos, sentence.start)
            title_before = index.last_ending_by(pos)
            floor = title_before.end() if title_before else sentence.start
            end = pos
            run = _bare_names_before(doc, sentence, start, floor)
            if run < start:
                return run  # 甲，乙，丙已被批准为…: a run of bare names, one a clause
            while start > floor:
                previous = doc.clause_start(start - 1, sentence.start)
                # (a clause with a title is no part of the list)
                if previous < floor or not _list_goes_back(view, previous, start, end):
                    break
                # A公司生产的甲，B厂生产的乙，C公司生产的丙3个产品荣获…: a maker's product a
                # clause, as many as there are
                start, end = previous, start - 1
                if not MAKERS_PRODUCT.fullmatch(view, start, end):
                    break
            return max(start, floor)

        for term in terms:
            verb = _verb_before(view, sentence.start, term)
            if verb is None:
                continue
            winner = WINNER_AFTER.match(view, term.end(), sentence.end)
            if winner and not LINK_WORD.match(view, winner.start("name")) and \
                    not HOLDERS_TAIL.match(view, term.end()):
                # (获得某奖的是A公司: a list's intro, read below; …名牌的企业和B公司等…:
                # the holders' word, then another list, read by brands_honours_holders)
                add(winner.start("name"), winner.end("name"), term)
            if MODIFIER.match(view, term.end()) or (
                    view.startswith("授予", verb.start()) and "被" not in
                    view[doc.clause_start(verb.start(), sentence.start):verb.start()]):
                continue  # (某局授予B…: the one before 授予 is the giver, unless 被 says so)
            start, end = names_start(verb.start()), verb.start()
            subject = carried_subject(doc, sentence.start, end)
            if subject is not None:
                start, end = subject  # “甲”通过…评审，获得…: the subject of the clauses before
            elif _PASSIVE_OPEN.match(view, start) and start - 1 > sentence.start:
                # A公司的“甲”商标，被某局认定为…: the subject is the clause before
                previous = doc.clause_start(start - 2, sentence.start)
                if NAMES_LISTED.search(view, previous, start - 1) or \
                        PRODUCTS_LISTED.search(view, previous, start - 1):
                    start, end = previous, start - 1
            titles = respective_titles(view, verb.start(), term, index)
            names = listed_names(view, start, end, places_win(term), units_win(term)) \
                if titles else []
            if titles and len(names) == len(titles):
                for (name_start, name_end), title_won in zip(names, titles, strict=True):
                    add(name_start, name_end, title_won)  # A、B分别获得X、Y: A won X, B Y
                continue
            add(start, end, term)
        for verb in verbs:
            if NOT_AFTER_VERB.match(view, verb.end(), verb.end() + 2):
                continue
            if BARE_DISTINCTION.search(verb.group()) and not LIST_COUNTED_BEFORE.search(
                    view, doc.clause_start(verb.start(), sentence.start), verb.start()):
                continue  # (获得殊荣 names no title: only a counted list of names wins it)
            following = index.first_starting_from(verb.end())
            if following is not None and not PUNCT.search(view, verb.end(), following.start()):
                continue  # the title follows the verb: handled above
            if _OWN_TITLE_AFTER.match(view, verb.end()):
                continue  # 上榜“某某榜”: a title the lexicon does not know, not an earlier one
            earlier = index.last_ending_by(verb.start()) or (recent[-1] if recent else None)
            if earlier is None or OTHER_TITLE_WON.search(
                    view, max(earlier.end(), sentence.start), verb.start()):
                continue
            add(names_start(verb.start()), verb.start(), earlier)
        for term in terms if active_awards else ():
            active = ACTIVE_AWARD.search(view, max(sentence.start, term.start() - 220),
                                          term.start())
            if active:
                # 认定A的“振石”商标和B的“华祥”商标为中国驰名商标; 批准对“龙泉灵芝”实施…保护;
                # 授予A、B等4家企业“某市政府质量奖”
                group = next(g for g in ("names", "given", "protected", "counted")
                             if active.group(g) is not None)
                if group == "counted" and not GRANTED_AFTER.match(view, term.end()) and not (
                        active.group("grant") and GRANT_NOUN_AFTER.match(view, term.end())):
                    continue
                add(active.start(group), active.end(group), term)
        for term in terms:
            intro = TERM_LIST_INTRO.match(view, term.end(), sentence.end)
            if intro and (HONOUR_VERB.search(view, max(sentence.start, term.start() - 4),
                                             term.start())
                          or _verb_before(view, sentence.start, term, 0)
                          or NEW_HOLDERS.search(view, max(sentence.start, term.start() - 9),
                                                term.start())):
                # 今年新获中国名牌产品的分别是：A、B和C; 获得2012年度…称号的有：A、B
                add(intro.end(), sentence.end, term)
            elif intro and LISTED_INTO.search(view, max(sentence.start, term.start() - 6),
                                              term.start()):
                # 第二批列入国家地理标志产品的有A、B(，目前…): the names of this clause only
                add(intro.end(), end_of_clause(view, intro.end(), sentence.end), term)
            intro = COUNT_THEN_LIST.match(view, term.end(), sentence.end)
            if intro and intro.group("examples") is None and WON_IN_CLAUSE.search(
                    view, doc.clause_start(term.start(), sentence.start), term.start()):
                # 新增省名牌产品3个，分别是：A、B和C
                add(intro.end(), sentence.end, term)
            elif intro and _counts_won(doc, index, sentence, term) and (
                    closed := EXAMPLES_CLOSED.search(view, intro.end(), end_of_clause(
                        view, intro.end(), sentence.end))):
                # 现有中华老字号12家，某市老字号30家，如A、B等: the verb may hold the counts
                # of several titles, the examples follow the last
                add(intro.end(), closed.start(), term)
            if (after := term_list_after(doc, sentence, term)) is not None:
                add(*after, term)  # (本批4个地理标志产品包括A、B; 某奖的获奖企业是A、B)
            listed = view.rfind("等", max(sentence.start, term.start() - 5), term.start())
            if listed >= 0 and LISTED_AS.fullmatch(view, listed, term.start()) \
                    and not NOT_A_HOLDER.match(view, term.end()):
                # A、B等特色区域品牌畅销全国
                add(names_start(listed), listed, term)
            included = INCLUDED_BEFORE.search(
                view, doc.clause_start(term.start(), sentence.start), term.start())
            if included and not NOT_A_HOLDER.match(view, term.end()) and not (
                    APPLIED_FOR.search(view, term.end(), end_of_clause(view, term.end(), sentence.end))
                    or open_shortlist(view, term.end(), sentence.end)):
                # 包括A在内的省级知名品牌示范区共有5个
                add(included.start("names"), included.end("names"), term)
        for before in WON_BEFORE.finditer(view, sentence.start, sentence.end):
            inner = [t for t in terms if before.start("names") <= t.start() < before.end("names")]
            piece = before.start("names")
            for term in inner:
                # 继A成为首个某示范城市之后, 继A获“甲”、B获“乙”后: each won the title named
                # inside, after its verb
                verb = HONOUR_VERB.search(view, piece, term.start())
                if verb is not None and verb.start() > piece:
                    add(piece, verb.start(), term)
                comma = view.find("、", term.end(), before.end("names"))
                piece = comma + 1 if comma >= 0 else before.end("names")
            if inner:
                continue
            later = index.first_starting_from(before.end())
            if later is not None:
                # 继A、B之后，C也获得了地理标志产品保护: A and B won it too
                add(before.start("names"), before.end("names"), later)
        for intro in LIST_INTRO.finditer(view, sentence.start, sentence.end) if list_intros \
                else ():
            earlier = index.last_ending_by(intro.start()) or (recent[-1] if recent else None)
            if earlier is not None:
                add(intro.end(), sentence.end, earlier)
        if terms:
            recent = terms
    return guarded([honours[k] for k in sorted(honours)] + read_by(doc, RULES))


def _quoted_name_listed(view: str, floor: int, term: re.Match[str]) -> bool:
    """Whether ``term`` ends a name quoted with words of its own before it, in a list closed
    by 等 (建成“甲县某某标准化示范区”等…示范区3个): the name's own title words, no title won."""
    opened = max(view.rfind(mark, floor, term.start()) for mark in "“「『")
    return opened >= 0 and term.start() - opened > 2 and \
        not any(mark in view[opened:term.start()] for mark in "”」』") and \
        QUOTED_NAMES_CLOSED.match(view, term.end()) is not None


def _sentences(doc: Doc) -> Iterator[tuple[Segment, list[re.Match[str]], list[re.Match[str]]]]:
    """Each sentence with its titles and its verbs of winning; none in a report that names
    no title (each winner :func:`extract_brand_honours` reads wins a title named in its
    sentence or the last ones)."""
    if not doc.names_brand_terms():
        return iter(())
    return zip(doc.layout.sentences, doc.brand_terms_by_sentence(),
               doc.matches_by_sentence(CONTEXT_VERB, sparse=True),  # (sparse: its words are rare)
               strict=True)


def _counts_won(doc: Doc, index: MatchIndex, sentence: Segment, term: re.Match[str]) -> bool:
    """Whether the count of ``term`` says its holders won or hold it (现有, 新增), read from the
    clause of the first of the counted titles it ends (现有中华老字号12家，某市老字号30家): not
    applied for, recommended or aimed at (申报省名牌产品12个, 拟推荐…, 力争新增…)."""
    view, start = doc.view, doc.clause_start(term.start(), sentence.start)
    head = term.start()  # (where the title of the clause being left begins)
    while start > sentence.start:
        previous = doc.clause_start(start - 1, sentence.start)
        title = index.last_ending_by(start - 1)
        if title is None or title.start() < previous or \
                not _TITLE_COUNTED.fullmatch(view, title.end(), start - 1) or \
                any(verb.search(view, start, head) for verb in (WON_IN_CLAUSE, APPLIED_FOR, GOAL)):
            break  # (申报…8个，现有…20个: a clause with its own verb is read alone)
        start, head = previous, title.start()
    return WON_IN_CLAUSE.search(view, start, term.start()) is not None and not (
        APPLIED_FOR.search(view, start, term.start()) or GOAL.search(view, start, term.start()))


def _bare_names_before(doc: Doc, sentence: Segment, start: int, floor: int) -> int:
    """Where a run of names set apart by commas begins, before the clause at ``start`` that
    names the last of them and what they won (甲山红茶，乙河香米，丙岭蜂蜜已被…): two bare
    names at least, else ``start``."""
    view, clauses, at = doc.view, list[int](), start
    while at > floor:
        previous = doc.clause_start(at - 1, sentence.start)
        piece = view[previous:at - 1]
        if previous < floor or not BARE_NAME_CLAUSE.fullmatch(piece) or \
                NOT_A_BARE_NAME.search(piece):
            break
        clauses.append(previous)
        at = previous
    return clauses[-1] if len(clauses) >= 2 else start


def _list_goes_back(view: str, previous: int, start: int, end: int) -> bool:
    """Whether the names of ``view[start:end]`` began in the clause before: the clause goes
    on with 以及 (…、B，以及C等27个产品获此殊荣), only counts what the clause before listed
    (A、B，2家企业的产品获得…) or holds only the verb (A、B经…评审，分别荣获…), or adds one more maker's product to one there (A公司生产的
    轴承，B公司生产的液态奶等…荣获…)."""
    if LIST_GOES_ON.match(view, start, end) or COUNT_OF_LIST.fullmatch(view, start, end) \
            or VERB_CLAUSE_ONLY.fullmatch(view, start, end):
        return view.find("、", previous, start) >= 0 and (
            NAMES_LISTED.search(view, previous, start) is not None
            or PRODUCTS_LISTED.search(view, previous, start) is not None)
    return bool(MAKERS_PRODUCT.fullmatch(view, previous, start - 1)
                and MAKERS_PRODUCT.match(view, start, end))


def _add_names(doc: Doc, out: dict[tuple[int, int], BrandHonour], sentence: Segment,
               start: int, end: int, term: re.Match[str]) -> None:
    category = brand_category(term)
    for name_start, name_end in listed_names(doc.view, start, end, places_win=places_win(term),
                                             units_win=units_win(term)):
        if category == "geographical_indication":
            name_start = _without_owner_city(doc.view, name_start, name_end)
        name_start, name_end = mark_of(doc.view, name_start, name_end, term)
        out.setdefault((name_start, name_end), BrandHonour(
            name=doc.text[name_start:name_end],
            honour=doc.text[term.start():term.end()],
            category=category,  # type: ignore[arg-type]
            span=(min(name_start, term.start()) if term.start() >= sentence.start else name_start,
                  max(name_end, term.end()) if term.start() >= sentence.start else name_end),
            evidence=doc.evidence(sentence),
        ))


def _without_owner_city(view: str, start: int, end: int) -> int:
    """Where a protected product's name starts: 某市安溪铁观音 is 安溪铁观音 of that city, and
    a prefecture written with 州 before a county's product is the same (a product under
    geographical protection is named for its own county or town)."""
    places = find_places(view, start, end)
    if places and places[0].start == start and view[start:places[0].end].endswith("市") \
            and end - places[0].end >= 4:
        return places[0].end
    if len(places) > 1 and places[0].start == start and places[0].place.level == "province" \
            and places[1].start == places[0].end and end - places[1].start >= 3:
        return places[1].start  # 某省某县香米: the county's product, its province before it
    if places and places[0].start == start and view.startswith("州", places[0].end):
        # 某州某县工夫红茶: the county's product, its prefecture before it
        county = county_by_short_name(view, places[0].end + 1, end)
        if county is not None and end - county.start >= 4 and \
                parent_of(places[0].place, county.place):
            return county.start
    return start


def _verb_before(view: str, floor: int, term: re.Match[str], longest_gap: int = 14
                 ) -> re.Match[str] | None:
    """An honour verb ending shortly before the category (after an optional qualifier of
    at most ``longest_gap`` characters, years aside)."""
    term_start = term.start()
    # 获批创建某示范城市: leave to work towards the title, not the title — unless the title
    # is itself one of working towards (某某创建示范区, 创建某品牌试点)
    towards = not TOWARDS_TITLE.search(term.group()) and \
        not PILOT.match(view, term.end())
    if towards and CREATING_AFTER.match(view, term.end()):
        return None  # 入选某示范城市创建名单: a candidate to work towards the title
    window_start = max(floor, term_start - 30)
    best = None
    for match in HONOUR_VERB.finditer(view, window_start, term_start):
        gap = _YEARS.sub("", view[match.end():term_start])
        if towards and TOWARDS_TITLE.search(gap):
            continue
        if len(gap) <= longest_gap and not GAP_BREAK.search(gap):
            best = match
    if best is None and _CERTIFICATION_AFTER.match(view, term.end()):
        return _PASSED.search(view, max(floor, term_start - 4), term_start)
    if best is None and RANKS_AFTER.match(view, term.end()):
        return JOINED_RANKS.search(view, max(floor, term_start - 3), term_start)
    return best
