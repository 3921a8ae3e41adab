"""Cold start: wall time of `qsreport parse` on the seed beside `chardetect` on the same file.

    python benchmarks/startup.py [--runs 15]

Each command runs as a fresh process (what a user waits for); we report the median and best.
chardetect only guesses the encoding; qsreport parse decodes, cleans, segments and extracts.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_0c6f552278dcef86.txt"


def timed(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


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
    print(f"{'command':<32} {'median':>8} {'best':>8}   ({args.runs} runs each)")
    results = {}
    for name, command in commands.items():
        times = timed(command, args.runs)
        results[name] = statistics.median(times)
        print(f"{name:<32} {statistics.median(times) * 1000:7.0f}ms {min(times) * 1000:7.0f}ms")
    ratio = results["qsreport parse --format json"] / results["chardetect"]
    print(f"parse / chardetect: {ratio:.2f}x")


if __name__ == "__main__":
    main()
