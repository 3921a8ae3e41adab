"""Guards for hard-wrap joining (the seventeenth session, review 17a): a wrapped prose line
that happens to end on counts is still joined to the next; a table's row a line keeps its break."""

from __future__ import annotations

from qsreport.cleaning import clean

_WRAPPED = ("全区食品安全抽检工作总结\n2019-12-20 某某区市场监管局\n"
            "今年以来，全区市场监管系统紧紧围绕食品安全中心工\n"
            "作，认真组织各类抽检，保障群众饮食安全。全\n"
            "区监督抽检，共抽检样品260批次，合格251批次，\n"
            "不合格样品已全部依法处置，抽检任务如期完成。\n"
            "全区餐饮单位主动参与食品安全承诺活动，累计达到80\n"
            "家，为全区食品安全提供了有力保障，得到了各方面\n"
            "的肯定和好评，也为下一步工作打下了基础。\n")


def test_a_wrapped_line_ending_on_counts_is_joined() -> None:
    """共抽检…批次，合格…批次， at a wrapped line's end is a sentence's counts, not a row."""
    text = clean(_WRAPPED).text
    assert "合格251批次，不合格样品已全部依法处置" in text


def test_a_row_of_figures_keeps_its_break() -> None:
    """A short name, then only metrics and figures (蔬菜类 抽检60批次 合格58批次), is a row."""
    from qsreport.cleaning import _LISTED_ROW
    assert _LISTED_ROW.fullmatch("蔬菜类 抽检60批次 合格58批次")
    assert _LISTED_ROW.fullmatch("粮食加工品：抽查企业5家，抽查8批次")
    assert not _LISTED_ROW.fullmatch("全区食品安全监督抽检，共抽检样品260批次，合格251批次，")
