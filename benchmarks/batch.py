"""Batch throughput and memory: `qsreport batch` beside a chardet-detect-and-decode loop.

    python benchmarks/batch.py [--files 10000] [--small 2000] [--repeat 1] [--keep DIR]

Generates a realistic mixed folder (about half UTF-8, the rest GBK, Big5 and UTF-16, one in
ten an HTML page) from the reports in samples/ and samples/corpus/, each file varied (a serial
line, paragraphs dropped or borrowed from another report) so no two are alike, in subfolders
of 500. Then, each as a fresh process over the same files:

- the baseline: a plain loop of ``chardet.detect`` + ``bytes.decode`` (encoding only);
- ``qsreport batch`` (decode, clean, extract, write) with 1 and 2 workers, to JSONL, and with
  all cores to SQLite and CSV;
- ``qsreport batch`` over the first ``--small`` files, to show memory does not grow with them.

Files/s is the number of files over the wall time of the whole process (start-up included).
CPU is the user + system time of every process of the run (and of the parent alone), per
file: on a machine shared with other work it is the fairer comparison. Peak memory is the
largest resident set (VmHWM) of the parent and of any child process. Both are sampled from
/proc every 20 ms (Linux only). The output is a Markdown table for docs/batch.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PER_FOLDER = 500
BATCH = [sys.executable, "-c", "from qsreport.cli.batch import batch; batch()"]
BASELINE = """
import os, sys, chardet
count = 0
for top in sys.argv[1:]:
    for folder, _, names in os.walk(top):
        for name in sorted(names):
            data = open(os.path.join(folder, name), "rb").read()
            guess = chardet.detect(data)["encoding"] or "utf-8"
            try:
                data.decode(guess, errors="replace")
            except LookupError:
                data.decode("utf-8", errors="replace")
            count += 1
print(count)
"""

# (share of files, how they are written)
ENCODINGS = (
    (0.50, "utf-8"),
    (0.18, "gbk"),
    (0.12, "big5"),
    (0.10, "utf-16"),
    (0.10, "html"),
)


def source_texts() -> list[tuple[str, str]]:
    """(name, text) of every sample report, decoded and reduced to article text."""
    from qsreport.pipeline import prepare

    texts = []
    for path in sorted([*SAMPLES.glob("*.txt"), *(SAMPLES / "corpus").glob("*.txt"),
                        *(SAMPLES / "corpus").glob("*.html")]):
        texts.append((path.stem, prepare(path.read_bytes()).cleaned.text))
    return texts


def vary(text: str, index: int, texts: list[tuple[str, str]], rng: random.Random) -> str:
    """A different report with the same kind of content: serial, paragraphs moved about."""
    lines = [line for line in text.splitlines() if line.strip()]
    head, body = lines[:2], lines[2:]
    if len(body) > 3 and rng.random() < 0.5:
        del body[rng.randrange(len(body))]
    if rng.random() < 0.4:
        other = [line for line in rng.choice(texts)[1].splitlines() if len(line) > 20]
        if other:
            body.insert(rng.randrange(len(body) + 1), rng.choice(other))
    return "\n".join([*head, f"（编号：QS-{index:06d}）", *body]) + "\n"


def encode(text: str, how: str, converter: object, rng: random.Random) -> tuple[bytes, str]:
    """The bytes of ``text`` written the way ``how`` says, and the file suffix."""
    if how == "utf-8":
        return text.encode("utf-8"), ".txt"
    if how == "gbk":
        return text.encode("gbk", errors="replace"), ".txt"
    if how == "big5":
        traditional = converter.convert(text)  # type: ignore[attr-defined]
        return traditional.encode("cp950", errors="replace"), ".txt"
    if how == "utf-16":
        return text.encode("utf-16"), ".txt"
    charset = rng.choice(["utf-8", "gbk"])
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines()[1:])
    title = text.splitlines()[0]
    page = (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{title}</title>'
            f"</head>\n<body><div class=\"nav\">首页 | 新闻中心 | 质量监督</div>\n"
            f"<div class=\"article\"><h1>{title}</h1>\n{paragraphs}</div>\n"
            f"<div class=\"footer\">版权所有 © 质量技术监督局</div></body></html>\n")
    return page.encode(charset, errors="replace"), ".html"


def generate(folder: Path, count: int, seed: int = 2024) -> None:
    """``count`` varied reports under ``folder``, in subfolders of PER_FOLDER."""
    import opencc

    converter = opencc.OpenCC("s2t")
    texts = source_texts()
    rng = random.Random(seed)
    shares = [share for share, _ in ENCODINGS]
    for index in range(count):
        name, text = texts[index % len(texts)]
        how = rng.choices([how for _, how in ENCODINGS], weights=shares)[0]
        data, suffix = encode(vary(text, index, texts, rng), how, converter, rng)
        sub = folder / f"part{index // PER_FOLDER:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{index:06d}_{name}{suffix}").write_bytes(data)


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
    """Every process below ``root``: from each process's list of children where the kernel
    keeps one (cheap enough to ask every sample), else from a walk over all of /proc."""
    found: list[int] = []
    frontier = [root]
    try:
        while frontier:
            pid = frontier.pop()
            children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
            found += children
            frontier += children
        return found
    except FileNotFoundError:
        if Path(f"/proc/{root}").exists() and not Path(f"/proc/{root}/task/{root}/children").exists():
            return _descendants_by_walk(root)
        return found  # a process ended while we looked: the next sample sees the rest
    except OSError:
        return found


def _descendants_by_walk(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, its in parents.items() if its == parent]
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


def measure(label: str, command: list[str], files: int, repeat: int) -> Run:
    """The fastest of ``repeat`` runs of ``command``, with the peak memory of that run."""
    best: Run | None = None
    for _ in range(repeat):
        peak = Peak()
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        watcher = peak.watch(process.pid)
        _, stderr = process.communicate()
        seconds = time.perf_counter() - started
        peak.stop()
        watcher.join()
        if process.returncode not in (0, 1):
            sys.exit(f"{label} failed ({process.returncode}): {stderr.decode()[-2000:]}")
        run = Run(label, files, seconds, peak.parent_kb / 1024, peak.child_kb / 1024,
                  peak.parent_cpu, sum(peak.cpu.values()), os.getloadavg()[0])
        if best is None or run.seconds < best.seconds:
            best = run
    assert best is not None
    print(f"  {best.label}: {best.files} files, {best.seconds:.1f} s, {best.rate:.0f} files/s,"
          f" {best.total_cpu:.1f} s CPU ({best.parent_cpu:.1f} s in the parent),"
          f" parent {best.parent_mb:.0f} MB, largest child {best.child_mb:.0f} MB,"
          f" load {best.load:.1f}",
          file=sys.stderr)
    return best


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
        found = re.search(r"Model name:\s*(.+)", lscpu)
        model = found.group(1).strip() if found else model
    except (OSError, subprocess.CalledProcessError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cores} cores, {model}; Python {platform.python_version()};"
            f" {datetime.date.today().isoformat()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=2_000,
                        help="files in the small run (a multiple of 500)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest counts")
    parser.add_argument("--keep", type=Path, default=None, help="generate into DIR and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="qsreport-bench-"))
    try:
        folder = work / "reports"
        if not folder.exists():
            print(f"generating {args.files} reports in {folder} ...", file=sys.stderr)
            generate(folder, args.files)
        small = [str(folder / f"part{i:04d}") for i in range(args.small // PER_FOLDER)]
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
        out = work / "out"

        def batch(workers: int, suffix: str, paths: list[str] | None = None) -> list[str]:
            return [*BATCH, *(paths or [str(folder)]), "--out", f"{out}{suffix}",
                    "--workers", str(workers), "--quiet"]

        subprocess.run([*BASELINE_CMD, str(folder)], stdout=subprocess.DEVNULL, check=True)
        runs = [
            measure("chardet.detect + decode loop (baseline)", [*BASELINE_CMD, str(folder)],
                    args.files, args.repeat),
            measure("qsreport batch → JSONL, 1 worker", batch(1, ".jsonl"), args.files,
                    args.repeat),
            measure(f"qsreport batch → JSONL, {cores} workers", batch(cores, ".jsonl"),
                    args.files, args.repeat),
            measure(f"qsreport batch → SQLite, {cores} workers", batch(cores, ".db"),
                    args.files, args.repeat),
            measure(f"qsreport batch → CSV, {cores} workers", batch(cores, ".csv"),
                    args.files, args.repeat),
            measure(f"qsreport batch → JSONL, {cores} workers", batch(cores, ".jsonl", small),
                    args.small, args.repeat),
        ]
        print(f"\nMachine: {machine()}\n")
        print("| run | files | wall s | files/s | CPU ms a file (parent) | parent peak RSS |"
              " largest child peak RSS | load avg |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for run in runs:
            child = f"{run.child_mb:.0f} MB" if run.child_mb else "–"
            per_file = 1000 * run.total_cpu / run.files
            parent = 1000 * run.parent_cpu / run.files
            print(f"| {run.label} | {run.files:,} | {run.seconds:.1f} | {run.rate:,.0f} |"
                  f" {per_file:.2f} ({parent:.2f}) | {run.parent_mb:.0f} MB | {child} |"
                  f" {run.load:.1f} |")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


BASELINE_CMD = [sys.executable, "-c", BASELINE]

if __name__ == "__main__":
    main()
