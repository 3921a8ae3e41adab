"""Supervision (schema 2): a region's sampling density in batches per thousand people
(``sampling_density``: 抽检量达到4.1批次/千人, or its change, 比上年增加0.8批次/千人) and the
share of a trade its spot checks covered (``sampling_coverage``: 生产企业抽检覆盖率达到100%),
and how much lighter than their label goods were found (``weight_shortfall``: 实际重量较宣称的
轻6%至19%, each end of a range a figure). The words are in :mod:`.lexicon.supervision_sampling`."""

from __future__ import annotations

from ..chars import LABEL_EDGE_REACHED
from ..models import SupervisionStat
from ..numbers import PERCENT, percent_value, to_number
from ..regex_prefilter import might_match
from .common import Doc
from .lexicon.supervision_sampling import (
    BARE_END,
    CHANGE_BEFORE,
    COVERAGE,
    DENSITY,
    RANGE_JOINT,
    SHORT,
    SHORT_GAP_BLOCK,
    SHORT_REACH,
)


def sampling_stats(doc: Doc) -> list[SupervisionStat]:
    """Each density (its unit written after it, 批次/千人) and each coverage rate of a sampling
    (抽检覆盖率 named before its % in its clause); a coverage shared by two names (…类别抽检
    覆盖率、生产企业抽检覆盖率均达到100%) is one figure, that of its number."""
    view = doc.view
    out: list[SupervisionStat] = []
    taken: set[int] = set()
    # (a density's unit holds 千人: a text without it, most, is not scanned at each digit)
    densities = DENSITY.finditer(view) if might_match(DENSITY, view) else ()
    for match, metric in [*((m, "sampling_density") for m in densities),
                          *((m, "sampling_coverage") for m in COVERAGE.finditer(view))]:
        value = to_number(match.group("num"))
        if value is None or match.end() in taken:
            continue
        taken.add(match.end())
        sentence = doc.sentence_at(match.start("num"))
        start = doc.clause_start(match.start("num"), sentence.start)
        if metric == "sampling_coverage":
            start = min(start, match.start())
        changed = metric == "sampling_density" \
            and CHANGE_BEFORE.search(view, start, match.start("num")) is not None
        out.append(SupervisionStat(
            metric=metric,  # type: ignore[arg-type]
            label=doc.text[start:match.start("num")].strip(LABEL_EDGE_REACHED) or metric,
            value=value,
            unit=doc.text[match.start("unit"):match.end("unit")],
            basis="change" if changed else None,
            span=(start, match.end()),
            evidence=doc.evidence(sentence),
        ))
    return out + _shortfalls(doc)


def _shortfalls(doc: Doc) -> list[SupervisionStat]:
    """The shortfall in % told within a few words after a weight's comparison in its sentence:
    the first %, and a second joined to it by 至 (a range's ends); a bare first end takes the
    second's % (6至19%)."""
    view = doc.view
    out: list[SupervisionStat] = []
    for match in SHORT.finditer(view):
        sentence = doc.sentence_at(match.start())
        stop = min(sentence.end, match.end() + SHORT_REACH)
        ends: list[tuple[int, int, int | float | None]] = []
        bare = BARE_END.search(view, match.end(), stop)
        first = PERCENT.search(view, match.end(), stop)
        if bare is not None and (first is None or bare.start() < first.start()):
            ends.append((bare.start(), bare.end(), to_number(bare.group("num"))))
            second = PERCENT.search(view, bare.end(), stop)
        elif first is not None:
            ends.append((first.start(), first.end(), percent_value(first)))
            joint = RANGE_JOINT.match(view, first.end())
            second = PERCENT.match(view, joint.end()) if joint is not None else None
        else:
            continue
        if SHORT_GAP_BLOCK.search(view, match.end(), ends[0][0]):
            continue  # (another number or a rate's name first: the % is not the shortfall's)
        if second is not None and RANGE_JOINT.fullmatch(view, ends[0][1], second.start()):
            ends.append((second.start(), second.end(), percent_value(second)))
        label = doc.text[match.start():match.end()]
        for start, end, value in ends:
            if value is None:
                continue
            out.append(SupervisionStat(
                metric="weight_shortfall", label=label, value=value, unit="%",
                span=(start, end), evidence=doc.evidence(sentence)))
    return out
