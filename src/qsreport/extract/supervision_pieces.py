"""Supervision (schema 2): pieces a product test found failing, counted in 件 or 款 (个 or 份
beside a sample noun, 样品 or 样本) after a word that picks them out of the sample and before a
verdict that closes their clause (计有3件不符合,
仅1件标示不合格) — in a report whose sample is counted in the same unit, so that a count of goods
seized or sold is never taken for a failure (the words are in :mod:`.lexicon.supervision_pieces`).
Such a reading replaces the sample's that the general rules gave the same count (其中3件检测未通过:
the failures, not three more pieces sampled)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .. import regex_cache as rx
from ..models import SupervisionStat
from .areas import same_text
from .common import Doc
from .lexicon.supervision_pieces import (
    PIECES_FAILED_ROWS,
    PIECES_POOL_ROW,
    PIECES_TESTED_ROWS,
    POOL_COUNT,
    SAMPLE_NOUN,
    TESTED_AFTER,
)
from .rows import compiled_rows, rows_read
from .supervision_counted import supervision_stat


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(tuple(("batches_failed", row) for row in PIECES_FAILED_ROWS))


@cache
def _tested_rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(tuple(("batches_sampled", row)
                               for row in (*PIECES_TESTED_ROWS, PIECES_POOL_ROW)))


# Units a sample is counted in only beside a noun of sampling (8个样本, 样品5份).
_NAMED_ONLY = frozenset({"个", "份"})
_SAMPLE_NOUN = rx.compile(SAMPLE_NOUN)


def _names_sample(doc: Doc, stat: SupervisionStat) -> bool:
    """Whether ``stat`` counts pieces by its unit alone (件, 款) or in a sentence naming a
    sample (样品, 样本), as a count in 个 or 份 must."""
    if same_text(stat.unit) not in _NAMED_ONLY:
        return True
    sentence = doc.sentence_at(stat.span[0])
    return _SAMPLE_NOUN.search(doc.view, sentence.start, sentence.end) is not None


@cache
def _tested_pool(unit: str) -> re.Pattern[str]:
    return rx.compile(rf"{POOL_COUNT}{unit}[^。；;\d]*?{TESTED_AFTER}")


def pieces_tested(doc: Doc, stats: Sequence[SupervisionStat]) -> list[SupervisionStat]:
    """``购买10件…进行检测``, ``为12款…进行测试`` → the pieces sampled, where no other reading took
    the count."""
    read_at = {stat.span[1] for stat in stats}
    return [stat for stat in rows_read(doc, _tested_rows(), "共计约达为是", supervision_stat)
            if stat.span[1] not in read_at and _names_sample(doc, stat)]


def pieces_failed(doc: Doc, stats: Sequence[SupervisionStat]) -> list[SupervisionStat]:
    """``抽验12件…。…计有3件不符合`` → 3 件 failed: each count once, after a sample read in its unit
    before it in the report, or counted in its own sentence before a word of testing
    (购买8件…检测，…计有2件不符合)."""
    sampled = [(stat.span[1], same_text(stat.unit)) for stat in stats
               if stat.metric == "batches_sampled" and same_text(stat.unit) in _PIECE_UNITS
               and _names_sample(doc, stat)]
    return [stat for stat in rows_read(doc, _rows(), "共计约达为是", supervision_stat)
            if any(at <= stat.span[0] and unit == same_text(stat.unit) for at, unit in sampled)
            or _tested_in_sentence(doc, stat)]


_PIECE_UNITS = frozenset({"件", "款", *_NAMED_ONLY})


def _tested_in_sentence(doc: Doc, stat: SupervisionStat) -> bool:
    unit = same_text(stat.unit)
    return unit in ("件", "款") and _tested_pool(unit).search(
        doc.view, doc.sentence_at(stat.span[0]).start, stat.span[0]) is not None


# Readings a failure replaces: a sample's (其中3件…未通过 read as 3 件 sampled) and goods found
# (发现有2件…不符合规定 read as goods a check came upon), the test's pool told before.
_READ_OVER = frozenset({"batches_sampled", "goods_found"})


def with_pieces_failed(doc: Doc, stats: list[SupervisionStat]) -> list[SupervisionStat]:
    """``stats`` with the pieces failed added, each in place of a sample's or a find's reading
    of its count (其中有2件…未通过 read as 2 件 sampled) and left out where another metric read it."""
    stats = stats + pieces_tested(doc, stats)
    failed = pieces_failed(doc, stats)
    if not failed:
        return stats
    at = {stat.span[1] for stat in failed}
    kept = [stat for stat in stats if not (stat.metric in _READ_OVER and stat.span[1] in at)]
    read_at = {stat.span[1] for stat in kept}
    return kept + [stat for stat in failed if stat.span[1] not in read_at]
