"""Distinctions (schema 2): a standard's front-runners (企业标准“领跑者”) and the firms confirmed
for good standardization conduct (标准化良好行为企业), counted — titles a firm or its standard
holds, which no tally of another distinction reads — and the support a region gives standards
work: money granted for it, what the money went to, and the standardization committees it
holds (their words are in :mod:`.lexicon.distinctions`, ``STANDARDS_DISTINCTIONS`` and
``STANDARDS_SUPPORT``), read by :func:`.rows.rows_read`."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import regex_cache as rx
from ..models import DistinctionStat
from .common import Doc
from .lexicon.distinctions import STANDARDS_DISTINCTIONS, STANDARDS_SUPPORT
from .rows import rows_read

_ANY = rx.compile(r"领跑者|良好行为|标准[^。；;]{0,40}?(?:资助|补助|扶持|资金支持|经费支持|研制资金|专项资金)|"
                  r"技术委员会|标委会|技术组织|秘书处")
# The words each metric's rows cannot match without: a report that holds none of a metric's
# words is not scanned with its rows (those that open on a number would try every figure).
_NEEDS = {
    "front_runners": "领跑者",
    "good_conduct": "良好行为",
    "standards_funding": r"资助|补助|扶持|资金支持|经费支持|研制资金|专项资金",
    "standards_funded": r"资助|补助|扶持|资金支持|经费支持",
    "standards_committees": r"技术委员会|技术组织|标委会|秘书处",
}


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((metric, rx.compile(pattern))
                 for metric, pattern in STANDARDS_DISTINCTIONS + STANDARDS_SUPPORT)


def standards_distinctions(doc: Doc) -> list[DistinctionStat]:
    """Each count of front-runners or of good-conduct firms, each sum granted for standards
    work and each count of what it went to, and each count of standardization committees, once
    a figure (the first row that reads it decides) and once a value (a headline told again), of
    no other distinction (``any``)."""
    view = doc.view
    if _ANY.search(view) is None:
        return []
    present = {metric for metric, words in _NEEDS.items() if re.search(words, view)}
    rows = tuple(row for row in _rows() if row[0] in present)
    return rows_read(doc, rows, "近约", any_distinction)


def any_distinction(**fields: Any) -> DistinctionStat:
    """A distinction of no kind (``any``)."""
    return DistinctionStat(distinction="any", **fields)
