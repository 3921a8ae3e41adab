"""Encoding benchmark: qsreport.decode against chardet 7 and charset-normalizer, in one run.

Each tool decodes every file of the corpus (``encoding_corpus``: Chinese reports in every
encoding, titles, pages, damaged files, files that are not text, and Japanese, Korean,
Western European and Cyrillic text); the first table gives accuracy per class and files per
second. The second is qsreport's reliability curve: its answers grouped by the confidence
it reported, with the share of each group that is right. For non-text files a tool is right
when it says "not text" (qsreport raises NotText, chardet returns no encoding,
charset-normalizer no match); qsreport's refusals report no confidence and are left out of
the curve.

    python benchmarks/encoding.py                    # print the tables
    python benchmarks/encoding.py --write docs/encoding.md   # and write them into the doc
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import chardet
import charset_normalizer
from encoding_corpus import SEED, Case, build_corpus, describe_miss, is_right, source_texts

from qsreport.decoding import Decoded, decode
from qsreport.errors import NotText
from qsreport.evaluate import changed_characters

# ---------------------------------------------------------------- the tools


def run_qsreport(data: bytes) -> str | None:
    try:
        return decode(data).text
    except NotText:
        return None


def run_chardet(data: bytes) -> str | None:
    encoding = chardet.detect(data)["encoding"]
    if encoding is None:
        return None
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return ""


def run_charset_normalizer(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else str(best)


TOOLS: dict[str, Callable[[bytes], str | None]] = {
    "qsreport": run_qsreport,
    "chardet 7": run_chardet,
    "charset-normalizer": run_charset_normalizer,
}



@dataclass
class Tally:
    files: int = 0
    right: int = 0
    seconds: float = 0.0


def measure(cases: list[Case]) -> tuple[dict[str, dict[str, Tally]], dict[str, float]]:
    """Per group and tool: files, right answers, seconds; and total seconds per tool."""
    results: dict[str, dict[str, Tally]] = {}
    for tool in TOOLS.values():  # warm up: first-call table builds are not per-file costs
        tool(cases[0].data)
    chardet.detect(cases[0].data)
    totals = dict.fromkeys([*TOOLS, "chardet.detect alone"], 0.0)
    for case in cases:
        row = results.setdefault(case.group, {name: Tally() for name in TOOLS})
        for name, tool in TOOLS.items():
            start = time.perf_counter()
            output = tool(case.data)
            elapsed = time.perf_counter() - start
            tally = row[name]
            tally.files += 1
            tally.right += is_right(case, output)
            tally.seconds += elapsed
            totals[name] += elapsed
        start = time.perf_counter()
        chardet.detect(case.data)
        totals["chardet.detect alone"] += time.perf_counter() - start
    return results, totals


def render(results: dict[str, dict[str, Tally]], totals: dict[str, float], files: int) -> str:
    names = list(TOOLS)
    lines = [
        "| class | files | " + " | ".join(f"{n} right" for n in names) + " | "
        + " | ".join(f"{n} files/s" for n in names) + " |",
        "| --- | ---: | " + " | ".join("---:" for _ in names * 2) + " |",
    ]
    overall = {name: Tally() for name in names}
    for group, row in results.items():
        cells = [f"{row[n].right / row[n].files:.1%}" for n in names]
        speeds = [f"{row[n].files / row[n].seconds:,.0f}" for n in names]
        lines.append(f"| {group} | {row[names[0]].files} | " + " | ".join(cells + speeds) + " |")
        for name in names:
            overall[name].files += row[name].files
            overall[name].right += row[name].right
            overall[name].seconds += row[name].seconds
    cells = [f"**{overall[n].right / overall[n].files:.1%}**" for n in names]
    speeds = [f"**{overall[n].files / overall[n].seconds:,.0f}**" for n in names]
    lines.append(f"| **all** | **{files}** | " + " | ".join(cells + speeds) + " |")
    ratio = totals["chardet.detect alone"] / totals["qsreport"]
    lines += [
        "",
        f"qsreport.decode: {files / totals['qsreport']:,.0f} files/s; chardet.detect alone "
        f"(no decoding): {files / totals['chardet.detect alone']:,.0f} files/s; "
        f"speed ratio qsreport/chardet.detect = **{ratio:.2f}**.",
    ]
    return "\n".join(lines)


def machine() -> str:
    model = "unknown CPU"
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
        model = next(line.split(":", 1)[1].strip() for line in lscpu.splitlines()
                     if line.startswith("Model name"))
    except (OSError, subprocess.CalledProcessError, StopIteration):
        pass
    return (f"{model}, {os.cpu_count()} cores; Python {platform.python_version()}, "
            f"chardet {chardet.__version__}, charset-normalizer {charset_normalizer.__version__}; "
            f"{dt.date.today().isoformat()}")


# Confidence groups of the reliability curve: (lowest, label); a group runs to the next.
BINS = ((0.0, "below 0.50"), (0.5, "0.50-0.80"), (0.8, "0.80-0.90"), (0.9, "0.90-0.95"),
        (0.95, "0.95-0.99"), (0.99, "0.99 up to 1"), (1.0, "exactly 1"))


@dataclass
class Calibration:
    """qsreport's answers by the confidence it reported: how many, how many right."""

    answers: list[int] = field(default_factory=lambda: [0] * len(BINS))
    right: list[int] = field(default_factory=lambda: [0] * len(BINS))
    confidence: list[float] = field(default_factory=lambda: [0.0] * len(BINS))
    refused: int = 0
    wrong_but_sure: list[str] = field(default_factory=list)  # wrong answers at 0.99 or more
    foreign: int = 0  # files that are not Chinese
    foreign_flagged: int = 0  # of those, answers naming another language than zh
    chinese_flagged: int = 0  # Chinese files whose answer names another language
    decodable_damage: int = 0  # damaged files whose bytes still decode in their codec
    # Of those, answers that are right only because they are the decoding (more than two
    # characters changed per damaged byte), and how many of them reported 0.99 or more.
    garbled: int = 0
    garbled_but_sure: int = 0


def calibrate(cases: list[Case]) -> Calibration:
    """Decode every file once more, keeping qsreport's confidence and language."""
    found = Calibration()
    for case in cases:
        found.decodable_damage += bool(case.as_decoded)
        foreign = case.group.startswith("not Chinese")
        found.foreign += foreign
        try:
            decoded = decode(case.data)
        except NotText:
            found.refused += 1
            continue
        right = is_right(case, decoded.text)
        group = max(i for i, (low, _) in enumerate(BINS) if decoded.confidence >= low)
        found.answers[group] += 1
        found.right[group] += right
        found.confidence[group] += decoded.confidence
        if not right and decoded.confidence >= 0.99:
            found.wrong_but_sure.append(f"{case.group}: {case.name} ({decoded.confidence})")
        if case.as_decoded and decoded.text in case.as_decoded and case.text is not None:
            garbled = changed_characters(case.text, decoded.text) > 2 * case.damaged
            found.garbled += garbled
            found.garbled_but_sure += garbled and decoded.confidence >= 0.99
        flagged = decoded.language not in ("zh", None)
        found.foreign_flagged += foreign and flagged
        found.chinese_flagged += not foreign and case.text is not None and flagged
    return found


def render_calibration(found: Calibration) -> str:
    lines = ["| confidence | answers | right | share right | mean confidence |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for (_, label), answers, right, total in zip(
        BINS, found.answers, found.right, found.confidence, strict=True
    ):
        if answers:
            lines.append(f"| {label} | {answers} | {right} | {right / answers:.1%} | "
                         f"{total / answers:.3f} |")
    wrong = len(found.wrong_but_sure)
    lines += [
        "",
        f"Wrong answers reported at 0.99 or more: **{wrong}**. Refused as not text (no "
        f"confidence): {found.refused}. Non-Chinese files whose answer names their language "
        f"(a `not_chinese` warning): {found.foreign_flagged} of {found.foreign}; Chinese "
        f"files named otherwise: {found.chinese_flagged}. Damaged files whose bytes still "
        f"decode in their codec: {found.decodable_damage}; of those, read as they decode with "
        f"more than two characters per damaged byte changed: {found.garbled}, "
        f"{found.garbled_but_sure} of them at 0.99 or more.",
    ]
    return "\n".join(lines)


LARGE_SIZES = (100_000, 1_000_000)


def large_files() -> str:
    """Valid GB18030 and Big5 files of 100 KB and 1 MB made of the samples, and the 1 MB
    ones with one undecodable byte in the middle: replacements and seconds (best of 3)."""
    simplified = "\n".join(text for name, text in source_texts() if name.endswith(".s"))
    traditional = "\n".join(text for name, text in source_texts() if name.endswith(".t"))
    lines = ["| file | bytes | replaced | text as decoded | seconds |",
             "| --- | ---: | ---: | --- | ---: |"]
    for codec, text in (("gb18030", simplified), ("cp950", traditional)):
        unit = text.encode(codec, "ignore")
        for size in LARGE_SIZES:
            data = (unit * (size // len(unit) + 1))[:size]
            data = data[: data.rfind(b"\n") + 1]
            middle = data.index(b"\n", len(data) // 2) + 1
            damaged = data[:middle] + b"\xff" + data[middle:]
            variants = [("valid", data, data.decode(codec))]
            if size == LARGE_SIZES[-1]:
                expected = data[:middle].decode(codec) + "\ufffd" + data[middle:].decode(codec)
                variants.append(("one byte 0xFF", damaged, expected))
            for what, payload, expected in variants:
                seconds, decoded = min(_timed(payload) for _ in range(3))
                same = "yes" if decoded.text == expected else "**no**"
                lines.append(f"| {codec}, {what} | {len(payload):,} | {decoded.replaced} | "
                             f"{same} | {seconds:.3f} |")
    return "\n".join(lines)


def _timed(data: bytes) -> tuple[float, Decoded]:
    start = time.perf_counter()
    decoded = decode(data)
    return time.perf_counter() - start, decoded


def write_into(doc: Path, section: str, content: str) -> None:
    """Replace a section of ``doc`` (between its ``<!-- section:start/end -->`` markers)."""
    start, end = f"<!-- {section}:start -->", f"<!-- {section}:end -->"
    text = doc.read_text(encoding="utf-8")
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    doc.write_text(f"{before}{start}\n{content}\n{end}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write the tables into this Markdown file")
    parser.add_argument("--show-misses", action="store_true", help="list every wrong answer")
    parser.add_argument("--group", help="only the classes whose name starts with this")
    parser.add_argument("--seed", type=int, default=SEED, help="another draw of the corpus")
    args = parser.parse_args()
    cases = [c for c in build_corpus(args.seed) if c.group.startswith(args.group or "")]
    if args.show_misses:
        for case in cases:
            output = run_qsreport(case.data)
            if not is_right(case, output):
                print("MISS", case.group, case.name, describe_miss(case, output))
    results, totals = measure(cases)
    table = render(results, totals, len(cases))
    curve = render_calibration(calibrate(cases))
    large = large_files()
    about = machine()
    print(f"{len(cases)} files; {about}\n\n{table}\n\n{curve}\n\n{large}")
    if args.write:
        write_into(args.write, "benchmark", f"Measured on {about}.\n\n{table}")
        write_into(args.write, "calibration", curve)
        write_into(args.write, "large", large)


if __name__ == "__main__":
    main()
