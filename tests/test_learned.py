"""The learned tagger for named winners: features, Viterbi decoding, the shipped weight table,
the winners' step with its guards, and training (sentences and names here are invented)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.extract.common import Doc
from qsreport.extract.learned.tagger import (
    WeightTable,
    emissions,
    features,
    read_table,
    spans,
    tag,
    viterbi,
    write_table,
)
from qsreport.extract.learned.winners import MODEL, learned_honours, shipped_table
from qsreport.pipeline import prepare
from qsreport.segmenting import segment

# A hand-made table: 甲 starts a name, 乙 goes on with one, anything else leans to O; a name
# cannot go on after O.
TINY = WeightTable(
    states={"c=甲": (2.0, 0.0, 0.0), "c=乙": (0.0, 2.0, 0.0), "b": (0.0, 0.0, 0.5)},
    transitions=((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, -10.0, 0.0)),
)


def _doc(text: str) -> Doc:
    prepared = prepare(text.encode("utf-8"))
    cleaned = prepared.cleaned.text
    view = match_view(cleaned)
    return Doc(cleaned, view, segment(cleaned, view, prepared.page))


def _winners(text: str) -> list[tuple[str, str]]:
    return [(h.name, h.category) for h in learned_honours(_doc(text))]


def test_features_name_the_character_its_neighbours_and_near_honour_words() -> None:
    """Each character's features: itself, neighbours, pairs, classes, honour words near."""
    first, second = features("甲获")
    assert {"b", "c=甲", "c+1=获", "c-1=\x02", "b+1=甲获", "t=han", "R:获"} <= set(first)
    assert "L:获" not in first and "R:获" not in second
    assert "L:获" in features("获甲乙")[2]
    assert features("甲 乙")[1][1] == "c= "  # whitespace is one blank


def test_viterbi_on_a_hand_made_table_gives_the_exact_labels() -> None:
    """The best path under a tiny table: a name 甲乙 between others; where each label's best
    alone (O, I) is a path the transitions forbid, the best whole path (B, I)."""
    assert viterbi(TINY, features("x甲乙y")) == ["O", "B", "I", "O"]
    assert viterbi(TINY, features("x乙")) == ["B", "I"]
    assert viterbi(TINY, []) == []


def test_the_hot_path_adds_up_the_same_weights_as_the_features() -> None:
    """``tag`` (weights looked up by kind) labels as ``viterbi`` over ``features`` does."""
    table = shipped_table()
    text = "今年，青岚县禾丰米业有限公司生产的雪岭牌大米荣获省名牌产品称号。"
    assert tag(table, text) == viterbi(table, features(text))
    sums = emissions(TINY, "x甲")
    assert sums == [(0.0, 0.0, 0.5), (2.0, 0.0, 0.5)]


def test_spans_of_a_label_sequence() -> None:
    """A name starts at B, or at an I after an O, and goes on over I."""
    assert list(spans(["O", "B", "I", "O", "I", "I", "B"])) == [(1, 3), (4, 6), (6, 7)]


def test_a_table_written_reads_back_the_same(tmp_path: Path) -> None:
    """The weight table's file keeps every weight, the transitions and the notes."""
    path = tmp_path / "t.tsv"
    write_table(WeightTable(TINY.states, TINY.transitions, ("made by hand",)), path)
    again = read_table(path)
    assert again.states == TINY.states and again.transitions == TINY.transitions
    assert again.notes == ("made by hand",)


def test_the_shipped_table_holds_short_character_features_only() -> None:
    """The model data are weights of short features, and say how they were trained."""
    table = read_table(MODEL)
    assert 100 < len(table.states) < 20_000
    assert max(len(name) for name in table.states) <= 16
    assert any("rounds 1-22" in note for note in table.notes)
    assert MODEL.stat().st_size < 100_000


@pytest.mark.parametrize(("text", "expected"), [
    ("本报讯 上周五，新一批认定结果在省城揭晓。\n"
     "青岚县禾丰米业有限公司生产的雪岭牌大米荣获省名牌产品称号。\n",
     [("雪岭牌大米", "provincial_brand")]),
    ("本报讯 日前，国家工商总局认定了一批中国驰名商标，我市启明电器有限公司的“星澜”商标"
     "榜上有名。\n", [("星澜", "china_well_known_trademark")]),
    ("本报讯 去年12月，本县白沙湾脐橙被批准实施国家地理标志产品保护。\n",
     [("白沙湾脐橙", "geographical_indication")]),
])
def test_the_shipped_model_finds_winners_in_new_sentences(
        text: str, expected: list[tuple[str, str]]) -> None:
    """Winners it was never shown (invented names and places), with their title's category."""
    assert _winners(text) == expected


@pytest.mark.parametrize("text", [
    "本报讯 今年我市力争让金穗牌面粉获得中国名牌产品称号。\n",  # a goal
    "本报讯 经专家评审，拟认定翠峰牌茶叶等5个产品为省名牌产品，现予以公示。\n",  # a shortlist
    "本报讯 今年全县共有4家企业申报浙江名牌产品，其中包括青溪牌木门。\n",  # applications
])
def test_targets_shortlists_and_applications_name_no_winner(text: str) -> None:
    """The status guards hold for the tagger's names as for the rules'."""
    assert _winners(text) == []
    assert parse(text.encode("utf-8")).brands.honours == []


def test_a_report_naming_no_title_does_not_load_the_table() -> None:
    """The weight table is read on the first sentence naming a title, not before."""
    shipped_table.cache_clear()
    parse("县质监局今天召开全体干部会议，部署下半年计量检定和特种设备检验工作。\n".encode())
    assert shipped_table.cache_info().currsize == 0
    parse("本报讯 云岫牌竹席被认定为福建名牌产品。\n".encode())
    assert shipped_table.cache_info().currsize == 1


_TINY_REPORTS = {
    "001": ("本报讯 近日，青岚县的雪岭牌大米荣获省名牌产品称号。\n", ["雪岭牌大米"]),
    "002": ("本报讯 白沙湾脐橙和松涛牌竹席被认定为福建名牌产品。\n", ["白沙湾脐橙", "松涛牌竹席"]),
    "003": ("本报讯 县质监局召开会议，部署名牌产品培育工作。\n", []),
}


def test_training_on_a_tiny_folder_gives_a_table_that_loads(tmp_path: Path) -> None:
    """``train`` labels the keys' names, trains, and writes a table the tagger reads."""
    pytest.importorskip("pycrfsuite", reason="python-crfsuite (the learn extra) is not installed")
    from qsreport.extract.learned.train import main, name_labels

    for stem, (text, names) in _TINY_REPORTS.items():
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
        key = {"brands": {"honours": [{"name": n, "category": "provincial_brand"}
                                      for n in names]}}
        (tmp_path / f"{stem}.expected.json").write_text(json.dumps(key, ensure_ascii=False),
                                                        encoding="utf-8")
    out = tmp_path / "model.tsv"
    assert main(["--rounds", str(tmp_path), "--out", str(out), "--min-weight", "0.01"]) == 0
    table = read_table(out)
    assert table.states and any(table.transitions)
    assert len(tag(table, "甲乙丙获省名牌")) == 7
    # (the key's 松涛 where the text says “松涛”牌竹席: the product is labelled too)
    assert "".join(name_labels("其中“松涛”牌竹席获奖", ["松涛"])) == "OOOBIIIIIOO"
