"""Batch throughput and memory: `qsreport batch` beside a chardet detect-and-decode loop run in
as many processes as the batch has workers.

    python benchmarks/batch.py [--files 10000] [--giants 0] [--small 2000] [--workers N]
                               [--repeat 3] [--runs loop,pool,jsonl1,jsonl,sqlite,csv,small]
                               [--before SRC] [--keep DIR] [--breakdown]

Generates a mixed folder (about half UTF-8, the rest GBK, Big5 and UTF-16, one in ten an HTML
page) from the reports in samples/ and samples/corpus/, each file varied (a serial line,
paragraphs dropped or borrowed from another report) so no two are alike, in subfolders of
500; with ``--giants N``, N files of about 1.4 MB after them, the last the walk finds (where
they hurt most: a big file started last keeps one worker busy after the others are done).
Then, each as a fresh process over the same files, in turn, ``--repeat`` rounds:

- ``loop``: a one-process loop of ``chardet.detect`` + ``bytes.decode`` (the encoding only);
- ``pool``: the same loop in a ``multiprocessing.Pool`` of as many processes as the batch has
  workers (the reference: what the issue measures against);
- ``jsonl1``, ``jsonl``, ``sqlite``, ``csv``: ``qsreport batch`` (decode, clean, extract,
  write) with one worker, and with ``--workers`` to each format;
- ``small``: ``qsreport batch`` over the first ``--small`` files, to show memory does not
  grow with the number of files;
- ``before`` (with ``--before SRC``): ``qsreport batch`` to JSONL imported from another source
  tree (``PYTHONPATH=SRC``, say an export of the previous commit), for a before/after in one run.

Files/s is the number of files over the wall time of the whole process (start-up included);
``×`` divides it by the loop with as many processes. CPU is the user + system time of every
process of the run (and of the parent alone), per file: on a machine shared with other work it
is the steadier comparison. Peak memory is the largest resident set (VmHWM) of the parent and of
any process below it. Both are sampled from /proc every 20 ms (Linux only). Each row is the
median of its rounds by files/s; the rounds alternate between the runs, so a busy moment of
the machine falls on all of them alike. ``--breakdown`` adds a table of where a file's CPU
goes, measured in one process. The output is Markdown, for docs/batch.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import pickle
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from batch_corpus import PER_FOLDER, generate

ROOT = Path(__file__).resolve().parent.parent
BATCH = [sys.executable, "-c", "from qsreport.cli.batch import batch; batch()"]
# The reference: chardet's guess and a decode of every file, the files listed as the batch
# walks them, in a pool of ``workers`` processes (one process: a plain loop).
REFERENCE = """
import multiprocessing, os, sys
import chardet

def read(path):
    with open(path, "rb") as handle:
        data = handle.read()
    guess = chardet.detect(data)["encoding"] or "utf-8"
    try:
        data.decode(guess, errors="replace")
    except LookupError:
        data.decode("utf-8", errors="replace")
    return 1

paths = []
for top in sys.argv[2:]:
    for folder, subfolders, names in os.walk(top):
        subfolders.sort()
        paths += [os.path.join(folder, name) for name in sorted(names)]
workers = int(sys.argv[1])
if workers == 1:
    print(sum(map(read, paths)))
else:
    with multiprocessing.Pool(workers) as pool:
        print(sum(pool.imap_unordered(read, paths, chunksize=16)))
"""

@dataclass
class Peak:
    """The largest resident set seen of a process tree's root and of any process below it."""

    parent_kb: int = 0
    child_kb: int = 0
    parent_cpu: float = 0.0  # seconds of CPU the root had used at the last sample
    cpu: dict[int, float] = field(default_factory=dict)  # the same for every process seen
    _stop: threading.Event = field(default_factory=threading.Event)

    def watch(self, pid: int) -> threading.Thread:
        thread = threading.Thread(target=self._sample, args=(pid,), daemon=True)
        thread.start()
        return thread

    def _sample(self, root: int) -> None:
        while not self._stop.is_set():
            for pid in [root, *_descendants(root)]:
                kb = _hwm_kb(pid)
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_seconds(pid))
                if pid == root:
                    self.parent_kb = max(self.parent_kb, kb)
                    self.parent_cpu = self.cpu[pid]
                else:
                    self.child_kb = max(self.child_kb, kb)
            time.sleep(0.02)

    def stop(self) -> None:
        self._stop.set()


def _hwm_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(found.group(1)) if found else 0


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _descendants(root: int) -> list[int]:
    """Every process below ``root``, from each one's list of children (Linux 3.5 and later);
    a process that ended while we looked is simply not there."""
    found: list[int] = []
    frontier = [root]
    while frontier:
        pid = frontier.pop()
        try:
            children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            continue
        found += children
        frontier += children
    return found


@dataclass
class Run:
    label: str
    files: int
    seconds: float
    parent_mb: float
    child_mb: float
    parent_cpu: float
    total_cpu: float  # every process of the run
    load: float  # the 1-minute load average when the run ended

    @property
    def rate(self) -> float:
        return self.files / self.seconds


def measure(label: str, command: list[str], files: int, env: dict[str, str] | None = None
            ) -> Run:
    """One run of ``command`` as a fresh process: its time, CPU and peak memory."""
    peak = Peak()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=env)
    watcher = peak.watch(process.pid)
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    peak.stop()
    watcher.join()
    if process.returncode not in (0, 1):
        sys.exit(f"{label} failed ({process.returncode}): {stderr.decode()[-2000:]}")
    run = Run(label, files, seconds, peak.parent_kb / 1024, peak.child_kb / 1024,
              peak.parent_cpu, sum(peak.cpu.values()), os.getloadavg()[0])
    print(f"  {label}: {files} files, {seconds:.1f} s, {run.total_cpu:.1f} s CPU"
          f" ({run.parent_cpu:.1f} s in the parent), load {run.load:.1f}", file=sys.stderr)
    return run


def median_run(runs: list[Run]) -> Run:
    """The run of median speed (the lower middle one of an even number)."""
    return sorted(runs, key=lambda run: run.rate)[(len(runs) - 1) // 2]


def breakdown(folder: Path, count: int) -> list[tuple[str, float]]:
    """CPU microseconds a file of each step of a batch, in this process, over ``count`` files:
    what the workers do (read, parse, encode the record) and what the parent does with it."""
    from qsreport.batch.identity import Locations
    from qsreport.batch.sinks import open_sink
    from qsreport.batch.work import Entry, Job, warm_up
    from qsreport.inputs import read_source
    from qsreport.pipeline import ParseOptions, parse_bytes

    locations = Locations()
    paths = sorted(str(path) for path in folder.rglob("*") if path.is_file())[:count]
    entries = [Entry(path, locations.of(path), os.path.getsize(path)) for path in paths]
    warm_up()
    steps: list[tuple[str, float]] = []

    def timed(label: str, work: object) -> list[object]:
        started = time.process_time()
        done = [work(entry) for entry in entries]  # type: ignore[operator]
        steps.append((label, 1e6 * (time.process_time() - started) / len(entries)))
        return done

    timed("read the file", lambda entry: read_source(entry.path, 1 << 30))
    options = ParseOptions()
    timed("read and parse", lambda entry: parse_bytes(read_source(entry.path, 1 << 30)[0],
                                                      entry.path, options))
    with tempfile.TemporaryDirectory() as scratch:
        for fmt, suffix in (("jsonl", ".jsonl"), ("csv", ".csv"), ("sqlite", ".db")):
            results = timed(f"{fmt}: the worker's whole job (read, parse, encode)",
                            Job(options, fmt).run)
            started = time.process_time()
            back = [pickle.loads(pickle.dumps(result)) for result in results]
            steps.append((f"{fmt}: pickle and unpickle the record",
                          1e6 * (time.process_time() - started) / len(entries)))
            sink, _ = open_sink(fmt, os.path.join(scratch, "out" + suffix), resume=False,
                                bom=False)
            started = time.process_time()
            for result in back:
                sink.write(result)
            sink.close()
            steps.append((f"{fmt}: write the record (in the parent)",
                          1e6 * (time.process_time() - started) / len(entries)))
    return steps


def machine() -> str:
    lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    found = re.search(r"Model name:\s*(.+)", lscpu)
    model = found.group(1).strip() if found else platform.machine()
    return (f"{len(os.sched_getaffinity(0))} cores, {model}; Python"
            f" {platform.python_version()}; {datetime.date.today().isoformat()}")


# Which loop each run is compared with: the one with as many processes.
_REFERENCE_OF = {"pool": "pool", "loop": "loop", "jsonl1": "loop", "jsonl": "pool",
                 "sqlite": "pool", "csv": "pool", "before": "pool"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=2_000,
                        help="files in the small run (a multiple of 500)")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                        help="the batch's workers and the reference pool's processes")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each row is the median")
    parser.add_argument("--runs", default="loop,pool,jsonl1,jsonl,sqlite,csv,small",
                        help="which runs, comma-separated (before is added by --before)")
    parser.add_argument("--before", type=Path, default=None,
                        help="also run qsreport batch from this source tree (PYTHONPATH)")
    parser.add_argument("--breakdown", action="store_true",
                        help="also measure each step's CPU a file, in one process")
    parser.add_argument("--giants", type=int, default=0,
                        help="also this many files of about 1.4 MB, the last the walk finds")
    parser.add_argument("--keep", type=Path, default=None, help="generate into DIR and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="qsreport-bench-"))
    try:
        folder = work / "reports"
        if not folder.exists():
            print(f"generating {args.files} reports in {folder} ...", file=sys.stderr)
            generate(folder, args.files, args.giants)
        elif sum(1 for _ in folder.glob("zz-giants/*")) != args.giants:
            sys.exit(f"{folder} holds another number of giants: remove it or --keep another")
        count = args.files + args.giants
        small = [str(folder / f"part{i:04d}") for i in range(args.small // PER_FOLDER)]
        out, workers = work / "out", args.workers

        def batch(count: int, suffix: str, paths: list[str] | None = None) -> list[str]:
            return [*BATCH, *(paths or [str(folder)]), "--out", f"{out}{suffix}",
                    "--workers", str(count), "--quiet"]

        reference = [sys.executable, "-c", REFERENCE]
        plans = {
            "loop": ("chardet detect + decode loop, 1 process", [*reference, "1", str(folder)],
                     count, None),
            "pool": (f"chardet detect + decode loop, {workers} processes (reference)",
                     [*reference, str(workers), str(folder)], count, None),
            "jsonl1": ("qsreport batch → JSONL, 1 worker", batch(1, ".jsonl"), count, None),
            "jsonl": (f"qsreport batch → JSONL, {workers} workers", batch(workers, ".jsonl"),
                      count, None),
            "sqlite": (f"qsreport batch → SQLite, {workers} workers", batch(workers, ".db"),
                       count, None),
            "csv": (f"qsreport batch → CSV, {workers} workers", batch(workers, ".csv"),
                    count, None),
            "small": (f"qsreport batch → JSONL, {workers} workers", batch(workers, ".jsonl", small),
                      args.small, None),
        }
        chosen = [name for name in args.runs.split(",") if name]
        # Every run uses compiled bytecode, as an installed package does (a checkout may be
        # set not to write any: each process would compile qsreport anew), kept apart in WORK.
        base = {key: value for key, value in os.environ.items()
                if key != "PYTHONDONTWRITEBYTECODE"}
        base["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        trees = [base]
        if args.before is not None:
            trees.append({**base, "PYTHONPATH": str(args.before.resolve())})
            plans["before"] = (f"before ({args.before}): qsreport batch → JSONL, {workers}"
                               " workers", batch(workers, ".before.jsonl"), count, trees[1])
            chosen.append("before")
        # Untimed: the files into the page cache, and each source tree compiled once.
        subprocess.run([*reference, "1", str(folder)], stdout=subprocess.DEVNULL, env=base,
                       check=True)
        for env in trees:
            subprocess.run(batch(1, ".warm.jsonl", small[:1]), env=env, capture_output=True)
        rounds: dict[str, list[Run]] = {name: [] for name in chosen}
        for number in range(args.repeat):
            print(f"round {number + 1} of {args.repeat}", file=sys.stderr)
            for name in chosen:
                label, command, files, env = plans[name]
                rounds[name].append(measure(label, command, files, env or base))
        runs = {name: median_run(found) for name, found in rounds.items()}
        print(f"\nMachine: {machine()}; median of {args.repeat} rounds\n")
        print("| run | files | wall s | files/s | × the chardet loop | CPU ms a file (parent) |"
              " × its CPU | parent peak RSS | largest child peak RSS | load avg |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, run in runs.items():
            match = runs.get(_REFERENCE_OF.get(name, ""))
            ratio = f"{run.rate / match.rate:.2f}×" if match else "–"
            per_file = 1000 * run.total_cpu / run.files
            cpu_ratio = (f"{per_file / (1000 * match.total_cpu / match.files):.2f}×"
                         if match else "–")
            child = f"{run.child_mb:.0f} MB" if run.child_mb else "–"
            print(f"| {run.label} | {run.files:,} | {run.seconds:.2f} | {run.rate:,.0f} |"
                  f" {ratio} | {per_file:.2f} ({1000 * run.parent_cpu / run.files:.2f}) |"
                  f" {cpu_ratio} | {run.parent_mb:.0f} MB | {child} | {run.load:.1f} |")
        if args.breakdown:
            print("\n| step (one process, first 2,000 files) | CPU µs a file |")
            print("| --- | ---: |")
            for label, micros in breakdown(folder, 2_000):
                print(f"| {label} | {micros:.0f} |")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
