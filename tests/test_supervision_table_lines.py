"""Results tables written a line a row with no header (extract/supervision_table_lines.py), the
header words and units the table reader takes (extract/supervision_tables.py), and the breaks
a wrapped text keeps around a table's rows (cleaning.join_wrapped_lines)."""

from __future__ import annotations

from qsreport.cleaning import join_wrapped_lines, match_view
from qsreport.extract import Doc
from qsreport.extract.supervision_table_lines import read_line_tables
from qsreport.extract.supervision_tables import read_tables
from qsreport.pipeline import prepare
from qsreport.segmenting import segment

_PROSE = "本季度全区的抽检工作按计划推进，各类别的情况分列如下，供各单位参考。\n"


def _doc(text: str) -> Doc:
    prepared = prepare(text.encode("utf-8"), None, "lines.txt")
    cleaned = prepared.cleaned.text
    view = match_view(cleaned)
    return Doc(cleaned, view, segment(cleaned, view, prepared.page))


def _lines(text: str) -> list[tuple[str, str, int | float, str]]:
    return [(stat.metric, stat.label, stat.value, stat.unit)
            for table in read_line_tables(_doc(_PROSE + text)) for stat in table.stats]


def test_lines_of_one_shape_give_each_rows_figures_labelled_by_its_name() -> None:
    """Every line of a run of one shape gives its figures, the metric from the words and unit
    around each number, the label from the line's first words."""
    assert _lines("甲片区 抽样30批次 不合格3批次 合格率90%\n乙片区 抽样20批次 不合格0批次 "
                  "合格率100%\n丙片区 抽样40批次 不合格2批次 合格率95%\n") == [
        ("batches_sampled", "甲片区", 30, "批次"), ("batches_failed", "甲片区", 3, "批次"),
        ("pass_rate", "甲片区", 90, "%"),
        ("batches_sampled", "乙片区", 20, "批次"), ("batches_failed", "乙片区", 0, "批次"),
        ("pass_rate", "乙片区", 100, "%"),
        ("batches_sampled", "丙片区", 40, "批次"), ("batches_failed", "丙片区", 2, "批次"),
        ("pass_rate", "丙片区", 95, "%"),
    ]


def test_firms_counted_in_a_row_are_the_firms_sampled() -> None:
    """A count in 家 beside a row's samples is the firms its check sampled."""
    figures = _lines("陶瓷砖：抽查企业4家，抽查6批次；合格率100%\n卫浴洁具：抽查企业3家，抽查5批次；"
                     "合格率80%\n防水涂料：抽查企业2家，抽查4批次；合格率75%\n")
    assert [figure[0] for figure in figures[:3]] == [
        "enterprises_inspected", "batches_sampled", "pass_rate"]
    assert len(figures) == 9


def test_two_lines_are_no_table() -> None:
    """Fewer than three lines of one shape are left to the sentence rules."""
    assert _lines("甲类 抽检20批次 合格率90%\n乙类 抽检30批次 合格率100%\n") == []


def test_a_line_whose_figures_disagree_leaves_the_run_out() -> None:
    """Passed past sampled, or a rate far from its counts, means the lines were misread."""
    assert _lines("甲类 抽检20批次 合格25批次\n乙类 抽检30批次 合格28批次\n"
                  "丙类 抽检10批次 合格9批次\n") == []
    assert _lines("甲类 抽检20批次 合格18批次 合格率60%\n乙类 抽检30批次 合格28批次 合格率93.3%\n"
                  "丙类 抽检10批次 合格9批次 合格率90%\n") == []


def test_lines_that_are_no_rows_give_nothing() -> None:
    """Dates, phone numbers, page numbers and counts of other things hold numbers in no cell's
    shape: a run of such lines is no table."""
    assert _lines("联系人 电话0731-5550123 传真0731-5550124\n受理窗口 电话0731-5550125 "
                  "传真0731-5550126\n投诉热线 电话12315 传真0731-5550127\n") == []
    assert _lines("第一批 2023年3月 12批次\n第二批 2023年6月 15批次\n第三批 2023年9月 9批次\n") == []
    assert _lines("甲县 派出检查人员30人次 检查企业12家\n乙县 派出检查人员25人次 检查企业9家\n"
                  "丙县 派出检查人员18人次 检查企业7家\n") == []


def test_lines_whose_words_are_no_spot_checks_give_nothing() -> None:
    """A count in 家 or in 批 after words that are not a spot check's own (cases opened, goods
    seized, leaflets handed out, instruments verified) makes a line no row, however alike the
    lines are."""
    assert _lines("东片 依法立案4家 扣押商品30批\n西片 依法立案2家 扣押商品18批\n"
                  "南片 依法立案1家 扣押商品9批\n") == []
    assert _lines("甲街道 走访企业50家 分发资料400件\n乙街道 走访企业42家 分发资料260件\n"
                  "丙街道 走访企业37家 分发资料150件\n") == []
    assert _lines("子县 检定衡器260件 合格率97%\n丑县 检定衡器180件 合格率96%\n"
                  "寅县 检定衡器90件 合格率95%\n") == []


def test_lines_of_different_shapes_are_no_table() -> None:
    """A run ends where a line's words around its numbers change."""
    assert _lines("甲类 抽检20批次 合格率90%\n乙类 合格率100% 抽检30批次\n"
                  "丙类 抽检10批次 合格率80%\n") == []


def test_a_run_of_lines_is_one_table_beside_a_headed_one() -> None:
    """``read_tables`` gives the headed table and the run of lines, each once, in text order."""
    text = (_PROSE + "食品类别 抽检批次 合格批次 合格率\n蔬菜 40 39 97.5%\n水果 30 30 100%\n"
            "本季度各所的抽检情况如下。\n城东所 抽检12批次 合格率100%\n城西所 抽检16批次 "
            "合格率93.75%\n城北所 抽检8批次 合格率87.5%\n以上数据截至季度末。")
    tables = read_tables(_doc(text))
    assert [len(table.stats) for table in tables] == [6, 6]
    assert tables[0].start < tables[1].start


def test_a_bare_unit_after_a_blank_is_the_next_columns_word() -> None:
    """批次 after 合格批次's blank starts the next column (批次合格率), and 家 on the next line
    starts a row's category: neither is the column's unit."""
    text = (_PROSE + "序号\n产品类别\n抽查批次\n合格批次\n批次合格率\n1\n家具\n10\n9\n90%\n"
            "2\n家电\n20\n20\n100%\n")
    stats = [stat for table in read_tables(_doc(text)) for stat in table.stats]
    assert [(stat.metric, stat.label, stat.value) for stat in stats] == [
        ("batches_sampled", "家具", 10), ("batches_passed", "家具", 9), ("pass_rate", "家具", 90),
        ("batches_sampled", "家电", 20), ("batches_passed", "家电", 20),
        ("pass_rate", "家电", 100),
    ]


def test_counts_in_no_unit_beside_a_rate_are_batches() -> None:
    """A count column in no unit is read as batches only where a rate column checks it; with no
    rate the table still gives nothing."""
    with_rate = _PROSE + "产品类别 | 抽查数量 | 合格数量 | 合格率 |\n灯具 | 20 | 18 | 90% |\n开关 | 10 | 9 | 90% |\n"
    assert {stat.unit for table in read_tables(_doc(with_rate)) for stat in table.stats
            if stat.metric != "pass_rate"} == {"批次"}
    no_rate = _PROSE + "产品类别 | 抽查数量 | 合格数量 |\n灯具 | 20 | 18 |\n开关 | 10 | 9 |\n"
    assert read_tables(_doc(no_rate)) == []


def test_a_wrapped_text_keeps_the_breaks_around_a_tables_rows() -> None:
    """In a hard-wrapped text, a row of blank-separated numbers and a row of figures with their
    units keep their line breaks; the prose's wrapped lines are still joined."""
    wrapped = ("今年以来，我局在全县范围内组织开展了多轮产品质量监督\n抽查，工作覆盖生产和流通领域"
               "的主要产品类别，并及时\n向社会公开了抽查结果，接受群众监督，同时督促企业认真\n"
               "整改，落实主体责任，各类别情况如下所列的两张表格之中\n"
               "产品类别 抽查批次 合格批次 合格率\n灯具 20 18 90%\n开关 10 9 90%\n"
               "城东片区 抽检12批次 合格率100%\n城西片区 抽检16批次 合格率93.75%\n"
               "抽查发现的问题已经全部移交相关部门依法处理并将持续\n跟踪整改情况直至全部完成")
    joined = wrapped
    for edit in sorted(join_wrapped_lines(wrapped), key=lambda edit: -edit.start):
        joined = joined[:edit.start] + edit.replacement + joined[edit.end:]
    assert "及时向社会" in joined and "认真整改" in joined
    for row in ("灯具 20 18 90%\n", "\n开关 10 9 90%\n", "\n城东片区 抽检12批次 合格率100%\n",
                "\n城西片区 抽检16批次 合格率93.75%\n"):
        assert row in joined


def test_a_table_on_its_side_gives_each_columns_figures_labelled_by_its_name() -> None:
    """One line a metric, one column a class named on the line above: each column's figures,
    checked as a row's are."""
    text = (_PROSE + "指标 蔬菜 水产品 合计\n抽检批次 60 40 100\n不合格批次 3 2 5\n"
            "合格率 95% 95% 95%\n以上为本季度数据。")
    stats = [stat for table in read_tables(_doc(text)) for stat in table.stats]
    assert [(stat.metric, stat.label, stat.value, stat.unit) for stat in stats][:3] == [
        ("batches_sampled", "蔬菜", 60, "批次"), ("batches_failed", "蔬菜", 3, "批次"),
        ("pass_rate", "蔬菜", 95, "%")]
    assert len(stats) == 9


def test_a_table_on_its_side_whose_column_disagrees_gives_nothing() -> None:
    """A column whose passed exceed its sampled, or a line above that names too many or too few
    columns, leaves the table out."""
    assert read_tables(_doc(_PROSE + "项目 甲类 乙类\n抽检批次 60 40\n合格批次 70 40\n")) == []
    assert read_tables(_doc(_PROSE + "本期数据如下\n抽检批次 60 40\n合格批次 58 40\n")) == []


def test_a_table_on_its_side_of_instruments_gives_nothing() -> None:
    """Instruments verified are metrology's figures: a bare 检测 line is no spot check's count,
    and names or a caption naming instruments or equipment leave the table out, even with the
    words of a spot check."""
    assert read_tables(_doc("甲区计量所对在用衡器进行核查，结果如下。\n器具 台秤 地磅 计价器\n"
                            "检测 500 120 300\n合格率 97 98 99\n")) == []
    assert read_tables(_doc(_PROSE + "类别 电子秤 水表\n抽检批次 40 60\n合格率 95% 90%\n")) == []
    assert read_tables(_doc("乙县开展电梯安全检查，情况如下。\n区域 城区 乡镇\n"
                            "抽查数量 80 40\n合格率 95 90\n")) == []


def test_counts_in_no_unit_are_batches_only_under_a_spot_checks_words() -> None:
    """A count in no unit beside a rate is taken for batches only when the caption or the
    header says 抽检 or 抽查: a bare 检验 table states no unit."""
    text = "本月质量检验情况如下。\n产品类别 | 检验数量 | 合格数量 | 合格率 |\n灯具 | 20 | 18 | 90% |\n开关 | 10 | 9 | 90% |\n"
    assert read_tables(_doc(text)) == []
    assert read_tables(_doc(text.replace("质量检验", "监督抽查"))) != []


def test_a_header_with_a_blank_corner_needs_rows_that_read() -> None:
    """A header of figures' columns only is read when rows with a name and numbers follow it;
    prose after such words gives nothing."""
    headed = _PROSE + "抽查批次 合格批次 合格率\n灯具 20 18 90%\n开关 10 9 90%\n"
    assert [len(table.stats) for table in read_tables(_doc(headed))] == [6]
    prose = _PROSE + "抽查批次 合格率\n两项指标与上年相比均有提升，详见附件2和附件3。\n"
    assert read_tables(_doc(prose)) == []


def test_a_text_with_no_two_figures_side_by_side_is_searched_for_no_table() -> None:
    """The readers' cheap first test: a row's two figures' cells side by side (blanks, bars,
    a line break or an empty cell's mark between) let the search run; a date and time, or a
    count before a date, do not."""
    from qsreport.extract.lexicon.supervision_tables import LINE_ROW, TABLE_ROW

    for row in ("蔬菜 40 39 97.5%", "蔬菜|40|/|95%", "40\n39\n97.5%", "灯具 20 18 90 %"):
        assert TABLE_ROW.search(row), row
    for prose in ("更新于 2021-03-09 10:45", "【阅读】57\n\n6月3日，甲市", "抽检合格率98%。"):
        assert TABLE_ROW.search(prose) is None, prose
    assert LINE_ROW.search("城东所 抽检12批次 合格率100%\n")
    assert LINE_ROW.search("本年度全市共抽检食品1200批次，合格率为97.5%，较上年提高了0.4个百分点，"
                           "抽检工作覆盖了全市所有乡镇和街道的农贸市场、超市以及小作坊。") is None


def test_a_header_of_repeated_groups_labels_each_figure_by_row_and_group() -> None:
    """生产环节 | 流通环节 | 合计, each 抽检批次 | 合格率: each figure's label names its row and its
    group, so a stage's figures and the row's total are told apart."""
    text = ("两个环节的抽检结果见下表。\n产品类别 生产环节 流通环节 合计\n"
            "抽检批次 合格率 抽检批次 合格率 抽检批次 合格率\n"
            "大米 10 100% 30 90% 40 92.5%\n面粉 20 95% 20 100% 40 97.5%\n以上为全年数据。")
    stats = [stat for table in read_tables(_doc(text)) for stat in table.stats]
    assert [(stat.label, stat.value) for stat in stats if stat.metric == "batches_sampled"] == [
        ("大米·生产环节", 10), ("大米·流通环节", 30), ("大米·合计", 40),
        ("面粉·生产环节", 20), ("面粉·流通环节", 20), ("面粉·合计", 40)]


def test_a_table_on_its_side_reads_a_percent_printed_apart_from_its_number() -> None:
    """The sideways reader splits its lines into cells as the row reader does: 93.3 % is one
    cell."""
    text = (_PROSE + "项目 甲类 乙类\n抽检批次 30 15\n不合格批次 2 0\n合格率 93.3 % 100 %\n"
            "以上为本月数据。")
    stats = [stat for table in read_tables(_doc(text)) for stat in table.stats]
    assert [(stat.metric, stat.label, stat.value) for stat in stats
            if stat.metric == "pass_rate"] == [("pass_rate", "甲类", 93.3), ("pass_rate", "乙类", 100)]


def test_each_figure_of_a_line_spans_its_own_cell() -> None:
    """A line's figures each span their own number and unit, as a headed table's do, so no
    figure covers the cells before it."""
    doc = _doc(_PROSE + "东区 抽检25批次 合格率96%\n西区 抽检10批次 合格率90%\n"
               "北区 抽检20批次 合格率95%\n")
    stats = [stat for table in read_line_tables(doc) for stat in table.stats]
    assert [doc.text[stat.span[0]:stat.span[1]] for stat in stats[:2]] == ["25批次", "96%"]


def test_a_bare_count_in_pieces_is_samples_only_beside_a_pass_cell_that_agrees() -> None:
    """A count in 件 right after the category is a line's samples when the line holds a 合格 cell
    and its figures agree; lines of pieces whose rates disagree with their counts are no table,
    nor are lines of pieces with no 合格 cell."""
    rows = "插座 40件 合格36件 合格率90%\n台灯 16件 合格12件 合格率75%\n电热毯 8件 合格8件 合格率100%\n"
    tables = read_line_tables(_doc(_PROSE + rows))
    assert [(stat.metric, stat.value) for stat in tables[0].stats][:3] == [
        ("batches_sampled", 40), ("batches_passed", 36), ("pass_rate", 90)]
    assert read_line_tables(_doc(_PROSE + rows.replace("合格率90%", "合格率60%"))) == []
    assert read_line_tables(_doc(_PROSE + "甲街道 40件 12批\n乙街道 16件 10批\n丙街道 8件 3批\n")) == []
