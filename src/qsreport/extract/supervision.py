"""Supervision: the enforcement statistics a report states, and the area's declaration. The
campaigns it describes are read by :mod:`.supervision_actions`; the stats of the other readers
are merged with the sentence rules' by :mod:`.supervision_merged`."""

from __future__ import annotations

import json
from operator import itemgetter

from .. import regex_cache as rx
from ..chars import LABEL_EDGE_TOTAL
from ..models import Supervision, SupervisionStat
from ..numbers import PERCENT, percent_value
from ..segmenting import Segment
from ..vocabulary import STAT_CHANGES_LATE, STAT_METRICS_LATE
from .areas import (
    Area,
    Figures,
    ItemList,
    SideTable,
    same_text,
    score_number,
    score_unit,
    shown_value,
)
from .common import Doc, Figure, figure_pattern, unit_as_written
from .lexicon.outcome_metrics import (
    CATEGORIES_AFTER,
    CATEGORIES_FAILED,
    CATEGORIES_VERB,
    VERIFIED_RATE,
)
from .lexicon.supervision import (
    BREAKDOWN,
    CAMPAIGN_AFTER,
    CASE_UNITS,
    CASES_CLOSED,
    DEN_AFTER,
    DEN_UNITS,
    MONEY_BOUND_AFTER,
    STAT_UNITS,
    THRESHOLD_AFTER,
)
from .lexicon.supervision_exclusions import CASES_OWN, COMPLAINTS_COUNTED
from .lexicon.supervision_goods import DESCRIBES_GOODS_AFTER
from .lexicon.supervision_places import EQUIPMENT_USERS_AFTER, NOT_FIRMS_AFTER
from .lexicon.supervision_results import (
    FAULT_VERDICT,
    FIRMS_RESULT_AFTER,
    INSTRUMENT,
    INSTRUMENTS_SAMPLED,
    RATE_BOUND_AFTER,
    RESULT_AFTER,
    RESULTS_SENTENCE,
    SAMPLED_RATE,
    VERIFICATION,
)
from .supervision_actions import extract_actions
from .supervision_elsewhere import BATCH_UNITS, At, firms_batches, metric_of, sample_unit
from .supervision_keywords import (
    ANY_KEYWORD,
    RATES,
    excluded,
    metric_before,
    of_firms_sampled,
)
from .supervision_merged import with_other_readers
from .supervision_outcomes import (
    ENFORCEMENT_METRICS,
    batches_result,
    clause_end,
    firms_at_fault,
    firms_ordered,
    is_outcome,
    ordered_next,
    other_office,
    outcome_metric,
)
from .supervision_places import (
    firms_after_place,
    instrument_sites,
    past_item_noun,
    place_inspected,
    units_holding_equipment,
)
from .supervision_rates import breaks_down_excluded, rates_other_work, sampled_by_monitoring
from .supervision_scope import in_bracketed_breakdown
from .supervision_seized import seized_value
from .supervision_work import found_part, work_metric

_FIGURE = figure_pattern(STAT_UNITS)


def extract_stats(doc: Doc) -> list[SupervisionStat]:
    """Figures such as ``抽查产品1250批次``, ``查处案件36起``, ``货值1850万元``, ``合格率92.4%``."""
    stats: list[SupervisionStat] = []
    sampled_told = False  # (batches sampled told earlier in the report)
    view = doc.view
    # (sparse: a percent opens on any digit, tried at each of a long report's, but needs a %
    # or 百分之: only the sentences holding one are scanned)
    for sentence, figures, percents in zip(doc.layout.sentences,
                                           doc.figures_by_sentence(_FIGURE),
                                           doc.matches_by_sentence(PERCENT, sparse=True),
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
        previous_unit = sites_unit = ""  # (sites_unit: of shops counted by their instruments)
        # (a sentence opening on 其中 breaks down the last figure of the sentence before)
        carried = (stats[-1].metric, stats[-1].unit) if stats and _OPENS_BREAKDOWN.match(
            view, sentence.start) else (None, "")
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
                        and SAMPLED_RATE.search(view, sentence.start, start) \
                        and not CATEGORIES_FAILED.search(view, clause_start, start):
                    stats.append(_figure(doc, sentence, max(floor, clause_start), start, end,
                                         "categories_sampled", value, figure))
                continue
            if unit in ("期", "项次") or (unit == "项" and not CAMPAIGN_AFTER.match(view, end)):
                # 制定标准12项: items count only campaigns (组织了12项专项整治), and the
                # items a check tested (测试了9项安全指标: schema 2); 期 counts only a
                # training's sessions (培训班12期), never the floor of what follows (一期工程…)
                work = work_metric(doc, max(floor, clause_start), start, end, unit, value) \
                    or found_part(doc, sentence.start, max(floor, clause_start), start, end,
                                  (previous, previous_unit) if previous else carried, unit)
                if work == "problems_found":  # (its parts may follow: 其中甲类3项)
                    previous, previous_unit = work, unit
                if work is not None:
                    stats.append(_figure(doc, sentence, max(floor, clause_start), start, end,
                                         work, value, figure))
                continue
            context_start = max(floor, clause_start)
            floor = end
            if clause_start != quiet_clause:
                quiet_clause, quiet_end = clause_start, clause_start
            if quiet_end >= 0:
                quiet_end = -1 if ANY_KEYWORD.search(view, quiet_end, start) else end
            if unit != "%" and _PER_HEAD_AFTER.match(view, end):
                previous = None
                continue  # 抽检量达5.2批次/千人: a rate per head or per year, no count
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
            if CASES_CLOSED.search(view, max(context_start, start - 5), start):
                previous = None
                continue  # 立案12件，结案9件: cases closed, no figure
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
            elif unit in BATCH_UNITS and (batches := batches_result(view, clause_start, start, unit)):
                metric = batches  # 合格112批次, 不合格8批次
            elif unit == "种":
                # 抽检了12家厂的15种产品: kinds of product by the guide's convention,
                # after the firms sampled too (rounds 1-56's keys: batches 16 times in 18).
                metric = "categories_sampled"
            elif unit != "%" and quiet_end >= 0:
                # No keyword of any metric in the context, so none of the unit's metrics:
                # ANY_KEYWORD holds every metric's words, searched up to the same end.
                metric = None
            else:
                metric = metric_before(view, context_start, start, unit)
            if metric is None:
                at = At(sentence, clause_start, context_start, start, end, unit)
                metric = metric_of(doc, at, (previous, previous_unit),
                                    clause_quiet=quiet_end >= 0)
                if metric is not None and excluded(
                        view, past_item_noun(view, clause_start, context_start, start), start,
                        metric):
                    metric = None  # found further off, but its own context rules it out
            if metric == "cases" and COMPLAINTS_COUNTED.search(
                    view, _run_start(view, sentence.start, clause_start), clause_start) \
                    and not CASES_OWN.search(view, clause_start, start):
                metric = None  # 受理投诉举报260件，办结230件: the complaints closed
            if metric is None and firms_after_place(view, clause_start, start, end, unit):
                metric = "enterprises_inspected"  # 门店抽检了20家受检单位的36批次产品
            if metric in (None, "batches_sampled") and previous in _RESULTS and unit in BATCH_UNITS \
                    and (BREAKDOWN.match(view, clause_start) or view.startswith("、", context_start)):
                metric = previous  # 不合格8批次，其中汽油5批次、柴油3批次: the failures broken down
            # (a sample's batches whose clause closes on a verdict, in a sentence that names the
            # test or after the batches sampled were told: 不合格产品中，有9批次产品甲项目不合格)
            checked = metric in ("batches_sampled", "enterprises_inspected") or (
                metric is None and sample_unit(view, sentence.start, end, unit)
                and (sampled_told or RESULTS_SENTENCE.search(view, sentence.start, sentence.end)
                     is not None)) or (
                metric is None and firms_batches(view, clause_start, start, end, unit))
            result = RESULT_AFTER.match(view, end, sentence.end) if checked else None
            if result is None and metric == "enterprises_inspected":
                result = FIRMS_RESULT_AFTER.match(view, end, sentence.end)  # 17家企业的31批次产品合格
            if result is not None:  # 发现的11批次不合格产品: a result, not the number sampled
                metric = work_metric(doc, context_start, start, end, unit, value) \
                    if metric == "enterprises_inspected" else (
                    "batches_failed" if _FAILED.search(result.group()) else "batches_passed")
            if metric == "goods_seized" and unit in DEN_UNITS \
                    and DEN_AFTER.match(view, end, clause_end(doc, start)):
                metric = "dens_closed"  # 查获1个加工假冒口罩的窝点: a den, not goods
            if metric == "goods_seized" and DESCRIBES_GOODS_AFTER.match(view, end):
                metric = None  # 查获仿冒8个品牌的轮胎320条: 8 describes the goods
            if metric == "enterprises_inspected" and instrument_sites(view, end, unit, sites_unit):
                sites_unit = unit
                continue  # 抽查了60家磅秤，其中甲市场30家: metrology's sites
            if metric == "places_inspected" and EQUIPMENT_USERS_AFTER.match(view, end):
                continue  # 、7家锅炉用户: special equipment's users; the list goes on after it
            if metric == "enterprises_inspected" and NOT_FIRMS_AFTER.match(view, end):
                metric = None  # 检查了9家加油站: places, not firms
            if metric in ("enterprises_inspected", "dens_closed") \
                    and units_holding_equipment(view, context_start, start, end):
                metric = None  # 检查单位20户、设备300余台: the equipment's holders
            if metric in ("batches_sampled", "enterprises_inspected", "places_inspected") \
                    and in_bracketed_breakdown(doc, sentence.start, start, unit):
                continue  # 60家（其中…45家）: a part of the total; the list goes on after it
            if metric in ("batches_sampled", "enterprises_inspected") \
                    and sampled_by_monitoring(doc, sentence.start, clause_start, start):
                metric = None  # 开展了风险监测，共抽检30家企业: that work's samples
            own_rate = metric in RATES and VERIFIED_RATE.search(view, context_start, start)
            if metric in RATES and verified is not None and verified.start() < start \
                    and not SAMPLED_RATE.search(view, clause_start, start) and not own_rate:
                metric = None  # 经检定，计价器合格率96%: instruments verified, not products sampled
            if metric in RATES and INSTRUMENT.search(view, sentence.start, start) \
                    and (not SAMPLED_RATE.search(view, sentence.start, start)
                         or INSTRUMENTS_SAMPLED.search(view, sentence.start, start)) \
                    and not own_rate:
                metric = None  # 集市衡器合格率91.2% (but 检定合格率96.9%: the drive's result)
            if metric in RATES and (RATE_BOUND_AFTER.match(view, end) or rates_other_work(
                    doc, sentence.start, clause_start, start) or breaks_down_excluded(
                    doc, sentence.start, clause_start)):
                metric = None  # 在85%-95%之间; 风险监测150批次，合格率82%
            if metric is None and seized_value(doc, sentence.start, context_start, start, unit):
                metric = "goods_value"  # 查封劣质化肥36吨，总金额达10万余元
            if (metric is None and firms_ordered(view, context_start, start, end, unit)) or (
                    metric in (None, "enterprises_inspected")
                    and ordered_next(view, context_start, end, unit)):
                metric = "firms_ordered"  # 责令6家企业限期整改; …7家，已要求改善
            if metric is None and firms_at_fault(doc, context_start, start, end, unit):
                # 发现其中9家企业存在…问题: found at fault (version 1 knew no key for them)
                metric = "units_at_fault" if doc.schema != "1" else "other"
            if metric is None and place_inspected(doc, sentence.start, sentence.end, context_start,
                                                  (start, end), unit, (previous, previous_unit)):
                if in_bracketed_breakdown(doc, sentence.start, start, unit):
                    continue  # 检查餐饮单位300家（其中饭店120家、…）: a part of the total
                metric = "places_inspected"  # 检查商场45家次、超市120家次
            if metric is None:  # 派出6个督查组, 其中5家企业的产品不合格 (schema 2)
                metric = work_metric(doc, context_start, start, end, unit, value)
            if metric is None:  # 发现问题40个，其中甲领域22个: the total's parts
                metric = found_part(doc, sentence.start, context_start, start, end,
                                    (previous, previous_unit) if previous else carried, unit)
            previous, previous_unit = metric, unit
            if metric is None:
                continue
            sampled_told = sampled_told or (metric == "batches_sampled" and unit in BATCH_UNITS)
            stats.append(_figure(doc, sentence, context_start, start, end, metric, value, figure))
    return with_other_readers(doc, stats, _FIGURE)


def _figure(doc: Doc, sentence: Segment, context_start: int, start: int, end: int,
            metric: str, value: int | float, figure: Figure | None) -> SupervisionStat:
    written = "%" if figure is None else unit_as_written(doc, figure)
    return SupervisionStat(
        metric=metric,  # type: ignore[arg-type]
        label=doc.text[context_start:start].strip(LABEL_EDGE_TOTAL) or written,
        value=value,
        unit=written,
        span=(context_start, end),
        evidence=doc.evidence(sentence),
    )


_LISTED_OUTCOMES = frozenset({"家", "户", "个", "起", "件", "宗"})


_by_start = itemgetter(0)
_FAILED = rx.compile(  # a failure (and one in other words: 未能符合…要求, 存在瑕疵, 无…标签)
    rf"不合格|不符合|不符|问题|超标|不足|不规范|缺陷|涉嫌|没有标明|未标明|{FAULT_VERDICT}")
_MAJOR = rx.compile(r"大案|要案")
_OPENS_BREAKDOWN = rx.compile(r"\s*其中")
_RESULTS = frozenset({"batches_failed", "batches_passed"})  # a check's results, broken down after
# A pack's content in brackets after a count of packs: 80箱(1×24瓶), 60箱(每箱500只),
# 30袋(50公斤/袋) — no quantity of its own.
_PACK_SIZE = rx.compile(r"[(（]\s*(?:\d+\s*[×xX*]|每[^\W\d_a-zA-Z]{1,2})\s*$")
_PER_HEAD_AFTER = rx.compile(r"\s*(?:/|每)\s*[千万百]?(?:人口|人|户|年|月|日|天)")
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
            row=lambda s: (s.metric, s.label, shown_value(s)),
            same=lambda s: (s.metric, s.value, same_text(s.unit)),
            score_name="supervision stats",
            score_key=lambda f: (f["metric"], score_number(f["value"]), score_unit(f["unit"])),
            figures=Figures("stat", lambda s: (s.metric, s.label, s.value, s.unit, s.basis,
                                               None)),
        ),
    ),
    late_metrics=STAT_METRICS_LATE,
    late_changes=STAT_CHANGES_LATE,
)


def _run_start(view: str, sentence_start: int, clause_start: int) -> int:
    """Where the run of clauses a clause belongs to starts: after the last ；before it in its
    sentence, or the sentence's start."""
    return max(sentence_start, view.rfind("；", sentence_start, clause_start) + 1,
               view.rfind(";", sentence_start, clause_start) + 1)
