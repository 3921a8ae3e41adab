"""How a batch hands out its files and hears back: the largest first within a window, whole
messages however the socket cuts them, and a workers' server that starts before the parser is
loaded. Throughput itself is measured by benchmarks/batch.py, not here."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from qsreport.batch import pool as pool_module
from qsreport.batch import wire
from qsreport.batch.order import largest_first
from qsreport.batch.work import Entry, Job, Result
from qsreport.cli.batch import batch
from qsreport.pipeline import ParseOptions


def entry(number: int, size: int) -> Entry:
    return Entry(f"f{number}", f"/f{number}", size)


def test_the_largest_file_in_the_window_goes_first() -> None:
    """Within the window files go out largest first, equal sizes in the walk's order."""
    sizes = [10, 500, 30, 500, 20, 7000]
    out = largest_first((entry(n, size) for n, size in enumerate(sizes)), window=len(sizes))
    assert [item.path for item in out] == ["f5", "f1", "f3", "f2", "f4", "f0"]


def test_a_window_holds_only_so_many_files() -> None:
    """With a window of three, a big file found last waits for three files, not for all."""
    sizes = [10, 20, 30, 40, 50, 9000]
    out = [item.path for item in largest_first(
        (entry(n, size) for n, size in enumerate(sizes)), window=3)]
    assert out == ["f2", "f3", "f4", "f5", "f1", "f0"]


def test_a_settled_result_passes_at_once() -> None:
    """A failure the walk found itself needs no worker: it is not held back by the window."""
    failed = Result("gone/", b"record\n", "unreadable", "cannot list folder")
    items = [entry(0, 5), failed, entry(1, 9)]
    got = list(largest_first(items, window=10))
    assert got[0] is failed and [e.path for e in got[1:]] == ["f1", "f0"]


@given(st.lists(st.integers(min_value=0, max_value=10**9), max_size=60),
       st.integers(min_value=1, max_value=70))
def test_every_file_goes_out_once(sizes: list[int], window: int) -> None:
    """Whatever the sizes and the window, each file is handed out exactly once."""
    items = [entry(n, size) for n, size in enumerate(sizes)]
    got = list(largest_first(items, window=window))
    assert sorted(got) == sorted(items)
    if window >= len(items):
        assert [e.size for e in got] == sorted(sizes, reverse=True)


def test_a_batch_of_several_workers_hands_the_biggest_file_out_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The biggest file, last in the walk, is in the first chunk sent, at its head; with one
    worker the walk's order is kept."""
    root = tmp_path / "in"
    root.mkdir()
    line = "某县质量技术监督局开展产品质量监督抽查，共抽查产品120批次，合格率为93.5%。\n"
    for number in range(6):
        (root / f"a{number}.txt").write_text(line * (number + 1), encoding="utf-8")
    (root / "z-big.txt").write_text(line * 400, encoding="utf-8")
    sent: list[list[str]] = []
    send = pool_module.LocalPool._send

    def watched(self: pool_module.LocalPool, worker: object, chunk: list[Entry]) -> bool:
        sent.append([Path(e.path).name for e in chunk])
        return send(self, worker, chunk)  # type: ignore[arg-type]

    monkeypatch.setattr(pool_module.LocalPool, "_send", watched)
    for workers, first in (("2", "z-big.txt"), ("1", "a0.txt")):
        sent.clear()
        out = tmp_path / f"o{workers}.jsonl"
        result = CliRunner().invoke(batch, [str(root), "-o", str(out), "-w", workers, "-q"])
        assert result.exit_code == 0, result.stderr
        assert sent[0][0] == first
        assert sorted(name for chunk in sent for name in chunk) == sorted(
            p.name for p in root.iterdir())


def test_messages_arrive_whole_however_the_socket_cuts_them() -> None:
    """Messages sent back to back, one bigger than a read, come out of the inbox whole and in
    order, and the inbox says when the other end has closed."""
    parent, child = socket.socketpair()
    big = "质" * (3 << 20)
    messages: list[object] = ["ready", {"n": 1}, big, ["a", "b"]]

    def speak() -> None:
        for message in messages:
            wire.send(child, message)
        child.close()

    speaker = threading.Thread(target=speak)
    speaker.start()
    inbox, got = wire.Inbox(parent), []
    while not inbox.closed:
        got += inbox.take()
    speaker.join()
    got += inbox.take()
    assert got == messages
    parent.close()


def test_receive_waits_for_a_whole_message() -> None:
    """A worker's receive returns the next message whole, and EOFError once the parent is
    gone."""
    parent, child = socket.socketpair()
    wire.send(parent, [Entry("a.txt", "/a.txt", 3)])
    parent.close()
    assert wire.receive(child) == [Entry("a.txt", "/a.txt", 3)]
    with pytest.raises(EOFError):
        wire.receive(child)
    child.close()


def test_the_workers_server_starts_before_the_parser_is_loaded() -> None:
    """Starting the workers' server needs none of the parser: the command can start it first
    and load the rest while the server gets ready."""
    code = ("import sys, qsreport.batch.server as s; s.start();"
            " print(sorted(m for m in sys.modules if m.startswith(('qsreport.pipeline',"
            " 'qsreport.extract', 'qsreport.decoding', 'qsreport.batch.run'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


class _Unstartable(Job):
    """A job whose worker ends while it is being handed the job, before it can say ready."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return (os._exit, (3,))


def test_a_worker_that_cannot_start_stops_the_batch_with_one_error() -> None:
    """A worker that ends before it is ready is a start-up failure naming how it ended, not a
    file's crash, nor a loop of replacements."""
    pool = pool_module.LocalPool(_Unstartable(ParseOptions(), "jsonl"), workers=1, timeout=60)
    with pytest.raises(pool_module.WorkerStartError, match="exited with status 3"):
        list(pool.results([entry(0, 10)]))
