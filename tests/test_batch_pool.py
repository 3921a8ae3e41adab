"""`qsreport batch`'s workers: a hung file, a crashed worker, a killed batch, a Dask cluster."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from qsreport.cli.batch import batch
from qsreport.render import sqlite as sqlite_render

from .batch_helpers import (
    BATCH,
    count_records,
    kinds,
    make_reports,
    read_jsonl,
    start,
    stuck_fifo,
    wait_for,
)

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
