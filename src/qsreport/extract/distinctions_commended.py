"""Distinctions (schema 2): the firms, units and people commended or rewarded, counted — firms
rewarded for an honour they won and the advanced units and persons of a year's work
(``commended``, of ``any``); a count a tally reads as another distinction's keeps that reading
(the words are in :mod:`.lexicon.distinctions_commended`)."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import DistinctionStat
from .common import Doc
from .distinctions_standards import any_distinction
from .lexicon.distinctions_commended import COMMENDED, COMMENDED_SENTENCE, NOT_COMMENDED
from .rows import compiled_rows, rows_read

_ANY = rx.compile(COMMENDED_SENTENCE)
_NOT = rx.compile(NOT_COMMENDED)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(COMMENDED)


def commended(doc: Doc) -> list[DistinctionStat]:
    """``表彰先进集体20个、先进个人45名``, ``对获得省名牌的12家企业给予奖励``, ``为8家企业颁奖``:
    not those attending, applying or nominated, nor a cap or a rate per winner (不超过10家,
    每家奖励), nor projects or products rewarded."""
    if _ANY.search(doc.view) is None:
        return []
    return [stat for stat in rows_read(doc, _rows(), "共有为计对向给", any_distinction)
            if _NOT.search(doc.view, stat.span[0], stat.span[1] + _AFTER) is None
            and not (stat.unit == "个" and _NOT_WHO.match(doc.view, stat.span[1]))
            and _PROJECTS.match(doc.view, stat.span[1]) is None]


_AFTER = 4  # characters after the count that may name those attending (300名代表出席…)
# A count in 个 of projects, products or standards, not of those rewarded (对80个标准化项目给予
# 奖励: the standards award's, read by the tallies; 家, 名 and 位 count firms and people).
_NOT_WHO = rx.compile(r"[^，,；;。\d]{0,6}?(?:项目|产品|标准|商标|品牌|专利|成果|课题)")
# Units rewarded for their standardization projects (向12家单位的20个标准化项目发放资助奖励): the
# standards award's holders, which the tallies read (``awarded``), not a commendation.
_PROJECTS = rx.compile(r"[^，,；;。]{0,12}?(?:标准化|标准)?项目")
