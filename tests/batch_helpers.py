"""What the batch tests share: report files to read, the mixed folder, records read back,
and the batch command run as a user runs it (in its own process, for kill -9 and signals)."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes

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


def make_mixed(tmp_path: Path) -> Path:
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


@contextlib.contextmanager
def stuck_fifo(path: Path) -> Iterator[Path]:
    """A FIFO whose only writer (this test) never writes: reading it waits for ever."""
    os.mkfifo(path)
    writer = os.open(path, os.O_RDWR | os.O_NONBLOCK)  # holds a writer without blocking
    try:
        yield path
    finally:
        os.close(writer)
