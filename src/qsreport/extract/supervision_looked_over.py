"""Supervision (schema 2): the goods a check looked over without sampling them — the products,
models or kinds of a check of shops and markets for their marks, labels or a recalled model
(``products_checked``: 共检查了500件产品, 检查了12个型号的取暖电器、30种插座), counted in the
unit the text writes (the words are in :mod:`.lexicon.supervision_looked_over`)."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import SupervisionStat
from .common import Doc
from .lexicon.supervision_looked_over import AT_FAULT, GOODS_AFTER, LOOKED_OVER, NEEDLES, SAMPLED
from .rows import compiled_rows, rows_read

_VERB = rx.compile(NEEDLES)
_SAMPLED = rx.compile(SAMPLED)
_AT_FAULT = rx.compile(AT_FAULT)
_GOODS_AFTER = rx.compile(GOODS_AFTER)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(LOOKED_OVER)


def products_checked(doc: Doc) -> list[SupervisionStat]:
    """``共检查了500件产品``, ``检查了12个型号的取暖电器、30种插座``, ``检查儿童用品及相关产品260种``:
    each count of goods a check's verb governs in its clause, where nothing in its sentence up to
    the count's clause end samples or tests (抽检, 检验) and nothing in its clause finds them at
    fault, seizes or recalls them (不合格, 查扣, 召回)."""
    if _VERB.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _rows(), "共计总了", SupervisionStat):
        sentence = doc.sentence_at(stat.span[0])
        start, end = doc.clause_around(*stat.span, sentence)
        verb = _VERB.search(doc.view, start, stat.span[1])
        if verb is None:
            # (a later count of a list: its verb stands before the list's first count)
            back = doc.view.rfind("、", start, stat.span[0])
            continue_list = back >= 0 and _VERB.search(doc.view, start, back) is not None
            if not continue_list:
                continue
        if _SAMPLED.search(doc.view, sentence.start, end) is None \
                and _AT_FAULT.search(doc.view, start, end) is None:
            named = _GOODS_AFTER.match(doc.view, stat.span[1])
            if named is not None:  # (labelled by its goods: 12个型号的取暖电器 → 取暖电器)
                stat.label = doc.text[stat.span[1]:named.end()].strip(" 的") or stat.label
            found.append(stat)
    return found
