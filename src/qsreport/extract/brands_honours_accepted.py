"""A project named by the words fused before its demonstration title, that passed the
title's acceptance: 某某茶叶市级标准化示范项目（…）经考核，验收合格 (the words 某某茶叶 are the
project's name and the winner). The name is a clause's whole lead before the title (a place
and a product, 3 to 8 characters, no pronoun or preposition); the acceptance is passed in the
same sentence, and not denied (未通过验收). And a demonstration zone or pilot named in full
that passed its acceptance or review right after its name (某县国家级某某标准化示范区顺利通过
验收, “某某示范区”通过考核): the zone so named is the winner; so are zones and projects named
in full in a list after the acceptance they passed (已经验收的A项目、B项目和即将验收的C: A, B),
and the units that undertook a counted title's projects that then passed it (A、B等单位承担的
6个省级标准化项目…通过验收: A, B)."""

from __future__ import annotations

from re import Match

from ..models import BrandHonour
from ..places import find_places
from ..segmenting import Segment
from .brands_honours_names import listed_names
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_lists import (
    ACCEPTED_LIST_INTRO,
    ACCEPTED_NOT_A_NAME,
    ACCEPTED_PIECE_SPLIT,
    HEADLINE_PASSED,
    PROJECT_NAME,
    PROJECT_PASSED,
    UNDERTAKEN_NEXT_OPEN,
    UNDERTAKEN_PART,
    UNDERTAKERS_BEFORE,
    ZONE_FORMAL,
    ZONE_NAME,
    ZONE_NOT_A_NAME,
    ZONE_PASSED,
    ZONE_PLACE_LEAD,
    ZONE_QUOTED,
    ZONE_TITLE_END,
)
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brands import APPLIED_FOR, brand_category, places_win
from .tally_words import end_of_clause


def extract_accepted_honours(doc: Doc) -> list[BrandHonour]:
    """The projects that passed the acceptance of the demonstration title named after them."""
    view = doc.view
    if "验收" not in view:
        return []
    out: list[BrandHonour] = []
    title = doc.layout.header.title_line
    for term in doc.brand_terms(0, len(view)):
        if not places_win(term) or not view.startswith("项目", term.end() - 2):
            continue  # (a zone or county is named as a place: read elsewhere)
        sentence = doc.sentence_at(term.start())
        if title is not None and title.start <= sentence.start < title.end:
            continue  # a headline names no winner the article does not name again
        start = doc.clause_start(term.start(), sentence.start)
        if not PROJECT_NAME.fullmatch(view, start, term.start()) or \
                NOT_A_NAME.search(view, start, term.start()):
            continue
        if PROJECT_PASSED.search(view, term.end(), sentence.end) is None or \
                APPLIED_FOR.search(view, sentence.start, sentence.end):
            continue
        out.append(BrandHonour(
            name=doc.text[start:term.start()],
            honour=doc.text[term.start():term.end()],
            category=brand_category(term),  # type: ignore[arg-type]
            span=(start, term.end()),
            evidence=doc.evidence(sentence),
        ))
    return out


def extract_passed_zones(doc: Doc) -> list[BrandHonour]:
    """The demonstration zones and pilots named in full that passed their review."""
    view = doc.view
    if "通过" not in view:
        return []
    out: list[BrandHonour] = []
    title = doc.layout.header.title_line
    headline = _headline_passings(doc, title)
    told = _headline_tells_passing(doc, title)
    for term in doc.brand_terms(0, len(view)):
        sentence = doc.sentence_at(term.start())
        if title is not None and title.start <= sentence.start < title.end:
            continue  # a headline names no winner the article does not name again
        start = _passed_zone_at(doc, term, sentence)
        if start is None:
            continue
        # (its level may be the list's, 甲示范区等3个国家级某某示范区通过验收, never the
        # review's: 某某示范区通过省级验收)
        passed = ZONE_PASSED.match(view, term.end(), sentence.end)
        level_end = max(term.end(), view.rfind("通过", term.end(), passed.end())) \
            if passed is not None else term.end()
        if not (ZONE_FORMAL.search(view, start, level_end) or bool(headline) or told or
                (start > 0 and ZONE_QUOTED.match(view, start - 1))):
            continue
        out.append(_zone(doc, _past_province(view, start, term.start()), term, sentence))
    if headline and not out and title is not None:
        out += _headline_zone(doc, title, headline)
    return out


def _zone(doc: Doc, start: int, term: Match[str], sentence: Segment) -> BrandHonour:
    """The zone named from ``start`` to the end of its title ``term``, as a winner."""
    return BrandHonour(
        name=doc.text[start:term.end()],
        honour=doc.text[term.start():term.end()],
        category=brand_category(term),  # type: ignore[arg-type]
        span=(start, term.end()),
        evidence=doc.evidence(sentence),
    )


def _passed_zone_at(doc: Doc, term: Match[str], sentence: Segment) -> int | None:
    """Where the name of the zone whose title is ``term`` starts, when it is named in full in
    its clause and passes its review right after its title; else None."""
    view = doc.view
    if not places_win(term) or not ZONE_TITLE_END.search(term.group()):
        return None
    clause = doc.clause_start(term.start(), sentence.start)
    name = ZONE_NAME.search(view[clause:term.start()])
    if name is None or ZONE_NOT_A_NAME.search(name.group()) or \
            ZONE_PASSED.match(view, term.end(), sentence.end) is None:
        return None
    return clause + name.start()


def _headline_passings(doc: Doc, title: Segment | None) -> list[tuple[Match[str], int]]:
    """The zones the headline tells, named in full, passed their review (甲县某某标准化示范区
    通过验收), each title with where its name starts: the article is about such a zone, so the
    zone its text names passing the review is the winner, with no level word or quotation
    marks needed."""
    if title is None:
        return []
    passings = []
    for term in doc.brand_terms(title.start, title.end):
        start = _passed_zone_at(doc, term, title)
        if start is not None:
            passings.append((term, start))
    return passings


def _headline_tells_passing(doc: Doc, title: Segment | None) -> bool:
    """Whether the headline tells that zones or pilots passed their review without naming
    them (某县两个国家级某某示范区通过验收, 两个项目通过某级示范区验收): the article is
    about such zones, so a zone it names in full passing its review is a winner though its
    name holds no level word or quotation marks."""
    if title is None or "通过" not in doc.view[title.start:title.end]:
        return False
    return any(places_win(term) and ZONE_TITLE_END.search(term.group()) and
               HEADLINE_PASSED.search(doc.view, title.start, title.end) is not None
               for term in doc.brand_terms(title.start, title.end))


def _headline_zone(doc: Doc, title: Segment,
                   passings: list[tuple[Match[str], int]]) -> list[BrandHonour]:
    """The zone the headline names passing its review (``passings``), where the text names it
    again (its name past the places it opens with: 甲省某某产业标准化示范区 → 某某产业标准化
    示范区) though nowhere passing it in so many words (…对其承担的某某标准化示范区开展了考核评估)."""
    view = doc.view
    for term, start in passings:
        places = find_places(view[start:term.start()])
        lead = ZONE_PLACE_LEAD.match(view, start, term.start())
        own = start + places[0].end if places and places[0].start == 0 else \
            lead.end() if lead else start
        if own < term.start() and view.find(view[own:term.end()], title.end) >= 0:
            # (its own words past the places, not the title's alone: 某县农业标准化示范区
            # is named again by no bare 农业标准化示范区)
            return [_zone(doc, start, term, title)]
    return []


def _past_province(view: str, start: int, stop: int) -> int:
    """Where a zone's name starts once a province before its county is left out (某省甲县某某
    示范区 → 甲县某某示范区: the county's zone, as a protected product is the county's)."""
    places = find_places(view[start:stop])
    if len(places) >= 2 and places[0].start == 0 and places[0].place.level == "province" and \
            places[1].start == places[0].end and places[1].place.level == "county":
        return start + places[1].start
    return start


def extract_accepted_lists(doc: Doc) -> list[BrandHonour]:
    """The zones and projects named in full in a list after the acceptance they passed."""
    view = doc.view
    if "验收" not in view:
        return []
    out: list[BrandHonour] = []
    title = doc.layout.header.title_line
    for intro in ACCEPTED_LIST_INTRO.finditer(view):
        sentence = doc.sentence_at(intro.start())
        if title is not None and title.start <= sentence.start < title.end:
            continue  # a headline names no winner the article does not name again
        clause = doc.clause_start(intro.start(), sentence.start)
        if APPLIED_FOR.search(view, clause, intro.start()):
            continue
        end = end_of_clause(view, intro.end(), sentence.end)  # (the intro's own ： is before it)
        cursor = intro.end()
        for joint in [*ACCEPTED_PIECE_SPLIT.finditer(view, intro.end(), end), None]:
            stop = joint.start() if joint else end
            terms = doc.brand_terms(cursor, stop)
            if not terms or terms[-1].end() != stop or terms[-1].start() <= cursor or \
                    not places_win(terms[-1]) or ACCEPTED_NOT_A_NAME.search(view, cursor, stop) or stop - cursor > 40:
                break  # (…和即将验收的C: a piece still waiting, or a bare title, ends the list)
            out.append(honour_won(doc, cursor, stop, terms[-1], sentence))
            cursor = joint.end() if joint else end
    return out


def extract_undertakers_accepted(doc: Doc) -> list[BrandHonour]:
    """The units named as undertaking a counted title's projects that passed acceptance."""
    view = doc.view
    if "承担" not in view or "验收" not in view:
        return []
    out: list[BrandHonour] = []
    title = doc.layout.header.title_line
    for term in doc.brand_terms(0, len(view)):
        if not places_win(term):
            continue
        sentence = doc.sentence_at(term.start())
        if title is not None and title.start <= sentence.start < title.end:
            continue
        clause = doc.clause_start(term.start(), sentence.start)
        before = UNDERTAKERS_BEFORE.search(view, clause, term.start())
        if before is None or not _undertaken_passed(view, term.end(), sentence.end) or \
                APPLIED_FOR.search(view, sentence.start, sentence.end):
            continue
        for start, stop in listed_names(view, *before.span("names"), places_win=False):
            out.append(honour_won(doc, start, stop, term, sentence))
    return out



def _undertaken_passed(view: str, start: int, stop: int) -> bool:
    """Whether the projects of the title ending at ``start`` passed, all of them: in the title's
    own clause, or in the next one when it opens on 目前/均/已; never a part (其中2个通过)."""
    end = end_of_clause(view, start, stop)
    if PROJECT_PASSED.search(view, start, end) is None:
        if end >= stop or not UNDERTAKEN_NEXT_OPEN.match(view, end + 1):
            return False
        start, end = end + 1, end_of_clause(view, end + 1, stop)
    passed = PROJECT_PASSED.search(view, start, end)
    return passed is not None and UNDERTAKEN_PART.search(view, start, passed.start()) is None
