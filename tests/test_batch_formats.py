"""`qsreport batch`: which files a walk reads, and the JSONL, CSV and SQLite outputs."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from qsreport.batch.discover import Filters, Unlistable, discover
from qsreport.cli.batch import batch
from qsreport.render import csv as csv_render

from .batch_helpers import (
    MIXED_KINDS,
    expected_report,
    make_reports,
    paths_in,
)
from .conftest import SEED

# Discovery -------------------------------------------------------------------------------


def test_discover_filters_are_case_insensitive_globs(tmp_path: Path) -> None:
    """--include/--exclude match names (or paths, with a /) whatever their case."""
    for name in ["a.TXT", "b.htm", "c.pdf", "drafts/d.txt", "keep/drafts.txt", "x/old/e.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = list(discover([str(tmp_path)], Filters(exclude=("DRAFTS", "x/old/*"))))
    assert [os.path.relpath(str(p), tmp_path) for p in found] == [
        "a.TXT", "b.htm", "c.pdf", "keep/drafts.txt"]
    only_pdf = list(discover([str(tmp_path)], Filters(include=("*.PDF",))))
    assert only_pdf == [str(tmp_path / "c.pdf")]


def test_documents_and_dynamic_pages_are_read_by_default(tmp_path: Path) -> None:
    """Word, PDF, RTF and web archives, and pages saved under .asp/.aspx/.jsp/.php, are in the
    default list; a spreadsheet is not."""
    names = ["a.docx", "b.doc", "c.wps", "d.pdf", "e.rtf", "f.mht", "g.mhtml", "h.asp",
             "i.aspx", "j.jsp", "k.php", "l.xlsx"]
    for name in names:
        (tmp_path / name).write_text("x")
    found = sorted(os.path.basename(p) for p in discover([str(tmp_path)], Filters()))
    assert found == names[:-1]


def test_discover_reads_each_file_once(tmp_path: Path) -> None:
    """Overlapping PATHs, a repeated PATH and a symlink loop still name each file once."""
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "r.txt").write_text("x")
    (tmp_path / "a" / "b" / "up").symlink_to(tmp_path / "a")
    paths = [str(tmp_path / "a" / "b"), str(tmp_path / "a"), str(tmp_path / "a" / "b" / "r.txt")]
    assert list(discover(paths)) == [str(tmp_path / "a" / "b" / "r.txt")]


def test_an_explicit_file_is_read_whatever_its_name(tmp_path: Path) -> None:
    """A file named on the command line is read even if no --include pattern matches it."""
    (tmp_path / "report.dat").write_text("x")
    assert list(discover([str(tmp_path / "report.dat")])) == [str(tmp_path / "report.dat")]


def test_an_unlistable_folder_is_reported_not_skipped(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that cannot be listed comes out as Unlistable, so it gets a failure record."""
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(discover([str(tmp_path)]))
    assert found == [Unlistable(str(tmp_path / "locked"), "cannot list folder (Permission denied)")]


# Formats --------------------------------------------------------------------------------


def test_format_follows_the_out_suffix(runner: CliRunner, tmp_path: Path) -> None:
    """OUT ending .csv writes CSV and .db writes SQLite, without --format."""
    make_reports(tmp_path / "in", 1)
    for name in ["o.csv", "o.db"]:
        assert runner.invoke(batch, [str(tmp_path / "in"), "-o", str(tmp_path / name)]
                             ).exit_code == 0
    assert (tmp_path / "o.csv").read_text().startswith("path,ok,error_kind,")
    assert (tmp_path / "o.db").read_bytes().startswith(b"SQLite format 3\x00")


def test_sqlite_schema_and_rows(runner: CliRunner, mixed: Path, tmp_path: Path) -> None:
    """The database has the contract's tables and columns; failures are rows with errors."""
    out = tmp_path / "o.db"
    assert runner.invoke(batch, [str(mixed), "-o", str(out)]).exit_code == 1
    db = sqlite3.connect(out)

    def columns(table: str) -> list[str]:
        return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]

    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"reports", "facts", "honours", "actions", "facilities"}
    assert columns("facts") == [
        "id", "report_id", "kind", "category", "label", "value", "unit", "basis", "scope",
        "status", "place", "period", "place_code", "place_name", "part_of", "span_start",
        "span_end", "evidence"]
    assert columns("honours")[:2] == columns("actions")[:2] == ["id", "report_id"]
    assert {"path", "ok", "error_kind", "error_message", "report"} <= set(columns("reports"))
    rows = db.execute("SELECT path, ok, error_kind FROM reports").fetchall()
    assert {os.path.relpath(p, mixed): "ok" if ok else kind for p, ok, kind in rows
            } == MIXED_KINDS

    seed_path = str(mixed / "sub" / "seed.Txt")
    report = expected_report(seed_path)
    facts = db.execute(
        "SELECT f.kind, f.category, f.label, f.value, f.unit, f.basis, f.span_start, f.span_end,"
        " f.evidence FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.path = ?"
        " ORDER BY f.id", (seed_path,)).fetchall()
    brands = [("brand", c["category"], c["label"], c["value"], c["unit"], c["basis"],
               *c["span"], c["evidence"]) for c in report["brands"]["counts"]]
    stats = [("stat", s["metric"], s["label"], s["value"], s["unit"], None, *s["span"],
              s["evidence"]) for s in report["supervision"]["stats"]]
    assert [f for f in facts if f[0] == "brand"] == brands
    assert [f for f in facts if f[0] == "stat"] == stats
    (stored,) = db.execute("SELECT report FROM reports WHERE path = ?", (seed_path,)).fetchone()
    assert json.loads(stored) == report
    honours = db.execute("SELECT count(*) FROM honours h JOIN reports r ON r.id = h.report_id"
                         " WHERE r.path = ?", (seed_path,)).fetchone()[0]
    assert honours == len(report["brands"]["honours"])


def test_csv_is_the_facts_table(runner: CliRunner, mixed: Path, tmp_path: Path) -> None:
    """The CSV parses with the csv module: one row per figure, one row for each other file."""
    out = tmp_path / "o.csv"
    assert runner.invoke(batch, [str(mixed), "-o", str(out)]).exit_code == 1
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == csv_render.COLUMNS
    by_path: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_path.setdefault(os.path.relpath(row["path"], mixed), []).append(row)
    assert set(by_path) == set(MIXED_KINDS)
    assert [row["error_kind"] for row in by_path["huge.txt"]] == ["too_large"]
    assert by_path["huge.txt"][0]["ok"] == "false"
    seed = by_path["sub/seed.Txt"]
    report = expected_report(mixed / "sub" / "seed.Txt")
    assert len(seed) == (len(report["brands"]["counts"]) + len(report["standards"]["counts"])
                         + len(report["standards"]["rates"]) + len(report["supervision"]["stats"]))
    assert [int(row["fact_index"]) for row in seed] == list(range(1, len(seed) + 1))
    first = report["brands"]["counts"][0]
    assert (seed[0]["kind"], seed[0]["category"], seed[0]["value"], seed[0]["evidence"]) == (
        "brand", first["category"], str(first["value"]), first["evidence"])


def test_csv_reads_into_pandas_with_typed_columns(runner: CliRunner, mixed: Path,
                                                  tmp_path: Path) -> None:
    """pandas reads the CSV (with --bom) into the same columns, ok as bool, value as number."""
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "o.csv"
    runner.invoke(batch, [str(mixed), "-o", str(out), "--bom"])
    frame = pandas.read_csv(out)
    assert tuple(frame.columns) == csv_render.COLUMNS
    assert frame["ok"].dtype == bool and frame["value"].dtype.kind == "f"
    assert frame["path"].nunique() == len(MIXED_KINDS)
    assert int(frame.loc[frame["path"].str.endswith("huge.txt"), "fact_count"].iloc[0]) == 0


def test_csv_bom_and_formula_cells(runner: CliRunner, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """--bom starts the file with a BOM; a cell starting with = gets a ' and resumes intact."""
    monkeypatch.chdir(tmp_path)
    Path("=cmd.txt").write_bytes(b"")
    out = tmp_path / "o.csv"
    assert runner.invoke(batch, ["=cmd.txt", "-o", str(out), "--bom"]).exit_code == 1
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfpath,ok,")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[1][:3] == ["'=cmd.txt", "false", "empty"]
    again = runner.invoke(batch, ["=cmd.txt", "-o", str(out), "--bom", "--resume"])
    assert again.exit_code == 1 and out.read_bytes() == data  # already done: nothing added


@pytest.mark.parametrize("text", ["=1+1", "+x", "-2", "@SUM(A1)", "\tx", "'=x", "plain", ""])
def test_neutralise_is_undone_by_restore(text: str) -> None:
    """Every text survives neutralise → restore, and none comes out starting a formula."""
    cell = csv_render.neutralise(text)
    assert csv_render.restore(cell) == text
    assert not cell.startswith(("=", "+", "-", "@", "\t"))


@given(st.text(st.characters(blacklist_characters="\x00"), max_size=40))
def test_any_path_survives_a_csv_round_trip(path: str) -> None:
    """A path (which can hold anything but NUL) written to a CSV row, neutralised and quoted,
    reads back as the same path."""
    rows = csv_render.rows_for(path, None, ("empty", "x"))
    text = csv_render.render_rows(rows)
    (row,) = csv.reader(io.StringIO(text, newline=""))
    assert csv_render.restore(row[0]) == path


def test_a_nul_in_a_cell_is_written_as_a_replacement_character() -> None:
    text = csv_render.render_rows([["a\x00b", 1]])
    assert list(csv.reader(io.StringIO(text, newline=""))) == [["a\ufffdb", "1"]]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".db"])
def test_undecodable_file_names_are_written_and_resumed(runner: CliRunner, tmp_path: Path,
                                                        suffix: str) -> None:
    """A file name that is not UTF-8 is written as valid UTF-8 (a byte no Chinese encoding
    reads as %FF) and resumed once."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"bad-\xff-name.txt")
    (folder / name).write_bytes(SEED.read_bytes())
    out = tmp_path / f"o{suffix}"
    for extra in ([], ["--resume"]):
        assert runner.invoke(batch, [str(folder), "-o", str(out), *extra]).exit_code == 0
    fmt = {".jsonl": "jsonl", ".csv": "csv", ".db": "sqlite"}[suffix]
    assert paths_in(out, fmt) == [f"{folder}/bad-%FF-name.txt"]
    if fmt != "sqlite":
        out.read_bytes().decode("utf-8")  # strict: the whole file is valid UTF-8
