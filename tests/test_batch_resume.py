"""`qsreport batch` stopped by kill -9, Ctrl-C or SIGTERM: whole records, then --resume."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from qsreport.batch.work import Entry, Job
from qsreport.pipeline import ParseOptions

from .batch_helpers import (
    BATCH,
    count_records,
    expected_report,
    make_reports,
    paths_in,
    read_jsonl,
    report_text,
    start,
    stuck_fifo,
    wait_for,
)


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
