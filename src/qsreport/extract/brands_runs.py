"""Runs of named winners, whatever word introduces them: items in a row, parted by 、，；
(or one a line), each a branded product (某某牌阀门, “某某”电缆, alone or as a maker's:
某厂生产的“某某”牌面粉), a quoted trademark alone (for a trademark title) or a firm (only
right after the title it won: 获得某奖的有：A公司、B公司). The title is one the lexicon knows,
named in the run's sentence (before the run, or after it: A、B等产品荣获…) or in one of the
sentences before it (授予…称号。其中有A、B、C — then three items at least); it gives the
category. The run stops at the first piece that is no item or closes it (等, a count);
applicants, shortlists and reviews under way give nothing."""

from __future__ import annotations

import re
from itertools import islice

from .. import regex_cache as rx
from ..chars import HAN
from ..models import BrandHonour
from ..regex_prefilter import compile_fast
from ..segmenting.spans import LINE
from .brands_honours_checks import not_won_yet, without_steps_passed
from .brands_honours_respective import paired_after
from .brands_won import TIME_HONOURED, TRADE_NAME, honour_won, mark_of
from .common import Doc, after_joining_word
from .lexicon.brand_lists import LISTED_FIRM, LISTED_MAKERS_PRODUCT, LISTED_NOTE, OUR_PLACE
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brands import BRAND_TERM, HONOUR_VERB

# (a bracket closes, or runs to the line's end: an optional closer let the engine split a line
# of many brackets in every way before failing, which hung on a real notice)
# (a run of plain characters is taken whole and never given back, (?=(…+))\1 as …++ would
# from Python 3.11 on: one step of the engine for the run, not one a character)
_PIECE = rx.compile(r"(?:(?=([^、，,；;。！？!?\n（(]+))\1|[（(][^）)\n]*[）)]|[（(][^）)\n]*$)+")
# 某某牌阀门, “某某”牌阀门, “某某牌”阀门, “某某”阀门: a mark and the product it is on (名牌,
# 品牌, 挂牌, 创牌 are no marks: 推进名牌战略 is no product)
_BRANDED = rx.compile(
    rf"[“「\"]?\s*{HAN}{{1,8}}(?<![名品挂创冒])(?:[”」\"]?牌[”」\"]?|[”」\"])\s*{HAN}"
    r"[^、，,；;：:。“”「」]{0,18}")
_AND_BEFORE_BRAND = rx.compile(rf"(?:以及|和|及|与)(?=[“「\"]|{HAN}{{1,8}}牌)")
# Words that end a name: what the sentence says of it begins (…均为, …入选, …被授予)
_VERB = rx.compile(r"均|都|则|也|已|被|获|荣获|入选|成为|为|是|通过|列入|跻身|先后|相继|双双|名列|位列|榜上有名|上榜")
# A review under way (初审, 现场评审) names candidates, not winners.
_UNDER_REVIEW = rx.compile(r"初审|评审|审核|复核|考察|答辩")
# What may open the first piece before its item (其中有A、…; 分别为A、…; 包括A、…; a place's
# verb of growing the holders: 全市涌现出A、B等一批…)
_LEAD = rx.compile(r".*?(?:(?:有(?!限)|为|是|包括|包含|如)[:：]?|[:：]|(?:培育|涌现|造就|孕育)(?:出了|了|出))\s*")
# What closes a run: 等, or a count of what was listed (A、B、C三件商标…)
_TAIL = compile_fast(r"(?:等|(?<=[”」])[\d一二三四五六七八九十两]+(?:个|项|只|件|种|家|枚)).*$")
# 名牌战略推进委员会, 名牌培育工作: the title's programme or its committee, no title won
_NOT_A_TITLE = rx.compile(r"战略|推进|培育|创建|工作|评价|评定|办公室|委员会|领导小组")
# (a mark may hold Latin letters and end with 及图, its device: “甲乙ABC及图”, “XYZ”)
_MARK_TEXT = rf"(?:{HAN}{{1,8}}|(?:{HAN}|[A-Za-z]){{1,16}}(?<=[A-Za-z])(?:及图)?|(?:{HAN}|[A-Za-z]){{1,16}}及图)"
_MARK = rx.compile(rf"[“「]{_MARK_TEXT}[”」]")  # “某某”: a trademark's name alone
_MARK_CALLED = rx.compile(rf"[“「](?P<mark>{_MARK_TEXT})[”」](?:注册)?商标")  # “某某”商标
# A title's winners introduced after it: 获得…质量奖的有：A公司、B公司 (firms only so)
_FIRMS_LINK = rx.compile(r"(?:称号|荣誉)?的?(?:企业|单位)?(?:有|是|为|包括|分别为|分别是)[:：]?\s*")
_TRADEMARK_TITLE = rx.compile(r"商标")
_QUOTES = "“”「」\""
_ROW_NUMBER = rx.compile(r"\s*(?:\d{1,4}[、.．\s]|[（(]\d{1,4}[)）]|[一二三四五六七八九十]{1,3}、)\s*")
_LIST_FOLLOWS = compile_fast(r"名单|如下|[:：]\s*$")
Item = tuple[int, int, str]  # a name's span and its kind (brand, mark, firm)
# What every item holds (a cheap test before a piece is read): a branded product or a quoted
# mark holds 牌 or a closing quote (_BRANDED, _MARK, _MARK_CALLED), a firm one of
# LISTED_FIRM's endings.
_ITEM_SIGN = compile_fast(r"[牌”」\"]|公司|厂|合作社|集团")
_LOOK_BACK = 3  # sentences
_SHORTEST_RUN = 3
_SHORTEST_TITLED_RUN = 2  # A、B等产品荣获某称号: the title follows in the same sentence


def extract_run_honours(doc: Doc) -> list[BrandHonour]:
    """The items of each run of winners under a known title."""
    if not doc.names_brand_terms():
        return []  # (each run, in sentences or one a line, takes a title named near it)
    out: list[BrandHonour] = []
    terms_by_sentence = doc.brand_terms_by_sentence()
    view = doc.view
    titled = [bool(terms) for terms in terms_by_sentence]
    for number, sentence in enumerate(doc.layout.sentences):
        if not any(titled[max(0, number - _LOOK_BACK):number + 1]):
            continue  # no title here or in the sentences a run may take one from
        for run in _runs(view, sentence.start, sentence.end):
            found = _title_of(doc, number, run, terms_by_sentence)
            if found is None:
                continue
            term, lead = found
            if not_won_yet(lead) or _UNDER_REVIEW.search(lead):
                continue  # applicants, candidates and shortlists are no winners
            if not _kinds_fit(doc, sentence.start, run, term):
                continue
            if paired_after(view, run[-1][1], terms_by_sentence[number]):
                continue  # “甲”、“乙”分别获得X、Y: each its own title (brands_honours)
            for start, stop, _kind in run:
                start, stop = mark_of(view, start, stop, term)  # (“某某”水泥: 某某)
                out.append(honour_won(doc, start, stop, term, sentence))
    return out + _line_runs(doc)


def _line_runs(doc: Doc) -> list[BrandHonour]:
    """Winners one a line (1．某某有限公司⏎2．某牌阀门⏎…), three or more, under the last
    title named in the two lines above them, which says they won it (获得, 名单如下). Under a
    time-honoured title a line may also be a shop with its trade name in brackets (某某饭店（某
    某楼）: the trade name won); under any other title a line is read as a plain name."""
    view = doc.view
    out: list[BrandHonour] = []
    lines = [(m.start(), m.end()) for m in LINE.finditer(view)]
    number = 0
    while number < len(lines):
        run = _line_run(view, lines, number, trade=True)
        term = _line_title(doc, lines, number) if len(run) >= _SHORTEST_RUN else None
        if term is None or not TIME_HONOURED.search(term.group()):
            # (no trade names: plain names. A line that is no item with them is none without
            # them: most lines are no item, and are read once, not twice.)
            run = _line_run(view, lines, number, trade=False) if run else run
            if len(run) < _SHORTEST_RUN:
                term = None
        if term is None:
            number += max(1, len(run))
            continue
        for start, stop, _kind in run:
            start, stop = mark_of(view, start, stop, term)
            out.append(honour_won(doc, start, stop, term))
        number += len(run)
    return out


def _line_run(view: str, lines: list[tuple[int, int]], number: int, trade: bool) -> list[Item]:
    """The items of the lines from ``lines[number]`` on, up to the first line that is none
    (with ``trade``, a shop with its trade name in brackets is one)."""
    run: list[Item] = []
    while number + len(run) < len(lines):
        item = _line_item(view, *lines[number + len(run)], trade)
        if item is None:
            break
        run.append(item)
    return run


def _line_title(doc: Doc, lines: list[tuple[int, int]], number: int) -> re.Match[str] | None:
    """The title the winners one a line from ``lines[number]`` on won: the last one named in
    the two lines above, which say it was won (and by no applicants or candidates)."""
    if number == 0:
        return None
    view = doc.view
    above = lines[max(0, number - 2):number]
    # (the titles where they stand in the view: the winners' title is its text there)
    terms = [t for start, end in above for t in doc.brand_terms(start, end)
             if not _NOT_A_TITLE.match(view, t.end(), end)]
    heading = view[above[0][0]:above[-1][1]]
    won = HONOUR_VERB.search(heading) or _LIST_FOLLOWS.search(heading)
    if terms and won and not (not_won_yet(heading)
                              or _UNDER_REVIEW.search(without_steps_passed(heading))):
        return terms[-1]
    return None


def _line_item(view: str, start: int, end: int, trade: bool = False) -> Item | None:
    """The item a line is, whole (without its row number and closing mark), or None; with
    ``trade``, a shop and its trade name in brackets is one, whole."""
    row = _ROW_NUMBER.match(view, start, end)
    if row:
        start = row.end()
    while end > start and view[end - 1] in "。；;，, \t":
        end -= 1
    if _PIECE.fullmatch(view, start, end) is None:
        return None  # a line of several names or clauses is no row
    if trade and TRADE_NAME.fullmatch(view, start, end):
        return start, end, "trade"  # 某某饭店（某某楼）: a shop and its trade name
    if _ITEM_SIGN.search(view, start, end) is None:
        return None  # (every item _name reads holds a sign)
    item, closes = _name(view, start, end)
    rest = view[item[1]:end].strip(_QUOTES) if item else ""
    if item is None or closes or (rest and not LISTED_NOTE.fullmatch(rest)):
        return None
    return item


def _title_of(doc: Doc, number: int, run: list[Item],
              terms_by_sentence: list[list[re.Match[str]]]) -> tuple[re.Match[str], str] | None:
    """The title the run's items won and the text that links them, to the end of the run's
    sentence (searched for shortlist words): the title after the run in its sentence (A、B等
    产品荣获某称号), before it in its sentence, or — for a run of three or more — the last
    title of the sentences before."""
    view = doc.view
    sentence = doc.layout.sentences[number]
    run_start, run_end = run[0][0], run[-1][1]
    terms = [t for t in terms_by_sentence[number] if not _NOT_A_TITLE.match(view, t.end())]
    after = [t for t in terms if t.start() >= run_end]
    before = [t for t in terms if t.end() <= run_start]
    if after and not _inside_list(view, run_end, after[0].start()):
        return after[0], view[sentence.start:sentence.end]
    if len(run) < _SHORTEST_RUN:
        return None
    # (a title before the run: the text linking them runs from the title's clause on)
    if before:
        return before[-1], view[doc.clause_start(before[-1].start(), sentence.start):sentence.end]
    if after:
        return None  # the run's own sentence names a title, too far to tell it is the run's
    for earlier in range(number - 1, max(-1, number - 1 - _LOOK_BACK), -1):
        titles = [t for t in terms_by_sentence[earlier] if not _NOT_A_TITLE.match(view, t.end())]
        if titles:
            floor = doc.layout.sentences[earlier].start
            return titles[-1], view[doc.clause_start(titles[-1].start(), floor):sentence.end]
    return None


def _kinds_fit(doc: Doc, sentence_start: int, run: list[Item], term: re.Match[str]) -> bool:
    """Whether the run's kinds of item can be the title's winners: a quoted mark alone only
    for a trademark title; firms only when the title comes just before them, won in the
    same sentence (获得某奖的有：A公司、B公司) — a bare row of firms is as often applicants,
    firms inspected or makers rewarded."""
    view = doc.view
    kinds = {kind for _start, _stop, kind in run}
    if "mark" in kinds and not _TRADEMARK_TITLE.search(term.group()):
        return False
    if "firm" in kinds:
        if len(kinds) > 1 or term.end() > run[0][0] or term.start() < sentence_start:
            return False
        if not _FIRMS_LINK.fullmatch(view, term.end(), run[0][0]):
            return False
        return HONOUR_VERB.search(view, sentence_start, term.start()) is not None
    return True


def _inside_list(view: str, end: int, term_start: int) -> bool:
    """Whether a title after the run is too far from it to be the run's (another clause)."""
    return term_start - end > 20 or any(c in "；;" for c in view[end:term_start])


def _runs(view: str, start: int, end: int) -> list[list[Item]]:
    """Runs of items in ``view[start:end]``: two or more pieces in a row that are items (the
    caller asks more of a run of two)."""
    runs: list[list[Item]] = []
    if next(islice(_ITEM_SIGN.finditer(view, start, end), 1, None), None) is None:
        # Two items hold two signs, one in each piece (no sign holds a mark that parts
        # pieces): a text with fewer holds no run, and is not cut into pieces (most are not).
        return runs
    current: list[Item] = []
    pieces = _pieces(view, start, end)
    # (each piece's and, past the last, False: the piece before the first is that one)
    signed = [_ITEM_SIGN.search(view, a, b) is not None for a, b in pieces] + [False]
    for index, (piece_start, piece_end) in enumerate(pieces):
        if not signed[index] or not (signed[index - 1] or signed[index + 1]):
            # no item in it, as read first or not (what _item reads lies within the piece);
            # or none beside it that holds one: a run of one at most, no run
            if len(current) >= _SHORTEST_TITLED_RUN:
                runs.append(current)
            current = []
            continue
        first = not current
        item, closes = _item(view, piece_start, piece_end, first)
        if item is None:
            if len(current) >= _SHORTEST_TITLED_RUN:
                runs.append(current)
            current = []
            if not first:  # (read again as a first piece: what it was read as already)
                item, closes = _item(view, piece_start, piece_end, True)
            if item is None:
                continue
        current.append(item)
        if closes:  # A、B等: the run ends with this item
            if len(current) >= _SHORTEST_TITLED_RUN:
                runs.append(current)
            current = []
    if len(current) >= _SHORTEST_TITLED_RUN:
        runs.append(current)
    return runs


def _pieces(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``view[start:end]``, parted by 、，； and by 和/及 before a brand (甲牌
    饰品和乙牌拉链: two)."""
    out = []
    for piece in _PIECE.finditer(view, start, end):
        cursor = piece.start()
        for joint in _AND_BEFORE_BRAND.finditer(view, piece.start(), piece.end()):
            out.append((cursor, joint.start()))
            cursor = joint.end()
        out.append((cursor, piece.end()))
    return out


def _item(view: str, start: int, end: int, first: bool) -> tuple[Item | None, bool]:
    """The name a piece holds (the product of a maker's product) and whether the piece closes
    the run (…等). A run's first piece may open with its intro (其中有, 分别为)."""
    while start < end and view[start].isspace():
        start += 1
    start = after_joining_word(view, start)
    own = OUR_PLACE.match(view, start, end)
    start = own.end() if own else start  # 我县(某牌电缆): the place whose product it is
    if first:
        lead_match = _LEAD.match(view, start, end)
        if lead_match and lead_match.end() < end:
            name = _name(view, lead_match.end(), end)
            if name[0] is not None:
                return name
    return _name(view, start, end)


def _name(view: str, start: int, end: int) -> tuple[Item | None, bool]:
    """The item a piece names: a branded product (``brand``: 某牌阀门, the product of 某厂
    生产的某牌阀门 or 某县的某牌阀门), a quoted mark alone (``mark``: “某某”), or a firm
    (``firm``); and whether the run ends with it."""
    tail = _TAIL.search(view, start, end)
    closes = tail is not None
    if tail:
        end = tail.start()
    verb = _VERB.search(view, start, end)
    if verb:  # 某牌电机均为首次获得: the name ends before what is said of it, and the run
        end, closes = verb.start(), True
    while end > start and view[end - 1].isspace():
        end -= 1
    note = LISTED_NOTE.search(view, start, end)
    if note:
        end = note.start()  # 某牌虾仁（复评）: a note, not the name
    product = LISTED_MAKERS_PRODUCT.fullmatch(view, start, end)
    if product:
        start = product.start("product")
    owner = view.rfind("的", start, end)
    if owner >= 0 and not LISTED_FIRM.fullmatch(view, start, end):
        start = owner + 1  # 某县的某牌布: the product is the name
    quoted_mark = _MARK_CALLED.fullmatch(view, start, end)
    if quoted_mark:  # 某公司的“甲乙”商标: the mark is the name
        kind, start, end = "mark", quoted_mark.start("mark"), quoted_mark.end("mark")
    elif _BRANDED.fullmatch(view, start, end):
        kind = "brand"
    elif _MARK.fullmatch(view, start, end):
        kind, start, end = "mark", start + 1, end - 1  # the mark without its quotation marks
    elif LISTED_FIRM.fullmatch(view, start, end) and not product:
        kind = "firm"
    else:
        return None, closes
    name = view[start:end]
    if not 2 <= len(name) <= 30 or NOT_A_NAME.search(name) or \
            (kind == "mark" and BRAND_TERM.fullmatch(name)):
        return None, closes  # (“中国驰名商标”: a title in quotation marks, no mark)
    return (start, end, kind), closes
