"""Cleaning steps: each alone, and the offset map that keeps spans honest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.cleaning import (
    CleanOptions,
    clean,
    drop_page_furniture,
    join_wrapped_lines,
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

def test_a_conversion_that_changes_the_length_falls_back_to_single_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the phrase conversion would change the text's length, every Han character is
    converted on its own (a conversion of one character to two is left as it was)."""
    from qsreport.cleaning import view

    singles = {"臺": "台", "灣": "湾", "廠": "厂", "兩": "两个"}

    def convert(text: str) -> str:
        if len(text) == 1:
            return singles.get(text, text)
        return text.replace("臺灣", "台")  # a phrase shorter than what it replaces

    monkeypatch.setattr(view, "_t2s", lambda: convert)
    assert view.to_simplified("臺灣兩廠，臺北a廠") == "台湾兩厂，台北a厂"



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
    assert list(cleaned.offsets) == sorted(cleaned.offsets)


# --- the fast paths give what the plain forms give ------------------------------------------

_furniture_text = st.text(
    alphabet=st.sampled_from(list("点點击擊浏览瀏覽阅读閱讀数:：次扫掃码碼投诉分享【】[]字体體大中小打印本页頁"
                                  "文章关關闭閉窗口返回顶頂部加入收藏上一篇下 \t\n1质")),
    max_size=120,
)


@given(_furniture_text)
def test_furniture_is_found_where_a_plain_search_finds_it(text: str) -> None:
    """drop_page_furniture only tries where furniture can start, and finds the same pieces as
    a search that tries everywhere."""
    from qsreport.cleaning import _FURNITURE, Edit

    plain = [Edit(m.start(), m.end()) for m in _FURNITURE.finditer(text) if m.end() > m.start()]
    assert drop_page_furniture(text) == plain


def test_every_kind_of_furniture_is_found() -> None:
    """One piece of each PAGE_FURNITURE rule, in the middle of a line and after spaces."""
    from qsreport.cleaning import PAGE_FURNITURE

    pieces = ["点击：12次", "阅读次数：3", "扫码分享", "【字体：大 中 小】", "打印本页", "上一篇：标题"]
    assert len(pieces) == len(PAGE_FURNITURE)
    for piece in pieces:
        for text in (piece, f"正文。{piece}", f"正文。 \t{piece}\n下文"):
            assert drop_page_furniture(text), text


@given(_report_text)
def test_the_step_patterns_match_their_plain_look_behind_forms(text: str) -> None:
    """Pinyin, line ends and line starts are found as the look-behind forms would find them."""
    import re

    from qsreport.chars import HAN
    from qsreport.cleaning import _LINE_HEAD, _LINE_TAIL, _PINYIN, _TONED

    pinyin = re.compile(rf"(?<={HAN})[(（]([a-z{_TONED}]{{1,7}})[)）]")
    tail = re.compile(r"(?<![ \t\u3000\xa0])[ \t\u3000\xa0]+(?=\n)")
    head = re.compile(r"(?<=\n)[ \t\u3000\xa0]+")
    assert [m.span() for m in _PINYIN.finditer(text)] == [m.span() for m in pinyin.finditer(text)]
    assert [m.span() for m in _LINE_TAIL.finditer(text)] == [m.span() for m in tail.finditer(text)]
    assert [m.span(1) for m in _LINE_HEAD.finditer(text)] == [m.span() for m in head.finditer(text)]


_pinyin_text = st.lists(st.sampled_from([
    "質", "量", "标", "(zhì)", "(liàng)", "（biāo）", "(de)", "(a)", "(xyz)", "(shang)", "(項目)",
    "(ǖ)", "(lü)", "1", "q", " ", "\n", "(", ")", "zhì"]), max_size=30).map("".join)


@given(_pinyin_text)
def test_pinyin_is_removed_as_the_two_step_reading_removes_it(text: str) -> None:
    """strip_pinyin_annotations' one pattern removes what reading every annotation and then
    keeping the toned ones and the toneless syllables (in a toned document) removes."""
    import re

    from qsreport.cleaning import _PINYIN, _TONED, Edit, strip_pinyin_annotations

    syllable = re.compile(r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv][a-z]{0,4}$")
    found = list(_PINYIN.finditer(text))
    toned = [m for m in found if any(c in _TONED for c in m.group(1))]
    expected = [] if not toned else [
        Edit(m.start(), m.end()) for m in found if m in toned or syllable.match(m.group(1))]
    assert strip_pinyin_annotations(text) == expected


@given(st.text(alphabet=st.sampled_from(list("質量ａＢ１２，（）　 \n國标準們𠀋a\udc80")), max_size=80))
def test_width_folding_and_difference_counting(text: str) -> None:
    """fold_width is str.translate of the width table; _differences counts unequal positions
    (of the shorter length), also across astral characters."""
    import operator

    from qsreport.cleaning.view import _WIDTH_TABLE, _differences, fold_width

    assert fold_width(text) == text.translate(_WIDTH_TABLE)
    assert fold_width(text) is fold_width(text)  # the second time from the memo
    other = text.replace("\udc80", "a").translate({ord("國"): "国", ord("質"): "质"})
    for first, second in ((text, other), (text, text[::-1]), (text, text[1:]), (other, text)):
        assert _differences(first, second) == sum(map(operator.ne, first, second))


# --- HTML: pages read exactly as pinned --------------------------------------------------------

_PAGE_CASES = json.loads((Path(__file__).parent / "cases" / "html_pages.json").read_text("utf-8"))


@pytest.mark.parametrize("case", _PAGE_CASES["cases"], ids=lambda case: case["page"][:30])
def test_a_page_gives_its_pinned_title_and_article(case: dict[str, str]) -> None:
    """The <title> found and the article text chosen are the ones pinned for the page (bs4's
    own reading when the lxml reader replaced it)."""
    from qsreport import html
    from qsreport.html.page import read_page

    page = read_page(case["page"])
    assert page is not None
    assert page.title == case["title"]
    assert html.html_to_text(case["page"]) == case["text"]


def test_a_page_lxml_refuses_is_read_flat() -> None:
    """Markup lxml cannot take (a NUL character) is read flat, not dropped or crashed on."""
    from qsreport import html

    assert "质量" in html.html_to_text("<html><body><p>质量\x00报告</p></body></html>")


WRAPPED = ("全县质量工作会议召开\n2012-03-05 某某日报\n"
           "今年以来，全县质监系统紧紧围绕县委县政府中心工\n"
           "作，大力实施品牌战略，全县新增中国名牌产品\n"
           "3个、省名牌产品12个，辖区企业主持起草了国家标准\n"
           "8项以及行业标准15项，各项工作取得了明显成效。\n"
           "一、加强标准化工作\n"
           "全县企业主导或参与制定的各类标准累计达到60\n"
           "项，为产业升级提供了有力支撑，得到了各方面\n"
           "的肯定和好评，也为下一步工作打下了基础。\n"
           "二〇一二年三月五日\n")


def test_wrapped_lines_are_joined_inside_sentences_only() -> None:
    cleaned = clean(WRAPPED)
    assert "全县新增中国名牌产品3个、省名牌产品12个，辖区企业主持起草了国家标准8项" in cleaned.text
    # the title, the publish line, a numbered heading and the signature date keep their breaks
    assert cleaned.text.startswith("全县质量工作会议召开\n2012-03-05 某某日报\n今年以来")
    assert "明显成效。\n一、加强标准化工作\n全县企业" in cleaned.text
    assert "基础。\n二〇一二年三月五日" in cleaned.text
    # offsets still point at each character's place in the decoded text
    at = cleaned.text.index("3个、省名牌")
    assert WRAPPED[cleaned.offsets[at]] == "3"


def test_text_written_a_paragraph_a_line_is_left_alone() -> None:
    text = ("全县质量工作会议召开\n一、实施品牌战略，成效明显\n全县新增中国名牌产品3个，省名牌产品12个。\n"
            "二、加强标准化工作，基础扎实\n辖区企业主持起草国家标准8项以及行业标准15项。\n")
    assert clean(text).counts["join_wrapped_lines"] == 0


def test_wrapped_lines_are_measured_without_their_glued_pinyin() -> None:
    """A wrapped line that ends in an annotated character (標(biāo)) does not end a sentence,
    and a short heading with annotations is still a heading: both are measured without them."""
    body = ("全县质(zhì)量技术监督局今年组织辖区内的重点企业，积极开展对(duì)标(biāo)\n"
            "准工作，帮助企业完善内部管理制度，提升产品质(zhì)量档次与\n"
            "市场占有率，受到企业的普遍欢迎和好评，取得了良好的社会效果\n"
            "和经济效益，为全县经济发展作出了积极贡献，得到各方面肯定。\n")
    heading = "一、标(biāo)准化(huà)工作(zuò)取得(dé)新进(jìn)展\n"
    text = heading + body * 2
    cleaned = clean(text).text
    assert "对标准工作" in cleaned  # joined across the break after 標(biāo)
    assert cleaned.startswith("一、标准化工作取得新进展\n")  # the heading keeps its own line


@given(st.lists(st.sampled_from(["質", "(zhì)", "量", "(de)", "（liàng）", "(項目)", "\n", " ",
                                 "a", "(a)", "标"]), max_size=40))
def test_clean_removes_pinyin_as_applying_the_step_s_edits_would(pieces: list[str]) -> None:
    """clean() removes the pinyin step's matches without an Edit each; the text, the count
    and every offset are what applying the step's own edits gives."""
    from qsreport.cleaning import apply_edits
    from qsreport.cleaning.offsetmap import OffsetMap

    text = "".join(pieces)
    only_pinyin = CleanOptions(normalize_line_endings=False, strip_control_characters=False,
                               join_wrapped_lines=False, drop_page_furniture=False,
                               trim_lines=False)
    cleaned = clean(text, only_pinyin)
    edits = strip_pinyin_annotations(text)
    expected, offsets = apply_edits(text, OffsetMap(len(text)), edits)
    assert cleaned.text == expected
    assert cleaned.pinyin_removed == len(edits)
    assert list(cleaned.offsets) == list(offsets)


def test_blank_lines_before_the_first_character_are_dropped_in_one_cleaning() -> None:
    """Three blank lines and an indent before the text: all go the first time (they were
    collapsed to one blank line, which only a second cleaning removed)."""
    assert clean("\n\n\n　名牌产品\n\n\n\n").text == "名牌产品"
    assert clean("\n\n\n 1").text == "1"


# Lines for the wrapped-text decision: a long line that ends mid-sentence, one that ends a
# sentence, and a short one (not counted).
_OPEN_LINE = "青禾县今年新增省级标准化示范企业，其中一家位于东区工业园的企业还获得了"
_CLOSED_LINE = "蓝岸镇组织辖区企业开展计量器具检定，共检定各类器具三百余台件。"
_SHORT_LINE = "白溪讯。"


@given(st.lists(st.sampled_from([_OPEN_LINE, _CLOSED_LINE, _SHORT_LINE]), max_size=40))
def test_a_text_is_wrapped_by_the_share_of_all_its_long_lines(lines: list[str]) -> None:
    """Whether a text is hard-wrapped is decided by all its long lines (the count may stop
    early only once the lines left could not change it): wrapped when at least four are long
    and 70% of those end mid-sentence; then a break after such a line (not the first) is
    joined."""
    long = sum(line != _SHORT_LINE for line in lines)
    open_ended = lines.count(_OPEN_LINE)
    wrapped = long >= 4 and open_ended >= 0.7 * long
    joinable = any(line == _OPEN_LINE for line in lines[1:-1])
    assert bool(join_wrapped_lines("\n".join(lines) + "\n")) == (wrapped and joinable)
