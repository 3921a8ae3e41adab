"""The figure check's features and trainer (docs/learned.md, "A figure check"): short
character features only, and a trainer whose table scores a figure from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from qsreport.extract.learned.figure_check import (
    CheckTable,
    features,
    place_of,
    read_table,
    report_features,
    size_class,
    write_table,
)
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import document, parse_bytes, prepare

TEXT = ("甲市市场监管局通报上半年工作\n"
        "上半年，甲市共检查食品生产企业312家，立案查处违法案件17起，罚没款46.5万元。"
        "力争全年抽检合格率达到98%以上。\n")


def _figures(text: str) -> list[list[str]]:
    data = text.encode("utf-8")
    found = to_jsonable(parse_bytes(data, "a.txt"))
    doc = document(prepare(data, None, "a.txt"))
    entries = [(f"supervision.{name}", item)
               for name in ("stats",) for item in found["supervision"][name]]
    arounds = report_features(entries, found["meta"].get("document"), len(doc.text))
    return [features(listed, item, place_of(doc, tuple(item["span"])), around)
            for (listed, item), around in zip(entries, arounds, strict=True)]


def test_a_figure_s_features_are_short_and_hold_no_sentence() -> None:
    """Every feature is a kind and a short value: at most three characters of the text, no
    blank, nothing near a clause's length."""
    rows = _figures(TEXT)
    assert rows
    for feats in rows:
        assert "b" in feats and "a=supervision.stats" in feats
        for feat in feats:
            assert " " not in feat and "\n" not in feat
            kind, _, value = feat.partition("=")
            if kind in ("p1", "p2", "n1", "n2", "l1", "l2", "l3", "r1", "r2", "r3", "s2",
                        "i2", "e2"):
                assert len(value) <= 3


def test_the_characters_around_a_figure_and_its_number_are_features() -> None:
    """A figure's metric and unit are features, and so are the characters just before and
    after its number (its span may start at its clause: the number's neighbours are read
    apart)."""
    rows = [set(feats) for feats in _figures(TEXT)]
    cases = next(feats for feats in rows if "u=起" in feats)
    assert "k=supervision.stats:cases" in cases
    assert "q1=件" in cases and "m1=起" in cases


@pytest.mark.parametrize(("value", "unit", "size"), [
    (312, "家", "3"), (46.5, "万元", "2f"), (98, "%", "pct"), (0.5, "吨", "0f")])
def test_size_classes(value: float, unit: str, size: str) -> None:
    """A figure's size class: its whole digits, f for a fraction, pct for a percentage."""
    assert size_class(value, unit) == size


def test_a_check_table_written_reads_back_and_scores_by_the_logistic(tmp_path: Path) -> None:
    """A table keeps its threshold, lists and weights; the probability is the logistic
    function of the weights' sum (a feature the table lacks weighs nothing)."""
    table = CheckTable({"b": 1.0, "u=家": -1.0}, 0.25, frozenset({"supervision.stats"}),
                       ("made by hand",))
    path = tmp_path / "check.tsv"
    write_table(table, str(path))
    again = read_table(str(path))
    assert again == table
    assert again.probability(["b"]) == pytest.approx(0.7311, abs=1e-4)
    assert again.probability(["b", "u=家", "unknown"]) == pytest.approx(0.5)


def test_training_on_a_tiny_folder_gives_weights(tmp_path: Path) -> None:
    """The trainer labels a folder's figures by the key and fits weights on them."""
    pytest.importorskip("pycrfsuite")
    from qsreport.extract.learned.train_check import collect, fit, measure

    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "r.expected.json").write_text(
        '{"supervision": {"stats": [{"metric": "cases", "value": 17, "unit": "起"}]}}',
        encoding="utf-8")
    keyed = collect([tmp_path])
    # (the firms checked and the fines are invented by this key, the cases kept; the goal's
    # rate is not scored)
    assert [(row[0], row[2]) for row in keyed[0].rows] == [
        ("supervision.stats", False), ("supervision.stats", True), ("supervision.stats", False)]
    weights = fit([row for k in keyed for row in k.rows])
    assert weights and weights["k=supervision.stats:cases"] > 0
    assert measure(keyed).documents == 1
