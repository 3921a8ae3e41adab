"""Big texts made of the project's own example sentences, one family at a time: whether any
rule's time grows faster than the text on sentences of the shape it was written for.

    python benchmarks/families.py [--sizes 40000,160000] [--only WORD] [--mixed | --alone] [--list]

The seed report (what `bigfile.py` and `shapes.py` repeat) holds few of the shapes the rules
were written for, so a rule that scans the whole text for every sentence of its own shape
stays hidden there. Here the texts are the sentences the tests feed to the parser: every
string literal of a `tests/*.py` module that is mostly Han text (docstrings, pages and
English left out), and every case's `text` of `tests/cases/*.json`, grouped by test module
(one group a rule family; the cases files by their area, `families_brands_s15c.json` in
`cases:brands`); and the samples' own reports (`samples/`, this team's texts) by folder. Each
group's texts, one a line, are repeated to each size (in characters) and parsed in this
process (``parse_bytes``); its CPU time is printed at both sizes with the ratio beside the
sizes' ratio (4x by default). A group whose ratio is above 1.5 times the sizes' (6x for 4x)
is timed again, the best of the two runs kept, and flagged ``<<`` if it still is: its rules
grow faster than the text. ``--only WORD`` keeps the groups whose name holds WORD;
``--mixed`` times one text that takes every group's texts in turn (all families mixed)
instead of each group alone; ``--list`` prints each group's count of texts and characters.
Groups with fewer than 40 characters are left out. By default 2-2.5 minutes of CPU on the
project's 2-core machine (205 groups at 40K and 160K characters); ``--alone`` 6-8 minutes
(5,828 texts at 4K and 16K): each text a report of its own shows a rule that a property of
the whole report turns on (no quality bureau named anywhere), which a group's other texts hide.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
MIN_HAN = 8
MIN_GROUP = 40
FLAG = 1.5  # a ratio this many times the sizes' ratio is flagged
GROUP_SIZES = "40000,160000"
ALONE_SIZES = "4000,16000"


def looks_like_text(value: str) -> bool:
    """A report's words: mostly Han, no markup, not an English docstring with Chinese in it."""
    han = len(HAN.findall(value))
    return (han >= MIN_HAN and "<" not in value and len(LATIN.findall(value)) * 4 < han)


def docstrings(tree: ast.Module) -> set[int]:
    """The ids of the module's, classes' and functions' docstring nodes."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                    and isinstance(body[0].value.value, str)):
                found.add(id(body[0].value))
    return found


def module_texts(path: Path) -> list[str]:
    """The Han string literals of one test module, in the order they stand."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstrings(tree)
    texts = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
                and looks_like_text(node.value)):
            texts.append(node.value)
    return texts


def cases_texts(path: Path) -> list[str]:
    """The texts of one cases file (a list of cases, or an object with "cases")."""
    data = json.loads(path.read_text(encoding="utf-8"))
    cases = data.get("cases", []) if isinstance(data, dict) else data
    return [case["text"] for case in cases
            if isinstance(case, dict) and isinstance(case.get("text"), str)
            and looks_like_text(case["text"])]


def groups() -> dict[str, list[str]]:
    """Every group's texts, by the group's name, in a fixed order."""
    from qsreport.decoding import decode

    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "tests").glob("*.py")):
        found[path.stem.removeprefix("test_")] = module_texts(path)
    for path in sorted((ROOT / "tests" / "cases").glob("*.json")):
        area = re.sub(r"^families_", "", path.stem)
        area = re.sub(r"_(?:s\d+\w*|[a-z]\d\w*|f\d)$", "", area)
        found.setdefault(f"cases:{area}", []).extend(cases_texts(path))
    for path in sorted((ROOT / "samples").rglob("*.txt")):
        folder = path.parent.relative_to(ROOT / "samples").as_posix()
        name = "samples" if folder == "." else f"samples:{folder}"
        found.setdefault(name, []).append(decode(path.read_bytes()).text)
    return {name: texts for name, texts in found.items()
            if sum(len(text) for text in texts) >= MIN_GROUP}


def repeated(texts: list[str], size: int) -> bytes:
    """The texts one a line, repeated to ``size`` characters, as UTF-8."""
    block = "\n".join(text.strip("\n") for text in texts) + "\n"
    return (block * (size // len(block) + 1))[:size].encode("utf-8")


def mixed(found: dict[str, list[str]]) -> list[str]:
    """Every group's texts in turn: the first of each group, then the second of each, ..."""
    lists = list(found.values())
    return [texts[i] for i in range(max(map(len, lists))) for texts in lists if i < len(texts)]


def cpu(data: bytes) -> float:
    from qsreport.pipeline import parse_bytes

    start = time.process_time()
    parse_bytes(data, None)
    return time.process_time() - start


def timed(texts: list[str], sizes: list[int]) -> list[float]:
    return [cpu(repeated(texts, size)) for size in sizes]


def alone(found: dict[str, list[str]], sizes: list[int]) -> None:
    """Each text as a report of its own: per group, its worst ratio and every text flagged."""
    expected, seen, flagged, total = sizes[-1] / sizes[0], set[str](), 0, 0.0
    print(f"{'group (texts alone)':<40}{'texts':>6}   worst ratio   its text")
    for name, texts in found.items():
        worst: tuple[float, str] = (0.0, "")
        for text in texts:
            if text in seen:
                continue
            seen.add(text)
            took = timed([text], sizes)
            if took[-1] > FLAG * expected * took[0]:
                took = [min(pair) for pair in zip(took, timed([text], sizes), strict=True)]
            total += sum(took)
            ratio = took[-1] / max(took[0], 1e-6)
            opening = text.strip()[:24].replace("\n", " ")
            if ratio > FLAG * expected:
                flagged += 1
                print(f"  << {ratio:5.1f}x " + "".join(f"{t:7.3f}s" for t in took) + f"  {opening}",
                      flush=True)
            worst = max(worst, (ratio, opening))
        print(f"{name:<40}{len(texts):6}   {worst[0]:5.1f}x       {worst[1]}", flush=True)
    print(f"{len(seen)} texts, {total:.0f} s of CPU; sizes {expected:.1f}x; "
          f"above {FLAG * expected:.1f}x: {flagged}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="", help="characters, comma-separated "
                        f"(default {GROUP_SIZES}; {ALONE_SIZES} with --alone)")
    parser.add_argument("--only", default="", help="groups whose name holds this")
    parser.add_argument("--mixed", action="store_true", help="one text of every group mixed")
    parser.add_argument("--alone", action="store_true", help="each text a report of its own")
    parser.add_argument("--list", action="store_true", help="the groups, not timed")
    args = parser.parse_args()

    sizes = [int(size) for size in
             (args.sizes or (ALONE_SIZES if args.alone else GROUP_SIZES)).split(",")]
    found = {name: texts for name, texts in groups().items() if args.only in name}
    if not found:
        parser.error(f"no group's name holds {args.only!r} (--list shows them)")
    if args.list:
        for name, texts in found.items():
            print(f"{name:<40} {len(texts):5} texts {sum(map(len, texts)):8,} characters")
        return
    cpu(repeated(next(iter(found.values())), 2000))  # warm-up: imports, compiled patterns
    if args.alone:
        alone(found, sizes)
        return
    if args.mixed:
        found = {"mixed": mixed(found)}
    expected = sizes[-1] / sizes[0]
    print(f"{'group':<40}" + "".join(f"{size:>10,}" for size in sizes) + "   time ratio")
    flagged, total = [], 0.0
    for name, texts in found.items():
        took = timed(texts, sizes)
        if took[-1] > FLAG * expected * took[0]:
            took = [min(pair) for pair in zip(took, timed(texts, sizes), strict=True)]
        ratio = took[-1] / max(took[0], 1e-6)
        mark = "  <<" if ratio > FLAG * expected else ""
        if mark:
            flagged.append(name)
        total += sum(took)
        print(f"{name:<40}" + "".join(f"{t:9.2f}s" for t in took) + f"   {ratio:5.1f}x{mark}",
              flush=True)
    print(f"{len(found)} groups, {total:.0f} s of CPU; sizes {expected:.1f}x; "
          f"above {FLAG * expected:.1f}x: {', '.join(flagged) or 'none'}")


if __name__ == "__main__":
    main()
