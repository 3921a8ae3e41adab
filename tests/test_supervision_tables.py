"""Spot-check results tables (extract/supervision_tables.py): the header's columns, the rows'
figures with their spans, the checks that leave a misread table out, and a table in a page."""

from __future__ import annotations

from qsreport.cleaning import match_view
from qsreport.extract import Doc
from qsreport.extract.supervision_tables import read_tables
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes, prepare
from qsreport.segmenting import segment

from .report_helpers import report_json

_TABLE = ("本月抽检结果如下。\n序号 | 食品类别 | 抽检批次 | 合格率 | 合格批次 | 不合格批次 |\n"
          "1 | 腌腊肉制品 | 80 | 95% | 76 | 4 |\n2 | 速冻面米食品 | 45 | 100% | 45 | 0 |\n"
          "合计 | 125 | 96.8% | 121 | 4 |\n抽检不合格的食品已责令下架。")


def _doc(text: str) -> Doc:
    prepared = prepare(text.encode("utf-8"), None, "table.txt")
    cleaned = prepared.cleaned.text
    view = match_view(cleaned)
    return Doc(cleaned, view, segment(cleaned, view, prepared.page))


def _figures(text: str) -> list[tuple[str, str, int | float, str]]:
    return [(stat.metric, stat.label, stat.value, stat.unit)
            for table in read_tables(_doc(text)) for stat in table.stats]


def test_each_row_gives_one_figure_a_column_labelled_by_its_category() -> None:
    """Every row's cells become figures of their columns' metrics, the category their label,
    the total row labelled by its own word."""
    assert _figures(_TABLE) == [
        ("batches_sampled", "腌腊肉制品", 80, "批次"), ("pass_rate", "腌腊肉制品", 95, "%"),
        ("batches_passed", "腌腊肉制品", 76, "批次"), ("batches_failed", "腌腊肉制品", 4, "批次"),
        ("batches_sampled", "速冻面米食品", 45, "批次"), ("pass_rate", "速冻面米食品", 100, "%"),
        ("batches_passed", "速冻面米食品", 45, "批次"),
        ("batches_failed", "速冻面米食品", 0, "批次"),
        ("batches_sampled", "合计", 125, "批次"), ("pass_rate", "合计", 96.8, "%"),
        ("batches_passed", "合计", 121, "批次"), ("batches_failed", "合计", 4, "批次"),
    ]


def test_a_figure_points_at_its_row() -> None:
    """A figure's span runs from its row's category to its own cell, its evidence is the row."""
    doc = _doc(_TABLE)
    (table,) = read_tables(doc)
    rate = table.stats[1]
    assert doc.text[rate.span[0]:rate.span[1]] == "腌腊肉制品 | 80 | 95%"
    assert rate.evidence == "1 | 腌腊肉制品 | 80 | 95% | 76 | 4"
    assert doc.text[table.start:table.end].startswith("序号")
    assert doc.text[table.start:table.end].endswith("| 121 | 4")


def test_the_header_maps_each_column_by_its_words() -> None:
    """Failure words are told from pass words, rates from counts, and a bracketed unit or the
    column's own words give the unit."""
    text = ("产品类别 | 监督抽查样品总量(批次) | 合格 | 不合格产品数 | 不合格率(%) |\n"
            "灯具 | 20 | 18 | 2 | 10 |\n开关 | 10 | 10 | 0 | 0 |\n")
    assert [(m, v, u) for m, _, v, u in _figures(text)][:4] == [
        ("batches_sampled", 20, "批次"), ("batches_passed", 18, "批次"),
        ("batches_failed", 2, "批次"), ("failure_rate", 10, "%"),
    ]


def test_a_rate_that_disagrees_with_its_counts_leaves_the_table_out() -> None:
    """A pass rate far from passed over sampled means the columns were misread: no figures."""
    text = ("产品类别 | 抽查批次 | 合格批次 | 合格率 |\n灯具 | 20 | 18 | 10% |\n"
            "开关 | 10 | 10 | 100% |\n")
    assert _figures(text) == []


def test_pass_and_failure_rates_must_add_up_to_a_hundred() -> None:
    """A row giving both rates is read only when they add up to 100."""
    good = ("产品类别 | 合格率 | 不合格率 |\n灯具 | 90% | 10% |\n开关 | 100% | 0 |\n")
    bad = ("产品类别 | 合格率 | 不合格率 |\n灯具 | 90% | 30% |\n开关 | 100% | 0 |\n")
    assert len(_figures(good)) == 4
    assert _figures(bad) == []


def test_one_row_is_no_table() -> None:
    """A header followed by a single row is left to the sentence rules."""
    assert _figures("产品类别 | 抽查批次 | 合格批次 |\n灯具 | 20 | 18 |\n") == []


def test_a_count_in_no_unit_leaves_the_table_out() -> None:
    """A count column whose header states no unit, with none stated for the table, gives no
    figures: its unit would be a guess."""
    assert _figures("产品类别 | 抽查数量 | 合格数量 |\n灯具 | 20 | 18 |\n开关 | 10 | 9 |\n") == []
    assert len(_figures("单位：批次\n产品类别 | 抽查数量 | 合格数量 |\n灯具 | 20 | 18 |\n"
                        "开关 | 10 | 9 |\n")) == 4


def test_rows_out_of_number_end_the_table() -> None:
    """In a numbered table a row whose number does not follow ends the table; the rows before
    it stand."""
    text = ("序号 | 产品类别 | 抽查批次 |\n1 | 灯具 | 20 |\n2 | 开关 | 10 |\n5 | 插座 | 12 |\n")
    assert [v for _, _, v, _ in _figures(text)] == [20, 10]


def test_a_table_in_a_page_is_read_from_the_page_readers_cells() -> None:
    """An HTML table comes out of the page reader one cell a line with nothing between the
    rows; it is read all the same, a cell of several lines (<br>) and a total row over two
    columns included."""
    page = ("<html><head><meta charset='utf-8'><title>某区第三季度产品质量监督抽查结果</title></head>"
            "<body><div class='content'><h1>某区第三季度产品质量监督抽查结果</h1>"
            "<p>发布时间：2021-10-20</p><p>本季度区局对辖区内生产企业的产品开展了监督抽查。</p>"
            "<table><tr><th>序号</th><th>产品类别</th><th>抽查<br>批次</th><th>合格<br>批次</th>"
            "<th>合格率</th></tr>"
            "<tr><td>1</td><td>人造板</td><td>14</td><td>13</td><td>92.9%</td></tr>"
            "<tr><td>2</td><td><p>木制</p><p>家具</p></td><td>9</td><td>9</td><td>100%</td></tr>"
            "<tr><td colspan='2'>合计</td><td>23</td><td>22</td><td>95.7%</td></tr>"
            "</table><p>对不合格产品的生产企业，区局已责令其整改。</p></div></body></html>")
    report = to_jsonable(parse_bytes(page.encode("utf-8"), "page.html"))
    stats = [(s["metric"], s["label"], s["value"], s["unit"])
             for s in report["supervision"]["stats"]]
    assert stats == [
        ("batches_sampled", "人造板", 14, "批次"), ("batches_passed", "人造板", 13, "批次"),
        ("pass_rate", "人造板", 92.9, "%"),
        ("batches_sampled", "木制家具", 9, "批次"), ("batches_passed", "木制家具", 9, "批次"),
        ("pass_rate", "木制家具", 100, "%"),
        ("batches_sampled", "合计", 23, "批次"), ("batches_passed", "合计", 22, "批次"),
        ("pass_rate", "合计", 95.7, "%"),
    ]


def test_a_sentence_figure_inside_a_table_gives_way_to_the_tables_reading() -> None:
    """Figures the sentence rules read from a table's cells are not given twice."""
    text = ("产品类别\t抽查批次\t合格率\n灯具\t20批次\t95%\n开关\t10批次\t100%\n")
    report = report_json("测试\n" + text)
    assert [(s["metric"], s["value"]) for s in report["supervision"]["stats"]] == [
        ("batches_sampled", 20), ("pass_rate", 95), ("batches_sampled", 10), ("pass_rate", 100),
    ]


def test_a_row_that_takes_the_next_rows_number_leaves_the_table_out() -> None:
    """A blank cell left out of the text shifts the row: its last figure is the next row's
    number, and the table is not read."""
    text = ("序号 | 产品类别 | 抽查批次 | 不合格批次 |\n1 | 灯具 | 20 | 1 |\n2 | 开关 | 10 | |\n"
            "3 | 插座 | 12 | 0 |\n4 | 电线 | 9 | 0 |\n")
    assert _figures(text) == []


def test_column_words_on_the_line_above_do_not_hide_the_header() -> None:
    """A line above the table ending in a column's words (…监督抽检) joins the header's run of
    words; the header is read from its number and category columns all the same."""
    text = ("一季度食品监督抽检\n序号 | 食品类别 | 抽检批次 | 不合格批次 |\n1 | 糕点 | 18 | 1 |\n"
            "2 | 饮料 | 21 | 0 |\n")
    assert [v for _, _, v, _ in _figures(text)] == [18, 1, 21, 0]


def test_a_plans_caption_leaves_the_table_out_but_a_plan_carried_out_does_not() -> None:
    """A table captioned as a plan gives nothing; one captioned as how a plan was carried
    out is read."""
    rows = "产品类别 | 抽查批次 | 不合格批次 |\n灯具 | 20 | 1 |\n开关 | 10 | 0 |\n"
    assert _figures("明年监督抽查计划安排\n" + rows) == []
    assert len(_figures("今年监督抽查计划完成情况\n" + rows)) == 4
