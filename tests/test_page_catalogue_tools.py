"""A government page's catalogue table over a published document (索引号, 发布机构, 成文日期 …)
is not the document, in either layout (the labels in a row and their values under them, or each
label beside its value); a table in the document's own text with one such column stays. And a
publish line's font-size bar in its other spellings (字号：默认 小 大, 字体：【标准】【放大】) is
cut from it. Pages written for the test, with invented documents."""

from __future__ import annotations

from qsreport.html.catalogue import drop_catalogue
from qsreport.html.publine import without_tools
from qsreport.pipeline import prepare

NOTICE = ("<p>各区某某局：</p><p>为做好今年的某某宣传工作，现将相关安排告知如下。一是明确分工，"
          "二是做好宣传。</p><p>请各单位按时落实，月底前报送进展。</p>")


def _text(table: str) -> str:
    markup = ("<html><head><meta charset='utf-8'><title>关于开展某某宣传活动的通知</title></head>"
              "<body><div class='main'><h2>关于开展某某宣传活动的通知</h2>"
              f"{table}{NOTICE}</div></body></html>")
    return prepare(markup.encode()).cleaned.text


def test_a_catalogue_s_labels_in_a_row_and_values_under_them_are_dropped() -> None:
    """索取号 | 发布时间 | 发布机构 | 文件编号 | 备注 over their values, two cells left empty."""
    text = _text("<table><tr><td>索取号</td><td>发布时间</td><td>发布机构</td><td>文件编号</td>"
                 "<td>备注</td></tr><tr><td>00123456X/2031-00077</td><td></td>"
                 "<td>甲市某某委员会</td><td>甲某〔2031〕8号</td><td></td></tr></table>")
    assert "索取号" not in text and "00123456X" not in text and "〔2031〕8号" not in text
    assert "各区某某局：" in text and "一是明确分工" in text


def test_a_catalogue_s_labels_each_beside_its_value_are_dropped() -> None:
    """索引号： 值 主题分类： 值 …, a label spaced to fill its cell (文  号：) and a value sharing
    its line with the next label."""
    text = _text("<table><tr><td>索引号：</td><td>00123456X/2031-00077 主题分类：</td></tr>"
                 "<tr><td>卫生</td><td>发文机关：</td><td>甲市某某委员会</td></tr>"
                 "<tr><td>文  号：</td><td>甲某〔2031〕8号</td><td>有效性：</td><td>有效</td></tr></table>")
    assert "索引号" not in text and "主题分类" not in text and "有效性" not in text
    assert "各区某某局：" in text


def test_a_table_of_the_document_with_one_catalogue_column_stays() -> None:
    """A list of documents (名称 | 文号 | 发布日期) in the notice's own text: one label of a
    catalogue's own is no catalogue."""
    lines = ["名称", "文号", "发布日期", "某某管理办法", "甲某〔2030〕3号", "2030-06-01",
             "各区某某局：", "现将相关安排告知如下。"]
    assert drop_catalogue(lines) == lines


def test_a_catalogue_ends_where_the_document_s_text_begins() -> None:
    """A salutation (各区某局：), a sentence or a numbered part is no field's value."""
    lines = ["索引号", "发布机构", "成文日期", "00123/2031-00001", "甲市某局",
             "一、活动安排", "各区某局：", "现将相关安排告知如下。"]
    assert drop_catalogue(lines) == lines[5:]


def test_a_font_size_bar_in_its_other_spellings_is_cut_from_the_publish_line() -> None:
    """字号：默认 小 大, 字体大小：, 字体：【标准】【放大】, 字号：A+ A-: the tools, not the line."""
    for tools in ("字号：默认 小 大", "字体大小：", "字体：【标准】【放大】", "字号：A+ A-", "字体： 小　大"):
        assert without_tools(f"时间：2031-10-14 10:17 来源：某厅办公室 {tools}") \
            == "时间：2031-10-14 10:17 来源：某厅办公室"


def test_sizes_with_no_font_size_label_are_a_name_not_a_bar() -> None:
    """来源： 大中, 作者： 小大: a name after its label stays."""
    assert without_tools("来源： 大中") == "来源： 大中"
    assert without_tools("2031-10-14 作者： 小大") == "2031-10-14 作者： 小大"
