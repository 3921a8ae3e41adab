"""Brand counts that schema 2 states as distinctions: a count of time-honoured names
(中华老字号, 省老字号, 某市老字号) is a ``distinctions.stats`` row, ``time_honoured_brand``
(docs/schema.md), not a brand count of category ``other``.

The brand rules read these counts as before, and schema 1, which has no distinctions area,
keeps them as its brand counts (category ``other``). For schema 2, :func:`move_to_distinctions`
takes them out of the brand counts; where the distinctions area read no count of the title
with the same number in the same stretch of text, the brand rules' reading becomes its row
(metric ``awarded``, with the count's status, place, period and basis)."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import regex_cache as rx
from ..cleaning import match_view
from ..models import BrandCount, DistinctionStat, ReportData

# The titles a brand count may name that docs/schema.md gives to the distinctions area,
# each with its distinction key; they and the words below are read in the match view of the
# count's label and evidence (simplified: 老字號 is 老字号).
_MOVED: tuple[tuple[re.Pattern[str], str], ...] = (
    (rx.compile(r"老字号"), "time_honoured_brand"),
)
# A title in quotation marks (“某都老字号”) and the verbs that say it was won
_QUOTED_TITLE = rx.compile(r"[“「](?!中华)[^”」\d]{2,3}老字号[”」]")
_RECOGNISED = rx.compile(r"认定|命名|授予|评为|评定|获|入选|列入|认证|荣膺|挂牌|新增|成为|跻身|晋升")
_NEAR = 80  # characters between a brand count's figure and the distinctions row of its number


def _distinction_of(count: BrandCount) -> str | None:
    label = match_view(count.label)
    for pattern, key in _MOVED:
        if pattern.search(label):
            return key
    return None


def _absorbing(count: BrandCount, key: str, stats: list[DistinctionStat],
               used: set[int]) -> int | None:
    """The distinctions row, not yet matched to another count, that already counts what
    ``count`` counts: of the same title and number near it, the one of the same span first,
    then one whose evidence overlaps the count's, then the nearest."""
    best: tuple[tuple[bool, bool, int], int] | None = None
    for index, stat in enumerate(stats):
        distance = abs(stat.span[0] - count.span[0])
        if index in used or stat.distinction != key or stat.value != count.value or distance > _NEAR:
            continue
        overlap = bool(stat.evidence and count.evidence) and (
            stat.evidence in count.evidence or count.evidence in stat.evidence)
        rank = (tuple(stat.span) != tuple(count.span), not overlap, distance)
        if best is None or rank < best[0]:
            best = (rank, index)
    return None if best is None else best[1]


def _with_count(stat: DistinctionStat, count: BrandCount) -> DistinctionStat:
    """A distinctions row that counts what a brand count counts, with what the brand rules
    read of the whole sentence: a shortlist or an application (首批名单进行公示，…35家“老字号”
    榜上有名: shortlisted, though 榜上有名 follows the number) and a basis the row lacks."""
    status = count.status if count.status != "achieved" else stat.status
    basis = stat.basis if stat.basis is not None else count.basis
    if status == stat.status and basis == stat.basis:
        return stat
    return replace(stat, status=status, basis=basis)


def move_to_distinctions(report: ReportData) -> None:
    """Schema 2: the brand counts of a distinction's title become distinctions rows (or are
    dropped where that area counted the same figure already: each row stands for one count).
    A place's nickname title in quotation marks (“某都老字号”) is counted only where a verb
    of recognition says it was won (是一家“某都老字号”, …共有3个产品…: no count of it)."""
    kept: list[BrandCount] = []
    stats = report.distinctions.stats
    added: list[DistinctionStat] = []
    used: set[int] = set()
    for count in report.brands.counts:
        key = _distinction_of(count)
        if key is None:
            kept.append(count)
            continue
        evidence = match_view(count.evidence or "")
        if _QUOTED_TITLE.search(evidence) and not _RECOGNISED.search(evidence):
            continue
        absorbed = _absorbing(count, key, stats, used)
        if absorbed is not None:
            used.add(absorbed)
            stats[absorbed] = _with_count(stats[absorbed], count)
            continue
        added.append(DistinctionStat(
            metric="awarded", distinction=key,  # type: ignore[arg-type]
            label=count.label, value=count.value, unit=count.unit, basis=count.basis,
            status=count.status, place=count.place, period=count.period, span=count.span,
            evidence=count.evidence, page=count.page))
    if len(kept) == len(report.brands.counts):
        return
    report.brands.counts = kept
    for stat in added:  # each before the first row that stands after it (the rest keep their order)
        at = next((i for i, other in enumerate(stats) if other.span[0] > stat.span[0]), len(stats))
        stats.insert(at, stat)
