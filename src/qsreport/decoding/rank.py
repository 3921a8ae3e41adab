"""The Chinese reading of some bytes: every candidate codec reads them, the likeliest wins.

Every candidate (UTF-8, GB18030, CP950, Big5-HKSCS, UTF-16 and, where the NUL bytes fall in
fours, UTF-32) reads the bytes with damage left as markers; each reading is priced by the cost
model (``score``) and the readings near the best are re-read as one script's text with their
damage repaired (``repair``). A declaration (``<meta>``, or the charset a container names)
lowers the cost of its codec a little. Long files are ranked on samples; the winner then
reads the whole file. ``rank`` returns the winner, how sure the ranking is and how much of
it is damaged, or raises ``NotText`` for bytes that read as nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from .. import regex_cache as rx
from ..errors import NotText
from .bounds import bounded_costs, cheapest_cost, marker_cost, utf16_unit_floors
from .marks import damaged_bytes, decode_marked
from .repair import can_repair, repair
from .score import (
    IMPLAUSIBLE_MEAN,
    Script,
    TextProfile,
    likeliest_script,
    profile,
    script_cost,
    text_cost,
)

# Every codec the detector weighs, in order of preference when two read the bytes alike.
# GB2312 and GBK are read as GB18030 and Big5 as CP950 (or Big5-HKSCS): the supersets
# decode every file of the family and keep every character.
_CANDIDATES = ("utf-8", "gb18030", "cp950", "big5hkscs", "utf-16-le", "utf-16-be")
_WIDE_CANDIDATES = ("utf-32-le", "utf-32-be")  # only where the NUL bytes fall in fours
_FAMILY = {"big5hkscs": "cp950"}  # what a declaration of the Big5 family matches
_SIBLINGS = {"cp950": "big5hkscs", "big5hkscs": "cp950"}  # same family, different extensions

_DECLARATION_PRIOR = 8.0  # nats: a declaration settles near-ties, never a clear answer
_RARE_EXTENSION = 2.0  # nats: Big5-HKSCS must explain bytes better than CP950, not as well
_CONTENDER_MARGIN = 64.0  # nats: readings this close to the best get re-read before ranking
# Readings further behind the best than this are only summed far enough to show it (their
# cost is then a lower bound); it must be at least the contender margin.
_BOUND_MARGIN = _CONTENDER_MARGIN + 64.0
_SURE = 40.0  # nats: rivals all further than this leave the posterior exactly 1.0 (see _settle)
_UNDERFLOW = 750.0  # nats: exp(-x) is exactly 0.0 for x beyond about 745.2
_SAMPLE_BYTES = (1024, 8192, 1 << 16)  # rank on a short sample, longer ones if it is close
_CLEAR_MARGIN = 48.0  # nats between the best reading and the next: no need to read on
_MAX_BAD_SHARE = 0.25  # more undecodable or control characters than this: not text
_LONG, _LONG_NOISE_MEAN = 64, 12.2  # a plain reading this long and odd is noise, not damage
_NON_ASCII = rx.compile(rb"[\x80-\xff\x00]")
_NON_ASCII_BYTES = bytes(range(0x80, 0x100))
_MARKUP = rx.compile(
    rb"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>", re.DOTALL | re.IGNORECASE
)


@dataclass(frozen=True)
class _Reading:
    """One candidate codec's reading of the bytes, with damage left as marker characters."""

    codec: str
    marked: str
    rank_cost: float  # how implausible the text is, less the declaration's nudge if it applies
    cost: float  # text_cost(marked): the neutral cost, whatever script it is ranked in
    script: Script = "either"
    exact: bool = True  # False: the costs are only lower bounds (a reading far behind the best)


@dataclass(frozen=True)
class Ranked:
    """The winning reading of all the bytes, with damage left as markers."""

    codec: str
    marked: str
    posterior: float  # the cost model's probability for it against the readings that differ
    damaged: int  # bytes no reading explains (markers in ``marked``)
    declared_matches: bool  # a declaration named this codec's family


def rank(data: bytes, declared: str | None) -> Ranked:
    """The likeliest Chinese reading of ``data`` (``declared``: the codec a declaration names,
    if it is one of the candidates' families). Raises ``NotText`` for noise and for bytes no
    candidate reads as plausible text."""
    for limit in _SAMPLE_BYTES:
        sample = _sample(data, limit)
        readings = _first_readings(sample, declared)
        first = readings[0]
        score = profile(first.marked, first.cost)
        # Noise is turned away before any costly re-reading, leniently: a short text with a
        # stray byte looks worse before its repair than after, and the cheapest reading may
        # not be the cleanest (GB18030 reads a misaligned tail as private-use characters).
        _refuse_noise(_cleanest(readings, score), 2 * _MAX_BAD_SHARE, _LONG_NOISE_MEAN)
        readings = _reread_contenders(sample, readings, declared)
        if len(sample) >= len(data) or _margin(readings) > _CLEAR_MARGIN:
            break
    if readings[0].marked is not first.marked:  # the ranking or a repair changed the text
        score = profile(readings[0].marked, readings[0].cost)
    # Only now is plausibility fair: one stray byte in GBK without a single ASCII character
    # misaligns the whole plain reading into something as odd as noise.
    refuse_non_text(score)
    best, clean = (readings[0], False) if sample is data else _read_rest(data, readings[0])
    damaged = 0 if clean else damaged_bytes(best.marked)
    if damaged > _MAX_BAD_SHARE * len(data):
        raise NotText("the input is not text: too many of its bytes decode to nothing")
    matches = declared is not None and declared == _FAMILY.get(best.codec, best.codec)
    return Ranked(best.codec, best.marked, _posterior(readings), damaged, matches)


def _first_readings(sample: bytes, declared: str | None) -> list[_Reading]:
    """Every candidate's plain reading of ``sample``, the likeliest first.

    Readings more than ``_BOUND_MARGIN`` behind the best are costed only as far as needed to
    show it: they are never contenders, and ``_settle`` completes any a later decision needs.
    """
    candidates = _CANDIDATES + (_WIDE_CANDIDATES if _utf32_layout(sample) else ())
    texts = [decode_marked(sample, codec) for codec in candidates]
    nudges = [_nudge(codec, declared) for codec in candidates]
    floors = [
        _cost_floor(sample, codec, text) for codec, text in zip(candidates, texts, strict=True)
    ]
    costs = bounded_costs(texts, nudges, _BOUND_MARGIN, floors)
    readings = [
        _Reading(codec, text, cost - nudge, cost, exact=exact)
        for codec, text, nudge, (cost, exact) in zip(candidates, texts, nudges, costs, strict=True)
    ]
    return sorted(readings, key=_rank)


def _cost_floor(sample: bytes, codec: str, text: str) -> float:
    """A lower bound on ``text_cost(text)``, ``text`` being ``codec``'s reading of ``sample``,
    from the bytes: enough to leave most wrong UTF-8 and UTF-16 readings unsummed.

    UTF-16: each code unit costs at least the floor of its high byte's row. UTF-8: an ASCII
    byte reads as itself and every other character but a damage marker takes two bytes or
    more, so of the characters that are not ASCII at least 2 * characters - bytes are markers.
    """
    if codec in ("utf-16-le", "utf-16-be"):
        floors = utf16_unit_floors()
        if floors is None:
            return 0.0
        end = len(sample) // 2 * 2  # a last odd byte is left out
        high_bytes = sample[1:end:2] if codec == "utf-16-le" else sample[0:end:2]
        return float(sum(high_bytes.translate(floors)))
    if codec == "utf-8":
        non_ascii_bytes = len(sample) - len(sample.translate(None, _NON_ASCII_BYTES))
        non_ascii_chars = len(text) - (len(sample) - non_ascii_bytes)
        markers = max(0, 2 * non_ascii_chars - non_ascii_bytes)
        return marker_cost() * markers + cheapest_cost() * (len(text) - markers)
    return 0.0


def _rank(reading: _Reading) -> float:
    return reading.rank_cost


def _utf32_layout(sample: bytes) -> bool:
    """Whether the bytes fall in fours whose two high bytes are NUL, as UTF-32 text does."""
    head = sample[: min(len(sample), 4096) // 4 * 4]
    quads = len(head) // 4
    if not quads:
        return False
    little = head[3::4].count(0) == quads and head[2::4].count(0) >= 0.9 * quads
    big = head[0::4].count(0) == quads and head[1::4].count(0) >= 0.9 * quads
    return little or big


def _reread_contenders(
    sample: bytes, readings: list[_Reading], declared: str | None
) -> list[_Reading]:
    """The ranking again, once the readings near the top are scored as one script's text and
    their damage is re-read (a stray byte can make the right codec look worse than it is)."""
    limit = readings[0].rank_cost + _CONTENDER_MARGIN
    contenders = [_reread(sample, r, declared) for r in readings if r.rank_cost < limit]
    ranked = sorted(contenders, key=_rank)
    return ranked + _settle(ranked, readings[len(contenders) :], declared)


def _settle(ranked: list[_Reading], rest: list[_Reading], declared: str | None) -> list[_Reading]:
    """``rest`` (the readings that were not contenders, in rank order) with every lower-bounded
    cost made exact that could change what ``_margin`` or ``_posterior`` says.

    ``_margin`` is only compared with ``_CLEAR_MARGIN``: a bound past that is as good as the
    cost. ``_posterior`` is exactly 1.0 when every rival is more than ``_SURE`` nats behind the
    best (the sum of their terms stays under half the spacing of floats at 1.0), bounds or not;
    otherwise its sum needs every rival whose term is not exactly zero, in rank order.
    """
    if all(r.exact for r in rest):
        return rest
    best = ranked[0]
    rivals = [r.rank_cost for r in ranked[1:] + rest if r.marked != best.marked]
    sure = min(rivals, default=math.inf) - best.rank_cost > _SURE
    limit = best.rank_cost + (_CLEAR_MARGIN if sure else _UNDERFLOW)
    if all(r.exact or r.rank_cost > limit for r in rest):
        return rest
    settled = [r if r.exact or r.rank_cost > limit else _exact(r, declared) for r in rest]
    # Re-sorted, ties aside (equal costs add equal terms), the order of exact costs.
    return sorted(settled, key=_rank)


def _exact(reading: _Reading, declared: str | None) -> _Reading:
    """A plain reading whose cost was only bounded, with its cost summed in full."""
    cost = text_cost(reading.marked)
    return replace(reading, rank_cost=cost - _nudge(reading.codec, declared), cost=cost, exact=True)


def _sample(data: bytes, limit: int) -> bytes:
    """About ``limit`` bytes of ``data`` from where its text starts, cut between characters.

    Bytes before the first non-ASCII (or NUL) byte read the same in every byte codec, so the
    sample skips them (to a multiple of four, a character boundary in UTF-16 and UTF-32 too),
    and so does markup: an HTML page is ranked on its words.
    """
    if len(data) <= limit:
        return data
    first = _NON_ASCII.search(data)
    start = first.start() - first.start() % 4 if first else 0
    end = start + limit
    if end >= len(data):
        sample = data[start:]
    else:
        cut = max(data.rfind(byte, start, end) for byte in (b"\n", b" ", b","))
        sample = data[start : cut + 1] if cut > start + limit // 2 else data[start:end]
    if b"<" in sample and b"\x00" not in sample:
        sample = _MARKUP.sub(b" ", sample)  # "<" and ">" never sit inside a GBK/Big5 character
    return sample


def _margin(readings: list[_Reading]) -> float:
    """How much cheaper the best reading is than the best one that reads differently."""
    best = readings[0]
    rivals = (r.rank_cost for r in readings[1:] if r.marked != best.marked)
    return min(rivals, default=math.inf) - best.rank_cost


def _nudge(codec: str, declared: str | None) -> float:
    """What a codec's ranking gains from a declaration naming it (or loses as an extension)."""
    nudge = _DECLARATION_PRIOR if declared == _FAMILY.get(codec, codec) else 0.0
    return nudge - _RARE_EXTENSION if codec == "big5hkscs" else nudge


def _reread(data: bytes, reading: _Reading, declared: str | None) -> _Reading:
    """A contender scored in its likeliest script, with its damaged stretches re-read."""
    codec, marked, cost = reading.codec, reading.marked, reading.cost
    script, ranked_cost = likeliest_script(marked, cost)
    if can_repair(codec):
        repaired = repair(data, codec, marked, script)
        if repaired is not marked:
            marked, cost = repaired, text_cost(repaired)
            ranked_cost = script_cost(repaired, script, cost)
    return _Reading(codec, marked, ranked_cost - _nudge(codec, declared), cost, script)


def read_whole(data: bytes, codec: str) -> str:
    """``codec``'s reading of all of ``data``, its damage re-read where ``repair`` can."""
    marked = decode_marked(data, codec)
    return repair(data, codec, marked) if can_repair(codec) else marked


def _read_rest(data: bytes, best: _Reading) -> tuple[_Reading, bool]:
    """The best codec's reading of all of ``data``, where only a sample was ranked, and
    whether it surely holds no damage marker (it decoded in full and was left as it was).

    The unread part may hold what only a sibling codec decodes (Big5-HKSCS characters in a
    file whose sample read alike in CP950): the sibling reads the file instead where it
    leaves fewer bytes undecoded.
    """
    codec = best.codec
    try:
        # (A strict decode that succeeds made no marker, and costs what a marked one does:
        # the whole text's searches for markers, 0.1 ms on a GBK page, are spared.)
        marked, clean = data.decode(codec), True
    except UnicodeDecodeError:
        marked, clean = decode_marked(data, codec), False
    sibling = _SIBLINGS.get(codec)
    if sibling is not None and not clean and damaged_bytes(marked):
        other = decode_marked(data, sibling)
        if damaged_bytes(other) < damaged_bytes(marked):
            codec, marked = sibling, other
    if can_repair(codec):
        repaired = repair(data, codec, marked, clean=clean)
        clean, marked = clean and repaired is marked, repaired
    return replace(best, codec=codec, marked=marked), clean


def _posterior(readings: list[_Reading]) -> float:
    """The cost model's probability for the best reading against the differing ones."""
    best = readings[0]
    rivals = (r.rank_cost for r in readings[1:] if r.marked != best.marked)
    return 1.0 / (1.0 + sum(math.exp(best.rank_cost - cost) for cost in rivals))


def _cleanest(readings: list[_Reading], first: TextProfile) -> TextProfile:
    """``first`` (the best reading's profile), or, where it has more damage and controls
    than a text may, the profile of the reading with the fewest of them."""
    if first.damaged + first.controls <= 2 * _MAX_BAD_SHARE * first.chars:
        return first
    profiles = [first, *(profile(r.marked) for r in readings[1:])]
    return min(profiles, key=lambda p: (p.damaged + p.controls) / max(p.chars, 1))


def _refuse_noise(score: TextProfile, bad_share: float, long_mean: float) -> None:
    """Refuse a reading that is mostly controls and undecodable bytes, or long and as odd
    throughout as random bytes are (a repair makes noise look tamer, so this comes first)."""
    if score.damaged + score.controls > bad_share * score.chars:
        raise NotText(
            "the input is not text: too many of its bytes are control codes or decode to nothing"
        )
    if score.non_ascii >= _LONG and score.mean_non_ascii_cost > long_mean:
        raise NotText("the input reads as random bytes in every encoding qsreport knows")


def refuse_non_text(score: TextProfile) -> None:
    """Refuse a reading that is noise, or too odd throughout to be Chinese text."""
    _refuse_noise(score, _MAX_BAD_SHARE, IMPLAUSIBLE_MEAN)
    if score.non_ascii >= 16 and score.mean_non_ascii_cost > IMPLAUSIBLE_MEAN:
        raise NotText(
            "the input does not read as Chinese text in UTF-8, UTF-16, GB18030 or Big5"
        )
