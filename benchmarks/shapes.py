"""Big texts of other shapes: whether a parse's time grows with the text alone, whatever its
lines and stops look like.

    python benchmarks/shapes.py [--sizes 150000,600000]

The seed report (this project's own text) is repeated to each size (in characters) in a few
shapes: as it is, on one line (no line breaks), with no full stops (every stop and line break
a comma: sentences only cut at MAX_SENTENCE), converted to traditional script, and hard-wrapped
every 30 characters with CRLF line ends. Each is parsed in this process (``parse_bytes``),
and its CPU time printed with the ratio of the largest size's time to the smallest's beside
the ratio of their sizes: a rule that scans from a line's start, or a sentence's, for every
figure or name in it shows here as a ratio well above the sizes' (issue 16: linear time).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "samples" / "000_0c6f552278dcef86.txt"


def _traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))


SHAPES: dict[str, Callable[[str], str]] = {
    "as it is": lambda text: text,
    "one line": lambda text: text.replace("\n", ""),
    "no stops": lambda text: text.replace("。", "，").replace("\n", "，"),
    "traditional": _traditional,
    "wrapped, CRLF": lambda text: "\r\n".join(text[i:i + 30] for i in range(0, len(text), 30)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="150000,600000", help="characters, comma-separated")
    args = parser.parse_args()
    from qsreport.pipeline import parse_bytes

    sizes = [int(size) for size in args.sizes.split(",")]
    seed = SEED.read_text(encoding="utf-8")
    parse_bytes(seed.encode(), None)  # warm-up: imports, compiled patterns
    print(f"{'shape':<14}" + "".join(f"{size:>11,}" for size in sizes) + "   time ratio")
    for name, shape in SHAPES.items():
        took = []
        for size in sizes:
            data = shape(seed * (size // len(seed) + 1))[:size].encode("utf-8")
            start = time.process_time()
            parse_bytes(data, None)
            took.append(time.process_time() - start)
        print(f"{name:<14}" + "".join(f"{t:10.2f}s" for t in took)
              + f"   {took[-1] / took[0]:.1f}x (sizes {sizes[-1] / sizes[0]:.1f}x)")


if __name__ == "__main__":
    main()
