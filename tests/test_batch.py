"""`qsreport batch`: one record per file, whole records after a kill, resume, formats, pool."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from qsreport.batch.discover import Filters, Unlistable, discover
from qsreport.batch.work import Entry, Job
from qsreport.cli.batch import batch
from qsreport.models import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes
from qsreport.render import csv as csv_render
from qsreport.render import sqlite as sqlite_render

from .conftest import CORPUS, SEED

# The command as a user runs it, in a fresh process (for kill -9, signals and FIFOs).
BATCH = [sys.executable, "-m", "qsreport", "batch"]
SOURCES = sorted([SEED, *CORPUS.glob("*.txt"), *CORPUS.glob("*.html")])


def report_text(index: int) -> bytes:
    """A distinct, real report: a corpus text with a numbered first line."""
    source = SOURCES[index % len(SOURCES)]
    data = source.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data  # GBK, Big5, UTF-16: kept as they are
    return data if source.suffix == ".html" else f"第{index}号\n{text}".encode()


def make_reports(folder: Path, count: int, prefix: str = "r") -> list[Path]:
    """``count`` report files named so that they sort in creation order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"{prefix}{index:04d}.txt"
        path.write_bytes(report_text(index))
        paths.append(path)
    return paths


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def expected_report(path: Path | str, data: bytes | None = None) -> Any:
    """What `parse` reads from a file: the report a batch record must carry."""
    raw = Path(path).read_bytes() if data is None else data
    return to_jsonable(parse_bytes(raw, str(path), ParseOptions()))


def kinds(records: list[dict[str, Any]]) -> dict[str, str]:
    """path → "ok" or the error kind."""
    return {r["path"]: "ok" if r["ok"] else r["error"]["kind"] for r in records}


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """A folder of good, empty, binary, damaged, huge, unreadable and ignored files."""
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a01.txt").write_bytes((CORPUS / "a01_yiwu_2007.txt").read_bytes())
    (root / "page.HTML").write_bytes((CORPUS / "a05_hangzhou_2012.html").read_bytes())
    (root / "sub" / "seed.Txt").write_bytes(SEED.read_bytes())
    (root / "sub" / "deeper" / "b02.text").write_bytes((CORPUS / "b02_wenzhou_2008.txt")
                                                       .read_bytes())
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.htm").write_bytes(b"  \r\n\t\n")
    noise = random.Random(7)
    (root / "image.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n" + bytes(noise.randrange(256) for _ in range(4096))
    )
    seed = SEED.read_bytes()
    (root / "damaged.txt").write_bytes(seed[:300] + b"\xff\xfe" + seed[300:])
    with open(root / "huge.txt", "wb") as handle:  # sparse: 21 MB on paper, nothing on disk
        handle.truncate(21 * 1024 * 1024)
    (root / "gone.txt").symlink_to(root / "no-such-file.txt")
    (root / "sub" / "loop").symlink_to(root)  # a symlink loop: must not be walked again
    (root / "notes.xlsx").write_bytes(b"PK\x03\x04")  # a spreadsheet: not read
    return root


MIXED_KINDS = {
    "a01.txt": "ok", "page.HTML": "ok", "sub/seed.Txt": "ok", "sub/deeper/b02.text": "ok",
    "damaged.txt": "ok", "empty.txt": "empty", "blank.htm": "empty", "image.txt": "not_text",
    "huge.txt": "too_large", "gone.txt": "unreadable",
}


def test_every_file_gets_exactly_one_record(runner: CliRunner, mixed: Path, tmp_path: Path
                                            ) -> None:
    """Good, empty, binary, damaged, huge and missing files each get one record; exit 1."""
    out = tmp_path / "out.jsonl"
    result = runner.invoke(batch, [str(mixed), "--out", str(out), "--workers", "2"])
    assert result.exit_code == 1, result.output
    records = read_jsonl(out)
    assert len(records) == len(MIXED_KINDS)
    got = {os.path.relpath(path, mixed): kind for path, kind in kinds(records).items()}
    assert got == MIXED_KINDS
    for record in records:
        if record["ok"]:
            assert record["report"] == expected_report(record["path"])
            assert set(record) == {"path", "ok", "report", "location", "text_sha256"}
            assert record["text_sha256"] == record["report"]["source"]["text_sha256"]
        else:
            assert set(record) == {"path", "ok", "error", "location"}
            assert set(record["error"]) == {"kind", "message"} and record["error"]["message"]
        assert record["location"] == os.path.realpath(mixed) + record["path"][len(str(mixed)):]
    damaged = next(r for r in records if r["path"].endswith("damaged.txt"))
    assert damaged["report"]["source"]["replaced"] > 0


def test_summary_counts_failures_by_kind(runner: CliRunner, mixed: Path, tmp_path: Path
                                         ) -> None:
    """stderr names each failed file on one line and ends with ok / failed-by-kind counts,
    then the files read by kind of document."""
    result = runner.invoke(batch, [str(mixed), "--out", str(tmp_path / "o.jsonl")])
    lines = result.stderr.splitlines()
    assert sum(line.startswith(f"qsreport: {mixed}") for line in lines) == 5
    assert "Traceback" not in result.stderr
    assert lines[-2].startswith("qsreport: 10 files in ")
    assert lines[-2].endswith(
        f"5 ok, 5 failed (2 empty, 1 not_text, 1 too_large, 1 unreadable);"
        f" 1 skipped (1 not_included) → {tmp_path}/o.jsonl"
    )
    assert lines[-1] == "qsreport: documents read: 5 report"


def test_failure_lines_escape_terminal_codes_in_names(runner: CliRunner, tmp_path: Path) -> None:
    """A file name holding an escape sequence is named on stderr with the escape written out."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "\x1b[31mred.txt").write_bytes(b"")
    result = runner.invoke(batch, [str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-q"])
    assert result.exit_code == 1 and "\x1b" not in result.stderr
    assert result.stderr.startswith(f"qsreport: {tmp_path}/in/\\x1b[31mred.txt: empty: ")
    assert len(result.stderr.splitlines()) == 1


def test_all_good_exits_zero_and_quiet_prints_nothing(runner: CliRunner, tmp_path: Path) -> None:
    """A batch where every file is read exits 0; --quiet leaves stderr empty."""
    make_reports(tmp_path / "in", 3)
    result = runner.invoke(batch, [str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-q"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert [r["ok"] for r in read_jsonl(tmp_path / "o.jsonl")] == [True] * 3


def test_one_worker_writes_in_sorted_order(runner: CliRunner, tmp_path: Path) -> None:
    """Discovery is sorted (files before subfolders), so a one-worker run is reproducible."""
    root = tmp_path / "in"
    for name in ["b.txt", "a.txt", "z/c.txt", "m/d.txt", "C.txt"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(SEED.read_bytes())
    out = tmp_path / "o.jsonl"
    assert runner.invoke(batch, [str(root), "-o", str(out), "-w", "1"]).exit_code == 0
    assert [os.path.relpath(r["path"], root) for r in read_jsonl(out)] == [
        "C.txt", "a.txt", "b.txt", "m/d.txt", "z/c.txt"]


def test_out_inside_the_folder_is_not_read(runner: CliRunner, tmp_path: Path) -> None:
    """An OUT that matches --include inside a folder being read is not read as a report."""
    make_reports(tmp_path, 2)
    out = tmp_path / "results.txt"
    result = runner.invoke(batch, [str(tmp_path), "-o", str(out), "--format", "jsonl"])
    assert result.exit_code == 0
    assert [Path(r["path"]).name for r in read_jsonl(out)] == ["r0000.txt", "r0001.txt"]


def test_max_bytes_refuses_larger_files(runner: CliRunner, tmp_path: Path) -> None:
    """--max-bytes N gives a too_large record to every file over N bytes and reads the rest."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "in" / "small.txt").write_bytes("质量监督报告：抽查产品120批次。".encode())
    out = tmp_path / "o.jsonl"
    limit = str(SEED.stat().st_size - 1)
    result = runner.invoke(batch, [str(tmp_path / "in"), "-o", str(out), "--max-bytes", limit])
    assert result.exit_code == 1
    assert {Path(p).name: k for p, k in kinds(read_jsonl(out)).items()} == {
        "big.txt": "too_large", "small.txt": "ok"}


def test_stdout_streams_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    """`--out -` writes the JSONL records to stdout and nothing else."""
    paths = make_reports(tmp_path / "in", 2)
    result = runner.invoke(batch, [str(tmp_path / "in"), "--out", "-"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["path"] for r in records) == [str(p) for p in paths]
    assert all(r["report"] == expected_report(r["path"]) for r in records)


def test_fail_fast_stops_and_says_how_to_go_on(runner: CliRunner, tmp_path: Path) -> None:
    """--fail-fast stops at the first failure, exits 1 and points to --resume."""
    root = tmp_path / "in"
    make_reports(root, 40, prefix="r")
    (root / "a-empty.txt").write_bytes(b"")  # first in sorted order
    out = tmp_path / "o.jsonl"
    result = runner.invoke(batch, [str(root), "-o", str(out), "-w", "1", "--fail-fast"])
    assert result.exit_code == 1
    assert "--fail-fast" in result.stderr and "--resume" in result.stderr
    assert kinds(read_jsonl(out)) == {str(root / "a-empty.txt"): "empty"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "-", "--resume"], "--resume needs --out to be a file"),
        (["--out", "x.jsonl", "--bom"], "--bom applies to CSV output only"),
        (["--out", "-", "--format", "sqlite"], "SQLite cannot be written to stdout"),
        (["--out", "no/such/dir/x.jsonl"], "cannot write"),
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             args: list[str], message: str) -> None:
    """Impossible option combinations and an unwritable OUT are one line on stderr, exit 2."""
    monkeypatch.chdir(tmp_path)
    make_reports(tmp_path / "in", 1)
    result = runner.invoke(batch, ["in", *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("qsreport: error: ") and message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_missing_path_is_a_record_and_one_line(runner: CliRunner, tmp_path: Path) -> None:
    """A PATH that does not exist gets its unreadable record and one line on stderr, like
    any file that cannot be read, not a usage error (exit 1)."""
    out = tmp_path / "o.jsonl"
    result = runner.invoke(batch, [str(tmp_path / "nope") + "/", "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert result.stderr == f"qsreport: {tmp_path}/nope/: unreadable: no such file\n"
    assert kinds(read_jsonl(out)) == {f"{tmp_path}/nope/": "unreadable"}


def test_resume_refuses_a_file_that_is_not_a_batch_output(runner: CliRunner, tmp_path: Path
                                                          ) -> None:
    """--resume on a JSONL file of other records stops with exit 2 and leaves it alone."""
    make_reports(tmp_path / "in", 1)
    out = tmp_path / "o.jsonl"
    out.write_text('{"hello": 1}\n')
    result = runner.invoke(batch, [str(tmp_path / "in"), "-o", str(out), "--resume"])
    assert result.exit_code == 2 and "cannot be resumed" in result.stderr
    assert out.read_text() == '{"hello": 1}\n'


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
        "status", "place", "period", "span_start", "span_end", "evidence"]
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


# Kill -9, Ctrl-C and resume -------------------------------------------------------------


def start(args: list[str]) -> subprocess.Popen[bytes]:
    """The batch command in its own process group, as a terminal runs a foreground job."""
    return subprocess.Popen([*BATCH, *args], start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, preexec_fn=_default_sigint)


def _default_sigint() -> None:
    # A shell starts background jobs with SIGINT ignored, and Python then never raises
    # KeyboardInterrupt: give the batch the disposition a terminal's foreground job has.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_for(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.01)


def count_records(out: Path, fmt: str) -> int:
    if not out.exists():
        return 0
    if fmt == "jsonl":
        return out.read_bytes().count(b"\n")
    if fmt == "csv":
        rows = csv.reader(out.read_text("utf-8", "replace").splitlines())
        return len({row[0] for row in rows}) - 1  # less the header
    with contextlib.closing(sqlite3.connect(out)) as db:
        try:
            return int(db.execute("SELECT count(*) FROM reports").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def paths_in(out: Path, fmt: str) -> list[str]:
    """Every path OUT has a record for, once per record."""
    if fmt == "jsonl":
        return [r["path"] for r in read_jsonl(out)]
    if fmt == "csv":
        with open(out, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        return [row["path"] for row in rows if int(row["fact_index"]) <= 1]
    with contextlib.closing(sqlite3.connect(out)) as db:
        return [row[0] for row in db.execute("SELECT path FROM reports")]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_kill_9_then_resume_gives_every_file_once(tmp_path: Path, fmt: str) -> None:
    """SIGKILL mid-run leaves whole records (a torn tail is cut); --resume adds the rest once."""
    files = make_reports(tmp_path / "in", 400)  # enough to be still running when killed
    out = tmp_path / f"out.{'db' if fmt == 'sqlite' else fmt}"
    args = [str(tmp_path / "in"), "--out", str(out), "--workers", "1"]
    process = start(args)
    wait_for(lambda: count_records(out, fmt) >= 10)
    assert process.poll() is None, "the batch ended before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done = paths_in(out, fmt)
    assert 10 <= len(done) < len(files) and len(set(done)) == len(done)
    if fmt != "sqlite":
        # What SIGKILL in the middle of a write would leave: part of the next record.
        whole = Job(ParseOptions(), fmt).run(Entry.of(str(files[-1]))).payload
        assert isinstance(whole, bytes)
        with open(out, "ab") as handle:
            handle.write(whole[: len(whole) // 2])
    resumed = subprocess.run([*BATCH, *args, "--resume"], capture_output=True, timeout=60)
    assert resumed.returncode == 0, resumed.stderr
    assert f"with {len(done)} files already in" in resumed.stderr.decode()
    assert sorted(paths_in(out, fmt)) == [str(f) for f in files]


@contextlib.contextmanager
def stuck_fifo(path: Path) -> Iterator[Path]:
    """A FIFO whose only writer (this test) never writes: reading it waits for ever."""
    os.mkfifo(path)
    writer = os.open(path, os.O_RDWR | os.O_NONBLOCK)  # holds a writer without blocking
    try:
        yield path
    finally:
        os.close(writer)


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_ctrl_c_stops_cleanly_and_resume_finishes(tmp_path: Path, how: str) -> None:
    """Ctrl-C (or kill) exits 130 with whole records and a --resume hint; --resume finishes."""
    root = tmp_path / "in"
    files = make_reports(root, 6, prefix="a") + make_reports(root, 4, prefix="c")
    out = tmp_path / "o.jsonl"
    args = [str(root), "--out", str(out), "--workers", "1"]
    with stuck_fifo(root / "b-stuck.txt"):  # the batch is mid-run while a worker waits on it
        process = start(args)
        wait_for(lambda: count_records(out, "jsonl") == 6)
        if how == "ctrl-c":
            os.killpg(process.pid, signal.SIGINT)  # what the terminal does: the whole group
        else:
            os.kill(process.pid, signal.SIGTERM)  # what `kill PID` does: the batch alone
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "interrupted" in stderr.decode() and "--resume" in stderr.decode()
    assert sorted(r["path"] for r in read_jsonl(out)) == [str(f) for f in files[:6]]

    (root / "b-stuck.txt").unlink()
    files.append(root / "b-stuck.txt")
    files[-1].write_bytes(report_text(3))  # readable now
    resumed = subprocess.run([*BATCH, *args, "--resume"], capture_output=True, timeout=60)
    assert resumed.returncode == 0, resumed.stderr
    records = read_jsonl(out)
    assert sorted(r["path"] for r in records) == sorted(str(f) for f in files)
    assert all(r["report"] == expected_report(r["path"]) for r in records)


# The worker pool ------------------------------------------------------------------------


def test_a_hung_file_times_out_and_the_batch_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    """A file whose read never returns (a silent FIFO) is recorded as timeout; the rest are read."""
    root = tmp_path / "in"
    files = make_reports(root, 8)
    out = tmp_path / "o.jsonl"
    started = time.monotonic()
    with stuck_fifo(root / "r0003-stuck.txt"):
        result = runner.invoke(batch, [str(root), "-o", str(out), "-w", "2", "--timeout", "1"])
    assert time.monotonic() - started < 20
    assert result.exit_code == 1
    assert kinds(read_jsonl(out)) == {
        **{str(f): "ok" for f in files}, str(root / "r0003-stuck.txt"): "timeout"}
    assert "1 failed (1 timeout)" in result.stderr


def descendants(pid: int) -> dict[int, int]:
    """pid → parent pid for every process below ``pid``."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    below: dict[int, int] = {}
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        for child, its_parent in parents.items():
            if its_parent == parent:
                below[child] = parent
                frontier.append(child)
    return below


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_crashed_worker_is_replaced_and_its_file_reported(tmp_path: Path) -> None:
    """Killing the worker on a file records that file as crashed; a new worker does the rest."""
    root = tmp_path / "in"
    files = make_reports(root, 3, prefix="a") + make_reports(root, 3, prefix="c")
    out = tmp_path / "o.jsonl"
    with stuck_fifo(root / "b-fifo.txt"):
        process = start([str(root), "--out", str(out), "--workers", "1", "--timeout", "60"])
        wait_for(lambda: count_records(out, "jsonl") == 3)
        time.sleep(0.2)
        # The worker is the one process two levels down (batch → forkserver → worker).
        tree = descendants(process.pid)
        workers = [pid for pid, parent in tree.items() if parent != process.pid]
        assert len(workers) == 1
        os.kill(workers[0], signal.SIGKILL)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 1, stderr
    records = read_jsonl(out)
    assert kinds(records) == {**{str(f): "ok" for f in files}, str(root / "b-fifo.txt"): "crashed"}
    crashed = next(r for r in records if not r["ok"])
    assert "killed by signal 9" in crashed["error"]["message"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_end_when_the_batch_is_killed(tmp_path: Path) -> None:
    """kill -9 of the batch alone still ends its worker, even one stuck on a file."""
    root = tmp_path / "in"
    make_reports(root, 2, prefix="a")
    out = tmp_path / "o.jsonl"
    with stuck_fifo(root / "b-fifo.txt"):
        process = start([str(root), "--out", str(out), "--workers", "1"])
        wait_for(lambda: count_records(out, "jsonl") == 2)
        time.sleep(0.2)
        below = descendants(process.pid)
        assert below
        process.kill()
        process.wait()
        wait_for(lambda: not any(Path(f"/proc/{pid}").exists() for pid in below), seconds=10)


def test_dask_cluster_gives_the_same_records(tmp_path: Path, mixed: Path) -> None:
    """--scheduler runs the batch on a Dask LocalCluster with the same records as locally."""
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local.jsonl"
    on_dask = tmp_path / "dask.jsonl"
    assert subprocess.run([*BATCH, str(mixed), "-o", str(local), "-q"]).returncode == 1
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  protocol="tcp", dashboard_address=":0") as cluster:
        result = subprocess.run(
            [*BATCH, str(mixed), "-o", str(on_dask), "--scheduler", cluster.scheduler_address],
            capture_output=True, timeout=120,
        )
    assert result.returncode == 1, result.stderr
    by_path = {r["path"]: r for r in read_jsonl(local)}
    dask_records = read_jsonl(on_dask)
    assert len(dask_records) == len(by_path)
    for record in dask_records:
        assert record == by_path[record["path"]]
    assert Counter(kinds(dask_records).values())["ok"] == 5


def test_a_bad_scheduler_address_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    """A --scheduler address Dask cannot use is one error line and exit 2, no traceback."""
    pytest.importorskip("distributed")
    make_reports(tmp_path / "in", 1)
    result = runner.invoke(batch, [str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"),
                                   "--scheduler", "nosuch://127.0.0.1:9"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("qsreport: error: cannot reach the Dask scheduler")
    assert len(result.stderr.splitlines()) == 1


def test_a_file_that_fails_halfway_leaves_nothing_in_its_group(tmp_path: Path) -> None:
    """Files share a transaction; one that fails after its first row takes all its rows back
    and keeps the others of the group."""
    connection = sqlite3.connect(tmp_path / "o.db")
    sqlite_render.create_schema(connection)
    good = sqlite_render.rows_for("good.txt", None, ("empty", "x"))
    broken = good._replace(report=("broken.txt", *good.report[1:]), facts=[("too", "short")])
    connection.execute("BEGIN")
    sqlite_render.insert(connection, good)
    with pytest.raises(sqlite3.Error):
        sqlite_render.insert(connection, broken)  # its reports row went in first
    connection.commit()
    assert [row[0] for row in connection.execute("SELECT path FROM reports")] == ["good.txt"]
    assert connection.execute("SELECT count(*) FROM facts").fetchone() == (0,)
