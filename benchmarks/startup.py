"""Cold start: wall time of `qsreport parse` on the seed beside `chardetect` on the same file.

    python benchmarks/startup.py [--runs 15] [--against OTHER_VENV/bin]

Each command runs as a fresh process (what a user waits for), the commands in turn, round
after round (so a change in the machine's load touches them all alike). We report the median
and best wall time, and the median CPU time (user + system) of the child, which a busy machine
disturbs less. The seed is parsed as it is (UTF-8) and re-encoded in GB18030. ``--against``
names the bin folder of another installation (an earlier build, say): its ``qsreport parse``
runs in the same rounds, beside this one's. chardetect only guesses the encoding; qsreport parse decodes, cleans, segments and
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
import tempfile
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
    parser.add_argument("--against", type=Path, default=None,
                        help="bin folder of another installation to compare with")
    args = parser.parse_args()
    bindir = Path(sys.executable).parent
    qsreport = shutil.which("qsreport", path=str(bindir)) or "qsreport"
    chardetect = shutil.which("chardetect", path=str(bindir)) or "chardetect"
    with tempfile.TemporaryDirectory() as folder:
        gb18030 = Path(folder) / "seed-gb18030.txt"
        gb18030.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
        commands = {"qsreport --help": [qsreport, "--help"]}
        for label, seed in (("", SEED), (" gb18030", gb18030)):
            commands[f"qsreport parse --format json{label}"] = [
                qsreport, "parse", str(seed), "--format", "json"]
            if args.against is not None:
                commands[f"  against: parse{label}"] = [
                    str(args.against / "qsreport"), "parse", str(seed), "--format", "json"]
            commands[f"chardetect{label}"] = [chardetect, str(seed)]
        report(commands, args.runs)


def report(commands: dict[str, list[str]], runs: int) -> None:
    """Time every command ``runs`` times, in turn, and print the table."""
    for command in commands.values():  # warm the page cache (and qsreport's regex cache)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            wall, cpu = timed(command, 1)
            walls[name] += wall
            cpus[name] += cpu
    print(f"{'command':<34} {'wall median':>12} {'wall best':>10} {'CPU median':>11}"
          f"   ({runs} runs each, interleaved)")
    wall = {name: statistics.median(values) for name, values in walls.items()}
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    for name in commands:
        print(f"{name:<34} {wall[name] * 1000:10.0f}ms {min(walls[name]) * 1000:8.0f}ms "
              f"{cpu[name] * 1000:9.0f}ms")
    for label in ("", " gb18030"):
        parse, reference = f"qsreport parse --format json{label}", f"chardetect{label}"
        line = (f"parse / chardetect{label}: wall {wall[parse] / wall[reference]:.2f}x, "
                f"CPU {cpu[parse] / cpu[reference]:.2f}x")
        against = f"  against: parse{label}"
        if against in cpu:
            line += f"; against / chardetect CPU {cpu[against] / cpu[reference]:.2f}x"
        print(line)


if __name__ == "__main__":
    main()
