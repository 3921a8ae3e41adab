"""Supervision: a figure's metric from the keywords before it (the nearest keyword whose units
fit wins) or after it (a check named after the figure it covers), the rows that rule a metric
out, and the firms' words that make products counted in 种 the batches a spot check sampled."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..regex_prefilter import compile_fast
from .common import Doc
from .lexicon.outcome_metrics import FAILURE_RATE
from .lexicon.supervision import (
    CHECK_AFTER,
    CHECKED_AFTER,
    DEN_AFTER,
    DEN_UNITS,
    DEN_VERB,
    FIRM_CHECK_END,
    FIRM_OBJECT_AFTER,
    FIRMS_OBJECT_BEFORE,
    HELD_OBJECT,
    OBJECT_LIST_BEFORE,
    PLACES_OBJECT_BEFORE,
    SAMPLED_AT_AFTER,
    SAMPLED_AT_BEFORE,
    SAMPLES_OF_FIRMS,
    STAT_METRICS,
)
from .lexicon.supervision_after import TOLD_BEFORE, ToldBefore
from .lexicon.supervision_exclusions import NOT_A_STAT
from .lexicon.supervision_results import PASS_RATE, SAMPLED_RATE
from .supervision_outcomes import CLAUSE_REACH, clause_end, rate_metric

_METRICS = [(metric, compile_fast(words), rx.compile(f"^(?:{units})$"))
            for metric, words, units in STAT_METRICS]
ANY_KEYWORD = compile_fast("|".join(words for _, words, _ in STAT_METRICS) + "|合格率")
RATES = frozenset({"pass_rate", "failure_rate"})


@cache  # (a few dozen metrics and units; asked for most figures, several times each)
def unit_fits(metric: str, unit: str) -> bool:
    """Whether a figure in ``unit`` can count ``metric``."""
    if metric in RATES:
        return unit == "%"
    return any(m == metric and units.match(unit) for m, _, units in _METRICS)


@cache
def metrics_for(unit: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The metrics (with their keywords) a figure in ``unit`` can count, in table order."""
    return tuple((metric, words) for metric, words, units in _METRICS if units.match(unit))


@cache
def _exclusions(metric: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    """The exclusion rows for ``metric`` (its own and the "*" ones), one pattern per window."""
    by_window: dict[int, list[str]] = {}
    for name, words, window in NOT_A_STAT:
        if name in ("*", metric):
            by_window.setdefault(window, []).append(f"(?:{words})")
    return tuple((compile_fast("|".join(rows)), window) for window, rows in by_window.items())


def excluded(view: str, start: int, stop: int, metric: str) -> bool:
    """Whether an exclusion row rules ``metric`` out for a figure read in view[start:stop].
    The rows read the view in place: none looks behind its start, and the end of the window
    is the end of the string for 合格$."""
    return any(words.search(view, max(start, stop - window) if window else start, stop)
               for words, window in _exclusions(metric))


def metric_before(view: str, start: int, stop: int, unit: str) -> str | None:
    """The metric the keywords in view[start:stop] give a figure in ``unit``, or None."""
    if unit == "%":
        # On a slice of its own: PASS_RATE's lookbehinds must not see before ``start``.
        found = (PASS_RATE.search(view[start:stop]) or FAILURE_RATE.search(view, start, stop)) \
            and not excluded(view, start, stop, "pass_rate")
        return rate_metric(view, start, stop) if found else None
    best: tuple[int, int, str] | None = None
    for metric, words in metrics_for(unit):
        for match in words.finditer(view, start, stop):
            key = (match.end(), match.end() - match.start(), metric)
            if best is None or key[:2] > best[:2]:
                best = key
    if best is None or excluded(view, start, stop, best[2]):
        return None
    return best[2]


def of_firms_sampled(doc: Doc, sentence_start: int, clause_start: int, start: int,
                     end: int) -> bool:
    """Whether products counted in 种 are the products of the firms a spot check sampled, named
    right before them: 抽检了56家企业的60种产品, or 对96家企业所产的102种产品组织抽查
    (the check after them, in their clause), or …进行抽查，涉及40家企业生产的42种产品 (the
    check's scope, see :mod:`.supervision_scope`)."""
    from .supervision_scope import products_of_scoped_firms  # (it reads this module's keywords)

    view = doc.view
    if SAMPLES_OF_FIRMS.search(view, clause_start, start):
        return True
    return (FIRMS_OBJECT_BEFORE.search(view, clause_start, start) is not None
            and SAMPLED_RATE.search(view, end, clause_end(doc, start)) is not None) \
        or products_of_scoped_firms(doc, sentence_start, clause_start, start)


def keyword_after(doc: Doc, clause_start: int, start: int, end: int, unit: str) -> str | None:
    """The metric of a figure whose keyword comes after it: 端掉了6个藏在城郊仓库里的制假窝点;
    对37家企业进行了执法检查, 对126个批次建材产品的抽查中 (with 对 before the figure, or 深入:
    深入辖区28家企业开展执法检查, or 完成: 全年完成15类产品900批次的监督抽查)."""
    view = doc.view
    near = max(clause_start, start - _NEAR)
    told = _told_before(doc, clause_start, near, start, end, unit)
    if told is not None:
        return told
    if unit in DEN_UNITS and DEN_VERB.search(view, near, start) \
            and DEN_AFTER.match(view, end, clause_end(doc, start)):
        return "dens_closed"
    if unit_fits("enterprises_inspected", unit) and SAMPLED_AT_BEFORE.search(view, near, start) \
            and SAMPLED_AT_AFTER.match(view, end, clause_end(doc, start)):
        return "enterprises_inspected"  # 在12家经销企业抽查产品20批次
    if view.find("对", max(clause_start, start - _NEAR_OBJECT), start) < 0 \
            and view.find("深入", near, start) < 0 and not _done(view, clause_start, near, start) \
            and not OBJECT_LIST_BEFORE.search(view, max(clause_start, start - 80), start) \
            and not PLACES_OBJECT_BEFORE.search(view, max(clause_start, start - 130), start):
        # The clause ends within CLAUSE_REACH of the figure's start: with no 接受 that near, no
        # CHECKED_AFTER, and its end need not be worked out (most figures of a long report).
        if view.find("接受", end, start + CLAUSE_REACH) < 0:
            return None
        checked = CHECKED_AFTER.match(view, end, clause_end(doc, start))  # …接受了检查
        return metric_before(view, end, checked.end(), unit) if checked is not None else None
    check = CHECK_AFTER.match(view, end, clause_end(doc, start))
    if check is None:
        return None
    metric = metric_before(view, end, check.end(), unit)
    firms = FIRM_OBJECT_AFTER.match(view, end)
    if firms is not None and HELD_OBJECT.match(view, firms.end(), check.end()):
        # (what the firms hold is checked, not the firms: 对10家企业的电子秤进行排查)
        return None if metric == "enterprises_inspected" else metric
    if metric is None and firms is not None and unit_fits("enterprises_inspected", unit) \
            and FIRM_CHECK_END.search(view, end, check.end()) \
            and not excluded(view, end, check.end(), "enterprises_inspected"):
        return "enterprises_inspected"  # 对12家企业的产品进行检验, 对20户业户进行了执法监督
    return metric


def _told_before(doc: Doc, clause_start: int, near: int, start: int, end: int,
                 unit: str) -> str | None:
    """The metric of a figure told before its own word (``TOLD_BEFORE``): a fine before 罚款
    (处以5万元罚款), firms before their 立案 (对4家门店依法立案查处: cases in 家), staff
    before the work they were sent to (40余名执法人员兵分五路…)."""
    view = doc.view
    for row, after, verb, unless in _told_rows():
        if unit not in row.units:
            continue
        word = after.match(view, end, clause_end(doc, start))
        if word is None or (verb is not None and verb.search(view, near, start) is None):
            continue
        if unless is None:
            return row.metric
        if "word" not in after.groupindex:
            if unless.search(view, clause_start, word.end()) is None:
                return row.metric
        elif unless.search(view, clause_start, start) is None and _right_before(
                unless.pattern).search(view, end, word.start("word")) is None:
            return row.metric  # (only right before the word: 将被立案, not 供应商)
    return None


@cache  # (a row's words compiled once, not per figure)
def _right_before(unless: str) -> re.Pattern[str]:
    return rx.compile(f"(?:{unless})$")


@cache  # (the rows compiled once, not kept as module-level rules)
def _told_rows() -> tuple[tuple[ToldBefore, re.Pattern[str], re.Pattern[str] | None,
                                 re.Pattern[str] | None], ...]:
    return tuple((row, rx.compile(row.after), rx.compile(row.verb) if row.verb else None,
                  rx.compile(row.unless) if row.unless else None) for row in TOLD_BEFORE)


def _done(view: str, clause_start: int, near: int, start: int) -> bool:
    """Whether a 完成 near before the figure says the work was done (全年完成…900批次的监督
    抽查), not still to do or asked for (还需完成600批次的抽查, 要求各地年内完成…): a plan,
    which no keyword after the figure counts."""
    at = view.find("完成", near, start)
    if at < 0:
        return False
    plan = _TO_DO.search(view, clause_start, at)
    while plan is not None:
        # (not a 要求 the work followed: 按照省局要求完成了900批次的抽查, 根据…要求完成)
        if not plan.group().startswith("要求") \
                or _AS_ASKED.search(view, clause_start, plan.start()) is None:
            return False
        plan = _TO_DO.search(view, plan.start() + 1, at)
    return True


# (a plan's or a demand's word before 完成: 还需, 仍需, 要求…, 应于…; not 应急, 响应, 适应)
_TO_DO = rx.compile(r"(?:还需|仍需|尚需|还要|仍要|需要|(?<!按)需|要求|必须|力争|争取|"
                    r"(?<![相对供响适反])应(?:当|该|(?=于|在|按|及时|全部|如期|尽快|完成|确保)))"
                    r"[^，,；;。\d]{0,8}$")
_AS_ASKED = rx.compile(r"按|依照|依据|根据|遵照")
_NEAR = 24  # how far before its figure the verb or the 对 of a keyword-after family stands
_NEAR_OBJECT = 60  # … or the 对 of a long object: 对甲、乙、丙等12家企业的30批次产品进行了抽查
