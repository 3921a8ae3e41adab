"""Each figure's place as the gazetteer reads it (``place_code``, ``place_name``): one key
however the sentence writes the place, so that a place × year table is one GROUP BY."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from qsreport.cli.batch import batch
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes
from qsreport.places.key import NATIONAL, place_key


@pytest.mark.parametrize(("written", "key"), [
    # a province with its 省 or without
    ("安徽", ("340000", "安徽省")), ("安徽省", ("340000", "安徽省")),
    # an autonomous region by its short name
    ("广西", ("450000", "广西壮族自治区")),
    # a city with its 市 or without, in either script
    ("金华", ("330700", "金华市")), ("金华市", ("330700", "金华市")),
    ("金華", ("330700", "金华市")), ("金華市", ("330700", "金华市")),
    # a county-level city and a county, with their suffix or without
    ("義烏", ("330782", "义乌市")), ("义乌市", ("330782", "义乌市")),
    ("海盐县", ("330424", "海盐县")), ("海盐", ("330424", "海盐县")),
    # a chain of names, each inside the one before: the last
    ("浙江省金华市", ("330700", "金华市")), ("廈門湖里", ("350206", "湖里区")),
])
def test_a_place_however_written_has_one_key(written: str, key: tuple[str, str]) -> None:
    assert place_key(written) == key


@pytest.mark.parametrize("written", [
    "通州",  # a district of Beijing and one of Nantong
    "平山",  # a county of Hebei and a district of Benxi
    "鼓楼区",  # a district's full name that several cities have
])
def test_a_name_several_places_bear_is_no_place(written: str) -> None:
    assert place_key(written) is None


def test_a_chain_tells_which_of_several_places() -> None:
    """Two districts called 鼓楼区: the city before it says which."""
    first, second = place_key("南京市鼓楼区"), place_key("徐州鼓楼区")
    assert first is not None and second is not None
    assert first[1] == second[1] == "鼓楼区" and first[0] != second[0]


@pytest.mark.parametrize("written", ["全市", "本县", "全省", "甲市", "安徽、江西", "", None])
def test_own_region_words_lists_and_unknown_places_are_null(written: str | None) -> None:
    assert place_key(written) is None


@pytest.mark.parametrize("written", ["全国", "全國", "我国"])
def test_the_whole_country_has_the_national_key(written: str) -> None:
    assert place_key(written) == NATIONAL == ("100000", "全国")


_REPORTS = {
    "a.txt": "全国产品抽查情况\n\n2022年，安徽省监管部门共抽查电线电缆产品640批次，不合格17批次。\n",
    "b.txt": "全国产品抽查情况\n\n2022年，安徽共抽查电线电缆产品360批次，查出不合格产品9批次。\n",
}


def _stats(text: str, schema: str = "2") -> list[dict[str, object]]:
    report = to_jsonable(parse_bytes(text.encode(), "x.txt", ParseOptions(schema=schema)))
    return report["supervision"]["stats"]  # type: ignore[no-any-return]


def test_every_figure_with_a_place_carries_its_key() -> None:
    stats = _stats(_REPORTS["b.txt"])
    assert stats and all(s["place"] == "安徽" for s in stats)
    assert {(s["place_code"], s["place_name"]) for s in stats} == {("340000", "安徽省")}


def test_schema_1_has_no_place_key() -> None:
    stats = _stats(_REPORTS["a.txt"], schema="1")
    assert stats and not any({"place", "place_code", "place_name"} & set(s) for s in stats)


def test_a_group_by_on_the_key_merges_a_province_written_two_ways(
        runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in _REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "facts.db"
    assert runner.invoke(batch, [str(folder), "--out", str(out)]).exit_code == 0
    with contextlib.closing(sqlite3.connect(out)) as db:
        by_written = db.execute(
            "SELECT place, sum(value) FROM facts WHERE category = 'batches_sampled'"
            " GROUP BY place ORDER BY place").fetchall()
        by_key = db.execute(
            "SELECT place_code, place_name, period, sum(value) FROM facts"
            " WHERE category = 'batches_sampled' GROUP BY place_code, period").fetchall()
        stored = [json.loads(row[0]) for row in db.execute("SELECT report FROM reports")]
    assert sorted(by_written) == [("安徽", 360), ("安徽省", 640)]
    assert by_key == [("340000", "安徽省", "2022", 1000)]
    assert all(s["place_code"] == "340000" for r in stored for s in r["supervision"]["stats"])
