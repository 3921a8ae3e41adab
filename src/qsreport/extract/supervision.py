"""Supervision: the enforcement statistics a report states, and the area's declaration. The
campaigns it describes are read by :mod:`.supervision_actions`."""

from __future__ import annotations

import json
from operator import itemgetter
from typing import NamedTuple

from .. import regex_cache as rx
from ..models import Supervision, SupervisionStat
from ..numbers import PERCENT, percent_value
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
from .lexicon.outcome_metrics import CATEGORIES_AFTER, CATEGORIES_VERB
from .lexicon.supervision import (
    BREAKDOWN,
    CAMPAIGN_AFTER,
    CAMPAIGN_TIMES_AFTER,
    CASE_UNITS,
    FIRM_CLAUSE,
    FIRM_OUTCOME,
    FOLLOW_UP,
    INSTRUMENT,
    LINKERS,
    MONEY_BOUND_AFTER,
    NUMBER_LEAD,
    PASS_RATE_AFTER,
    PASSES_NEXT,
    PRODUCT_CLAUSE,
    RATE_BOUND_AFTER,
    RESULT_AFTER,
    SAMPLED_RATE,
    STAT_UNITS,
    THRESHOLD_AFTER,
    VERIFICATION,
)
from .lexicon.supervision_goods import DESCRIBES_GOODS_AFTER, NOT_GOODS, SEIZED_CLAUSE
from .lexicon.supervision_places import NOT_FIRMS_AFTER
from .supervision_actions import extract_actions
from .supervision_keywords import (
    ANY_KEYWORD,
    RATES,
    excluded,
    keyword_after,
    metric_before,
    of_firms_sampled,
    unit_fits,
)
from .supervision_outcomes import (
    ENFORCEMENT_METRICS,
    batches_result,
    clause_end,
    extra_stats,
    firms_at_fault,
    firms_counted_in_ge,
    firms_ordered,
    is_outcome,
    other_office,
    outcome_metric,
    staff_after_deployment,
)
from .supervision_places import place_inspected
from .supervision_planned import without_planned
from .supervision_rates import batches_rated, breaks_down_excluded, rates_other_work
from .supervision_repeats import each_once
from .supervision_scope import batches_of_counted, batches_past_scope, scoped_metric
from .supervision_seized import seized_value
from .supervision_tables import with_tables

_FIGURE = figure_pattern(STAT_UNITS)


def extract_stats(doc: Doc) -> list[SupervisionStat]:
    """Figures such as ``抽查产品1250批次``, ``查处案件36起``, ``货值1850万元``, ``合格率92.4%``."""
    stats: list[SupervisionStat] = []
    view = doc.view
    for sentence, figures, percents in zip(doc.layout.sentences,
                                           doc.figures_by_sentence(_FIGURE),
                                           doc.matches_by_sentence(PERCENT),
                                           strict=True):
        if (not figures and not percents) or other_office(doc, sentence):
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
        previous_unit = ""
        filtered_clause = -1  # the clause a threshold (货值5万元以上的) filters
        verified = VERIFICATION.search(view, sentence.start, sentence.end)  # 检定, 受检率
        # How far the current clause is known to hold no keyword (-1: it holds one), so that
        # a long clause of figures is searched once, not once per figure.
        quiet_clause, quiet_end = -1, -1
        for start, end, unit, value, figure in events:
            # The floor is in the sentence, so the figure's own clause start decides both.
            clause_start = doc.clause_start(start, sentence.start)
            kinds = unit == "种" and not of_firms_sampled(doc, sentence.start, clause_start,
                                                          start, end)
            if kinds or (unit == "个" and CATEGORIES_AFTER.match(view, end)):
                # 抽查了28种产品, 抽查涉及18个产品类别: the kinds of product a spot check
                # covered, the check's verb in the clause (schema 2; not 有9种产品合格率低于
                # 75%); 种 after the firms sampled is read below, with the firms.
                if CATEGORIES_VERB.search(view, clause_start, start) \
                        and SAMPLED_RATE.search(view, sentence.start, start):
                    stats.append(_figure(doc, sentence, max(floor, clause_start), start, end,
                                         "categories_sampled", value, figure))
                continue
            if unit == "项" and not CAMPAIGN_AFTER.match(view, end):
                continue  # 制定标准12项: items count only campaigns (组织了12项专项整治)
            context_start = max(floor, clause_start)
            floor = end
            if clause_start != quiet_clause:
                quiet_clause, quiet_end = clause_start, clause_start
            if quiet_end >= 0:
                quiet_end = -1 if ANY_KEYWORD.search(view, quiet_end, start) else end
            if unit != "%" and (THRESHOLD_AFTER.match(view, end)
                                or (unit.endswith("元") and MONEY_BOUND_AFTER.match(view, end))):
                # 货值5万元以上的案件23起, 货值5万元至10万元的案件6起: 5万元 is a threshold,
                # and the cases after it a subset, an outcome of its own.
                filtered_clause = clause_start
                previous = None
                continue
            if previous is not None and _SPLIT_NUMBER.fullmatch(view, context_start, start):
                continue  # 、95.1 2%: a number split by a space is none; the list goes on
            if previous is not None and (
                    _PACK_SIZE.search(view, context_start, start)
                    or (view.endswith(("(", "（"), context_start, start)
                        and _PER_PACK_AFTER.match(view, end))):
                continue  # 80箱(1×24瓶)，…45箱: a pack size is none; the list goes on
            if clause_start == filtered_clause and unit not in CASE_UNITS:
                previous = None
                continue  # 5万元至10万元: the top of the range is no figure either
            metric: str | None
            if clause_start == filtered_clause:
                # (10万元以上大案要案120起: major cases, by a threshold of their own)
                metric = "major_cases" if _MAJOR.search(view, context_start, start) \
                    else "cases_over_threshold"
            elif is_outcome(doc, context_start, start, end, unit) \
                    and not excluded(view, context_start, start, "*"):  # (a related link)
                metric = outcome_metric(doc, context_start, start, end, unit)  # 移送公安机关19起
            elif previous in ENFORCEMENT_METRICS and unit == previous_unit and unit in _LISTED_OUTCOMES \
                    and view.startswith("、", context_start):
                metric = previous  # 查处无证企业3家、超范围生产企业2家
            elif unit in _BATCH_UNITS and (batches := batches_result(view, clause_start, start)):
                metric = batches  # 合格112批次, 不合格8批次
            elif unit == "种":
                # 抽查了120家企业生产的131种产品: kinds of product by the guide's convention,
                # after the firms sampled too (rounds 1-56's keys: batches 16 times in 18).
                metric = "categories_sampled"
            else:
                metric = metric_before(view, context_start, start, unit)
            if metric is None:
                at = _At(sentence, clause_start, context_start, start, end, unit)
                metric = _metric_of(doc, at, (previous, previous_unit),
                                    clause_quiet=quiet_end >= 0)
                if metric is not None and excluded(view, context_start, start, metric):
                    metric = None  # found further off, but its own context rules it out
            checked = metric in ("batches_sampled", "enterprises_inspected") or (
                metric is None and unit in _BATCH_UNITS
                and SAMPLED_RATE.search(view, sentence.start, start) is not None)
            result = RESULT_AFTER.match(view, end, sentence.end) if checked else None
            if result is not None:  # 发现的11批次不合格产品: a result, not the number sampled
                metric = None if metric == "enterprises_inspected" else (
                    "batches_failed" if _FAILED.search(result.group()) else "batches_passed")
            if metric == "goods_seized" and DESCRIBES_GOODS_AFTER.match(view, end):
                metric = None  # 查获仿冒8个品牌的轮胎320条: 8 describes the goods
            if metric == "enterprises_inspected" and (
                    NOT_FIRMS_AFTER.match(view, end)
                    or _FOLLOW_UP.search(view, end, clause_end(doc, start))):
                metric = None  # 检查了9家加油站: places, not firms; …进行了跟踪抽查
            if metric in RATES and verified is not None and verified.start() < start \
                    and not SAMPLED_RATE.search(view, clause_start, start):
                metric = None  # 经检定，计价器合格率96%: instruments verified, not products sampled
            if metric in RATES and INSTRUMENT.search(view, sentence.start, start) \
                    and not SAMPLED_RATE.search(view, sentence.start, start):
                metric = None  # 集市衡器合格率91.2%
            if metric in RATES and (RATE_BOUND_AFTER.match(view, end) or rates_other_work(
                    doc, sentence.start, clause_start, start) or breaks_down_excluded(
                    doc, sentence.start, clause_start)):
                metric = None  # 在85%-95%之间; 风险监测150批次，合格率82%
            if metric is None and seized_value(doc, sentence.start, context_start, start, unit):
                metric = "goods_value"  # 查封劣质化肥36吨，总金额达10万余元
            if metric is None and firms_ordered(view, context_start, start, end, unit):
                metric = "firms_ordered"  # 责令6家企业限期整改
            if metric is None and firms_at_fault(doc, context_start, start, end, unit):
                metric = "other"  # 发现其中9家企业存在…问题: found at fault
            if metric is None and place_inspected(doc, sentence.start, sentence.end, context_start,
                                                  (start, end), unit, (previous, previous_unit)):
                metric = "places_inspected"  # 检查商场45家次、超市120家次
            previous, previous_unit = metric, unit
            if metric is None:
                continue
            stats.append(_figure(doc, sentence, context_start, start, end, metric, value, figure))
    # A results table's rows are read apart (each row's figures kept, however often a value
    # repeats down a column), and replace what the sentence rules read inside the table.
    return with_tables(doc, each_once(doc, without_planned(doc, stats + extra_stats(doc))))


def _figure(doc: Doc, sentence: Segment, context_start: int, start: int, end: int,
            metric: str, value: int | float, figure: Figure | None) -> SupervisionStat:
    written = "%" if figure is None else unit_as_written(doc, figure)
    return SupervisionStat(
        metric=metric,  # type: ignore[arg-type]
        label=doc.text[context_start:start].strip(" ，,、共计约达为是") or written,
        value=value,
        unit=written,
        span=(context_start, end),
        evidence=doc.evidence(sentence),
    )


_GOODS = frozenset({"goods_seized", "goods_destroyed"})  # (没收、销毁变质糕点4吨，劣质饮料9吨)
_LISTED_OUTCOMES = frozenset({"家", "户", "个", "起", "件", "宗"})
_BATCH_UNITS = frozenset({"个批次", "批次", "批"})


class _At(NamedTuple):
    """Where a figure stands: its sentence, the start of its clause and of its own context
    (after the figure before it), its span and its unit."""

    sentence: Segment
    clause_start: int
    context_start: int
    start: int
    end: int
    unit: str


def _metric_of(doc: Doc, at: _At, last: tuple[str | None, str],
               clause_quiet: bool) -> str | None:
    """The metric of a figure with no keyword just before it, from the families that put
    its keyword elsewhere (``last``: the metric and unit of the figure before;
    ``clause_quiet``: no keyword anywhere before it in its clause)."""
    view = doc.view
    sentence, clause_start, context_start, start, end, unit = at
    previous = last[0]
    metric = None
    if clause_start < context_start and not clause_quiet \
            and not ANY_KEYWORD.search(view, context_start, start):
        # 共抽查328家企业生产的412批次产品: the clause's verb governs both figures.
        metric = metric_before(view, clause_start, start, unit)
    if metric is None and ((unit in {"个", "项", "次"} and CAMPAIGN_AFTER.match(view, end))
                           or (unit == "次" and CAMPAIGN_TIMES_AFTER.match(view, end))):
        return "campaigns"  # 开展4个专项整治, 开展9次“双打”等专项整治行动
    if metric is None and LINKERS.fullmatch(view, context_start, start):
        # 分别为97.8%和95.1%; …提高了14个百分点，达到93.3%: the keyword is further back.
        if previous and context_start == clause_start:
            metric = previous if unit_fits(previous, unit) else None
            if metric == "enterprises_inspected" \
                    and FIRM_OUTCOME.search(view, end, clause_end(doc, start)):
                metric = None  # …，8户企业处于停产状态: what became of them
        else:
            wider = doc.clause_start(max(sentence.start, context_start - 1), sentence.start)
            metric = metric_before(view, wider, start, unit)
            if metric is None and previous in RATES and unit == "%":
                metric = previous  # 从2008年的85.1%上升到2011年的91.6%: one rate's course
            if metric is None and unit == "%" and "分别" in view[context_start:start]:
                # 合格率较高，均好于上年，分别为96.1%、93.4%: a 分别 list of rates goes
                # back to the rate its sentence names, clauses before.
                metric = metric_before(view, sentence.start, start, unit)
    if metric is None and previous and view.startswith("、", context_start, start) \
            and unit_fits(previous, unit) and not _DIGIT.search(view, context_start, start):
        # 查获化肥120吨、农药2.8吨: one verb for a list of figures.
        metric = previous
    if metric is None and previous in ("enterprises_inspected", "places_inspected") \
            and unit_fits("enterprises_inspected", unit) \
            and context_start == clause_start and FIRM_CLAUSE.fullmatch(view, clause_start, start) \
            and not FIRM_OUTCOME.search(view, clause_start, start):
        # 检查化工企业12家，建材企业30家: one verb for a list of firms (and of places first:
        # 检查超市20家，食品生产企业8家)
        metric = "enterprises_inspected"
    if metric is None and context_start == clause_start \
            and _lists_products(view, clause_start, start, unit, last):
        metric = previous
    if metric is None and NUMBER_LEAD.fullmatch(view, clause_start, start) \
            and not ANY_KEYWORD.search(view, clause_start, start) \
            and not FIRM_OUTCOME.search(view, end, clause_end(doc, start)):
        # 抽查了28种产品，156家企业合计203批次产品: a clause opening on a number with no verb
        # of its own goes on with the verb of the clause before (not …，8户企业处于停产状态).
        before = doc.clause_start(max(sentence.start, clause_start - 1), sentence.start)
        if before < clause_start:
            metric = metric_before(view, before, clause_start, unit)
    metric = metric or scoped_metric(doc, sentence.start, clause_start, start, unit)  # 涉及…
    if metric is None and previous and unit_fits(previous, unit) \
            and context_start == clause_start and BREAKDOWN.match(view, clause_start, start) \
            and not ANY_KEYWORD.search(view, clause_start, start) \
            and not FIRM_OUTCOME.search(view, end, clause_end(doc, start)):
        # 抽查化肥80个批次，其中尿素30个批次: a breakdown counts what its total counts
        # (not one of the firms that broke the law: 其中3家企业存在违法行为).
        metric = previous
    if metric is None and unit_fits("batches_sampled", unit) and context_start == clause_start \
            and BREAKDOWN.match(view, clause_start, start) \
            and not ANY_KEYWORD.search(view, clause_start, start):
        metric = batches_past_scope(doc, sentence.start, clause_start, unit)  # …涉及…，其中
    if metric is None and unit in _BATCH_UNITS \
            and batches_of_counted(doc, sentence.start, context_start, start, previous):
        return "batches_sampled"  # 检查23家经销单位96个批次商品
    if metric is None and unit in _BATCH_UNITS and batches_rated(doc, sentence.start, start, end):
        return "batches_sampled"  # 检查结果显示，全市86个批次产品的合格率达97.1%
    if metric is None and unit_fits("batches_sampled", unit) and PASSES_NEXT.match(view, end):
        return "batches_sampled"  # 完成…产品212个批次，合格201个批次
    if metric is None and unit == "%" and PASS_RATE_AFTER.match(view, end):
        return "pass_rate"  # 67.5%的抽查合格率
    if metric is None and firms_counted_in_ge(view, clause_start, context_start, start, end,
                                              unit):
        return "enterprises_inspected"  # 检查了16个建材生产单位, 检查单位2.3万多个
    if metric is None and unit in {"人次", "人/次", "人"} \
            and staff_after_deployment(doc, sentence.start, clause_start, start):
        return "personnel_deployed"  # 派出执法车辆39台次，执法人员132人次
    if metric is None:
        metric = keyword_after(doc, clause_start, start, end, unit)
    return metric


def _lists_products(view: str, clause_start: int, start: int, unit: str,
                    last: tuple[str | None, str]) -> bool:
    """Whether a clause that is only a product before its figure goes on with the list of the
    clause before: 抽查饮料68批次，罐头41批次 (batches, in one unit); 查获劣质钢管30吨，伪劣
    线缆1200米 (goods seized, in any unit goods are counted in, the product named at more
    length)."""
    previous, previous_unit = last
    clause = None
    outcome = FIRM_OUTCOME
    if previous == "batches_sampled" and unit == previous_unit:
        clause = PRODUCT_CLAUSE
    elif previous in _GOODS and unit_fits("goods_seized", previous_unit) \
            and unit_fits("goods_seized", unit) and view[clause_start - 1] not in "；;":
        clause = SEIZED_CLAUSE  # (not after 指令书12份, nor past a ；)
        outcome = NOT_GOODS  # (无证、不合格 describe goods)
    return clause is not None and clause.fullmatch(view, clause_start, start) is not None \
        and not ANY_KEYWORD.search(view, clause_start, start) \
        and not outcome.search(view, clause_start, start)


_by_start = itemgetter(0)
_FAILED = rx.compile(r"不合格|不符合|问题")  # what a failed result says
_MAJOR = rx.compile(r"大案|要案")
# A digit between two figures is a number read as none: no list of figures runs over it, but
# a number split by a space (、95.1 2%: a page's broken figure) is skipped, the list going on.
_DIGIT = rx.compile(r"\d")
_FOLLOW_UP = rx.compile(FOLLOW_UP)
# A pack's content in brackets after a count of packs: 80箱(1×24瓶), 60箱(每箱500只),
# 30袋(50公斤/袋) — no quantity of its own.
_PACK_SIZE = rx.compile(r"[(（]\s*(?:\d+\s*[×xX*]|每[^\W\d_a-zA-Z]{1,2})\s*$")
_PER_PACK_AFTER = rx.compile(r"\s*/\s*[^\W\d_a-zA-Z][)）]")
_SPLIT_NUMBER = rx.compile(r"[、，,]\s*\d+(?:\.\d+)?\s+")


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
