"""Tallies: figures that count things of one kind and say what was done to them — instruments
verified, lifts inspected, firms certified — read one way for every area that declares its
words as a :class:`TallyWords` table (metrology, special equipment, certification; the table's
shape is in :mod:`.tally_words`).

In a sentence that names the area's subject (its ``trigger``), or right after one for the
metrics the area ``carried``, a figure with one of the area's units is a tally when

- a keyword of a metric whose units fit stands before it in its sentence: the nearest keyword
  wins, and a word of other work (``block``) between them ends its reach; with no keyword in
  its own clause, one after it in its clause counts (对52台设备进行了检验), and in a clause
  that opens on 对, 针对 or 为 (or on a short subject and 对: 该局对…, 已对…) only that one
  does, wherever it
  follows the clause's list (对69台压力容器、13台锅炉的安全情况进行了核查);
- with no keyword at all, it goes on with the tally before it when only joining words and
  names stand between them (锅炉312台、电梯5106台; 从61.5%提高到90.2%), or, for the
  first figure of a sentence that opens on 其中, with the last tally of the sentence before;
- a metric that counts places or hazards has its object (加油站, 隐患) next to the figure;
- the thing it counts is named: right after the figure (415台加油机; up to the next item of
  a list: 12台锅炉和600米压力管道), else in its own stretch
  of the clause (校准压力表265块), else in its clause, else in its sentence before it, else in
  its clause after it (in a 对 clause, past 的 after its list: 对31家眼镜店、8家医院的验光仪…);
  a word for every kind (计量器具) gives way to one kind named with it;
  several kinds give ``any``; a metric that must name what it counts gives no tally without
  it, and a figure whose nearest name is of a thing the area does not count (``foreign``:
  设备 for metrology) is none.

:func:`.tally_stats.stats_of` gives each tally the fields of a stat: one after 新增 is an addition, one before a
goal (``goal_after``: …任务) a target; a figure given again in another sentence is kept once.
Otherwise whether it is achieved or a target is the context pass's (:mod:`.context`), as for
every figure.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import regex_cache as rx
from ..chars import HAN
from ..regex_prefilter import compile_fast
from ..segmenting import Segment
from . import tally_words as tw
from .common import CLAUSE_BREAK, Doc, Figure, figure_pattern
from .tally_names import FOREIGN, last_match, name_of
from .tally_words import Metric as Metric  # (the lexicons' names, kept here too)
from .tally_words import TallyWords as TallyWords

_REACH = 150  # characters before a figure read for its keyword
_AHEAD = 40  # and after it
_OBJECTS_AHEAD = 80  # and after it in a 对 clause, whose verb follows its whole list
_OPENS_LIST = rx.compile(r"\s*(?:其中|另有)")
# A breakdown's opening (its items: tally_words.ITEM).
# (包括 after a comma: the parts a total is made of, 在用设备9000台，包括锅炉300台、电梯8000台)
_BREAKS_DOWN = rx.compile(r"其中|[，,]\s*包括")
_ENDS_SENTENCE = rx.compile(r"[。！？!?；;]\s*$")


class Tally(NamedTuple):
    """A figure read as a tally: its metric, the kind of thing it counts, the figure, where
    its own words begin (its label) and its sentence."""

    metric: str
    name: str
    figure: Figure
    label_start: int
    sentence: Segment


class _Before(NamedTuple):
    """The tallies a figure may go on with: the one before it in its list, and a 其中's head."""

    previous: Tally | None
    head: Tally | None


class _Row(NamedTuple):
    metric: Metric
    units: re.Pattern[str]
    unless: re.Pattern[str] | None
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    object_after: re.Pattern[str] | None
    object_before: re.Pattern[str] | None


class Tallies:
    """An area's words, compiled once; :meth:`read` finds the tallies of a document."""

    def __init__(self, words: TallyWords) -> None:
        self.words = words
        self.trigger = compile_fast(words.trigger)
        self.figure = figure_pattern(words.units)
        self.name_keys = [key for _, key in words.names]
        names = "|".join(f"(?P<n{i}>{pattern})" for i, (pattern, _) in enumerate(words.names))
        self.names = compile_fast(names)
        # A long reach (a certification's name after its verb) may pass digits and a list's
        # 、 (通过ISO9001、ISO14001两项体系认证); a short one stops there.
        stops = "" if words.name_reach > 2 * tw.NAME_GAP else r"\d、"
        gap = rf"[^，,；;。！？!?{stops}]{{0,{words.name_reach}}}?"
        self.name_after = rx.compile(rf"{gap}(?:{names})")
        self.foreign = rx.compile(words.foreign) if words.foreign else None
        self.foreign_after = rx.compile(rf"{gap}(?:{words.foreign})") if words.foreign else None
        self.rows = [_Row(
            metric, rx.compile(rf"(?:{metric.units})"),
            rx.compile(metric.unless) if metric.unless else None,
            rx.compile(metric.before) if metric.before else None,
            rx.compile(metric.after) if metric.after else None,
            rx.compile(rf"[^，,；;。！？!?\d、]{{0,6}}?(?:{metric.object})") if metric.object else None,
            rx.compile(rf"(?:{metric.object})(?:达到|[共计约达为是有]){{0,2}}$") if metric.object else None,
        ) for metric in words.metrics]
        self._by_unit: dict[str, list[_Row]] = {}  # the rows each unit fits
        self.block = rx.compile(words.block) if words.block else None
        self.not_before = rx.compile(words.not_before) if words.not_before else None
        self.not_after = rx.compile(words.not_after) if words.not_after else None
        self.goal_after = rx.compile(words.goal_after) if words.goal_after else None
        self.goal_sentence = rx.compile(words.goal_sentence) if words.goal_sentence else None
        self.goal_unless = rx.compile(words.goal_unless) if words.goal_unless else None
        self.joining = rx.compile(tw.JOINING)
        self.weak = {words.any_name, *words.weak}
        self.carries = tw.Carries(words.carried)
        self.own_thing = rx.compile(rf"(?:{words.own_thing})$") if words.own_thing else None
        self.own_thing_after = rx.compile(rf"\s*{HAN}{{0,8}}?(?:{words.own_thing})")
        self.pair_after = rx.compile(words.pair_after) if words.pair_after else None
        self.pair_word = rx.compile(words.pair_word) if words.pair_word else None

    def read(self, doc: Doc) -> list[Tally]:
        """Every tally of ``doc``, in text order."""
        triggered = doc.matches_by_sentence(self.trigger)
        if not any(triggered):
            return []
        found: list[Tally] = []
        last_of_sentence: Tally | None = None
        sentences = doc.layout.sentences
        view = doc.view
        passed: list[int] = []  # the carried rows the sentence before passes on
        cut_head: Tally | None = None  # a breakdown's head, when its sentence was cut short
        for sentence, hits, figures in zip(sentences, triggered,
                                           doc.figures_by_sentence(self.figure), strict=True):
            # (a sentence that opens on 其中 goes on with the list before, naming it or not)
            previous = last_of_sentence if _OPENS_LIST.match(doc.view, sentence.start) else None
            # (the metrics read: all of them, those carried from the sentence before, or none)
            only = () if hits or previous else self.carries.metrics(view, sentence, passed)
            passed = self.carries.passed_on(view, sentence) if hits else []
            carried_head, cut_head = cut_head, None
            if hits and self.pair_word is not None:
                figures = tw.with_pairs(self.pair_word, view, sentence, figures)
            if not (hits or only or previous) or not figures:
                last_of_sentence = None
                continue
            head = previous or carried_head  # the tally a 其中 breaks down, whose items follow
            last_of_sentence = None
            own_start = sentence.start
            for index, figure in enumerate(figures):
                next_start = figures[index + 1].start if index + 1 < len(figures) else sentence.end
                if last_of_sentence is not None and _BREAKS_DOWN.search(
                        view, last_of_sentence.figure.end, figure.start):
                    head = last_of_sentence
                tally = self._tally(doc, sentence, figure, own_start, next_start,
                                    _Before(previous, head))
                if only and tally is not None and tally.metric not in only:
                    tally = None
                own_start = figure.end
                previous = tally  # a figure that is no tally ends a list
                if tally is not None:
                    found.append(tally)
                    last_of_sentence = tally
            if last_of_sentence is not None and _BREAKS_DOWN.search(
                    view, last_of_sentence.figure.end, sentence.end):
                head = last_of_sentence
            if not _ENDS_SENTENCE.search(view, sentence.start, sentence.end):
                # (a line break the layout took for a sentence's end: …其中：⏎锅炉130台，…)
                cut_head = head
        return found

    def _tally(self, doc: Doc, sentence: Segment, figure: Figure, own_start: int,
               next_start: int, before: _Before) -> Tally | None:
        view = doc.view
        part = max(view.rfind(mark, sentence.start, figure.start) for mark in "；;")
        part_start = part + 1 if part >= 0 else sentence.start  # after the last ；
        # (the rows the unit fits, found once a unit rather than once a figure)
        if (rows := self._by_unit.get(figure.unit)) is None:
            rows = self._by_unit[figure.unit] = [r for r in self.rows if r.units.fullmatch(figure.unit)]
        rows = [row for row in rows
                if row.unless is None or not row.unless.search(view, part_start, figure.start)]
        if rows and self._foreign_part(view, part_start, figure.start):
            rows = [row for row in rows if row.metric.foreign_any]  # (they read it as ``any``)
        if not rows:
            return None
        clause_start = doc.clause_start(figure.start, sentence.start)
        own_start = max(own_start, clause_start)
        # A list's item whose number has lost its unit ends there too (电梯310、游乐设施12台:
        # the rides' 12), but not a number in a name (ISO9001、ISO14001两项).
        bare = last_match(tw.BARE_ITEM.finditer(view, own_start, figure.start))
        own_start = bare.end() if bare else own_start
        own = view[own_start:figure.start]
        if self.not_before is not None and self.not_before.search(own):
            return None
        clause_end = tw.end_of_clause(view, figure.end, sentence.end)
        after = view[figure.end:clause_end]
        if self.not_after is not None and self.not_after.match(after):
            return None
        rows = [row for row in rows if row.object_after is None or row.object_after.match(after)
                or (row.object_before is not None and row.object_before.search(own.rstrip()))]
        if not rows:
            return None
        # Keywords after the figure are read up to the next figure (a row's pattern says
        # whether it may cross a comma: 其中有2台示值超差，检定不合格), or in a 对 clause to its
        # end (对31家眼镜店、8家医院的验光仪进行了监督检查: the verb is the list's).
        # So are the holders' (61家企业的75张许可证予以注销: the verb is of both).
        objects = bool(tw.OBJECT.match(view, clause_start, figure.start))
        holders = tw.HOLDERS_OF.fullmatch(view, figure.end, next_start) is not None
        # (an item of a list whose verb follows it all: 抽取了3家收购站点、4家加油站开展检查)
        listed = next_start < clause_end and tw.LIST_ITEM.fullmatch(view, figure.end, next_start) is not None \
            and not tw.ITEM_VERB.search(view, figure.end, next_start) \
            and not (self.block is not None and self.block.search(view, figure.end, next_start))
        stop = clause_end if objects or holders or listed else next_start
        ahead = view[figure.end:min(stop, sentence.end,
                                    figure.end + (_OBJECTS_AHEAD if objects else _AHEAD))]
        row = self._by_keyword(view, rows, sentence, figure, clause_start, ahead)
        if row is None and before.previous is not None:
            row = self._goes_on(rows, before.previous, own)
        item_of = None  # the tally whose breakdown this figure is an item of
        if row is None and before.head is not None:
            row = self._item_of(rows, before.head, own)
            item_of = before.head if row is not None else None
        if row is None:
            return None
        if not row.metric.kinds:
            return Tally(row.metric.name, self.words.any_name, figure, own_start, sentence)
        name_start = clause_start
        if clause_start > sentence.start and view[clause_start:figure.start].strip() and \
                tw.LINKING_ONLY.fullmatch(view, clause_start, figure.start):
            # …认证的企业，目前已达47家: the clause before names it (not a clause that opens on
            # its figure: …通过了有机认证，2家农场另获评示范基地).
            name_start = doc.clause_start(clause_start - 1, sentence.start)
        name = name_of(self, view, sentence, figure, own_start, name_start, clause_end,
                          row.metric.names_in == "clause", objects)
        if name == FOREIGN:
            if not row.metric.foreign_any:
                return None
            name = self.words.any_name
        label = tw.ITEM.fullmatch(self.names.sub("", own)) if name is None and item_of is None else None
        if label is not None and len(label["label"]) <= 4:  # (示范项目251个，其中省级127个)
            item_of = before.head  # an item labelled by a level is of the head's kind
        if name is None and item_of is not None:
            name = item_of.name  # (安装类31家 after 持有许可证81张，其中: the licences')
        if name is None and row.metric.foreign_any and self.foreign is not None \
                and self.foreign.search(view, sentence.start, figure.start):
            name = self.words.any_name  # (对获得驰名商标的企业，…奖励50万元)
        if name is None:
            if row.metric.named:
                return None
            name = self.words.any_name
        return Tally(row.metric.name, name, figure, own_start, sentence)

    def _by_keyword(self, view: str, rows: list[_Row], sentence: Segment, figure: Figure,
                    clause_start: int, after: str) -> _Row | None:
        """The row whose keyword is nearest before the figure (unless a word of other work
        stands between), or, with none in the figure's clause, the first after it."""
        low = max(sentence.start, figure.start - _REACH)
        # (a blank between the words and the figure, as web pages set them: 检验检测机构 4200家)
        text = view[low:figure.start].rstrip()
        opening = tw.OBJECT.match(view, clause_start, figure.start)
        objects = opening is not None
        best: tuple[int, _Row] | None = None
        for row in rows:
            if row.before is None:
                continue
            last = last_match(row.before.finditer(text))
            if last is not None and (best is None or last.end() > best[0]):
                best = (last.end(), row)
        if best is not None and self.block is not None and self.block.search(text, best[0]):
            best = None  # a word of other work stands between the keyword and the figure
        subject: _Row | None = None  # a keyword in the subject before 对: the verb after first
        if best is not None and opening is not None and low + best[0] <= opening.end():
            subject, best = best[1], None  # 本次检查中对…的6台加油机实施了强制检定
        if best is not None and low + best[0] > clause_start and not best[1].metric.yields:
            return best[1]  # a keyword in the figure's own clause
        if best is not None and objects:
            best = None  # 对9台锅炉加装…: the verb of a 对 clause comes after its figure
        if best is not None and self.words.keyword_in_clause and not (
                tw.LINKING_ONLY.fullmatch(view, clause_start, figure.start)
                and not CLAUSE_BREAK.search(view, low + best[0], clause_start - 1)):
            best = None  # only a keyword of its own clause, or of the one before
        first: tuple[int, _Row] | None = None  # the keyword nearest after the figure
        for row in rows:
            # (a 对 clause's verb ends its list: 对69台压力容器、13台锅炉的安全情况进行了核查)
            match = None if row.after is None else \
                row.after.search(after) if objects else row.after.match(after)
            if match is not None and (first is None or match.end() < first[0]):
                first = (match.end(), row)
        if first is not None:
            return first[1]
        return best[1] if best is not None else subject

    def _foreign_part(self, view: str, part_start: int, end: int) -> bool:
        """Whether the part of the sentence after its last ； names only things the area does
        not count (检定计量器具4.8万台件；全市在用特种设备6120台: no instruments)."""
        return self.foreign is not None and part_start > 0 and view[part_start - 1] in "；;" \
            and self.foreign.search(view, part_start, end) is not None \
            and self.names.search(view, part_start, end) is None

    def _goes_on(self, rows: list[_Row], previous: Tally, own: str) -> _Row | None:
        """The row of the tally before, when this figure goes on with its list."""
        if not self.joining.fullmatch(self.names.sub("", own)):
            return None
        return next((row for row in rows if row.metric.name == previous.metric), None)

    def _item_of(self, rows: list[_Row], head: Tally, own: str) -> _Row | None:
        """The row of the tally a 其中 breaks down, when this figure is an item of the
        breakdown, labelled by a few words of its own (…发放许可证4310张，其中：建材类1520张，
        化工类960张; 其中超市5家，加油站3家) and no word of other work."""
        label = tw.ITEM.fullmatch(self.names.sub("", own))
        if label is None or (self.block is not None and self.block.search(label["label"])):
            return None
        return next((row for row in rows if row.metric.name == head.metric), None)

    def kind_of(self, keys: set[str]) -> str:
        """One kind named (a word for every kind, or a weak one, gives way to it), else ``any``."""
        kinds = keys - self.weak or keys
        return kinds.pop() if len(kinds) == 1 else self.words.any_name

    def names_by(self, view: str, tally: Tally) -> str:
        """The names a tally's own words and the words right after it give, as written."""
        figure = tally.figure
        after = self.name_after.match(view, figure.end, tally.sentence.end)
        return "".join(m.group() for m in self.names.finditer(view, tally.label_start,
                                                                figure.start)) \
            + (after.group(after.lastgroup or 0) if after else "")

    def key_of(self, match: re.Match[str]) -> str:
        """The key of a match of :attr:`names`."""
        return self.name_keys[int((match.lastgroup or "n0")[1:])]

    def keys_in(self, text: str, start: int = 0, end: int | None = None) -> set[str]:
        """The keys of every name :attr:`names` finds in ``text[start:end]``."""
        stop = len(text) if end is None else end
        return {self.key_of(m) for m in self.names.finditer(text, start, stop)}

