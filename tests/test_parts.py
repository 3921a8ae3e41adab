"""Schema 2's ``part_of``: a figure that breaks down another of its report (其中, brackets,
分别, a sentence opening on 其中, a total after its parts), so that a SUM over the figures
with no ``part_of`` counts nothing twice; and the facts table's columns that carry it."""

from __future__ import annotations

import csv
import io
import sqlite3
from typing import Any

from qsreport.models import ReportData
from qsreport.pipeline import ParseOptions, parse_bytes

_HEAD = "丙市监管局的2022年工作总结\n发布日期：2023-01-10\n"


def _report(body: str, schema: str = "2") -> ReportData:
    return parse_bytes((_HEAD + body).encode(), None, ParseOptions(schema=schema))  # type: ignore[arg-type]


def _stats(report: ReportData) -> list[tuple[Any, ...]]:
    return [(s.metric, s.value, s.basis, s.part_of) for s in report.supervision.stats]


def test_parts_after_other_words_point_at_their_total() -> None:
    """其中 after a total: each part of the same metric names the total's index."""
    report = _report("2022年，全市共查处质量违法案件80起，其中涉嫌犯罪案件12起。")
    assert _stats(report) == [("cases", 80, None, None), ("cases", 12, None, 0)]


def test_brand_count_broken_down_by_sector() -> None:
    """A brand count's breakdown by sector is a part of the count (same category, basis)."""
    report = _report("2022年，全市新增省名牌产品14个，其中服务业类4个。")
    counts = [(c.category, c.value, c.basis, c.part_of) for c in report.brands.counts]
    assert counts == [("provincial_brand", 14, "added", None),
                      ("provincial_brand", 4, "added", 0)]


def test_a_sentence_opening_on_other_words_breaks_down_the_last_total() -> None:
    """A part in the next sentence, after 其中, is the part of the sentence before's figure."""
    report = _report("2022年，全市检定计量器具6000台件。其中电子秤2500台件。")
    assert [(s.value, s.part_of) for s in report.metrology.stats] == [(6000, None), (2500, 0)]


def test_a_total_after_its_listed_parts() -> None:
    """Figures listed before 共 in one sentence are parts of the total after them."""
    report = _report("一季度抽检产品200批次，二季度抽检产品300批次，上半年共抽检产品500批次。")
    assert _stats(report) == [("batches_sampled", 200, None, 2),
                              ("batches_sampled", 300, None, 2),
                              ("batches_sampled", 500, None, None)]


def test_parts_with_no_total_are_no_parts() -> None:
    """Figures of two places after 分别, with no total before them, have no whole."""
    report = _report("2022年，甲区、乙区分别查处案件30起、20起。")
    assert [s.part_of for s in report.supervision.stats] == [None, None]


def test_other_words_before_another_metric_make_no_part() -> None:
    """其中 followed by a figure of another metric is no part: it never sums with the whole."""
    report = _report("2022年，全市抽检产品160批次，其中不合格9批次。")
    assert _stats(report) == [("batches_sampled", 160, None, None),
                              ("batches_failed", 9, None, None)]


def test_a_share_and_a_change_are_neither_wholes_nor_parts() -> None:
    """A change after a total and a share after a part are no levels: no part_of either way,
    and the part still finds its total past the change."""
    report = _report("2022年，全市共查处质量违法案件90起，比上年增加20起，其中涉嫌犯罪案件12起。")
    assert _stats(report) == [("cases", 90, None, None), ("cases", 20, "change", None),
                              ("cases", 12, None, 0)]
    shared = _report("2022年，甲县新增省著名商标18件，占全市新增总数的30%。")
    assert [c.part_of for c in shared.brands.counts] == [None, None]


def test_parts_adding_up_to_more_than_the_whole_are_none() -> None:
    """Parts whose sum passes their whole break down no whole."""
    report = _report("2022年，全市共查处案件50起，其中甲区查处案件40起、乙区查处案件30起。")
    assert [s.part_of for s in report.supervision.stats] == [None, None, None]


def test_schema_1_has_no_part_of() -> None:
    """Version 1 writes no part_of, in JSON and in the CSV's columns."""
    from qsreport.jsonable import to_jsonable
    from qsreport.render.csv import COLUMNS_V1, header

    report = _report("2022年，全市共查处质量违法案件80起，其中涉嫌犯罪案件12起。", schema="1")
    assert all("part_of" not in stat for stat in to_jsonable(report)["supervision"]["stats"])
    assert "part_of" not in COLUMNS_V1 and "as_of" not in header("1")


def test_csv_names_the_whole_row_and_the_placed_columns() -> None:
    """The CSV's part_of is the whole's fact_index; as_of, amount and amount_unit are the
    view's (a stock's year is its report's date's, 万 multiplied out)."""
    from qsreport.render.csv import COLUMNS, rows_for

    report = _report("2022年，全市共查处质量违法案件80起，其中涉嫌犯罪案件12起，罚没款1.5万元。"
                     "目前，全市累计拥有省名牌产品120個。")
    text = io.StringIO()
    csv.writer(text).writerows(rows_for("a.txt", report, None))
    rows = [dict(zip(COLUMNS, row, strict=True)) for row in csv.reader(io.StringIO(text.getvalue()))]
    by_value = {row["value"]: row for row in rows}
    assert by_value["12"]["part_of"] == by_value["80"]["fact_index"]
    assert by_value["80"]["part_of"] == ""
    assert (by_value["1.5"]["amount"], by_value["1.5"]["amount_unit"]) == ("15000.0", "元")
    assert (by_value["120"]["as_of"], by_value["120"]["amount_unit"]) == ("2023", "个")


def test_sqlite_part_of_is_the_whole_id() -> None:
    """SQLite's part_of is the whole's facts.id, across several files' rows."""
    from qsreport.render.sqlite import create_schema, insert_many, rows_for

    db = sqlite3.connect(":memory:")
    create_schema(db)
    body = "2022年，全市共查处质量违法案件80起，其中涉嫌犯罪案件12起。"
    insert_many(db, [rows_for("a.txt", _report(body)), rows_for("b.txt", _report(body))])
    pairs = db.execute("SELECT p.value, w.value, p.report_id = w.report_id FROM facts_placed p "
                       "JOIN facts w ON w.id = p.part_of ORDER BY p.id").fetchall()
    assert pairs == [(12, 80, 1), (12, 80, 1)]
    (total,) = db.execute("SELECT sum(value) FROM facts_placed WHERE part_of IS NULL").fetchone()
    assert total == 160


def test_a_sentence_of_other_words_breaks_down_each_figure_before() -> None:
    """A sentence opening on 其中 after one of two counts breaks down each count by its key,
    past the list's own figures between."""
    report = _report("2022年，全区抽查了电动自行车、儿童玩具产品生产企业50家，60批次产品，总体合格率为"
                     "90%。其中抽查电动自行车产品30家，36批次产品，合格率为92%；儿童玩具20家，24批次"
                     "产品，合格率为88%。")
    assert [s for s in _stats(report) if s[0] != "pass_rate"] == [
        ("enterprises_inspected", 50, None, None), ("batches_sampled", 60, None, None),
        ("enterprises_inspected", 30, None, 0), ("batches_sampled", 36, None, 1),
        ("enterprises_inspected", 20, None, 0), ("batches_sampled", 24, None, 1)]
    assert all(s[3] is None for s in _stats(report) if s[0] == "pass_rate")  # rates: never


def test_each_figure_s_number_is_found_once(monkeypatch: Any) -> None:
    """Where a figure's number begins is read once a figure, however many totals before it
    it is tried against (structure, not time: a long list tries each part against several)."""
    from qsreport.extract import parts

    read: list[tuple[int, int]] = []
    number_start = parts._number_start

    def counting(view: str, item: Any) -> int:
        read.append(item.span)
        return number_start(view, item)

    monkeypatch.setattr(parts, "_number_start", counting)
    report = _report("2022年，全市共查处质量违法案件80起，其中涉嫌犯罪案件12起、食品案件30起、"
                     "药品案件20起。全年办结案件70起。")
    assert _stats(report) == [("cases", 80, None, None), ("cases", 12, None, 0),
                              ("cases", 30, None, 0), ("cases", 20, None, 0),
                              ("cases", 70, None, None)]
    assert len(read) == len(set(read))
