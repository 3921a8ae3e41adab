"""Lower bounds on what readings cost: how the ranking leaves hopeless readings unsummed.

A wrong reading is mostly odd characters, and it is clear long before its end that it cannot
win. These bounds let the decoder stop summing it there: the cheapest any character costs,
what a damage marker costs at least, the cheapest reading of a UTF-16 code unit from its high
byte, and ``bounded_costs``, which sums a set of texts a chunk at a time, cheapest bound
first, until the ones left are surely far behind. Every bound is a whole number of nats, as
every cost is (``score``), so the bounds and the sums they stand for compare exactly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from heapq import heapify, heappop, heappush

from .marks import MARKER_FIRST, MARKER_LAST
from .score import BLOCK_COSTS, CONTROL, UNBLOCKED, cost_codes, costs, text_cost

_CHUNK = 256  # characters summed at a time by ``bounded_costs``


@cache
def cheapest_cost() -> float:
    """A floor under every character's cost, listed or priced by block."""
    return min(*costs().values(), *(cost for *_, cost in BLOCK_COSTS), UNBLOCKED, CONTROL)


@cache
def marker_cost() -> float:
    """What a damage marker costs at least (``DAMAGED_BYTE``: they have a block of their own)."""
    return min(costs()[chr(code)] for code in range(ord(MARKER_FIRST), ord(MARKER_LAST) + 1))


@cache
def utf16_unit_floors() -> bytes | None:
    """For each high byte of a UTF-16 code unit, a whole number of nats that every reading
    of the unit costs at least: the cheapest character of its row of 256 code points; for a
    surrogate, half the cheapest character beyond the BMP (a pair reads as one), which is also
    less than the two damage markers an unpaired one becomes. None if costs are not whole."""
    codes = cost_codes()
    if codes is None:
        return None
    beyond = [cost for char, cost in costs().items() if char > "\uffff"]
    beyond += [cost for first, last, cost in BLOCK_COSTS if last > 0xFFFF]
    pair_half = min(*beyond, UNBLOCKED, CONTROL, 2 * marker_cost()) // 2
    return bytes(
        int(pair_half) if 0xD8 <= high <= 0xDF else min(codes[high << 8 : (high + 1) << 8])
        for high in range(0x100)
    )


def bounded_costs(
    texts: Sequence[str], offsets: Sequence[float], margin: float, floors: Sequence[float]
) -> list[tuple[float, bool]]:
    """Each text's cost, or only a lower bound on it where that shows the text ranks more
    than ``margin`` nats behind the best: (cost or bound, whether it is the exact cost).

    Texts rank by cost less their offset. A text costs at least its given floor, and once
    summed up to some character, at least that partial sum plus the cheapest cost for each
    character left; the texts are summed a chunk at a time, always the one with the lowest
    bound next, until every unfinished text's bound is more than ``margin`` past the best
    finished one: a wrong reading is mostly odd characters and is left after a third of them
    or so. Equal texts (CP950 and Big5-HKSCS often read alike) are summed once, ranked as
    their best-placed copy. Exact costs equal ``text_cost`` (whole nats add up exactly, in any
    grouping).
    """
    cheapest = cheapest_cost()
    first_equal: dict[str, int] = {}
    same = [first_equal.setdefault(text, i) for i, text in enumerate(texts)]
    offsets, floors = list(offsets), list(floors)
    for i, j in enumerate(same):
        offsets[j], floors[j] = max(offsets[i], offsets[j]), max(floors[i], floors[j])
    sums, done = [0.0] * len(texts), [0] * len(texts)

    def bound(i: int) -> float:
        return max(floors[i], sums[i] + cheapest * max(0, len(texts[i]) - done[i]))

    heap = [(bound(i) - offsets[i], i) for i, j in enumerate(same) if i == j]
    heapify(heap)
    best = math.inf
    while heap and heap[0][0] <= best + margin:
        _, i = heappop(heap)
        text, start = texts[i], done[i]
        done[i] = end = start + _CHUNK
        sums[i] += text_cost(text[start:end])
        if end >= len(text):
            best = min(best, sums[i] - offsets[i])
        else:
            heappush(heap, (bound(i) - offsets[i], i))
    return [
        (sums[j], True) if done[j] >= len(texts[j]) else (bound(j), False) for j in same
    ]
