"""A form or a table's row is never a document's title: a line whose cells a tab parts (how
the Word, RTF and PDF readers write a table's row) is no headline, however many words it
shares with the first sentence below it.

Every line here is invented for the test.
"""

from __future__ import annotations

import io

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.segmenting.header import read_header
from qsreport.segmenting.title import is_headline_shaped

FORM = [
    "附件2：",
    "",
    "青禾县计量器具检定申请表",
    "",
    "申请日期：      年    月    日          编号:",
    "单位:              器具类别:            名称:            型号:          数量:",
    "器具 名称\t电子台秤\t数量",
    "外观\t铭牌\t\t封印",
    "称 量 性 能\t称量误差",
    "重复性",
    "其它",
    "检定结论: 检定员签名:              (公章)",
    "*说明：发现称量误差超差的，加做重复性、偏载两个项目。",
]


def test_a_tabbed_row_is_not_headline_shaped() -> None:
    """Cells a tab apart are a row; the same words without the tab may be a headline, and a
    tab only around the line (an indented headline) does not count."""
    assert not is_headline_shaped(match_view("称 量 性 能\t称量误差"))
    assert is_headline_shaped(match_view("青禾县计量器具检定申请表"))
    assert is_headline_shaped(match_view("\t青禾县计量器具检定申请表\t"))


def test_a_forms_row_is_not_its_title() -> None:
    """The form's row that shares the note's words is not taken for the title."""
    text = "\n".join(FORM)
    title = read_header(text, match_view(text)).title
    assert title is None or "\t" not in title


def test_a_word_forms_title_holds_no_cells() -> None:
    """The same form typed into Word, its rows a table: the report's title is no row."""
    import docx

    document = docx.Document()
    for line in FORM[:6]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=4)
    for row, line in zip(table.rows, FORM[6:9], strict=True):
        for cell, value in zip(row.cells, line.split("\t"), strict=False):
            cell.text = value
    for line in FORM[9:]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    title = parse(out.getvalue()).meta.title
    assert title is None or "\t" not in title
