"""Distinctions (schema 2): standards declared in public — the firms that declared their own
standards on the standards-information platform (``declaring_firms``) and the products those
standards cover (``declared_products``), of ``any``, beside the standards a standards count
holds (the words are in :mod:`.lexicon.distinctions_declared`)."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import DistinctionStat
from .common import Doc
from .distinctions_standards import any_distinction
from .lexicon.distinctions_declared import DECLARED, DECLARED_ROWS, PLEDGE, STANDARDS
from .rows import compiled_rows, rows_read

_DECLARED = rx.compile(DECLARED)
_STANDARDS = rx.compile(STANDARDS)
_PLEDGE = rx.compile(PLEDGE)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(DECLARED_ROWS)


def declared_standards(doc: Doc) -> list[DistinctionStat]:
    """``1200家企业已自我声明公开了企业标准``, ``自我声明公开标准的企业达到3.5万家``, ``涵盖产品8000
    余种``: the firms where their count stands next to the declaring, the products where the
    sentence declares before their count; in a sentence of standards, and not of a pledge
    declared (300家企业签署了质量承诺自我声明)."""
    if _DECLARED.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _rows(), "已共总累计达到有为是约近了", any_distinction):
        sentence = doc.sentence_at(stat.span[0])
        if _STANDARDS.search(doc.view, sentence.start, sentence.end) is None \
                or _PLEDGE.search(doc.view, sentence.start, sentence.end) is not None:
            continue
        if stat.metric == "declared_products" \
                and _DECLARED.search(doc.view, sentence.start, stat.span[0]) is None:
            continue
        found.append(stat)
    return found
