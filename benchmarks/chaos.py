"""Chaos: `kill -9` a batch at random moments, resume it with the folder spelled another way
each time, and check that it ends exactly as a run that was never stopped.

    python benchmarks/chaos.py [--files 400] [--kills 20] [--workers 2] [--formats jsonl,csv,sqlite]
                               [--seed 15] [--keep DIR]

Generates a folder of report files whose texts this script writes itself (no real report
text): UTF-8, GBK, UTF-16 and Big5 files, one in eight a web page, in subfolders of 50, and
among them the things that double-count in real downloads — exact copies, symbolic links,
hard links and reposts (the same article inside another site's page) — plus failures (empty,
binary, a broken link), file names in GBK bytes, and a few big files.

For each format, first a run that is never stopped; then the same batch killed with SIGKILL
``--kills`` times (at a random moment: mostly a little after records start to appear, some
during start-up; the whole process group or the parent alone) and resumed each time with the
folder spelled ``reports``, ``./reports`` or by its absolute path in turn, until a run ends by
itself. It then checks, against the uninterrupted run:

- exactly one record per file (by location), none missing, none twice;
- each file's outcome (ok, or its error kind) and article-text hash the same;
- each article text has exactly one record that is not a duplicate, and as many duplicates;
- the facts equal: the CSV facts table or the SQLite ``facts`` rows, or for JSONL the figures
  of every record that is not a duplicate, each with its article's text hash. Left out are
  what names the spelling used (paths) and what depends on which copy of a duplicated article
  was written first, which the order the workers finish in decides: its offsets (a repost's
  page and the text file differ in white space) and its header (title, region, date).

Prints one line a format and a Markdown table; exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from chaos_files import generate
from chaos_outputs import compare, read_out, whole_records

BATCH = [sys.executable, "-m", "qsreport", "batch"]
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "sqlite": ".db"}

# Running and killing ------------------------------------------------------------------------


def record_bytes(out: Path, fmt: str) -> int:
    """How much OUT holds, cheaply: it grows as records are written (for SQLite, whose WAL
    is reused after a checkpoint without growing, the number of files in it)."""
    if fmt != "sqlite":
        try:
            return out.stat().st_size
        except OSError:
            return 0
    if not out.exists():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(f"file:{out}?mode=ro", uri=True,
                                                timeout=0.1)) as db:
            return int(db.execute("SELECT count(*) FROM reports").fetchone()[0])
    except sqlite3.Error:
        return 0


@dataclass
class Chaos:
    kills: int = 0
    group_kills: int = 0
    early_kills: int = 0  # at a random moment from the start, records or not
    runs: int = 0
    torn_tails: int = 0  # a half-written record left at OUT's end by a kill (or added here)
    seconds: float = 0.0
    last_stderr: str = ""


def run_with_kills(work: Path, fmt: str, kills: int, workers: int, rng: random.Random,
                   records: list[bytes]) -> Chaos:
    """The batch, killed ``kills`` times and resumed under another spelling each time; after
    some kills, part of a record (one of ``records``) is added to OUT, as a kill in the middle
    of a write would leave it."""
    out = work / f"chaos{SUFFIX[fmt]}"
    spellings = ["reports", "./reports", str(work / "reports")]
    # How far apart the kills are: the files left over the kills left, in records, and what
    # record_bytes grows by for one record (JSONL, CSV: the median record's size).
    total = len(records) or record_bytes(work / f"whole{SUFFIX[fmt]}", fmt)
    unit = sorted(map(len, records))[len(records) // 2] if records else 1
    chaos = Chaos()
    started = time.monotonic()
    while True:
        left = max(1, total - record_bytes(out, fmt) // unit)
        step = max(1, left // (kills - chaos.kills + 1))
        args = [*BATCH, spellings[chaos.runs % 3], "--out", out.name, "-w", str(workers), "-q"]
        if chaos.runs:
            args.append("--resume")
        process = subprocess.Popen(args, cwd=work, start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        chaos.runs += 1
        if chaos.kills < kills and _wait_for_a_moment(process, out, fmt, rng, chaos, step,
                                                      unit):
            group = rng.random() < 0.5
            if group:
                os.killpg(process.pid, signal.SIGKILL)
                chaos.group_kills += 1
            else:
                os.kill(process.pid, signal.SIGKILL)  # the workers must end by themselves
            process.communicate()
            chaos.kills += 1
            _end_group(process.pid)
            if fmt != "sqlite" and out.exists():
                data = out.read_bytes()
                torn = bool(data) and not data.endswith(b"\n")
                if not torn and data and rng.random() < 0.3:
                    record = rng.choice(records)
                    with open(out, "ab") as handle:
                        handle.write(record[: rng.randrange(1, len(record) - 1)])
                    torn = True
                chaos.torn_tails += torn
            continue
        _, stderr = process.communicate()
        chaos.last_stderr = stderr.decode("utf-8", "replace")
        if process.returncode not in (0, 1) or "Traceback" in chaos.last_stderr:
            raise SystemExit(f"{fmt}: the batch failed ({process.returncode}):"
                             f" {chaos.last_stderr[-2000:]}")
        break
    chaos.seconds = time.monotonic() - started
    return chaos


def _wait_for_a_moment(process: subprocess.Popen[bytes], out: Path, fmt: str,
                       rng: random.Random, chaos: Chaos, step: int, unit: int) -> bool:
    """Wait for a random moment to kill the batch; False if it ended first. ``step`` is the
    number of records between kills on average, ``unit`` what :func:`record_bytes` grows by
    for one."""
    if rng.random() < 0.2:  # any moment from the start: start-up, the first files, ...
        deadline = time.monotonic() + rng.uniform(0.05, 1.5)
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            time.sleep(0.01)
        chaos.early_kills += 1
        return process.poll() is None
    # Else after a random number of new records, under a kill's share of the files on
    # average, then a random few milliseconds (so that some kills land inside a write).
    target = record_bytes(out, fmt) + rng.randint(1, max(1, 3 * step // 2)) * unit
    while record_bytes(out, fmt) < target:
        if process.poll() is not None:
            return False
        time.sleep(0.002)
    time.sleep(rng.uniform(0.0, 0.03))
    return process.poll() is None


def _end_group(pid: int) -> None:
    """Wait (briefly) for what is left of a killed batch's process group to end."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)  # a worker that outlived its parent: say so below
    print("  warning: processes of a killed batch were still running after 5 s",
          file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--kills", type=int, default=20, help="kill -9s per format")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--formats", default="jsonl,csv,sqlite")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--keep", type=Path, default=None, help="work in DIR and keep it")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = args.keep or Path(tempfile.mkdtemp(prefix="qsreport-chaos-"))
    work.mkdir(parents=True, exist_ok=True)
    failed = False
    rows = []
    try:
        folder = work / "reports"
        if folder.exists():
            shutil.rmtree(folder)
        made = generate(folder, args.files, args.seed)
        print(f"generated in {folder}: " + ", ".join(f"{n} {k}" for k, n in made.items()),
              file=sys.stderr)
        for fmt in args.formats.split(","):
            whole_out = work / f"whole{SUFFIX[fmt]}"
            begun = time.monotonic()
            done = subprocess.run([*BATCH, "reports", "--out", whole_out.name, "-w",
                                   str(args.workers), "-q"], cwd=work, capture_output=True)
            if done.returncode not in (0, 1) or b"Traceback" in done.stderr:
                raise SystemExit(f"{fmt}: the uninterrupted batch failed ({done.returncode}):"
                                 f" {done.stderr.decode('utf-8', 'replace')[-2000:]}")
            whole_seconds = time.monotonic() - begun
            for stale in work.glob(f"chaos{SUFFIX[fmt]}*"):
                stale.unlink()
            chaos = run_with_kills(work, fmt, args.kills, args.workers, rng,
                                   whole_records(whole_out, fmt))
            whole, chaotic = read_out(whole_out, fmt), read_out(work / f"chaos{SUFFIX[fmt]}",
                                                                  fmt)
            problems = compare(whole, chaotic)
            failed |= bool(problems)
            verdict = "same as uninterrupted" if not problems else "; ".join(problems)
            print(f"{fmt}: {chaos.kills} kills ({chaos.group_kills} of the whole group,"
                  f" {chaos.early_kills} at any moment from the start), {chaos.runs} runs,"
                  f" {chaos.torn_tails} torn tails cut: {verdict}", file=sys.stderr)
            rows.append((fmt, sum(whole.files.values()), sum(chaotic.files.values()),
                         sum(chaotic.duplicates.values()), sum(chaotic.facts.values()),
                         chaos, whole_seconds, verdict))
        print("\n| format | files | records | duplicates | facts | kill -9s | runs |"
              " torn tails cut | uninterrupted s | chaos s | result |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for fmt, files, records, duplicates, facts, chaos, whole_seconds, verdict in rows:
            print(f"| {fmt} | {files} | {records} | {duplicates} | {facts} | {chaos.kills} |"
                  f" {chaos.runs} | {chaos.torn_tails} | {whole_seconds:.1f} |"
                  f" {chaos.seconds:.1f} | {verdict} |")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
