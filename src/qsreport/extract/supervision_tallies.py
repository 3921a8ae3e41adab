"""Supervision (schema 2): four late counts, each a table of rows (the words are in
:mod:`.lexicon.supervision_tallies`): the product kinds a check found with no failing sample
(``categories_passed``), the online platforms a check or a watch went through
(``platforms_inspected``), farmers' cooperatives (``farm_cooperatives``) and the quantity of
offending goods a case's party sold (``goods_sold_quantity``); the platforms' readings replace
any other of the same count (巡查电商平台35家次 counts no firms)."""

from __future__ import annotations

import re
from functools import cache

from ..models import SupervisionStat
from .common import Doc
from .lexicon.supervision_tallies import (
    CASE,
    CATEGORIES_PASSED_ROWS,
    FARM_COOPERATIVES_ROWS,
    GOODS_SOLD_ROWS,
    NOT_CASE,
    PLATFORMS_ROWS,
)
from .rows import compiled_rows, rows_read
from .supervision_counted import COUNT_LEAD, supervision_stat

_TABLE = (("categories_passed", CATEGORIES_PASSED_ROWS),
          ("farm_cooperatives", FARM_COOPERATIVES_ROWS), ("goods_sold_quantity", GOODS_SOLD_ROWS))


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(tuple((metric, row) for metric, rows in _TABLE for row in rows))


@cache
def _platform_rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(tuple(("platforms_inspected", row) for row in PLATFORMS_ROWS))


def _a_case_sold(doc: Doc, stat: SupervisionStat) -> bool:
    """A quantity sold counts where its sentence tells a case before it and its clause no
    turnover, plan or goods left unsold."""
    sentence = doc.sentence_at(stat.span[0])
    start = doc.clause_start(stat.span[0], sentence.start)
    return CASE.search(doc.view, sentence.start, stat.span[1]) is not None \
        and NOT_CASE.search(doc.view, start, stat.span[1]) is None


def tallied_late(doc: Doc) -> list[SupervisionStat]:
    """``13种产品合格率为100%`` → 13 种 categories_passed, ``农民专业合作社230家`` → 230 家
    farm_cooperatives, ``当事人对外销售假冒阀门30台`` → 30 台 goods_sold_quantity: each count once
    (:func:`.rows.rows_read`); a quantity sold only in a sentence that tells a case."""
    return [stat for stat in rows_read(doc, _rows(), COUNT_LEAD, supervision_stat)
            if stat.metric != "goods_sold_quantity" or _a_case_sold(doc, stat)]


def platforms_inspected(doc: Doc) -> list[SupervisionStat]:
    """``监测电商平台120个次`` → 120 个次, ``巡查第三方电商平台35家次`` → 35 家次: the platforms, never
    the firms a check went through (the caller lets these replace any other reading)."""
    return rows_read(doc, _platform_rows(), COUNT_LEAD, supervision_stat)
