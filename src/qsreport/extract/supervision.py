"""Supervision: the campaigns a report describes (with their target products) and the
enforcement statistics it states."""

from __future__ import annotations

import json
import re
from functools import cache
from operator import itemgetter

from ..chars import HAN
from ..models import Supervision, SupervisionAction, SupervisionStat
from ..numbers import PERCENT, percent_value
from ..regex_prefilter import compile_fast, might_match
from ..segmenting import Segment
from .areas import (
    Area,
    Figures,
    ItemList,
    SideTable,
    same_text,
    score_number,
    score_unit,
)
from .common import Doc, Figure, figure_pattern, unit_as_written
from .lexicon.supervision import (
    ACTION_KIND,
    CAMPAIGN_AFTER,
    ENUMERATED,
    LINKERS,
    LIST_END,
    LIST_LEAD,
    NOT_A_STAT,
    PASS_RATE,
    RESULT_AFTER,
    SLOGAN_VERB,
    STAT_METRICS,
    STAT_UNITS,
    TITLE_STOP_1,
    TITLE_STOP_2,
    TITLE_TAIL,
    action_kind,
)

_FIGURE = figure_pattern(STAT_UNITS)
_METRICS = [(metric, re.compile(words), re.compile(f"^(?:{units})$"))
            for metric, words, units in STAT_METRICS]


def extract_stats(doc: Doc) -> list[SupervisionStat]:
    """Figures such as ``抽查产品1250批次``, ``查处案件36起``, ``货值1850万元``, ``合格率92.4%``."""
    stats: list[SupervisionStat] = []
    view = doc.view
    for sentence, figures, percents in zip(doc.layout.sentences,
                                           doc.figures_by_sentence(_FIGURE),
                                           doc.matches_by_sentence(PERCENT),
                                           strict=True):
        if not figures and not percents:
            continue
        floor = sentence.start
        # (start, end, unit, value, figure): the figure (None for a percent) gives the unit as
        # written, worked out only for the figures that become stats. No two events share a
        # start (a figure's number is followed by a unit, a percent's by %), so sorting by
        # start orders them as before.
        events: list[tuple[int, int, str, int | float, Figure | None]] = [
            (figure.start, figure.end, figure.unit, figure.value, figure) for figure in figures
        ]
        for match in percents:
            value = percent_value(match)
            if value is not None:
                events.append((match.start(), match.end(), "%", value, None))
        events.sort(key=_by_start)
        previous: str | None = None
        for start, end, unit, value, figure in events:
            # The floor is in the sentence, so the figure's own clause start decides both.
            clause_start = doc.clause_start(start, sentence.start)
            context_start = max(floor, clause_start)
            floor = end
            metric = _metric(view, context_start, start, unit)
            if metric is None and clause_start < context_start \
                    and not _ANY_KEYWORD.search(view, context_start, start):
                # 共抽查328家企业生产的412批次产品: the clause's verb governs both figures.
                metric = _metric(view, clause_start, start, unit)
            if metric is None and unit in {"个", "项", "次"} and CAMPAIGN_AFTER.match(view, end):
                metric = "campaigns"  # 开展4个专项整治
            if metric is None and LINKERS.fullmatch(view, context_start, start):
                # 分别为97.8%和95.1%; …提高了14个百分点，达到93.3%: the keyword is further back.
                if previous and context_start == clause_start:
                    metric = previous if _unit_fits(previous, unit) else None
                else:
                    wider = doc.clause_start(max(sentence.start, context_start - 1),
                                             sentence.start)
                    metric = _metric(view, wider, start, unit)
            if metric is None and previous and view.startswith("、", context_start, start) \
                    and _unit_fits(previous, unit):
                # 查获化肥120吨、农药2.8吨: one verb for a list of figures.
                metric = previous
            if metric == "batches_sampled" and RESULT_AFTER.match(view, end, end + 4):
                metric = None  # 发现的11批次不合格产品: a result, not the number sampled
            previous = metric
            if metric is None:
                continue
            written = "%" if figure is None else unit_as_written(doc, figure)
            stats.append(SupervisionStat(
                metric=metric,  # type: ignore[arg-type]
                label=doc.text[context_start:start].strip(" ，,、共计约达为是") or written,
                value=value,
                unit=written,
                span=(context_start, end),
                evidence=doc.evidence(sentence),
            ))
    return stats


_by_start = itemgetter(0)
_ANY_KEYWORD = compile_fast("|".join(words for _, words, _ in STAT_METRICS) + "|合格率")


def _unit_fits(metric: str, unit: str) -> bool:
    if metric == "pass_rate":
        return unit == "%"
    return any(m == metric and units.match(unit) for m, _, units in _METRICS)


@cache
def _metrics_for(unit: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The metrics (with their keywords) a figure in ``unit`` can count, in table order."""
    return tuple((metric, words) for metric, words, units in _METRICS if units.match(unit))


_EXCLUSIONS = [(metric, re.compile(words), window) for metric, words, window in NOT_A_STAT]


def _metric(view: str, start: int, stop: int, unit: str) -> str | None:
    if unit == "%":
        # On a slice of its own: PASS_RATE's lookbehinds must not see before ``start``.
        return "pass_rate" if PASS_RATE.search(view[start:stop]) else None
    best: tuple[int, int, str] | None = None
    for metric, words in _metrics_for(unit):
        for match in words.finditer(view, start, stop):
            key = (match.end(), match.end() - match.start(), metric)
            if best is None or key[:2] > best[:2]:
                best = key
    if best is None:
        return None
    # The exclusions read view[start:stop] in place: none looks behind its start, and the
    # end of the window is the end of the string for 合格$.
    for metric, words, window in _EXCLUSIONS:
        if metric in ("*", best[2]) and words.search(
                view, max(start, stop - window) if window else start, stop):
            return None
    return best[2]


def extract_actions(doc: Doc) -> list[SupervisionAction]:
    """One action per kind of campaign the report describes, from the first place it is named
    (an enumerated item 一是… counts its first campaign word only), with the product list it
    targets."""
    actions: dict[str, SupervisionAction] = {}
    view = doc.view
    if not might_match(ACTION_KIND, view):
        return []  # no campaign word anywhere: no item need be scanned
    for item in doc.layout.items:
        kinds_here: set[str] = set()
        item_targets: list[str] | None = None  # found once per item, when first needed
        for match in ACTION_KIND.finditer(view, item.start, item.end):
            kind = action_kind(match)
            if _is_heading(doc, match.start()) or _is_header(doc, match.start()):
                continue
            # In an item about one campaign, 专项执法行动 names how it is carried out.
            if kind == "law_enforcement" and kinds_here - {kind} \
                    and "行动" in view[match.start():match.end() + 2] \
                    and _is_enumerated(view, item):
                continue
            kinds_here.add(kind)
            if kind in actions and actions[kind].targets:
                continue
            if item_targets is None:
                item_targets = _targets(doc, item)
            if kind not in actions:
                title_start = _title_start(view, match.start(), item.start)
                title_end = _title_end(view, match.end())
                actions[kind] = SupervisionAction(
                    kind=kind,  # type: ignore[arg-type]
                    title=doc.text[title_start:title_end],
                    targets=item_targets,
                    span=(title_start, title_end),
                    evidence=doc.evidence(doc.sentence_at(match.start())),
                )
            else:
                actions[kind].targets = item_targets
    return sorted(actions.values(), key=lambda a: a.span)


def _is_header(doc: Doc, pos: int) -> bool:
    return pos < doc.layout.header.end




def _is_enumerated(view: str, item: Segment) -> bool:
    return ENUMERATED.match(view, item.start, item.end) is not None


def _is_heading(doc: Doc, pos: int) -> bool:
    return doc.in_heading(pos)


def _title_start(view: str, pos: int, floor: int) -> int:
    """Back from the campaign word over its qualifier (``食品``, ``"两豆"制品``), stopping at
    verbs, particles and punctuation; at most eight characters."""
    i = pos
    while i > floor and pos - i < 8:
        char = view[i - 1]
        if not ("\u4e00" <= char <= "\u9fff" or char in "“”\""):
            break
        if char in TITLE_STOP_1 or view[max(floor, i - 2):i] in TITLE_STOP_2:
            break
        i -= 1
    return i




def _title_end(view: str, pos: int) -> int:
    more = TITLE_TAIL.match(view, pos)
    return more.end() if more else pos


_TARGET_LIST = re.compile(
    rf"(?P<list>(?:{HAN}|[A-Za-z0-9“”\"]){{1,12}}(?:、(?:{HAN}|[A-Za-z0-9“”\"]){{1,12}}){{2,}})"
)




def _is_slogan(parts: list[str]) -> bool:
    """``进乡镇、进社区、进农村``: parallel verb phrases, not a list of products."""
    rest = parts[1:]
    return sum(1 for p in rest if p[:1] in SLOGAN_VERB) * 3 >= len(rest) * 2


# The stretches a list can lie in: its characters and 、, nothing else (a match of
# _TARGET_LIST never crosses anything else).
_LIST_STRETCH = re.compile(rf"(?:{HAN}|[A-Za-z0-9“”\"]|、)+")
_LONGEST_PART = 12  # characters of a list item before its first 、 (the {1,12} above)


def _targets(doc: Doc, item: Segment) -> list[str]:
    """The longest 、-list of products in the item, cut at 等/及/和 and the noun it closes on."""
    best: list[str] = []
    view = doc.view
    if view.count("、", item.start, item.end) < 2:
        return best  # a list needs two 、 at least: no need to try the pattern everywhere
    for stretch in _LIST_STRETCH.finditer(view, item.start, item.end):
        # _TARGET_LIST over the item finds its lists inside these stretches, and only in
        # those with two 、, from at most _LONGEST_PART characters before the first: trying
        # it there alone gives the same lists, without the expensive start at every position.
        first = view.find("、", stretch.start(), stretch.end())
        if first < 0 or view.find("、", first + 1, stretch.end()) < 0:
            continue
        start = max(stretch.start(), first - _LONGEST_PART)
        for match in _TARGET_LIST.finditer(view, start, stretch.end()):
            parts = _list_parts(doc, match)
            if parts is not None and len(parts) > len(best):
                best = parts
    return best


def _list_parts(doc: Doc, match: re.Match[str]) -> list[str] | None:
    """The products of one 、-list, None when it is a slogan."""
    start = match.start("list")
    written = doc.text[start:match.end("list")]
    parts = written.split("、")
    # The first part may carry a lead-in verb (开展玩具 → 玩具).
    view_first = doc.view[start:start + len(parts[0])]
    lead = LIST_LEAD.search(view_first)
    if lead:
        parts[0] = parts[0][lead.end():]
    last_view = doc.view[match.end("list") - len(parts[-1]):match.end("list")]
    cut = LIST_END.search(last_view)
    if cut:
        parts[-1] = parts[-1][:cut.start()]
    parts = [p.strip("“”\"") for p in parts if p.strip("“”\"")]
    if _is_slogan(doc.view[start:match.end("list")].split("、")):
        return None
    return parts




def extract_supervision(doc: Doc) -> Supervision:
    return Supervision(actions=extract_actions(doc), stats=extract_stats(doc))


AREA = Area(
    name="supervision",
    extract=extract_supervision,
    lists=(
        ItemList(
            field="actions", title="Supervision actions", columns=("kind", "title", "targets"),
            row=lambda a: (a.kind, a.title, "、".join(a.targets)),
            score_name="actions",
            score_key=lambda f: (f["kind"],),
            side_table=SideTable("actions", (("kind", "TEXT"), ("title", "TEXT"),
                                             ("targets", "TEXT")),
                                 lambda a: (a.kind, a.title, json.dumps(a.targets,
                                                                         ensure_ascii=False))),
        ),
        ItemList(
            field="stats", title="Supervision statistics", columns=("metric", "label", "value"),
            row=lambda s: (s.metric, s.label, f"{s.value} {s.unit}"),
            same=lambda s: (s.metric, s.value, same_text(s.unit)),
            score_name="supervision stats",
            score_key=lambda f: (f["metric"], score_number(f["value"]), score_unit(f["unit"])),
            figures=Figures("stat", lambda s: (s.metric, s.label, s.value, s.unit, None, None)),
        ),
    ),
)
