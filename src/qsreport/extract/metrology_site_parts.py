"""Metrology (schema 2): a count of sites broken into its places after 其中, each place's
count of sites and the failing ones told with it (共抽查150家磅秤，其中甲市场抽查60家，3家不合格；
乙市场抽查40家，全部合格 → 60 and 40 sites, 3 failed), of the whole count's instrument; the
words are in :mod:`.lexicon.metrology_site_parts`."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import MetrologyStat
from ..numbers import to_number
from ..segmenting import Segment
from .common import Doc
from .lexicon.metrology_site_parts import BREAK, FAILED, OPENS, PART

_OPENS = rx.compile(OPENS)
_PART = rx.compile(PART)
_FAILED = rx.compile(FAILED)
_BREAK = rx.compile(BREAK)


def site_parts(doc: Doc, stats: list[MetrologyStat]) -> list[MetrologyStat]:
    """``stats`` with the places each count of sites is broken into and their failing
    ones, in text order; a count some other reading took stays its."""
    view = doc.view
    taken = {stat.span[1] for stat in stats}
    found: list[MetrologyStat] = []
    for whole in stats:
        if whole.metric != "sites":
            continue
        sentence = doc.sentence_at(whole.span[1] - 1)
        opens = _OPENS.match(view, whole.span[1], sentence.end)
        if opens is None:
            continue
        starts = [opens.end(), *(m.end() for m in _BREAK.finditer(view, opens.end(), sentence.end))]
        for start in starts:
            part = _PART.match(view, start, sentence.end)
            if part is None or part.group("unit") != whole.unit or part.end("unit") in taken:
                continue
            found += _read(doc, whole, part, "sites", taken, sentence)
            failed = _FAILED.match(view, part.end(), sentence.end)
            if failed is not None and failed.group("unit") == whole.unit \
                    and failed.end("unit") not in taken:
                found += _read(doc, whole, failed, "instruments_failed", taken, sentence)
    return sorted([*stats, *found], key=lambda stat: stat.span[0]) if found else stats


def _read(doc: Doc, whole: MetrologyStat, match: re.Match[str], metric: str, taken: set[int],
          sentence: Segment) -> list[MetrologyStat]:
    """The figure ``match`` reads, of ``whole``'s instrument (none for a count of 0)."""
    value = to_number(match.group("num"))
    if not value:
        return []
    taken.add(match.end("unit"))
    label = doc.text[match.start():match.start("num")].strip(" ，,：:") \
        or doc.text[match.end("unit"):match.end()].strip()  # (3家不合格: 不合格)
    return [MetrologyStat(metric=metric, instrument=whole.instrument, label=label,  # type: ignore[arg-type]
                          value=value, unit=doc.text[match.start("unit"):match.end("unit")],
                          span=(match.start(), match.end("unit")),
                          evidence=doc.evidence(sentence))]
