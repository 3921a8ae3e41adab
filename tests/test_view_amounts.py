"""The view ``facts_placed`` carries what a city × year table needs beyond the place and year:
``as_of``, the year a stock stands at, and ``amount``/``amount_unit``, the value without its
万/亿, so figures written in 万 and in plain units add up."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from qsreport.cli.batch import batch

# Sentences written for these tests (made-up places and numbers). One city's dated report
# with a stock of honours and fines in 万元; another's with fines in plain 元 and in 亿元.
_STOCK = """衢州市质监局通报名牌培育情况

日期：2021-07-12 09:30

目前，全市累计拥有中国名牌产品12个。

今年上半年，全市共查处质量违法案件35件，罚没款86.5万元。
"""
_FINES = """丽水市质监局通报执法情况

日期：2019-03-02 10:00

2018年，全市共查处质量违法案件48件，罚没款3500元。

2018年，全市查获假冒商品货值1.2亿元。
"""


def _batch(tmp_path: Path, texts: dict[str, str]) -> Path:
    """The database a batch of ``texts`` (file name → text) writes."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "facts.db"
    result = CliRunner().invoke(batch, [str(folder), "--out", str(out), "-w", "1"])
    assert result.exit_code == 0, result.stderr
    return out


def _database(tmp_path: Path) -> Path:
    return _batch(tmp_path, {"stock.txt": _STOCK, "fines.txt": _FINES})


def test_a_stock_stands_at_its_reports_year(tmp_path: Path) -> None:
    """A cumulative count has no ``year`` (it is no one year's work) but an ``as_of``: the year
    of the report that states it; a figure of one year is as of that year."""
    with contextlib.closing(sqlite3.connect(_database(tmp_path))) as db:
        stock = db.execute("SELECT period, year, as_of FROM facts_placed"
                           " WHERE category = 'china_top_brand'").fetchall()
        yearly = db.execute("SELECT DISTINCT year, as_of FROM facts_placed f"
                            " JOIN reports r ON r.id = f.report_id"
                            " WHERE r.path LIKE '%fines.txt' AND f.kind = 'stat'").fetchall()
    assert stock == [("cumulative", None, "2021")]
    assert yearly == [("2018", "2018")]


def test_amounts_in_wan_and_yi_are_in_the_plain_unit(tmp_path: Path) -> None:
    """86.5万元 is 865000 元 and 1.2亿元 120000000 元, so a sum of fines over reports that write
    万元 and 元 is a sum of yuan; a unit with no 万/亿 keeps its value."""
    with contextlib.closing(sqlite3.connect(_database(tmp_path))) as db:
        rows = db.execute("SELECT value, unit, amount, amount_unit FROM facts_placed"
                          " WHERE kind = 'stat' ORDER BY amount").fetchall()
    assert (86.5, "万元", 865000, "元") in rows
    assert (1.2, "亿元", 120000000, "元") in rows
    assert (3500, "元", 3500, "元") in rows
    assert (35, "件", 35, "件") in rows


_TRADITIONAL = "衢州市質監局通報計量工作\n\n日期：2020-05-06 09:30\n\n2019年，全市共檢定計量器具5200臺。\n"
_SIMPLIFIED = "丽水市质监局通报计量工作\n\n日期：2020-05-08 09:30\n\n2019年，全市共检定计量器具300台。\n"


def test_a_unit_in_traditional_script_is_the_simplified_unit(tmp_path: Path) -> None:
    """5200臺 and 300台 are both 台 in ``amount_unit``, so a sum over reports in either script
    is one row; ``unit`` stays as written."""
    out = _batch(tmp_path, {"a.txt": _TRADITIONAL, "b.txt": _SIMPLIFIED})
    with contextlib.closing(sqlite3.connect(out)) as db:
        rows = db.execute("SELECT unit, amount_unit FROM facts_placed"
                          " WHERE category = 'instruments_verified' ORDER BY unit").fetchall()
        total = db.execute("SELECT amount_unit, sum(amount) FROM facts_placed"
                           " WHERE category = 'instruments_verified' GROUP BY amount_unit").fetchall()
    assert rows == [("台", "台"), ("臺", "台")]
    assert total == [("台", 5500)]


# A made-up report whose decimals in 万 and 亿 are not exact in binary (2.01 * 10000 is
# 20099.999999999996 there, 1.15 * 100000000 is 114999999.99999999).
_DECIMALS = """丙市质监局通报打假情况

日期：2020-03-02 10:00

2019年，全市查获假冒商品货值2.01万元，罚没款50万元。

2019年，全市查获假冒商品货值1.15亿元。
"""


def test_an_amount_is_the_plain_number_not_its_binary_neighbour(tmp_path: Path) -> None:
    """2.01万元 is 20100 元 and 1.15亿元 115000000 元 to the last digit, so a sum or a
    comparison in Python or pandas sees the number the report writes; a whole value times
    10000 stays an integer."""
    with contextlib.closing(sqlite3.connect(_batch(tmp_path, {"decimals.txt": _DECIMALS}))) as db:
        rows = db.execute("SELECT value, unit, amount FROM facts_placed"
                          " WHERE kind = 'stat' ORDER BY value").fetchall()
    assert (2.01, "万元", 20100) in rows
    assert (1.15, "亿元", 115000000) in rows
    whole = [amount for value, _, amount in rows if value == 50]
    assert whole == [500000] and isinstance(whole[0], int)


# A made-up report in traditional script whose units hold traditional characters past the
# first (百分點), beside a measure word alone and a unit written alike in both scripts.
_TRADITIONAL_UNITS = """丁市質監局通報抽查情況

日期：2020-05-06 09:30

2019年，全市共抽查產品1200批次，合格率為92.5%，比上年提高2.5個百分點。全市共檢定計量器具5200臺件。
"""


def test_every_character_of_a_unit_is_in_simplified_script(tmp_path: Path) -> None:
    """個百分點 is 个百分点 in ``amount_unit`` (not 个百分點, which groups apart from the
    simplified reports' 个百分点), 臺件 台件; %, 批次 as written."""
    with contextlib.closing(sqlite3.connect(_batch(tmp_path, {"t.txt": _TRADITIONAL_UNITS}))) as db:
        rows = set(db.execute("SELECT unit, amount_unit FROM facts_placed").fetchall())
    assert {("個百分點", "个百分点"), ("臺件", "台件"), ("%", "%"), ("批次", "批次")} <= rows
