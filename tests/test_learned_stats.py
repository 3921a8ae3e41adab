"""The supervision stats' classifier: candidates and their guards, features, the table and its
probabilities, the step that fills the rules' gaps, its hook after the area's rules, and
training (every report here is invented)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from qsreport import parse
from qsreport.extract import areas
from qsreport.extract.common import Doc
from qsreport.extract.learned import stats
from qsreport.extract.learned.stats import (
    MODEL,
    NONE,
    StatsTable,
    best_metric,
    candidates,
    features,
    learned_stats,
    probabilities,
    read_table,
    shipped_table,
    with_neighbours,
    write_table,
)
from qsreport.models import SupervisionStat
from qsreport.pipeline import document, prepare

# A hand-made table: a figure in 起 is a count of cases, any other figure none.
TINY = StatsTable(
    labels=(NONE, "cases", "other"),
    weights={"bias": (2.0, 0.0, 0.0), "u=起": (0.0, 6.0, 0.0)},
    threshold=0.9,
    notes=("made by hand",),
)


def _doc(text: str) -> Doc:
    return document(prepare(text.encode("utf-8")))


def _figures(text: str) -> list[tuple[int | float, str]]:
    return [(c.value, c.unit) for c in candidates(_doc(text))]


def _stat(value: int, unit: str) -> SupervisionStat:
    return SupervisionStat(metric="cases", label="", value=value, unit=unit, span=(0, 1),
                           evidence="")


def test_every_figure_of_a_stat_unit_and_every_percent_is_a_candidate() -> None:
    """Counts in the stat units and percents are asked about, in the order of the text."""
    text = "标题\n\n上半年，河西区共巡查建材门店74家，立案查办案件9起，抽检样品合格率为93.6%。"
    assert _figures(text) == [(74, "家"), (9, "起"), (93.6, "%")]


def test_a_threshold_and_what_it_filters_are_no_candidates() -> None:
    """货值3万元以上: the floor is no figure, and the cases it filters are the rules' own."""
    text = "标题\n\n本季度查办货值3万元以上的案件7起，另巡查门店40家。"
    assert _figures(text) == [(40, "家")]


def test_a_goal_the_bounds_of_a_range_and_a_book_title_give_no_candidates() -> None:
    """After 力争 or 计划 in its sentence, between two bounds, inside 《…》: none is asked."""
    assert _figures("标题\n\n明年力争抽检农机配件300批次。") == []
    assert _figures("标题\n\n各类产品合格率在88%-97%之间。") == []
    assert _figures("标题\n\n依据《十项整治办法》开展工作，检查门店12家。") == [(12, "家")]


def test_years_and_phone_numbers_are_never_candidates() -> None:
    """A year and a telephone number have no stat unit."""
    assert _figures("标题\n\n2015年举报电话0571-8765432，全年检查门店33家。") == [(33, "家")]


def test_features_name_the_unit_the_size_and_the_words_of_the_clause() -> None:
    """A candidate's features hold its unit, its magnitude and the verbs before it."""
    doc = _doc("标题\n\n本月共查处无照加工点5起，罚款2.4万元。")
    (first, before, after), (second, _, _) = list(with_neighbours(list(candidates(doc))))
    names = features(doc, first, before, after)
    assert "u=起" in names and "vb=0i" in names and "cv=查处" in names
    assert "bias" in names and all("\n" not in n and "\t" not in n for n in names)
    assert "u_vb=万元0f" in features(doc, second, first, None)


def test_a_table_written_reads_back_the_same(tmp_path: Path) -> None:
    """Labels, weights, threshold and notes survive the file."""
    path = tmp_path / "stats.tsv"
    write_table(TINY, path)
    assert read_table(path) == TINY


def test_probabilities_sum_to_one_and_none_wins_when_no_metric_beats_it() -> None:
    """The softmax over the labels; a metric only when it is likelier than none."""
    probs = probabilities(TINY, ["bias", "u=起"])
    assert math.isclose(sum(probs), 1.0)
    assert best_metric(TINY, ["bias", "u=起"])[0] == "cases"
    assert best_metric(TINY, ["bias", "u=家"])[0] == NONE


def test_the_step_adds_only_figures_the_rules_do_not_report(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """A value and unit the rules report is theirs; the rest is added once each."""
    monkeypatch.setattr(stats, "shipped_table", lambda: TINY)
    doc = _doc("标题\n\n一季度查办案件6起。二季度又查办案件11起，其中6起已结案。")
    added = learned_stats(doc, [])
    assert [(s.metric, s.value, s.unit) for s in added] == [("cases", 6, "起"), ("cases", 11, "起")]
    assert [s.value for s in learned_stats(doc, [_stat(6, "起")])] == [11]


# A hand-made table that calls every percent a pass rate.
RATES = StatsTable((NONE, "pass_rate"), {"bias": (1.0, 0.0), "u=%": (0.0, 8.0)}, 0.9)


def test_the_rules_checks_keep_rates_of_people_and_instruments_out(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A course's exam, instruments verified: no pass rate of goods, whatever the model says."""
    monkeypatch.setattr(stats, "shipped_table", lambda: RATES)
    assert learned_stats(_doc("标题\n\n全年举办计量员培训两期，考试通过率为91.5%。"), []) == []
    assert learned_stats(_doc("标题\n\n经检定，集贸市场电子秤合格率为96.2%。"), []) == []
    kept = learned_stats(_doc("标题\n\n秋季抽检化肥产品，样品合格率为89.5%。"), [])
    assert [(s.metric, s.value) for s in kept] == [("pass_rate", 89.5)]


# A hand-made table that calls every count of firms or of pieces an untyped figure.
FIRMS = StatsTable((NONE, "other"), {"bias": (1.0, 0.0), "u=家": (0.0, 8.0), "u=只": (0.0, 8.0)},
                   0.9)


def test_an_outcome_schema_2_types_is_never_added_as_other(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """Firms ordered (责令) or handed on (移送) are the rules' to type, and special equipment
    and instruments are their areas': no ``other`` for them."""
    monkeypatch.setattr(stats, "shipped_table", lambda: FIRMS)
    assert learned_stats(_doc("标题\n\n秋检中，责令停业整顿的小作坊共14家。"), []) == []
    assert learned_stats(_doc("标题\n\n另有移交侦查部门的涉案门店5家。"), []) == []
    assert learned_stats(_doc("标题\n\n在充装站查出超期未检的钢瓶71只。"), []) == []
    assert learned_stats(_doc("标题\n\n集市上收缴失准的杆秤36只。"), []) == []
    # goods in their units, seized or in stock; firms a check found failing
    assert learned_stats(_doc("标题\n\n仓库里尚存劣质线缆90只。"), []) == []
    assert learned_stats(_doc("标题\n\n对复检不合格的7家企业开展回访。"), []) == []
    kept = learned_stats(_doc("标题\n\n秋检中，约谈违规经营户23家。"), [])
    assert [(s.metric, s.value) for s in kept] == [("other", 23)]


def test_a_line_repeating_the_headline_adds_no_rounded_copy(monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """The rules' pass over repeats runs over what the step adds: 2.4万多元 on a line of its
    own, after the body's 2.43万元, is the body's figure rounded."""
    table = StatsTable((NONE, "fines"), {"bias": (1.0, 0.0), "u=万元": (0.0, 8.0)}, 0.9)
    monkeypatch.setattr(stats, "shipped_table", lambda: table)
    doc = _doc("标题\n\n上月全区收缴罚没款2.43万元。\n全区上月收缴罚没款2.4万多元\n下月继续。")
    assert [s.value for s in learned_stats(doc, [])] == [2.43]


def test_a_report_without_candidates_never_reads_the_table(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """The weight table is read on the first candidate that needs it."""
    def fail() -> StatsTable:
        raise AssertionError("read")

    monkeypatch.setattr(stats, "shipped_table", fail)
    assert learned_stats(_doc("标题\n\n本局召开了年度工作会议。"), []) == []


def test_the_step_runs_after_the_supervision_rules_in_a_parse(monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """The area registry puts the step after the rules: a parse reports what it adds."""
    assert areas()[[a.name for a in areas()].index("supervision")].extract.__name__ \
        == "extract_then_learned"
    monkeypatch.setattr(stats, "shipped_table", lambda: TINY)
    report = parse("标题\n\n今年南川镇各方合力，共有17起。".encode())
    assert ("cases", 17, "起") in [(s.metric, s.value, s.unit) for s in report.supervision.stats]


def test_the_shipped_table_holds_short_features_and_says_how_it_was_trained() -> None:
    """Weights of short features only; its notes name the rounds and the settings."""
    table = read_table(MODEL)
    assert table == shipped_table()
    assert table.labels[0] == NONE and "pass_rate" in table.labels
    assert 0.5 <= table.threshold < 1
    assert 100 < len(table.weights) < 10_000
    assert max(len(name) for name in table.weights) <= 30
    assert any("rounds 1-56" in note for note in table.notes)


_TINY_REPORTS = {
    "001": ("标题\n\n本月查办案件4起，巡查门店20家。", [("cases", 4, "起")]),
    "002": ("标题\n\n本月查办案件8起，走访门店35家。", [("cases", 8, "起")]),
    "003": ("标题\n\n全年抽检样品90批次，合格率为95.5%。",
            [("batches_sampled", 90, "批次"), ("pass_rate", 95.5, "%")]),
}


def test_training_on_a_tiny_folder_gives_a_table_that_loads(tmp_path: Path) -> None:
    """``train_stats`` labels candidates by the keys' stats, trains and writes a table."""
    pytest.importorskip("pycrfsuite", reason="python-crfsuite (the learn extra) is not installed")
    from qsreport.extract.learned.train_stats import key_metrics, main

    for stem, (text, found) in _TINY_REPORTS.items():
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
        key = {"supervision": {"stats": [{"metric": m, "value": v, "unit": u}
                                         for m, v, u in found]}}
        (tmp_path / f"{stem}.expected.json").write_text(json.dumps(key, ensure_ascii=False),
                                                        encoding="utf-8")
    out = tmp_path / "stats.tsv"
    assert main(["--rounds", str(tmp_path), "--out", str(out), "--c1", "0",
                 "--threshold", "0.5"]) == 0
    table = read_table(out)
    assert table.labels[0] == NONE and set(table.labels) >= {"cases", "pass_rate"}
    assert table.threshold == 0.5 and table.weights
    # a target is no achieved figure the model is taught
    assert key_metrics({"supervision": {"stats": [
        {"metric": "cases", "value": 3, "unit": "起", "status": "target"}]}}) == {}
