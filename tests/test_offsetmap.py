"""The offset map kept as each step's edits gives, character for character, what a list of one offset a
character would: checked against that list over random edits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.cleaning.offsetmap import OffsetMap


def _reference(offsets: list[int], edits: list[tuple[int, int, int]]) -> list[int]:
    """The list form: copy what is kept, give a replacement's characters its start's origin."""
    result: list[int] = []
    cursor = 0
    for start, end, replacement in edits:
        result.extend(offsets[cursor:start])
        origin = offsets[start] if start < len(offsets) else (offsets[-1] + 1 if offsets else 0)
        result.extend([origin] * replacement)
        cursor = end
    result.extend(offsets[cursor:])
    return result


@st.composite
def _edits(draw: st.DrawFn, length: int) -> list[tuple[int, int, int]]:
    cuts = sorted(draw(st.lists(st.integers(0, length), max_size=12)))
    edits, cursor = [], 0
    for first, second in zip(cuts[::2], cuts[1::2], strict=False):
        if first < cursor:
            continue
        edits.append((first, second, draw(st.integers(0, 3))))
        cursor = second
    return edits


@given(st.data(), st.integers(0, 60), st.integers(1, 4))
def test_runs_give_what_a_list_gives(data: st.DataObject, length: int, rounds: int) -> None:
    runs, plain = OffsetMap(length), list(range(length))
    for _ in range(rounds):
        edits = data.draw(_edits(len(plain)))
        runs, plain = runs.edited(edits), _reference(plain, edits)
        assert len(runs) == len(plain)
        assert list(runs) == plain
        assert [runs[i] for i in range(len(plain))] == plain
        if plain:
            assert runs[-1] == plain[-1]
            assert runs[1:4] == plain[1:4]


def test_an_untouched_text_indexes_like_a_list() -> None:
    offsets = OffsetMap(5)
    assert list(offsets) == [0, 1, 2, 3, 4]
    assert offsets.edited([]) is offsets
    with pytest.raises(IndexError):
        offsets[5]


def test_a_long_text_with_few_edits_keeps_only_the_edits() -> None:
    offsets = OffsetMap(10_000_000).edited([(10, 12, 0), (5_000_000, 5_000_001, 1)])
    assert "2 edited steps" not in repr(offsets) and "1 edited steps" in repr(offsets)
    assert len(offsets) == 9_999_998
    assert offsets[9_999_997] == 9_999_999
    assert offsets[10] == 12
