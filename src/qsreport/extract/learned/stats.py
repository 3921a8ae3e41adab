"""Supervision stats a learned classifier adds to the rules' (issue 11).

Every figure the rules could read (a number with one of the stat units, or a percent) is a
candidate. A maximum-entropy model over short features of its neighbourhood (its unit and
size, the characters around it, the enforcement words in its clause and sentence, its place
in a list) gives each candidate a probability for each schema-1 metric and for ``none``.
A candidate whose best metric beats ``none`` and reaches the table's threshold becomes a
stat, but only for a value and unit the rules report nothing for in the document: the rules
keep their own metrics (schema 2's outcomes among them), the model only fills their gaps.

The rules' guards run before the model: no figure of a sentence about another office's
work, no threshold (货值5万元以上) nor a figure after one in its clause, no bound of a range
of rates, nothing inside 《…》, nothing in a sentence that states a goal before the figure
(要, 争取, 计划, 目标 …), nothing in the headline.

The weight table (``data/stats.tsv``, written by :mod:`.train_stats`) is read on the first
candidate that needs it, so a report with no candidate never loads it."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from ... import regex_cache as rx
from ...models import Supervision, SupervisionStat
from ...numbers import PERCENT, percent_value
from ...segmenting import Segment
from ..areas import score_number, score_unit
from ..common import CLAUSE_BREAK, Doc, figure_pattern, in_book_title, unit_as_written
from ..lexicon.context import STATUS_WORDS
from ..lexicon.outcome_metrics import ENFORCEMENT_BEFORE
from ..lexicon.special_equipment import SPECIAL_EQUIPMENT
from ..lexicon.supervision import (
    FIRM_UNITS,
    INSTRUMENT,
    MONEY_BOUND_AFTER,
    RATE_BOUND_AFTER,
    SAMPLED_RATE,
    STAT_UNITS,
    THRESHOLD_AFTER,
    VERIFICATION,
)
from ..lexicon.supervision_goods import GOODS_UNITS
from ..lexicon.supervision_places import INSTRUMENTS
from ..supervision_keywords import RATES, excluded
from ..supervision_outcomes import other_office
from ..supervision_rates import breaks_down_excluded, rates_other_work
from ..supervision_repeats import each_once
from .stats_table import StatsTable, read_table, write_table

__all__ = ["MODEL", "NONE", "StatsTable", "learned_stats", "read_table", "shipped_table",
           "with_learned_stats", "write_table"]

MODEL = os.path.join(os.path.dirname(__file__), "data", "stats.tsv")
NONE = "none"

_FIGURE = figure_pattern(STAT_UNITS)
WINDOW = 10  # characters read on each side of a figure, inside its sentence

# Words of enforcement and spot-check work, looked for before the figure in its clause
# (alone and with the unit), after it in its clause and before it in its sentence. Goal and
# shortlist words are among them: the model learns what they do to a figure.
WORDS = (
    "查处", "抽查", "抽检", "抽样", "检查", "出动", "捣毁", "取缔", "移送", "罚没", "罚款",
    "没收", "查获", "查封", "扣押", "立案", "受理", "责令", "整改", "检定", "检验", "合格",
    "不合格", "办结", "结案", "销毁", "挽回", "开展", "组织", "下达", "吊销", "发放", "颁发",
    "货值", "案值", "案件", "窝点", "人次", "家次", "企业", "批次", "合格率", "专项", "行动",
    "巡查", "市场", "超市", "商场", "加油站", "投诉", "举报", "涉案", "金额", "价值", "计量",
    "电梯", "锅炉", "特种设备", "许可证", "认证", "标准", "名牌", "商标", "免检", "驰名",
    "著名", "地理标志", "新增", "累计", "现有", "共有", "达到", "获得", "获", "评为", "认定",
    "公示", "申报", "推荐", "拟", "要", "争取", "力争", "计划", "目标", "以上", "以下",
    "同比", "增长", "提高", "增加", "下降", "其中", "共", "总", "省", "中国", "国家", "市",
)
_GOAL_WORDS = ("要", "争取", "力争", "计划", "目标", "预计", "确保")
# The status words of a goal (lexicon.context): a figure after one in its sentence is left
# to the rules, which tell a goal met (计划检定200台，已完成180台) from one set.
_GOALS = tuple(pattern for status, pattern in STATUS_WORDS if status.startswith("target"))
# A line break or a tab in a feature would break the table's lines and cells: each is ¶.
_ONE_LINE = str.maketrans({"\n": "¶", "\r": "¶", "\t": "¶"})
# The outcomes schema 2 types (the rules' words of ENFORCEMENT_BEFORE; firms ordered, 责令;
# goods seized, the verbs of goods_seized): see _not_untyped.
_TYPED_OUTCOME = rx.compile("|".join([words for _, words in ENFORCEMENT_BEFORE]
                                     + ["责令", "收缴|查获|查封|扣押|没收|封存|缴获|查扣"]))
_GOODS_UNIT = rx.compile(GOODS_UNITS)
# Special equipment (不合格气瓶1760只) and measuring instruments named before the figure
# in its clause: the figure is those areas' (special_equipment, metrology), not an untyped
# enforcement figure.
_OTHER_AREAS = rx.compile(f"{SPECIAL_EQUIPMENT.trigger}|{INSTRUMENTS}")
# People tested, not goods: a course's exam (培训…考试合格率), a licence test.
_NOT_GOODS_RATE = rx.compile(r"考试|考核|培训|学员|持证")
_LABEL_TRIM = " ，,、共计约达为是"


class Candidate(NamedTuple):
    """A figure the model is asked about: where it stands and what it says."""

    start: int
    end: int
    value: int | float
    unit: str  # as written, with 万/亿; % for a percent
    raw_unit: str  # as matched, without the scale
    scale: str
    sentence: Segment
    clause_start: int


@cache
def shipped_table() -> StatsTable:
    """The weight table shipped with the package (read once, on first use)."""
    return read_table(MODEL)


def candidates(doc: Doc) -> Iterator[Candidate]:
    """Every figure of a stat unit and every percent, sentence by sentence, that passes the
    rules' guards (the module's docstring)."""
    view = doc.view
    title = doc.layout.header.title_line
    for sentence, figures, percents in zip(doc.layout.sentences,
                                           doc.figures_by_sentence(_FIGURE),
                                           doc.matches_by_sentence(PERCENT), strict=True):
        if (not figures and not percents) or other_office(doc, sentence):
            continue
        if title is not None and title.start <= sentence.start < title.end:
            continue
        found = [Candidate(f.start, f.end, f.value, unit_as_written(doc, f), f.unit, f.scale,
                           sentence, doc.clause_start(f.start, sentence.start))
                 for f in figures]
        for match in percents:
            value = percent_value(match)
            if value is not None:
                found.append(Candidate(match.start(), match.end(), value, "%", "%", "",
                                       sentence, doc.clause_start(match.start(),
                                                                  sentence.start)))
        found.sort(key=lambda c: c.start)
        filtered_clause = -1
        for candidate in found:
            start, end, unit = candidate.start, candidate.end, candidate.unit
            if unit != "%" and (THRESHOLD_AFTER.match(view, end) or (
                    unit.endswith("元") and MONEY_BOUND_AFTER.match(view, end))):
                filtered_clause = candidate.clause_start  # 货值5万元以上的案件12起
                continue
            if candidate.clause_start == filtered_clause:
                continue  # what a threshold filters is the rules' (cases_over_threshold)
            if unit == "%" and RATE_BOUND_AFTER.match(view, end):
                continue  # 在85%-95%之间
            if in_book_title(view, sentence.start, start) or _after_goal(view, sentence, start):
                continue
            yield candidate


def _after_goal(view: str, sentence: Segment, start: int) -> bool:
    return any(pattern.search(view, sentence.start, start) for pattern in _GOALS)


def features(doc: Doc, candidate: Candidate, before: Candidate | None,
             after: Candidate | None) -> list[str]:
    """The features of a candidate (``before``/``after``: the candidates next to it in its
    sentence, if any)."""
    view = doc.view
    start, end, sentence = candidate.start, candidate.end, candidate.sentence
    unit = _unit_key(candidate.unit)
    size = _size(candidate.value)
    found = ["bias", "u=" + unit, "ru=" + candidate.raw_unit, "scale=" + candidate.scale,
             "vb=" + size, "u_vb=" + unit + size]
    for k in (1, 2, 3, 4):
        found.append(f"pre{k}=" + view[max(0, start - k):start].translate(_ONE_LINE))
        found.append(f"suf{k}=" + view[end:end + k].translate(_ONE_LINE))
    left = view[max(sentence.start, start - WINDOW):start].translate(_ONE_LINE)
    right = view[end:min(sentence.end, end + WINDOW)].translate(_ONE_LINE)
    found += ["bc=" + c for c in set(left)]
    found += ["ac=" + c for c in set(right)]
    found += ["bb=" + left[i:i + 2] for i in range(len(left) - 1)]
    found += ["ab=" + right[i:i + 2] for i in range(len(right) - 1)]
    clause_start = candidate.clause_start
    stop = CLAUSE_BREAK.search(view, end, sentence.end)
    clause_end = stop.start() if stop else sentence.end
    clause_before, clause_after = view[clause_start:start], view[end:clause_end]
    sentence_before = view[sentence.start:start]
    # (most words are in no part of the sentence: one look at it leaves the few that are)
    reach = view[sentence.start:clause_end]
    for word in [w for w in WORDS if w in reach]:
        if word in clause_before:
            found += ["cv=" + word, "cvu=" + word + "|" + unit]
        if word in clause_after:
            found.append("cva=" + word)
        if word in sentence_before:
            found.append("sv=" + word)
    if any(word in sentence_before for word in _GOAL_WORDS):
        found.append("target")
    if start > 0 and view[start - 1] == "、":
        found.append("listed")
    if before is not None and before.start >= clause_start:
        found += ["prev_same_clause", "prev_u=" + _unit_key(before.unit)]
    if after is not None and after.start < clause_end:
        found.append("next_same_clause_u=" + _unit_key(after.unit))
    if start < 80 and "\n" not in view[:start] and "\n" in view[start:start + 200]:
        found.append("first_line")
    found.append("sent_pos=" + _sentence_position(doc, sentence))
    return found


def _sentence_position(doc: Doc, sentence: Segment) -> str:
    """0–2 for the first three sentences, 3 for any later one."""
    for index, other in enumerate(doc.layout.sentences[:3]):
        if other.start == sentence.start:
            return str(index)
    return "3"


@cache
def _unit_key(unit: str) -> str:
    """A unit as the scorer compares it (few units, asked about for every candidate)."""
    return score_unit(unit)


def _size(value: int | float) -> str:
    """The value's order of magnitude, and whether it has decimals: 3i, 0f."""
    if value == 0:
        return "0"
    return f"{math.floor(math.log10(abs(value)))}{'i' if float(value) == int(value) else 'f'}"


def with_neighbours(found: Sequence[Candidate]) -> Iterator[
        tuple[Candidate, Candidate | None, Candidate | None]]:
    """Each candidate with the ones before and after it in its sentence."""
    for index, candidate in enumerate(found):
        before = found[index - 1] if index else None
        after = found[index + 1] if index + 1 < len(found) else None
        if before is not None and before.sentence != candidate.sentence:
            before = None
        if after is not None and after.sentence != candidate.sentence:
            after = None
        yield candidate, before, after


def probabilities(table: StatsTable, names: Sequence[str]) -> list[float]:
    """The probability of each of the table's labels, given a candidate's features."""
    scores = [0.0] * len(table.labels)
    get = table.nonzero.get
    for name in names:
        row = get(name)
        if row is not None:
            for index, weight in row:
                scores[index] += weight
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [e / total for e in exps]


def best_metric(table: StatsTable, names: Sequence[str]) -> tuple[str, float]:
    """The most likely metric (never ``none``) and its probability; ``none`` with the
    probability of none when none is likelier than every metric."""
    probs = probabilities(table, names)
    index = max(range(1, len(probs)), key=probs.__getitem__)
    if probs[index] <= probs[0]:
        return NONE, probs[0]
    return table.labels[index], probs[index]


def learned_stats(doc: Doc, reported: Sequence[SupervisionStat],
                  table: StatsTable | None = None) -> list[SupervisionStat]:
    """The stats the model adds to ``reported`` (the rules'): each (metric, value, unit)
    once, for a value and unit the rules do not report."""
    have = {(score_number(s.value), _unit_key(s.unit)) for s in reported}
    found = list(candidates(doc))
    added: list[SupervisionStat] = []
    seen: set[tuple[str, float, str]] = set()
    for candidate, before, after in with_neighbours(found):
        if (score_number(candidate.value), _unit_key(candidate.unit)) in have:
            continue
        table = table or shipped_table()
        metric, probability = best_metric(table, features(doc, candidate, before, after))
        key = (metric, score_number(candidate.value), _unit_key(candidate.unit))
        if metric == NONE or probability < table.threshold or key in seen \
                or ruled_out(doc, candidate, metric):
            continue
        seen.add(key)
        added.append(_stat(doc, candidate, metric))
    if not added:
        return added
    # The rules' own pass over repeats (a line that repeats the headline rounds the body's
    # figure): an added figure it drops beside the rules' is a repeat.
    kept = {id(stat) for stat in each_once(doc, [*reported, *added])}
    return [stat for stat in added if id(stat) in kept]


def ruled_out(doc: Doc, candidate: Candidate, metric: str) -> bool:
    """Whether the rules' checks of a metric rule it out for the candidate: the metric's
    exclusion rows (:func:`.supervision_keywords.excluded`); for ``other``, the checks of
    :func:`_not_untyped`; for a rate, the checks that keep instruments verified, other work's
    rates and a course's exam out of the spot checks."""
    view = doc.view
    start, clause_start, sentence = candidate.start, candidate.clause_start, candidate.sentence
    if excluded(view, clause_start, start, metric) or excluded(view, clause_start, start, "*"):
        return True
    if metric == "other":
        return _not_untyped(doc, candidate)
    if metric not in RATES:
        return False
    sampled = SAMPLED_RATE.search(view, sentence.start, start) is not None
    verified = VERIFICATION.search(view, sentence.start, start)
    return (verified is not None and not SAMPLED_RATE.search(view, clause_start, start)) \
        or (INSTRUMENT.search(view, sentence.start, start) is not None and not sampled) \
        or rates_other_work(doc, sentence.start, clause_start, start) \
        or breaks_down_excluded(doc, sentence.start, clause_start) \
        or _NOT_GOODS_RATE.search(view, sentence.start, start) is not None


def _not_untyped(doc: Doc, candidate: Candidate) -> bool:
    """Whether a figure the model calls ``other`` is no untyped enforcement figure. The
    model's ``other`` is schema 1's word for every outcome; in schema 2 these are typed, or
    another area's, or no figure at all, and the rules decide them:
    - an outcome schema 2 types, named in the figure's clause or the next one (移送, 挽回,
      销毁, orders, complaints, 责令, goods seized);
    - goods counted in their units (18吨, 40箱): seized, they are goods_seized; else stock;
    - firms the rules' exclusions keep from the firms inspected (抽查不合格的16家企业);
    - special equipment or an instrument named before it in its clause (that area's)."""
    view = doc.view
    start, end, clause_start = candidate.start, candidate.end, candidate.clause_start
    sentence_end = candidate.sentence.end
    first = CLAUSE_BREAK.search(view, end, sentence_end)
    second = CLAUSE_BREAK.search(view, first.end(), sentence_end) if first else None
    reach = second.start() if second else sentence_end
    return _TYPED_OUTCOME.search(view, clause_start, reach) is not None \
        or _GOODS_UNIT.fullmatch(candidate.raw_unit) is not None \
        or (candidate.raw_unit in FIRM_UNITS
            and excluded(view, clause_start, start, "enterprises_inspected")) \
        or _OTHER_AREAS.search(view, clause_start, start) is not None


def with_learned_stats(doc: Doc, supervision: Supervision) -> Supervision:
    """The rules' supervision model with the stats the model adds to theirs."""
    supervision.stats = supervision.stats + learned_stats(doc, supervision.stats)
    return supervision


def _stat(doc: Doc, candidate: Candidate, metric: str) -> SupervisionStat:
    label = doc.text[candidate.clause_start:candidate.start].strip(_LABEL_TRIM)
    return SupervisionStat(
        metric=metric,  # type: ignore[arg-type]
        label=label or candidate.unit,
        value=candidate.value,
        unit=candidate.unit,
        span=(candidate.clause_start, candidate.end),
        evidence=doc.evidence(candidate.sentence),
    )
