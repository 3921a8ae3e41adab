"""What a figure's sentence says around it (schema 2): is it achieved or only a target, a
shortlist, an application; which place it belongs to; which year it counts; and whether it is
a total, an addition or a change.

One pass after every area has been extracted, over every figure of every area, reading only
the figure's own sentence up to the figure (the words that govern a number come before it in
Chinese: ``争取新增名牌5个``, ``甲市获12项，乙市9项``, ``截至2012年底共有30个``). The words
are data in :mod:`.lexicon.context`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import chain
from typing import Any

from .. import regex_cache as rx
from ..places import Place, find_places
from ..places.finder import Mention
from ..segmenting.metaline import words_between_stamps
from .areas import figures
from .common import Doc
from .context_body import PARAGRAPH_REACH, Joins, joined_start, period_from_body, run_starts
from .context_brand_place import regional_brand_place
from .context_carried import carried_place
from .context_declared import Declared, declare_honours
from .context_figure import basis_of, is_change, number_start
from .context_goal import GoalYears
from .context_honours import annotate_honour
from .context_lists import (
    heading_place,
    numbered_items,
    province_in_sentence,
    province_office_place,
    whole_list_place,
)
from .context_named import named_before
from .context_national import is_national
from .context_period import Periods
from .context_period_series import compared_with_the_same_time, pair_year
from .context_place import (
    checked_across,
    place_of,
    sentence_places,
)
from .context_roc import in_taiwan, taiwan_text, western
from .context_status import StatusWords, granted_later
from .context_stock import counts_a_stock, holds, one_batch, stock_kept
from .lexicon.context import (
    BREAKDOWN,
    HONOUR_YEAR,
    LEVEL_UNITS,
    PER_UNITS,
    VALUED_METRICS,
)

# From a figure's words back to the last clause mark before it: a greedy run to the figure
# that steps back to the mark (a clause is short), where its start is asked for.
_TO_CLAUSE_END = rx.compile(r"(?s:.*)[，,；;：:、]")
# (a blank line too: a headline has no stop, and the page's byline after it, 推荐:…, is
# none of its words)
_CLAUSE_END = rx.compile(r"[，,；;。！？]|\n[ \t\u3000]*\n")
_REACH = 200  # characters before a figure read for its words


class _Context:
    """A report's marks, and what a figure's sentence says around it."""

    def __init__(self, doc: Doc, year: int | None, taiwan: bool = False) -> None:
        view = doc.view
        self.doc, self.year = doc, year
        self.statuses = StatusWords(view)  # (what status a figure's sentence gives it)
        self.periods = Periods(view, year, taiwan)  # (taiwan: reads 113年 as 2024)
        self.goals = GoalYears(view, year)
        self.province: str | None = None  # the province of the report's region, if known
        self.provincial = False  # whether the report's region is a province
        self.national = False  # whether the report speaks for the whole country
        self.region: Place | None = None  # the report's region's gazetteer entry, if known
        self.named: dict[int, str | None] = {}  # the place each 该市 (全县) stands for
        self.items = numbered_items(view)
        self.declared: Declared | None = None  # the status the document declares its list has
        self.unlisted: set[int] = set()  # ids of the figures of work done no list can hold
        # The place mentions of each stretch read (:func:`.context_place.sentence_places`):
        # the figures of one sentence, of one paragraph and of one numbered item read the same
        # stretches.
        self.mentions: dict[tuple[int, int], list[Mention]] = {}

    def places_in(self, view: str, start: int, end: int) -> list[Mention]:
        """:func:`.context_place.sentence_places` of ``view[start:end]``, found once."""
        found = self.mentions.get((start, end))
        if found is None:
            found = self.mentions[start, end] = sentence_places(view, start, end)
        return found

    def named_before(self, word: re.Match[str]) -> str | None:
        """The place an earlier sentence gives 该市 (全县) (:func:`.context_place.named_before`),
        read once for each such word."""
        if word.start() not in self.named:
            self.named[word.start()] = named_before(self.doc.view, self.doc.text, word,
                                                    self.region, self.places_in)
        return self.named[word.start()]

    def clause_start(self, start: int, number: int) -> int:
        """Where the figure's clause begins: after the last clause mark in view[start:number]."""
        match = _TO_CLAUSE_END.match(self.doc.view, start, number)
        return match.end() if match else start


def annotate(doc: Doc, report: Any) -> None:
    """Fill status, place, period and (where the extractor left it open) basis on every
    figure of ``report`` from its sentence. A status the extractor set is kept."""
    declared = declare_honours(doc, report.brands.honours)  # (a shortlist's, a plan's)
    found = list(figures(report))
    honours = report.brands.honours
    if not found and not honours:
        return  # a notice with no figures nor winners: nothing to read
    year = _report_year(report.meta.date)
    region = _gazetteer_entry(report.meta.region)
    taiwan = region is not None and in_taiwan(region.name, region.province)
    context = _Context(doc, year, taiwan_text(doc.view, report.source.script, taiwan))
    context.declared = declared
    if declared is not None and declared.status != "target":
        # A shortlist, a recommendation or an application lists honours and projects, never
        # the checks a news item also tells (全市共抽查产品120批次 stays achieved).
        context.unlisted = {id(stat) for stats in (report.supervision.stats, report.metrology.stats,
                                                   report.special_equipment.stats) for stat in stats}
    # The report's region's gazetteer entry, the province it lies in (its short name) and
    # whether it is a whole province (甲省, 乙自治区, a city of province rank).
    context.region = region
    if region is not None:
        context.province = region.name if region.level == "province" else region.province or None
        context.provincial = region.level == "province"
    places: dict[int, list[Mention]] = {}  # each sentence's place mentions, found once
    paragraphs = [p.start for p in doc.layout.paragraphs]
    header = doc.layout.header
    title = header.title_line
    context.national = not report.meta.region and is_national(
        doc.view, (title.start, title.end) if title else None, header.end)
    # The year a report's title, else its opening lines, date it with (2009年工作总结; 2011年，
    # 全市…): the year of a figure whose paragraph names none.
    context.periods.clock_dated = "clock" in (report.meta.found or {}).get("date", "")
    context.periods.month = int(report.meta.date[5:7]) if report.meta.date else None
    if year is None:  # 今年上半年 … 2014年上半年: an undated report's own year
        own = context.periods.year_of_this_year(undated=True)
        context.periods.told = own is not None
        context.periods.guess = own or context.periods.sole_year()
    elif (own := context.periods.year_of_this_year(undated=False)) and own < year - 1:
        # A page's date years after the 今年 its words date (2013年三季度 … 今年三季度, on a
        # page of 2023): the day it was posted again (not a year 今年 is only compared with).
        context.periods.year = own
    # (a header that holds no line read as a title, 文档简介：某年全县质量工作总结: its lines head
    # the report as a title would, but not their publish stamps' dates)
    headings = [(title.start, title.end)] if title else words_between_stamps(doc.view, 0, header.end)
    report_period = next(filter(None, (context.periods.heading_period(*at) for at in headings)), None) \
        or context.periods.opening_period(header.end)
    if year is None and report_period and report_period.isdigit() and not context.periods.told:
        # (not over the year the report's own words tell: its opening's 去年 is the one before)
        context.periods.guess = int(report_period)
    starts = [s.start for s in doc.layout.sentences]
    ordered = sorted(range(len(starts)), key=starts.__getitem__)
    sorted_starts = [starts[i] for i in ordered]
    runs, joined = run_starts(doc.view, paragraphs), Joins()  # (each sentence's join, once)
    for item in chain(found, honours):
        at = at_sentence = bisect.bisect_right(sorted_starts, item.span[0]) - 1
        sentence = doc.layout.sentences[ordered[at]] if at >= 0 else None
        start = sentence.start if sentence is not None else item.span[0]
        if not start <= item.span[0]:
            start = item.span[0]
        start, at_sentence = joined_start(doc.view, start, at_sentence, sorted_starts, joined)
        if start not in places:
            end = sentence.end if sentence is not None else item.span[1]
            places[start] = context.places_in(doc.view, start, end)
        at = bisect.bisect_right(paragraphs, start) - 1
        paragraph = runs[at] if at >= 0 else start
        previous = sorted_starts[at_sentence - 1] if at_sentence > 0 else None
        if not hasattr(item, "value"):  # a named winner: its place and year only
            annotate_honour(context, item, (start, paragraph), places[start], report_period,
                            previous, _list_place)
            item.period = western(item.period)
            continue
        _annotate(context, item, (start, paragraph), places[start], report_period, previous)
        if title is not None and title.start <= item.span[0] < title.end:
            period_from_body(context.periods, doc.view, item, header.end, (sorted_starts, paragraphs))
        item.period = western(item.period)  # (a year of Taiwan's calendar read: ２０２４ -> 2024)


def _annotate(context: _Context, item: Any, starts: tuple[int, int], places: list[Any],
              report_period: str | None, previous: int | None) -> None:
    """``starts``: where the figure's sentence and its paragraph begin; ``previous``: where
    the sentence before it begins."""
    view = context.doc.view
    number = number_start(view, item.span)
    start = max(starts[0], number - _REACH)
    clause = context.clause_start(start, number)
    item.place = place_of(view, context.doc.text, places, start, number, context.province,
                          context.national, context.named_before)
    if item.place and context.provincial and context.province \
            and checked_across(view, places, start, number, context.province):
        item.place = None  # 本次抽查了甲、乙、丙等5市的40家企业: the province's check
    elif item.place and context.national and checked_across(view, places, start, number, None):
        item.place = "全国"  # 共抽查了甲省、乙省、丙省等6个省的…: the country's check
    if item.place is None:
        item.place = _list_place(context, item, places, start, number)
    if item.place is None and starts[1] < starts[0]:
        item.place = carried_place(view, context.doc.text, starts[1], starts[0], number,
                                   context.places_in)
    if item.place is None:
        item.place = province_office_place(view, context.places_in, starts[1], number,
                                           context.province)
    if item.place is None and getattr(item, "metric", None) == "brand_value":
        item.place = regional_brand_place(view, clause, number)  # 乙地铁观音以1200亿元…
    after = view[number:number + _REACH]
    after = after[:m.start()] if (m := _CLAUSE_END.search(after)) else after
    if item.status == "achieved":  # the default: the extractor did not say otherwise
        item.status = "target" if getattr(item, "target", False) else \
            context.statuses.of(start, clause, number, after)
        # (the whole sentence: a goal's year may open a long list of goals)
        if item.status == "achieved" and context.goals.past_goal(starts[0], number):
            item.status = "target"
            if hasattr(item, "target"):
                item.target = True  # a rate's own flag says what its status says
        elif item.status == "achieved" and context.declared is not None \
                and id(item) not in context.unlisted:
            item.status = context.declared.status_of(view, starts[0], item.span[1], previous)
        elif item.status in ("applied", "recommended") and granted_later(view, item.span[1]):
            item.status = "achieved"  # 申请的8项计量标准…，顺利通过考核
    # The year a paragraph opens with (2009年，全市…) holds for its later sentences; a report
    # dated by its title or opening lines counts that year where nothing nearer says.
    low = max(min(starts), number - PARAGRAPH_REACH)
    # A breakdown (其中，…) is dated as the sentence it breaks down: 截至目前…。其中，… a stock.
    breakdown = previous is not None and BREAKDOWN.match(view, starts[0]) is not None
    opens = previous if breakdown and previous is not None else starts[0]
    stock = counts_a_stock(item)
    brand = hasattr(item, "category")  # a brand count
    item.period = context.periods.period_of(min(low, opens), number, opens, stock)
    if item.period is None and stock and view[number - 1:number] == "第":
        item.period = "cumulative"  # 该市第3个地理标志保护产品: the running count, a stock
    if item.period is None and breakdown and previous is not None:
        # 从领域上看，…155项: a breakdown of the figure before it, of that figure's period.
        item.period = context.periods.period_of(previous, starts[0], previous, stock)
    if item.period is None and (brand or holds(item)) \
            and context.periods.in_recent_years(min(low, opens), number):
        item.period = "cumulative"  # 近年来，甲市共获得名牌产品14个: the honours held now
    elif item.period is None and stock and not _a_level(item) \
            and context.periods.in_recent_years(opens, number):
        # 近年来，甲市制修订国家标准40项: the standards of the years to now, in its own sentence
        # (not work done: 近年来，全县共查处案件210起 stays the report's year)
        item.period = "cumulative"
    if brand and (honour := HONOUR_YEAR.search(after)):
        item.period = honour["y"]  # 共有80个产品被评为2013年度甲省名牌: that year's list
    if item.period == "cumulative" and one_batch(view, starts[0], number, after):
        item.period = None  # …等18家企业被认定为第二批某某老字号: that batch, no stock
    if item.period == "cumulative" and not stock_kept(item) \
            and compared_with_the_same_time(view, starts[0], number):
        # 共有…证书80张，较2015年同期多…: a stretch's count, compared with the same stretch
        # of the year before (the year after that one; 比去年同期: the report's own), no stock.
        item.period = context.periods.year_after_compared(number)
    if item.period == "cumulative" and item.status == "target":
        # 到2018年，全市累计制定标准1000项以上: a goal's total is due by its year.
        item.period = context.goals.deadline_year(starts[0], number, context.periods.years) or item.period
    if item.status == "achieved" and context.goals.dated_by_goal(low, starts[0], number, item.period):
        item.status = "target"  # 到2030年，…。丙类合格率升至97%: the paragraph's goal
        if hasattr(item, "target"):
            item.target = True
    item.period = item.period or report_period
    # One value of a yearly series (近4年…分别为…): counted back from the year the series ends
    # with, the figure's own or the report's.
    if item.period is None and context.year is None:
        item.period = context.periods.year_after_compared(
            number, clause if item.basis == "change" else None)
    last = item.period or (str(context.year) if context.year is not None else None)
    item.period = context.periods.series_year(start, number, last) or item.period
    item.period = pair_year(view, number, item.period) or item.period  # 由85%提高到90%
    words = view[clause:number]
    if is_change(words, view[number:item.span[1] + 6]):
        item.basis = "change"
    elif item.basis is None and not brand and getattr(item, "unit", None) is not None \
            and not _a_level(item):
        # A figure with a unit that is no level (a count with none, of standards or brands,
        # takes no basis here). A rate (in %, or per 10,000 units: 起/万台) and a score (分, or an index's bare
        # number) are levels: total or added does not apply. A brand count's basis is the brand
        # rules' (extract/brands_standing.py): one they leave open is a year's whole list of
        # new and renewed titles (共有89个…，其中新增57个), which 共有 must not make a total.
        # A money value a brand evaluation assessed (达到35.2亿元, 总价值) is a level too.
        item.basis = basis_of(words)
    if item.period == "cumulative" and (item.basis == "change" or _a_level(item)) and clause > opens:
        # 累计拥有…，较上届增加…; 累计…，年产值突破…: a change or a level (a rate, a value) in a
        # later clause than the stock word is no stock: dated by a year of its own sentence, else
        # the report's (the stock word has already set the sentence in the present)
        own = context.periods.period_of(opens, number, clause, False)
        if own != "cumulative":
            item.period = own or report_period
    if item.period == "cumulative" and item.basis == "added" \
            and not context.periods.spans_to_now(starts[0], number):
        # 目前，甲省今年新增…17个; 近年来…。此次，4家企业入选…: an addition is no stock held.
        item.period = report_period


def _a_level(item: Any) -> bool:
    """Whether a figure is a level (a rate in %, per 10,000 units or a score; a value
    assessed or measured), which no span of years sums."""
    unit = getattr(item, "unit", None)  # (a count of standards or honours has none)
    return (unit is not None and (unit in LEVEL_UNITS or PER_UNITS in unit)) \
        or getattr(item, "metric", "") in VALUED_METRICS


def _list_place(context: _Context, item: Any, places: list[Any], sentence: int,
                number: int) -> str | None:
    """A place a list carries to a figure whose sentence names none (:mod:`.context_lists`);
    ``sentence``: where the words read for the figure begin (its sentence, at most _REACH
    characters back)."""
    view, text = context.doc.view, context.doc.text
    found = None
    if hasattr(item, "category"):  # a brand count
        found = whole_list_place(view, text, places, sentence, item.span) \
            or province_in_sentence(view, places, sentence, number, context.province)
    return found or heading_place(view, text, context.places_in, number, sentence, context.items)


@lru_cache(maxsize=256)
def _gazetteer_entry(region: str | None) -> Place | None:
    """The gazetteer's entry for a region, if it names one (a report's region is one of a
    few hundred: each is looked up once)."""
    if not region:
        return None
    from ..cleaning import match_view

    found = find_places(match_view(region))
    return found[-1].place if found else None


def _report_year(date: str | None) -> int | None:
    return int(date[:4]) if date else None
