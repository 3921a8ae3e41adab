"""Cleaning steps: each alone, and the offset map that keeps spans honest."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qsreport.cleaning import (
    CleanOptions,
    clean,
    drop_page_furniture,
    match_view,
    strip_pinyin_annotations,
)


def test_pinyin_glued_after_characters_is_removed() -> None:
    """``質(zhì)量`` loses its annotation; a real parenthetical ``標準(項目)`` stays."""
    cleaned = clean("質(zhì)量監(jiān)管，標準(項目)建設")
    assert cleaned.text == "質量監管，標準(項目)建設"
    assert cleaned.pinyin_removed == 2


def test_toneless_parentheses_stay_in_a_document_without_pinyin() -> None:
    """``(a)`` or ``(de)`` in an ordinary report is not taken for pinyin."""
    assert strip_pinyin_annotations("方案(a)与条款(de)") == []


def test_toneless_syllables_go_when_the_document_is_annotated() -> None:
    """Once a document carries toned pinyin, neutral-tone syllables like ``(de)`` go too."""
    assert clean("質(zhì)量的(de)提升").text == "質量的提升"


def test_page_furniture_is_dropped_but_line_breaks_survive() -> None:
    """Counters, print/close links and font switches go; the paragraph after them stays apart."""
    text = "发布时间：2010-09-14 浏览次数：1024\r\n\r\n　　正文第一段。\n【打印本页】【关闭窗口】"
    cleaned = clean(text)
    assert cleaned.text == "发布时间：2010-09-14\n\n正文第一段。"
    assert drop_page_furniture("點擊:次") and drop_page_furniture("掃碼投訴")


def test_offsets_map_each_cleaned_character_to_its_source() -> None:
    """Every character of the cleaned text is the character at its offset in the input."""
    source = "\ufeff金華:質(zhì)量\r\n點擊:次\n　正文(項目)。"
    cleaned = clean(source)
    assert cleaned.text == "金華:質量\n\n正文(項目)。"
    for i, char in enumerate(cleaned.text):
        if char != "\n":
            assert source[cleaned.offsets[i]] == char


def test_every_step_can_be_switched_off() -> None:
    """With pinyin stripping off, the annotations survive; nothing else changes."""
    options = CleanOptions(strip_pinyin_annotations=False)
    assert clean("質(zhì)量", options).text == "質(zhì)量"


def test_match_view_has_the_same_length_and_folds_script_and_width() -> None:
    """The view used by the rules is simplified and half-width, offset for offset."""
    text = "國家標準１４項，合格率９２．４％"
    view = match_view(text)
    assert view == "国家标准14项,合格率92.4%"
    assert len(view) == len(text)


_report_text = st.text(
    alphabet=st.sampled_from(list("質量監管標準項目產品中国名牌，。、（）()\n\r 　zhìāb12３")),
    max_size=200,
)


@given(_report_text)
def test_cleaning_is_idempotent(text: str) -> None:
    """Cleaning cleaned text changes nothing."""
    once = clean(text).text
    assert clean(once).text == once


@given(_report_text)
def test_offsets_are_increasing_and_inside_the_input(text: str) -> None:
    """The offset map never points outside the input or backwards."""
    cleaned = clean(text)
    assert len(cleaned.offsets) == len(cleaned.text)
    assert all(0 <= o < max(len(text), 1) for o in cleaned.offsets)
    assert cleaned.offsets == sorted(cleaned.offsets)
