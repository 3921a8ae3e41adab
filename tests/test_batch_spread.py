"""Batch identity, continued: big files spread over the workers, chunks that end after one, a
repost's text hash, and a failure's CSV row. The rest is in test_batch_identity.py."""

from __future__ import annotations

import csv
import io
from collections import deque
from pathlib import Path

from qsreport.batch.pool import SPREAD_BYTES, LocalPool, _Worker
from qsreport.batch.work import Entry, Job
from qsreport.pipeline import ParseOptions

from .test_batch_identity import article, page

# Big files ------------------------------------------------------------------------------


class _WatchedPool(LocalPool):
    """A pool that notes, after every send, how many big files each worker holds."""

    held: list[int]

    def _send(self, worker: _Worker, chunk: list[Entry]) -> bool:
        sent = super()._send(worker, chunk)
        self.held.append(sum(entry.size >= SPREAD_BYTES for entry in worker.assigned))
        return sent


def test_big_files_are_spread_over_the_workers(tmp_path: Path) -> None:
    """Big files are never queued two to a worker: a chunk ends after one, and a worker
    holding one gets nothing more until it is done."""
    files = []
    for index in range(40):
        path = tmp_path / f"r{index:02d}.txt"
        path.write_text(article(index), encoding="utf-8")
        big = index % 10 in (3, 4)  # told big: the sizes decide, not the bytes
        files.append(Entry(str(path), str(path), SPREAD_BYTES if big else 4000))
    pool = _WatchedPool(Job(ParseOptions(), "jsonl"), workers=2, timeout=60)
    pool.held = []
    results = list(pool.results(iter(files)))
    assert sorted(r.location for r in results) == sorted(e.location for e in files)
    assert pool.held and max(pool.held) == 1


def test_a_chunk_ends_after_a_big_file() -> None:
    """The next chunk stops at the file that brings it to SPREAD_BYTES."""
    pool = LocalPool(Job(ParseOptions(), "jsonl"), workers=1, timeout=60)
    sizes = [1000, 2000, SPREAD_BYTES, 10, 10]
    source = iter([Entry(f"f{i}", f"/f{i}", size) for i, size in enumerate(sizes)])
    chunk, exhausted = pool._take(source, deque(), deque(), False)
    assert [e.path for e in chunk] == ["f0", "f1", "f2"] and not exhausted
    rest, _ = pool._take(source, deque(), deque(), False)
    assert [e.path for e in rest] == ["f3", "f4"]


def test_reposts_hash_alike_whatever_the_page_around_them() -> None:
    """The text hash is the cleaned article's: a plain copy and two site pages agree."""
    from qsreport.pipeline import parse_bytes

    text = article(5)
    hashes = {parse_bytes(data, None).source.text_sha256 for data in (
        text.encode(), text.encode("gbk"), page(text, "首页"), page(text, "网站地图 | 联系我们"),
        text.replace("\n", "\r\n\n").encode())}
    assert len(hashes) == 1
    assert parse_bytes(article(6).encode(), None).source.text_sha256 not in hashes


def test_csv_rows_of_a_failure_have_every_column() -> None:
    """A failure's CSV row is as wide as the header, with its location last."""
    result = Job(ParseOptions(), "csv").failure(Entry("x.txt", "/d/x.txt"), "empty", "no text")
    assert isinstance(result.payload, bytes)
    (row,) = csv.reader(io.StringIO(result.payload.decode(), newline=""))
    from qsreport.render.csv import COLUMNS

    assert len(row) == len(COLUMNS) and row[-1] == "/d/x.txt" and row[:3] == [
        "x.txt", "false", "empty"]
