"""Lists of named winners, one reader for the shapes a list takes: a run of names (two at
least, parted by 、，； spaces or quotes, or one place's group a line) tied to an award that
stands around it — its title before 由 (「某奖」由A、B获奖; a prize named bare after the award, 「某奖」甲奖由A获得), a count closing the run and a verb
of winning after it (A、B、C3家企业入选“某品牌”名单; 为A、B2个某示范样板授牌), quoted marks
closed by 等 and a count of a title (“甲”“乙”等N件驰名商标), a colon after the title (某伴
手礼为：A公司甲、B公司乙), or a heading line over lines of places (去年获批的地理标志证明商标 / 甲市：
A、B). The title gives the category (a title the lexicon does not know: ``other``). Names in
a pool, created, come forth, applied for or on a shortlist are no winners."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress

from ..models import BrandHonour
from ..numbers import to_number
from ..regex_triggers import holds_needles
from ..segmenting import Segment
from ..segmenting.spans import LINE
from .brands_honours_checks import open_shortlist
from .brands_honours_names import name_in
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_list_runs import (
    BARE_PRIZE_BY,
    BLANK,
    BRANDED_SIGN,
    BY_NOT_WINNERS,
    BY_WINNERS,
    CHOSEN,
    CLOSING_COUNT,
    COLON_INTRO,
    COUNT_BEFORE_COLON,
    COUNT_SIGN,
    COUNTED_RUN,
    COUNTED_TITLE,
    COUNTED_WON,
    FIRM_BEFORE_PRODUCT,
    GIVEN_TO,
    HEADING_WON,
    ITEM_LEAD,
    JOINED_AFTER_BODY,
    JOINER_LEAD,
    MAKERS_LINK,
    MARK_SEPARATOR,
    NOT_A_COUNT_AFTER,
    NOT_A_WIN,
    NOT_THE_TITLE_AFTER,
    NOTE_AFTER,
    OBJECT_ENDS_TITLE,
    OWN_TITLE,
    PLACE_LINE,
    PLAQUE_AFTER,
    POST_BEFORE_PERSON,
    QUOTED_RUN,
    QUOTED_RUN_WON,
    RUN_TAIL,
    SEPARATOR,
    TAKES_TITLE,
    TITLE_REACH,
)
from .lexicon.brands import BRAND_TERM, brand_category

Title = tuple[re.Match[str], str]  # the title's match and its category
_HEADING_LONGEST = 30
_PRODUCT_LONGEST = 16
_WHOLE = re.compile(r".+")


def extract_list_honours(doc: Doc) -> list[BrandHonour]:
    """The items of each list of names tied to an award around it."""
    out: dict[str, BrandHonour] = {}
    view = doc.view
    sentences = doc.layout.sentences
    # Each sentence's titles and runs, found once per document (a pattern is run only over
    # the sentences holding its needles: most hold no list)
    terms = doc.brand_terms_by_sentence()
    counted_titles = doc.matches_by_sentence(COUNTED_TITLE, sparse=True)
    own_titles = doc.matches_by_sentence(OWN_TITLE, sparse=True)
    counts = doc.matches_by_sentence(COUNT_SIGN)
    quoted_runs = doc.matches_by_sentence(QUOTED_RUN, sparse=True)
    quoted_won = doc.matches_by_sentence(QUOTED_RUN_WON, sparse=True)
    # Only a sentence holding a title, a count or quoted marks can hold a list of winners: the
    # others are not visited (the titles of the sentence before are found where needed)
    lists = (terms, counted_titles, own_titles, counts, quoted_runs, quoted_won)
    candidates = sorted({at for found in lists for at in compress(range(len(found)), found)})
    previous_at, previous = -1, list[Title]()
    for at in candidates:
        sentence = sentences[at]
        before_titles = previous if previous_at == at - 1 else \
            _titles_at(at - 1, terms, counted_titles, own_titles) if at else []
        titles = _titles_at(at, terms, counted_titles, own_titles)
        previous_at, previous = at, titles
        runs = list(COUNTED_RUN.finditer(view, sentence.start, sentence.end)) if counts[at] \
            and holds_needles(COUNTED_RUN, view, sentence.start, sentence.end) else []
        quoted = quoted_runs[at] + quoted_won[at]
        if not (titles or runs or quoted) or open_shortlist(view, sentence.start, sentence.end):
            continue  # (no title, count or quotes: no list of winners)
        before = sentences[at - 1] if at else None
        for title, category in titles:
            _by_winners(doc, out, sentence, title, category)
        for prize in BARE_PRIZE_BY.finditer(view, sentence.start, sentence.end) if titles else ():
            _by_winners(doc, out, sentence, prize, "other")  # (甲奖由A获得, after the award)
        _counted(doc, out, sentence, runs, titles, before, before_titles)
        _quoted(doc, out, sentence, quoted)
        _after_colon(doc, out, sentence, titles, before)
    _heading_blocks(doc, out)
    return list(out.values())


def _titles_at(at: int, terms: list[list[re.Match[str]]], counted: list[list[re.Match[str]]],
               own_titles: list[list[re.Match[str]]]) -> list[Title]:
    """The award titles of sentence ``at`` (none where it holds no title of any kind)."""
    if terms[at] or counted[at] or own_titles[at]:
        return _titles(terms[at], counted[at], own_titles[at])
    return []


def _titles(terms: list[re.Match[str]], counted: list[re.Match[str]],
            own_titles: list[re.Match[str]]) -> list[Title]:
    """A sentence's award titles: the lexicon's (``terms``), titles of a selection
    (``counted``: 十大某某) and quoted or booked titles of their own (``own_titles``, with the
    category of a lexicon title that ends them, else ``other``)."""
    found: list[Title] = [(m, brand_category(m)) for m in terms]
    found += [(m, "other") for m in counted]
    for own in own_titles:
        inner = [m for m, _ in found if own.start() <= m.start() and m.end() >= own.end("title") - 2
                 and m.end() <= own.end()]
        category = brand_category(inner[-1]) if inner else "other"
        found = [(m, c) for m, c in found if not own.start() <= m.start() < own.end()]
        found.append((own, category))
    return sorted(found, key=lambda t: t[0].start())


def _emit(doc: Doc, out: dict[str, BrandHonour], start: int, end: int, title: re.Match[str],
          category: str, sentence: Segment | None, products: bool = False) -> int:
    """Each name of the run ``view[start:end]`` as a winner of ``title``; how many there were."""
    view, emitted = doc.view, 0
    for piece_start, piece_end in _pieces(view, start, end):
        piece = view[piece_start:piece_end]
        firm = FIRM_BEFORE_PRODUCT.match(piece) if products else None
        if firm is not None:  # (the product after its maker is named whole: 某某的秘方)
            link = MAKERS_LINK.match(piece, firm.end())  # (生产的“某牌”…: the general cleaning's)
            cut = link.end() if link else firm.end()
            piece_start, piece = piece_start + cut, piece[cut:]
        if post := POST_BEFORE_PERSON.match(piece):
            piece_start, piece = piece_start + post.end(), piece[post.end():]
        found = (0, len(piece)) if firm is not None and len(piece) <= _PRODUCT_LONGEST \
            and not BRANDED_SIGN.search(piece) else name_in(piece, places_win=False, units_win=True)
        if found is None:
            continue
        name_start, name_end = piece_start + found[0], piece_start + found[1]
        emitted += 1
        honour = honour_won(doc, name_start, name_end, title, sentence, category)
        if BLANK.search(honour.name):  # (a name wrapped at a line's end: joined again)
            honour = replace(honour, name=BLANK.sub("", honour.name))
        out.setdefault(honour.name, honour)
    return emitted


def _pieces(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each item of a run is: split at its marks and at a joining word after a body's
    name (某房屋公司与某电子), without a joining word before it or a note in brackets after."""
    cuts = [start]
    separator = MARK_SEPARATOR if "、" in view[start:end] else SEPARATOR
    for mark in separator.finditer(view, start, end):
        cuts += [mark.start(), mark.end()]
    for join in JOINED_AFTER_BODY.finditer(view, start, end):
        cuts += [join.start(), join.end()]
    cuts.append(end)
    cuts.sort()
    pieces = []
    for piece_start, piece_end in zip(cuts[::2], cuts[1::2], strict=False):
        text = view[piece_start:piece_end]
        lead = JOINER_LEAD.match(text) if piece_start > start else ITEM_LEAD.match(text)
        if lead:
            piece_start += lead.end()
        if note := NOTE_AFTER.search(view, piece_start, piece_end):
            piece_end = note.start()
        while piece_end > piece_start and view[piece_end - 1] in "。.！!？?":
            piece_end -= 1
        if piece_end - piece_start >= 2:
            pieces.append((piece_start, piece_end))
    return pieces


def _by_winners(doc: Doc, out: dict[str, BrandHonour], sentence: Segment,
                title: re.Match[str], category: str) -> None:
    """「某奖」由A、B、C获奖: the names between 由 and the verb."""
    by = BY_WINNERS.match(doc.view, title.end(), sentence.end)
    if by is not None and not _counts_only(doc.view, by.start("run"), by.end("run")) and \
            not BY_NOT_WINNERS.search(doc.view, by.start("run"), by.end("run")) and \
            not NOT_A_WIN.search(doc.view, title.start(), by.end()):
        _emit(doc, out, by.start("run"), by.end("run"), title, category, sentence)


def _counts_only(view: str, start: int, end: int) -> bool:
    """Whether a run only counts its winners (由2位人士获得): no names."""
    return bool(re.match(r"\s*(?:\d|[一二两三四五六七八九十]+[位家个名])", view[start:end]))


def _counted(doc: Doc, out: dict[str, BrandHonour], sentence: Segment,
             runs: list[re.Match[str]], titles: list[Title], before: Segment | None,
             before_titles: list[Title]) -> None:
    """A、B、C3家企业入选“某”名单; 我省A、B 2个品牌上榜 (the list's title in the clause or
    sentence before); 为A、B 2个某示范样板授牌: a run closed by a count of as many names."""
    view = doc.view
    for run in runs:
        if NOT_A_COUNT_AFTER.match(run.group("after")):
            continue
        count = to_number(run.group("n"))
        start = doc.clause_start(run.start("run"), sentence.start)
        tail = RUN_TAIL.search(view, start, run.end("run"))
        run_end = tail.start() if tail else run.end("run")
        pieces = _pieces(view, start, run_end)
        if count is None or len(pieces) != count:
            continue
        after = run.group("after")
        title: Title | None
        given = GIVEN_TO.search(view, pieces[0][0], pieces[0][1])
        if given is not None:
            plaque = PLAQUE_AFTER.match(after)
            if plaque is None:
                continue
            at = run.start("after")
            terms = list(BRAND_TERM.finditer(view, at, at + plaque.end("title")))
            # (the words between the count and 授牌 are the title)
            title_match = _WHOLE.match(view, at, at + plaque.end("title"))
            assert title_match is not None
            ends_it = terms and terms[-1].end() >= at + plaque.end("title") - 2
            title = (title_match, brand_category(terms[-1]) if ends_it else "other")
            start = given.end()
        elif won := COUNTED_WON.search(view, run.start("after"), run.end("after")):
            title = _title_taken(view, titles, won, run.end("after"), before, before_titles) \
                if TAKES_TITLE.fullmatch(won.group()) \
                else _title_around(view, titles, run.start("after"), before, before_titles)
        else:
            continue
        if title is not None and not NOT_A_WIN.search(view, start, run.end()):
            _emit(doc, out, start, run_end, title[0], title[1], sentence)


def _title_taken(view: str, titles: list[Title], verb: re.Match[str], end: int,
                 before: Segment | None, before_titles: list[Title]) -> Title | None:
    """The title a verb that takes one as its object won (获得某称号): the first of its clause
    within a few characters of it, not one naming money or a licence for its holders; where
    the lexicon knows no title there but the clause ends on a title's head word (获评某省首批
    某某品牌), the title around the run."""
    for title in titles:
        if verb.end() <= title[0].start() <= min(end, verb.end() + TITLE_REACH):
            return None if NOT_THE_TITLE_AFTER.match(view, title[0].end()) else title
    if OBJECT_ENDS_TITLE.search(view, verb.end(), end):
        return _title_around(view, titles, verb.start(), before, before_titles)
    return None


def _title_around(view: str, titles: list[Title], after: int, before: Segment | None,
                  before_titles: list[Title]) -> Title | None:
    """The title a counted run won: the first after its count in the sentence, else the last
    before it, else the last of the sentence before (``before``, its titles
    ``before_titles``)."""
    later = [t for t in titles if t[0].start() >= after]
    if later:
        return later[0]
    earlier = [t for t in titles if t[0].end() <= after]
    if earlier:
        return earlier[-1]
    if before is not None and before_titles and not NOT_A_WIN.search(view, before.start,
                                                                       before.end):
        return before_titles[-1]
    return None


def _quoted(doc: Doc, out: dict[str, BrandHonour], sentence: Segment,
            runs: list[re.Match[str]]) -> None:
    """“甲”“乙”、“丙”等N件驰名商标: quoted marks closed by a count of a title;
    “甲”“乙”等商标相继跻身某某名牌之列: quoted marks, then a verb of winning a title (``runs``:
    the sentence's matches of :data:`QUOTED_RUN`, then of :data:`QUOTED_RUN_WON`)."""
    view = doc.view
    for run in runs:
        counted = "n" in run.re.groupindex  # (the title after the count, or after the verb)
        term = BRAND_TERM.match(view, run.start("after")) if counted else None
        term = term or next(BRAND_TERM.finditer(view, run.end("n") if counted else run.end(),
                                                sentence.end), None)
        if term is None or term.start() > run.end() + 4 or NOT_A_WIN.search(
                view, doc.clause_start(run.start(), sentence.start), term.end()):
            continue
        _emit(doc, out, run.start("run"), run.end("run"), term, brand_category(term), sentence)


def _after_colon(doc: Doc, out: dict[str, BrandHonour], sentence: Segment,
                 titles: list[Title], before: Segment | None) -> None:
    """某伴手礼为：A公司甲、B公司乙; 其中某品牌有六家，分别为：A、B: the names after a colon
    whose sentence names the title before it, chosen in that sentence or the one before."""
    view = doc.view
    intro = COLON_INTRO.search(view, sentence.start, sentence.end)
    if intro is None:
        return
    earlier = [t for t in titles if t[0].end() <= intro.start()]
    chosen = CHOSEN.search(view, sentence.start, intro.start()) or (
        before is not None and CHOSEN.search(view, before.start, before.end))
    if not earlier or not chosen or NOT_A_WIN.search(view, sentence.start, sentence.end):
        return
    title, category = earlier[-1]
    end = sentence.end
    for stop in re.finditer(r"[，,][^、，,]{0,6}(?:有效期|共计|合计|其中)", view[intro.end():end]):
        end = intro.end() + stop.start()
        break
    if closing := CLOSING_COUNT.search(view, intro.end(), end):
        end = closing.start()
    counts = list(COUNT_BEFORE_COLON.finditer(view, sentence.start, intro.start()))
    if counts and to_number(counts[-1].group("n")) != len(_pieces(view, intro.end(), end)):
        return  # (该县6家企业获评…，分别为：four names: not the list the count tells)
    _emit(doc, out, intro.end(), end, title, category, sentence, products=True)


def _heading_blocks(doc: Doc, out: dict[str, BrandHonour]) -> None:
    """A heading line naming a title won (某县去年获批的地理标志证明商标), then lines of a place, a
    colon and its names: each name a winner of the heading's title."""
    view = doc.view
    line_end = -1
    # Only the lines holding a word of winning are read (a word holds no line end), and the
    # lines after a heading only while they are a place's (not every line of the text)
    for won in HEADING_WON.finditer(view):
        if won.start() < line_end:
            continue  # (a line already read)
        start = view.rfind("\n", 0, won.start()) + 1
        line_end = view.find("\n", won.end())
        end = line_end = len(view) if line_end < 0 else line_end
        text = view[start:end].strip()
        if not text or len(text) > _HEADING_LONGEST or text[-1] in "。！？；，,:：" or \
                not HEADING_WON.search(text) or NOT_A_WIN.search(text):
            continue
        terms = list(BRAND_TERM.finditer(view, start, end))
        if not terms:
            continue
        for line in LINE.finditer(view, end):
            row = PLACE_LINE.fullmatch(view, line.start(), line.end())
            if row is None or "、" not in row.group("run"):
                break
            _emit(doc, out, row.start("run"), row.end("run"), terms[-1],
                  brand_category(terms[-1]), None)
