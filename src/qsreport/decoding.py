"""bytes → Decoded: choose the codec, decode with damaged bytes replaced, and say why.

The evidence, in order: a byte-order mark; strict UTF-8 (the fast path, and nothing else
decodes Chinese text as valid UTF-8 by accident); otherwise every candidate codec reads the
bytes and the readings are ranked by how plausible they are as Chinese (``_decoding_score``),
an HTML or XML declaration counting as a nudge the bytes can overrule. The winner's damaged
stretches are re-read so that one stray byte costs one character, not a line
(``_decoding_repair``). Bytes that read as nothing, or that start like a known binary format,
raise ``NotText``.
"""

from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass
from typing import Literal

from ._decoding_repair import (
    can_repair,
    damaged_bytes,
    decode_marked,
    looks_damaged,
    repair,
    unmark,
)
from ._decoding_score import IMPLAUSIBLE_MEAN, TextProfile, profile
from ._decoding_sniff import binary_format, declared_codec
from .errors import EmptyInput, NotText

Source = Literal["bom", "utf-8", "meta", "detector", "repair"]

# (mark, the codec reported, the codec that reads the bytes after the mark)
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),  # before UTF-16 LE, whose mark it extends
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

# Every codec the detector weighs, in order of preference when two read the bytes alike.
# GB2312 and GBK are read as GB18030 and Big5 as CP950 (or Big5-HKSCS): the supersets
# decode every file of the family and keep every character.
_CANDIDATES = ("utf-8", "gb18030", "cp950", "big5hkscs", "utf-16-le", "utf-16-be")
_WIDE_CANDIDATES = ("utf-32-le", "utf-32-be")  # only where NUL bytes make them possible
_FAMILY = {"big5hkscs": "cp950"}  # what a declaration of the Big5 family matches

_DECLARATION_PRIOR = 8.0  # nats: a declaration settles near-ties, never a clear answer
_CONTENDER_MARGIN = 64.0  # nats: readings this close to the best get re-read before ranking
_SAMPLE_BYTES = (2048, 1 << 16)  # rank on a short sample first, a longer one if it is close
_CLEAR_MARGIN = 48.0  # nats between the best reading and the next: no need to read on
_MAX_BAD_SHARE = 0.25  # more undecodable or control characters than this: not text
_BOM_TRUST = 0.05  # a BOM whose codec fails on more of the bytes than this is ignored
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    """The text of some bytes, with the codec chosen and the evidence for it."""

    text: str
    encoding: str  # the Python codec that, with damaged bytes replaced, produced ``text``
    confidence: float  # 0..1: how clearly the bytes chose this codec over the others
    bom: bool  # the bytes began with a byte-order mark
    replaced: int  # bytes that could not be decoded (each damaged stretch is one U+FFFD)
    source: Source  # bom | utf-8 | meta | detector | repair: what settled the codec
    declared: str | None = None  # the codec an HTML/XML declaration named, if any


@dataclass(frozen=True)
class _Reading:
    """One candidate codec's reading of the bytes, with damage left as marker characters."""

    codec: str
    marked: str
    score: TextProfile
    rank_cost: float  # the score's cost, less the declaration's nudge where it applies


def decode(data: bytes) -> Decoded:
    """Decode report bytes to text, choosing the codec that explains them best.

    Raises ``EmptyInput`` for empty or white-space-only input and ``NotText`` for bytes that
    are not text in UTF-8, UTF-16/32, GB18030 or Big5 (images, archives, executables, noise).
    """
    if not data.strip():
        raise EmptyInput("the input is empty or holds only white space")
    binary = binary_format(data)
    if binary is not None:
        raise NotText(f"the input looks like {binary}, not text")
    for mark, codec, body_codec in _BOMS:
        if data.startswith(mark):
            return _decode_after_bom(data, mark, codec, body_codec)
    if b"\x00" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return _checked_utf8(data, text)
    return _detect(data, bom=False)


def _decode_after_bom(data: bytes, mark: bytes, codec: str, body_codec: str) -> Decoded:
    body = data[len(mark) :]
    marked = _read_whole(body, body_codec)
    score = profile(marked)
    if score.damaged > _BOM_TRUST * max(len(body), 1):
        return _detect(body, bom=True)  # a mark pasted onto text in another encoding
    _refuse_non_text(score)
    return Decoded(_text(marked), codec, 1.0, True, score.damaged, "bom")


def _checked_utf8(data: bytes, text: str) -> Decoded:
    controls = len(_CONTROL_BYTES.findall(data)) if _CONTROL_BYTES.search(data) else 0
    if controls > _MAX_BAD_SHARE * len(text):
        raise NotText("the input is mostly control characters: binary data, not text")
    return Decoded(text, "utf-8", 1.0, False, 0, "utf-8")


def _detect(data: bytes, *, bom: bool) -> Decoded:
    """Rank every candidate codec's reading of ``data``; re-read the winner's damage."""
    declared = declared_codec(data)
    for limit in _SAMPLE_BYTES:
        sample = _sample(data, limit)
        readings = _rank(sample, declared)
        if sample is data or _margin(readings) > _CLEAR_MARGIN:
            break
    best = readings[0]
    _refuse_non_text(best.score)
    marked = best.marked if sample is data else _read_whole(data, best.codec)
    damaged = damaged_bytes(marked)
    if damaged > _MAX_BAD_SHARE * len(data):
        raise NotText("the input is not text: too many of its bytes decode to nothing")
    confidence = _posterior(readings) * (1.0 - damaged / len(data))
    if damaged:
        source: Source = "repair"
    elif declared is not None and declared == _FAMILY.get(best.codec, best.codec):
        source = "meta"
    else:
        source = "detector"
    text = _text(marked)
    return Decoded(text, best.codec, round(confidence, 4), bom, damaged, source, declared)


def _rank(sample: bytes, declared: str | None) -> list[_Reading]:
    """Every candidate's reading of ``sample``, the likeliest first."""
    candidates = _CANDIDATES + (_WIDE_CANDIDATES if b"\x00" in sample else ())
    readings = sorted(
        (_read(sample, codec, declared) for codec in candidates), key=lambda r: r.rank_cost
    )
    # A stray byte can make the right codec look worse than it is: re-read the contenders'
    # damage before the final ranking.
    contenders = readings[0].rank_cost + _CONTENDER_MARGIN
    return sorted(
        (_repaired(sample, r, declared) if r.rank_cost < contenders else r for r in readings),
        key=lambda r: r.rank_cost,
    )


def _sample(data: bytes, limit: int) -> bytes:
    """The first ``limit`` bytes or so of ``data``, cut where no character can be split."""
    if len(data) <= limit:
        return data
    cut = max(data.rfind(byte, 0, limit) for byte in (b"\n", b" ", b","))
    return data[: cut + 1] if cut > limit // 2 else data[:limit]


def _margin(readings: list[_Reading]) -> float:
    """How much cheaper the best reading is than the best one that reads differently."""
    best = readings[0]
    rivals = (r.rank_cost for r in readings[1:] if r.marked != best.marked)
    return min(rivals, default=math.inf) - best.rank_cost


def _read(data: bytes, codec: str, declared: str | None) -> _Reading:
    marked = decode_marked(data, codec)
    return _ranked(codec, marked, declared)


def _ranked(codec: str, marked: str, declared: str | None) -> _Reading:
    score = profile(marked)
    nudge = _DECLARATION_PRIOR if declared == _FAMILY.get(codec, codec) else 0.0
    return _Reading(codec, marked, score, score.cost - nudge)


def _repaired(data: bytes, reading: _Reading, declared: str | None) -> _Reading:
    if not can_repair(reading.codec) or not looks_damaged(reading.marked, reading.codec):
        return reading
    return _ranked(reading.codec, repair(data, reading.codec), declared)


def _read_whole(data: bytes, codec: str) -> str:
    marked = decode_marked(data, codec)
    if can_repair(codec) and looks_damaged(marked, codec):
        return repair(data, codec)
    return marked


def _posterior(readings: list[_Reading]) -> float:
    """The cost model's probability for the best reading against the differing ones."""
    best = readings[0]
    rivals = (r.rank_cost for r in readings[1:] if r.marked != best.marked)
    return 1.0 / (1.0 + sum(math.exp(best.rank_cost - cost) for cost in rivals))


def _refuse_non_text(score: TextProfile) -> None:
    if score.damaged + score.controls > _MAX_BAD_SHARE * score.chars:
        raise NotText(
            "the input is not text: too many of its bytes are control codes or decode to nothing"
        )
    if score.non_ascii >= 16 and score.mean_non_ascii_cost > IMPLAUSIBLE_MEAN:
        raise NotText(
            "the input does not read as Chinese text in UTF-8, UTF-16, GB18030 or Big5"
        )


def _text(marked: str) -> str:
    text = unmark(marked)
    if not text.strip():
        raise EmptyInput("the input holds only white space")
    return text
