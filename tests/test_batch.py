"""`qsreport batch` as a user runs it: one record per file, the summary, exit codes, usage."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from qsreport.cli.batch import batch

from .batch_helpers import (
    MIXED_KINDS,
    expected_report,
    kinds,
    make_reports,
    read_jsonl,
)
from .conftest import SEED


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
