"""The ways a big text is read with less memory give what the plain ways give: lines measured
one at a time, removals split a block of lines at a time, the script compared and converted a
block at a time, lookups dropped (and freed memory handed back) between areas."""

from __future__ import annotations

import operator
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.cleaning import _PINYIN, _stripped_lines
from qsreport.cleaning.edits import remove_matches
from qsreport.cleaning.offsetmap import OffsetMap

SEED = Path(__file__).resolve().parent.parent / "samples" / "000_0c6f552278dcef86.txt"
_PIECES = st.text(alphabet="甲乙丙(（)）ab \t\n", max_size=80)


@given(_PIECES)
def test_lines_are_measured_as_the_whole_text_split_would_give_them(text: str) -> None:
    """Each line without glued pinyin, stripped: what splitting the text after one removal
    over it gives, line for line."""
    expected = [line.strip() for line in _PINYIN.sub("", text).split("\n")]
    assert list(_stripped_lines(text)) == expected


@pytest.mark.parametrize("block", [1, 2, 3, 1 << 16])
def test_removals_split_in_blocks_leave_the_text_a_sub_would(
        block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """However many lines a block holds, the text left is the pattern's sub by nothing, the
    count is the number of matches, and each character left maps to where it stood."""
    import qsreport.cleaning.edits as edits

    monkeypatch.setattr(edits, "_REMOVED_AT_ONCE", block)
    pattern = re.compile(r"(\(x\)|b)")
    for text in ("", "a", "b", "bb", "ab(x)c(x)(x)bd", "(x)" * 9 + "z", "a" * 5,
                 "ab\n(x)c\n\nbb(x)\nd", "\n\nb\n", "甲(x)\n乙b丙\n" * 7):
        left, offsets, count = remove_matches(text, OffsetMap(len(text)), pattern)
        assert left == pattern.sub("", text)
        assert count == len(pattern.findall(text))
        assert len(offsets) == len(left)
        assert all(text[offsets[i]] == char for i, char in enumerate(left))


def test_texts_longer_than_a_block_are_compared_in_full() -> None:
    """The count of differing characters covers every block, the last one short."""
    from qsreport.cleaning.view import _BLOCK, _differences

    first = "國語" * _BLOCK + "門"
    second = "国語" * _BLOCK + "门"
    assert _differences(first, second) == sum(map(operator.ne, first, second)) == _BLOCK + 1
    assert _differences(first, first) == 0


def test_a_long_text_converts_by_blocks_of_lines_as_it_does_whole() -> None:
    """A text longer than one block of lines becomes the simplified text the converter gives
    for it whole."""
    from qsreport.cleaning.view import _CONVERTED_AT_ONCE, _t2s, to_simplified

    line = "這裡的產品質量監督檢驗報告說明了問題。\n"
    text = line * (_CONVERTED_AT_ONCE // len(line) * 3)
    assert to_simplified(text) == _t2s()(text)
    assert len(to_simplified(text)) == len(text)


def test_areas_read_a_big_text_as_they_read_a_small_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dropping the lookups between areas (what a big text gets) changes no area's answer."""
    import qsreport.extract as extract
    from qsreport.cleaning import match_view
    from qsreport.pipeline import prepare
    from qsreport.segmenting import segment

    prepared = prepare(SEED.read_bytes())
    text = prepared.cleaned.text
    view = match_view(text)

    def areas_of() -> dict[str, object]:
        return extract.extract_areas(extract.Doc(text, view, segment(text, view, prepared.page)))

    kept = areas_of()
    monkeypatch.setattr(extract, "BIG_TEXT", 0)
    assert areas_of() == kept


def test_a_big_text_hands_freed_memory_back_before_each_area_and_after_the_last(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A big text's free memory is handed back once before the areas and once after each."""
    import qsreport.extract as extract
    from qsreport.memory import release_free_memory
    from qsreport.pipeline import document, prepare

    doc = document(prepare("甲市今年新增省级名牌产品3个。".encode()))
    released: list[int] = []

    def counted() -> None:
        released.append(1)
        release_free_memory()  # (the real one: it must run wherever the tests run)

    monkeypatch.setattr(extract, "release_free_memory", counted)
    extract.extract_areas(doc)
    assert released == []  # a small text keeps its free memory: handing it back costs time
    monkeypatch.setattr(extract, "BIG_TEXT", 0)
    extract.extract_areas(doc)
    assert len(released) == len(extract.areas()) + 1


@pytest.mark.parametrize(("view", "start", "after"), [
    ("和甲牌", 0, 1), ("及乙牌", 0, 1), ("与丙", 0, 1), ("以及丁", 0, 2), ("以上", 0, 0),
    ("甲和乙", 1, 2), ("甲", 1, 1), ("", 0, 0), ("和", 5, 5),
])
def test_a_joining_word_is_stepped_over(view: str, start: int, after: int) -> None:
    """以及, 和, 及 and 与 are stepped over where they start; anything else is not."""
    from qsreport.extract.common import after_joining_word

    assert after_joining_word(view, start) == after
