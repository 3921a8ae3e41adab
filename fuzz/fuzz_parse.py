"""Coverage-guided fuzzing of qsreport's decode and parse with atheris (libFuzzer).

Each input must satisfy what tests/test_properties.py checks: nothing but a QsreportError
escapes, the report validates against the schema, every span lies inside the cleaned text and
inside its evidence sentence. libFuzzer's own limits catch the rest: ``-timeout`` (seconds per
input) for superlinear stages, ``-rss_limit_mb`` for memory.

    pip install atheris
    mkdir -p /tmp/qsreport-fuzz && cp samples/*.txt samples/*/*.txt samples/*/*.html \\
        /tmp/qsreport-fuzz/
    python fuzz/fuzz_parse.py /tmp/qsreport-fuzz -max_total_time=3600 -timeout=10 \\
        -rss_limit_mb=2048 -max_len=65536

QSREPORT_FUZZ_SHAPE=report turns the fuzzer's bytes into text made of the words the rules look
for (tests/test_properties.FRAGMENTS) before parsing, which reaches the extractors sooner.
A failing input is written to ``crash-*``/``timeout-*``; replay it with
``python fuzz/fuzz_parse.py crash-...``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.test_properties holds the invariants

with atheris.instrument_imports(include=["qsreport"]):
    import qsreport

    # qsreport imports its stages lazily; load them all now so that all are instrumented.
    for module in pkgutil.walk_packages(qsreport.__path__, "qsreport."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)

from tests.test_properties import FRAGMENTS, check_decode, check_parse  # noqa: E402

REPORT_SHAPED = os.environ.get("QSREPORT_FUZZ_SHAPE") == "report"
ENCODINGS = ("utf-8", "gb18030", "cp950", "utf-16")


def report_shaped(data: bytes) -> bytes:
    """Text of fragments the fuzzer's bytes choose, in an encoding they choose too."""
    provider = atheris.FuzzedDataProvider(data)
    encoding = ENCODINGS[provider.ConsumeIntInRange(0, len(ENCODINGS) - 1)]
    pieces = []
    while provider.remaining_bytes():
        pieces.append(FRAGMENTS[provider.ConsumeIntInRange(0, len(FRAGMENTS) - 1)])
    return "".join(pieces).encode(encoding, "ignore")


def test_one_input(data: bytes) -> None:
    if REPORT_SHAPED:
        data = report_shaped(data)
    check_decode(data)
    check_parse(data)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
