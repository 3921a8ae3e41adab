"""The report's own region keyed as its figures' places are (``meta.region_code``,
``meta.region_name``), and the SQLite view ``facts_placed`` that gives every figure the place
and year it counts for, so that a city × year table is one GROUP BY even of figures whose
sentence names no place."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from qsreport.cli import main
from qsreport.cli.batch import batch
from qsreport.jsonable import to_jsonable
from qsreport.models import Meta
from qsreport.pipeline import ParseOptions, parse_bytes
from qsreport.places.key import key_region
from qsreport.render import sqlite as sqlite_render

# Sentences written for these tests. A city's report dated by its publish line, whose
# figures name no year: one names a county-level city of its own, one is a stock.
_CITY = """衢州市质监局通报食品生产企业检查情况

日期：2021-07-12 09:30

近期，全市共检查食品生产企业86家。

其中，江山市检查食品生产企业14家。

目前，全市累计拥有省名牌产品120个。
"""
# An undated city report whose figures name their year but no place.
_YEAR = "丽水市计量工作回顾\n\n2019年，全市共检定计量器具5200台件，抽查集贸市场38个。\n"
# A national office's report: no region; its figures are the whole country's.
_NATION = """市场监管总局通报电动自行车国家监督抽查结果

2022-03-18 15:05  来源：本站

日前，市场监管总局对电动自行车组织了一次国家监督抽查，此次抽查了120家生产企业的产品共150批次，查出21批次不合格。
"""
_FILES = {"quzhou.txt": _CITY, "lishui.txt": _YEAR, "nation.txt": _NATION}


@pytest.mark.parametrize(("region", "key"), [
    ("衢州", ("330800", "衢州市")), ("衢州市", ("330800", "衢州市")),
    ("麗水", ("331100", "丽水市")), ("浙江省衢州市", ("330800", "衢州市")),
    ("江山市", ("330881", "江山市")), ("浙江", ("330000", "浙江省")),
])
def test_a_region_gets_the_key_its_figures_places_would(
        region: str, key: tuple[str, str]) -> None:
    meta = Meta(region=region)
    key_region(meta)
    assert (meta.region_code, meta.region_name) == key


@pytest.mark.parametrize("region", [
    "全国",  # a national report: its figures say 全国 themselves
    "长三角",  # a region of several provinces
    "鼓楼区",  # a district's name several cities have
    "青石镇",  # a town the gazetteer does not hold
    None,
])
def test_the_country_and_what_is_no_one_place_get_no_region_key(region: str | None) -> None:
    meta = Meta(region=region)
    key_region(meta)
    assert meta.region_code is None and meta.region_name is None


def test_schema_2_meta_carries_the_region_key_and_schema_1_does_not() -> None:
    """The key sits beside ``region`` in schema 2; schema 1's meta keeps its frozen fields."""
    v2 = to_jsonable(parse_bytes(_CITY.encode(), "quzhou.txt"))["meta"]
    v1 = to_jsonable(parse_bytes(_CITY.encode(), "quzhou.txt", ParseOptions(schema="1")))["meta"]
    assert (v2["region"], v2["region_code"], v2["region_name"]) == ("衢州市", "330800", "衢州市")
    assert list(v2)[:4] == ["title", "region", "region_code", "region_name"]
    assert set(v1) == {"title", "region", "date", "source", "category", "found"}


def test_the_schema_command_shows_the_region_key_in_schema_2_only() -> None:
    runner = CliRunner()
    v2 = json.loads(runner.invoke(main, ["schema"]).stdout)
    v1 = json.loads(runner.invoke(main, ["schema", "--schema", "1"]).stdout)
    assert {"region_code", "region_name"} <= set(v2["$defs"]["Meta"]["properties"])
    assert "region_code" not in json.dumps(v1)


def _batch(runner: CliRunner, tmp_path: Path, out: Path, *more: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in _FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = runner.invoke(batch, [str(folder), "--out", str(out), "-w", "1", *more])
    assert result.exit_code == 0, result.stderr


_PLACED = ("SELECT f.value, f.where_code, f.where_name, f.where_from, f.year, f.year_from"
           " FROM facts_placed f JOIN reports r ON r.id = f.report_id"
           " WHERE r.path LIKE ? AND f.kind = ? ORDER BY f.id")


def test_the_view_places_and_dates_every_figure(runner: CliRunner, tmp_path: Path) -> None:
    """A figure with no place is the report's region's, one with its own keeps it; a figure
    with no period takes the report's year, one with a year keeps it, a stock gets none."""
    out = tmp_path / "facts.db"
    _batch(runner, tmp_path, out)
    with contextlib.closing(sqlite3.connect(out)) as db:
        city = db.execute(_PLACED, ("%quzhou.txt", "stat")).fetchall()
        stock = db.execute(_PLACED, ("%quzhou.txt", "brand")).fetchall()
        dated = db.execute(_PLACED, ("%lishui.txt", "metrology")).fetchall()
        nation = db.execute(_PLACED, ("%nation.txt", "stat")).fetchall()
        regions = dict(db.execute(
            "SELECT substr(path, -10), region_code FROM reports ORDER BY path").fetchall())
    assert city == [(86, "330800", "衢州市", "report", "2021", "report"),
                    (14, "330881", "江山市", "figure", "2021", "report")]
    assert stock == [(120, "330800", "衢州市", "report", None, None)]  # cumulative: no year
    assert {row[1:] for row in dated} == {("331100", "丽水市", "report", "2019", "figure")}
    assert nation and {row[1:4] for row in nation} == {("100000", "全国", "figure")}
    assert regions == {"quzhou.txt": "330800", "lishui.txt": "331100", "nation.txt": None}


def test_a_city_by_year_table_is_one_group_by(runner: CliRunner, tmp_path: Path) -> None:
    """The query docs/schema.md shows: every figure of a city in one row a year, whether its
    sentence named the city or not."""
    out = tmp_path / "facts.db"
    _batch(runner, tmp_path, out)
    with contextlib.closing(sqlite3.connect(out)) as db:
        rows = db.execute(
            "SELECT where_code, where_name, year, count(*) FROM facts_placed"
            " WHERE where_code IS NOT NULL AND year IS NOT NULL"
            " GROUP BY where_code, year ORDER BY where_code, year").fetchall()
    assert [row[:3] for row in rows] == [
        ("100000", "全国", "2022"), ("330800", "衢州市", "2021"), ("330881", "江山市", "2021"),
        ("331100", "丽水市", "2019")]


def test_a_database_an_earlier_version_wrote_gains_the_columns_and_the_view(
        runner: CliRunner, tmp_path: Path) -> None:
    """``--resume`` on a database without the region or place keys adds them (empty for the
    rows already there) and the view, and keys the files it reads now."""
    earlier = sqlite_render.schema()
    for column in ("region_code", "region_name", "place_code", "place_name"):
        earlier = earlier.replace(f"    {column} TEXT,\n", "")
    out = tmp_path / "old.db"
    with contextlib.closing(sqlite3.connect(out)) as db:
        db.executescript(earlier)
        db.execute("INSERT INTO reports (path, ok, region, date) VALUES"
                   " ('before.txt', 1, '衢州', '2015-03-02')")
        db.execute("INSERT INTO facts (report_id, kind, value) VALUES (1, 'stat', 7)")
        db.commit()
        assert "region_code" not in {row[1] for row in db.execute("PRAGMA table_info(reports)")}
    _batch(runner, tmp_path, out, "--resume")
    with contextlib.closing(sqlite3.connect(out)) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(reports)")}
        old = db.execute("SELECT where_code, where_from, year, year_from FROM facts_placed"
                         " WHERE report_id = 1").fetchall()
        new = db.execute("SELECT count(*) FROM facts_placed WHERE where_from = 'report'"
                         " AND report_id > 1").fetchone()[0]
    assert {"region_code", "region_name"} <= columns
    assert old == [(None, None, "2015", "report")]  # its keys were never read: no guess
    assert new > 0


def test_the_view_follows_its_newest_definition(tmp_path: Path) -> None:
    """Opening a database again makes the view anew, so an older definition does not stay."""
    with contextlib.closing(sqlite3.connect(tmp_path / "v.db")) as db:
        sqlite_render.create_schema(db)
        db.executescript("DROP VIEW facts_placed;"
                         "CREATE VIEW facts_placed AS SELECT 1 AS stale;")
        sqlite_render.create_schema(db)
        names = [row[1] for row in db.execute("PRAGMA table_info(facts_placed)")]
    assert names[-8:] == ["where_code", "where_name", "where_from", "year", "year_from",
                          "as_of", "amount", "amount_unit"]
    assert "stale" not in names


def test_the_csv_carries_the_region_key_beside_the_region(
        runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    _batch(runner, tmp_path, out)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    header = list(rows[0])
    assert header[header.index("region"):header.index("region") + 4] == [
        "region", "region_code", "region_name", "date"]
    city = {(row["region_code"], row["region_name"], row["place_code"])
            for row in rows if row["path"].endswith("quzhou.txt")}
    assert city == {("330800", "衢州市", ""), ("330800", "衢州市", "330881")}
    assert {row["region_code"] for row in rows if row["path"].endswith("nation.txt")} == {""}


def test_schema_1_writes_no_region_key_in_csv_or_sqlite(
        runner: CliRunner, tmp_path: Path) -> None:
    """Schema 1 has no keys: the columns are there, empty, and the view places nothing."""
    out = tmp_path / "v1.db"
    _batch(runner, tmp_path, out, "--schema", "1")
    with contextlib.closing(sqlite3.connect(out)) as db:
        codes = db.execute("SELECT count(*) FROM reports WHERE region_code IS NOT NULL"
                           ).fetchone()[0]
        placed = db.execute("SELECT count(*) FROM facts_placed WHERE where_code IS NOT NULL"
                            ).fetchone()[0]
    assert codes == placed == 0
