"""Cold start: wall time of `qsreport parse` on the seed beside `chardetect` on the same file.

    python benchmarks/startup.py [--runs 15]

Each command runs as a fresh process (what a user waits for). We report the median and best
wall time, and the median CPU time (user + system) of the child, which a busy machine disturbs
less. chardetect only guesses the encoding; qsreport parse decodes, cleans, segments and
extracts. Run it from an ordinary (non-editable) install: an editable install adds an import
hook that costs every start-up.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_0c6f552278dcef86.txt"


def timed(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each run."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    bindir = Path(sys.executable).parent
    qsreport = shutil.which("qsreport", path=str(bindir)) or "qsreport"
    chardetect = shutil.which("chardetect", path=str(bindir)) or "chardetect"
    commands = {
        "qsreport --help": [qsreport, "--help"],
        "qsreport parse --format json": [qsreport, "parse", str(SEED), "--format", "json"],
        "chardetect": [chardetect, str(SEED)],
    }
    for command in commands.values():  # warm the page cache, not the interpreter
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    print(f"{'command':<32} {'wall median':>12} {'wall best':>10} {'CPU median':>11}"
          f"   ({args.runs} runs each)")
    wall, cpu = {}, {}
    for name, command in commands.items():
        walls, cpus = timed(command, args.runs)
        wall[name], cpu[name] = statistics.median(walls), statistics.median(cpus)
        print(f"{name:<32} {wall[name] * 1000:10.0f}ms {min(walls) * 1000:8.0f}ms "
              f"{cpu[name] * 1000:9.0f}ms")
    parse = "qsreport parse --format json"
    print(f"parse / chardetect: wall {wall[parse] / wall['chardetect']:.2f}x, "
          f"CPU {cpu[parse] / cpu['chardetect']:.2f}x")


if __name__ == "__main__":
    main()
