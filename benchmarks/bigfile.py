"""Big reports: CPU time and peak memory of `qsreport parse` on 1 MB and 10 MB reports, beside
the floor of any reader (decode the bytes, one regex pass over the text), in one run.

    python benchmarks/bigfile.py [--runs 3] [--sizes 1,10] [--against OTHER_VENV/bin]

The reports are the seed report (this project's own text) repeated to the size, in UTF-8 and
in GB18030; each parse is a fresh process (`qsreport parse FILE --format json`), and its CPU
time (user + system) and peak resident memory are read from the operating system when it
ends. The goals (issue 16): 10 MB in 1.5 s (UTF-8) and 2 s (GB18030), peak RSS within
150 MiB, and 10 MB taking no more than 11 times 1 MB. ``--against`` names the bin folder of
another installation (an earlier build, say): its parse of each file runs in turn with this
one's, and shows on the line below.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_0c6f552278dcef86.txt"
MB = 1_000_000


def build(folder: Path, megabytes: int, encoding: str) -> Path:
    """The seed repeated to ``megabytes`` MB in ``encoding``, cut at a character boundary."""
    seed = SEED.read_text(encoding="utf-8")
    size = megabytes * MB
    text = seed * (size // len(seed.encode(encoding)) + 1)
    data = text.encode(encoding)[:size].decode(encoding, "ignore").encode(encoding)
    path = folder / f"report-{megabytes}mb-{encoding}.txt"
    path.write_bytes(data)
    return path


def parse_once(qsreport: str, path: Path) -> tuple[float, float]:
    """CPU seconds and peak RSS (MiB) of one `qsreport parse` process."""
    with open(os.devnull, "wb") as sink:
        process = subprocess.Popen([qsreport, "parse", str(path), "--format", "json"],
                                   stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"qsreport parse failed on {path}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def floor_once(path: Path, encoding: str) -> float:
    """CPU seconds to decode the bytes and run one regex over the text (in this process)."""
    start = time.process_time()
    text = path.read_bytes().decode(encoding)
    re.findall(r"\d+", text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1,10", help="sizes in MB, comma-separated")
    parser.add_argument("--against", type=Path, default=None,
                        help="bin folder of another installation to compare with")
    args = parser.parse_args()
    bindir = Path(sys.executable).parent
    builds = {"": shutil.which("qsreport", path=str(bindir)) or "qsreport"}
    if args.against is not None:
        builds["  against"] = str(args.against / "qsreport")
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"{'report':<20} {'CPU median':>11} {'peak RSS':>10} {'decode+regex':>13}"
          f"   ({args.runs} runs each)")
    with tempfile.TemporaryDirectory() as folder:
        for encoding in ("utf-8", "gb18030"):
            medians: dict[str, dict[int, float]] = {label: {} for label in builds}
            for megabytes in sizes:
                path = build(Path(folder), megabytes, encoding)
                runs: dict[str, list[tuple[float, float]]] = {label: [] for label in builds}
                for _ in range(args.runs):  # the builds in turn, run after run
                    for label, qsreport in builds.items():
                        runs[label].append(parse_once(qsreport, path))
                floor = statistics.median(floor_once(path, encoding) for _ in range(args.runs))
                for label in builds:
                    cpu = statistics.median(run[0] for run in runs[label])
                    rss = max(run[1] for run in runs[label])
                    medians[label][megabytes] = cpu
                    name = label or f"{megabytes:>3} MB {encoding}"
                    print(f"{name:<20} {cpu:10.2f}s {rss:8.0f}MiB {floor:12.2f}s")
            if len(sizes) == 2:
                small, large = sizes
                for label in builds:
                    print(f"    {encoding}{label}: {large} MB / {small} MB time ratio "
                          f"{medians[label][large] / medians[label][small]:.1f}x")


if __name__ == "__main__":
    main()
