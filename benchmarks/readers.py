"""Document readers, measured: which library reads each format, and what a document costs.

    python benchmarks/readers.py [compare] [parse] [imports] [--runs N]     (all three by default)

compare — each format's candidate libraries on our own generated files: the seed report
(samples/000_…txt) as .docx (python-docx, 4 pages with a header, a footer with page numbers, a
table and a picture), .doc and .pdf (LibreOffice, the committed tests/data/documents/seed.doc
and seed.pdf), .rtf (our GBK-escaped writer, and LibreOffice's when it is installed) and .mht
(UTF-8 and GBK, quoted-printable and base64). For each reader: lines (the share of the seed's
lines found in the output, in order, spaces ignored), furniture (running header / footer text
left in the output, should be 0), ms/doc (median CPU time of one read, library imported;
antiword's process counted), import ms (CPU time of the first import, fresh interpreter),
and the library's size on disk and licence.

parse — `qsreport.parse` on the seed and three corpus reports, each in every format (txt as
stored; html, docx, rtf, mht, and a ZIP holding the txt, written from its text here; doc and
pdf (and Word 2003 XML, "wordml") converted by LibreOffice when it is installed, else the
seed's committed files only). All
formats of all documents run interleaved, in a new random order each round, so a busy machine
slows them alike: the median CPU time (time.process_time) of each, and its ratio to txt.

imports — in fresh interpreters that have imported qsreport.pipeline (what a text parse
loads): the CPU cost of importing each reading library, and of the first document of each
format (imports and first-use work included); and which of those libraries a text parse
loaded (none should be).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import io
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "tests" / "data" / "documents"
sys.path.insert(0, str(ROOT / "src"))
_spec = importlib.util.spec_from_file_location("fixtures", DOCUMENTS / "fixtures.py")
assert _spec and _spec.loader
F = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(F)

from qsreport import decode, parse  # noqa: E402
from qsreport.readers import iter_archive, read  # noqa: E402
from qsreport.readers.furniture import strip_page_furniture  # noqa: E402

FURNITURE = (F.HEADER.replace(" ", ""), F.FOOTER_PREFIX)


def lines_in_order(text: str) -> float:
    """The share of the seed's lines found in ``text`` one after another, spaces ignored."""
    flat = re.sub(r"\s+", "", text)
    position = found = 0
    lines = F.seed_lines()
    for line in lines:
        needle = re.sub(r"\s+", "", line)
        index = flat.find(needle, position)
        if index >= 0:
            found, position = found + 1, index + len(needle)
    return found / len(lines)


def furniture_left(text: str) -> int:
    flat = re.sub(r"\s+", "", text)
    return sum(flat.count(mark) for mark in FURNITURE)


# --- the candidates: name → (package for size/licence, module to import, function) ----------

def ours(fmt: str) -> Callable[[bytes], str]:
    def run(data: bytes) -> str:
        document = read(data, fmt)
        if document.html is not None:
            html = document.html.decode(document.charset or "utf-8")
            return re.sub(r"<[^>]+>", "\n", re.sub(r"(?s)<(title|style|script).*?</\1>", "", html))
        return document.text or ""
    return run


def docx2python_text(data: bytes) -> str:
    from docx2python import docx2python

    with docx2python(io.BytesIO(data)) as content:
        rows = [["\n".join(cell) for cell in row] for table in content.body for row in table]
    return "\n".join("\t".join(row) for row in rows)


def pdfminer_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    pages = extract_text(io.BytesIO(data)).split("\f")
    kept, _ = strip_page_furniture([page.split("\n") for page in pages])
    return "\n".join("\n".join(page) for page in kept)


def pdfium_raw_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def striprtf_text(encoding: str) -> Callable[[bytes], str]:
    def run(data: bytes) -> str:
        from striprtf.striprtf import rtf_to_text

        return str(rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace"))
    return run


def antiword_text(data: bytes) -> str:
    result = subprocess.run(["antiword", "-m", "UTF-8.txt", "-"], input=data,
                            capture_output=True, check=False)
    return result.stdout.decode("utf-8", "replace")


CANDIDATES: dict[str, list[tuple[str, str | None, str | None, Callable[[bytes], str]]]] = {
    "docx": [("python-docx (ours)", "python-docx", "docx", ours("docx")),
             ("docx2python", "docx2python", "docx2python", docx2python_text)],
    "doc": [("olefile (ours)", "olefile", "olefile", ours("doc")),
            ("antiword (Debian)", None, None, antiword_text)],
    "pdf": [("pypdfium2 (ours)", "pypdfium2", "pypdfium2", ours("pdf")),
            ("pypdfium2, no furniture step", "pypdfium2", "pypdfium2", pdfium_raw_text),
            ("pdfminer.six + furniture step", "pdfminer.six", "pdfminer.high_level",
             pdfminer_text)],
    "rtf": [("own reader", None, "qsreport.readers.rtf", ours("rtf")),
            ("striprtf, cp1252 (default)", "striprtf", "striprtf.striprtf",
             striprtf_text("cp1252")),
            ("striprtf, told gbk", "striprtf", "striprtf.striprtf", striprtf_text("gbk"))],
    "mht": [("email (stdlib)", None, "email", ours("mht"))],
}


def fixtures() -> dict[str, list[tuple[str, bytes]]]:
    docx_bytes = F.build_docx()
    files = {
        "docx": [("seed.docx", docx_bytes)],
        "doc": [("seed.doc", (DOCUMENTS / "seed.doc").read_bytes())],
        "pdf": [("seed.pdf", (DOCUMENTS / "seed.pdf").read_bytes())],
        "rtf": [("seed.rtf (GBK escapes)", F.build_rtf())],
        "mht": [(f"seed.mht ({charset}, {transfer})", F.build_mht(charset, transfer))
                for charset in ("utf-8", "gbk") for transfer in ("quoted-printable", "base64")],
    }
    if shutil.which("soffice"):
        files["rtf"].append(("seed.rtf (LibreOffice)", F.convert(docx_bytes, "rtf")))
    return files


def import_ms(module: str | None) -> float | None:
    if module is None:
        return None
    code = ("import time; t = time.process_time(); import " + module
            + "; print((time.process_time() - t) * 1000)")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True, cwd=ROOT / "src").stdout) for _ in range(5)]
    return statistics.median(runs)


def installed(package: str | None) -> str:
    if package is None:
        return "–"
    try:
        dist = distribution(package)
    except PackageNotFoundError:
        return "not installed"
    size = sum((file.size or 0) for file in dist.files or ())
    licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or "?"
    return f"{size / 1e6:.1f} MB, {licence[:30]}"


def cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (antiword)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(function: Callable[[bytes], str], data: bytes, runs: int) -> float:
    """The median CPU ms of one call, after a first one."""
    function(data)
    times = []
    for _ in range(runs):
        start = cpu_seconds()
        function(data)
        times.append(cpu_seconds() - start)
    return statistics.median(times) * 1000


def compare(runs: int) -> None:
    print(f"{'format':<6} {'reader':<30} {'file':<36} {'lines':>6} {'furn.':>5} {'ms/doc':>7} "
          f"{'import ms':>9}  installed")
    for fmt, files in fixtures().items():
        for name, package, module, function in CANDIDATES[fmt]:
            if name.startswith("antiword") and not shutil.which("antiword"):
                continue
            if module and importlib.util.find_spec(module.split(".")[0]) is None:
                print(f"{fmt:<6} {name:<30} (not installed: pip install {package})")
                continue
            cost = import_ms(module)
            for file_name, data in files:
                text = function(data)
                print(f"{fmt:<6} {name:<30} {file_name:<36} {lines_in_order(text):6.1%} "
                      f"{furniture_left(text):5d} {timed(function, data, runs):7.1f} "
                      f"{'–' if cost is None else f'{cost:.0f}':>9}  {installed(package)}")


# --- parse: every format of the same reports, side by side ----------------------------------

SAMPLES = ROOT / "samples"
# The seed and three reports of the team's sets, long to short (3.1, 1.7 and 0.7 KB).
REPORTS = {"seed": F.SEED, "k04_linhai": SAMPLES / "holdout2" / "k04_linhai_2011.txt",
           "a02_wenzhou": SAMPLES / "corpus" / "a02_wenzhou_2010.txt",
           "h11_xiamen": SAMPLES / "holdout" / "h11_xiamen_2004.txt"}
PARSE_FORMATS = ("txt", "html", "docx", "doc", "wordml", "pdf", "rtf", "mht", "zip")


def in_every_format(path: Path, office: bool) -> dict[str, bytes]:
    """One report as stored (txt) and written from its text in each other format."""
    raw = path.read_bytes()
    text = decode(raw).text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    docx_bytes = F.build_plain_docx(text)
    files = {"txt": raw, "html": F.seed_html("utf-8", lines).encode(), "docx": docx_bytes,
             "rtf": F.build_rtf(lines), "mht": F.build_mht("gb18030", "quoted-printable", lines),
             "zip": F.build_zip({f"报告/{path.name}": raw})}
    if office:
        files["doc"], files["pdf"] = F.convert(docx_bytes, "doc"), F.convert(docx_bytes, "pdf")
        files["wordml"] = F.convert(docx_bytes, "xml")
    elif path == F.SEED:
        files["doc"] = (DOCUMENTS / "seed-plain.doc").read_bytes()
        files["pdf"] = (DOCUMENTS / "seed.pdf").read_bytes()
        files["wordml"] = (DOCUMENTS / "seed-plain-2003.xml").read_bytes()
    return files


def parse_members(data: bytes) -> None:
    """A ZIP as batch reads it: each member unpacked, then parsed."""
    for member in iter_archive(data, 20 << 20, 200 << 20):
        parse(member.data or b"")


def reading_only(fmt: str) -> Callable[[bytes], object]:
    if fmt in ("txt", "html"):
        return decode
    if fmt == "zip":
        return lambda data: list(iter_archive(data, 20 << 20, 200 << 20))
    return lambda data: read(data, fmt)


def cpu_ms(function: Callable[[bytes], object], data: bytes) -> float:
    start = time.process_time()
    function(data)
    return (time.process_time() - start) * 1000


def parse_side_by_side(runs: int) -> None:
    office = shutil.which("soffice") is not None
    reports = {name: in_every_format(path, office) for name, path in REPORTS.items()}
    jobs = [(name, fmt, kind, function, data)
            for name, files in reports.items() for fmt, data in files.items()
            for kind, function in (("parse", parse_members if fmt == "zip" else parse),
                                   ("read", reading_only(fmt)))]
    for _, _, _, function, data in jobs:  # imports and first-use work out of the way
        function(data)
    times: dict[tuple[str, str, str], list[float]] = {}
    for _ in range(runs):
        random.shuffle(jobs)
        gc.collect()
        for name, fmt, kind, function, data in jobs:
            times.setdefault((name, fmt, kind), []).append(cpu_ms(function, data))
    median = {key: statistics.median(values) for key, values in times.items()}
    print(f"parse: CPU ms a document, median of {runs} interleaved rounds; × txt: all four "
          "against their txt; read: the seed's reader (decoder for txt/html) alone")
    print(f"{'format':<7}" + "".join(f"{name:>13}" for name in reports) + f"{'× txt':>8}"
          f"{'read':>8}")
    for fmt in PARSE_FORMATS:
        cells, ratio_parts = [], []
        for name in reports:
            value = median.get((name, fmt, "parse"))
            cells.append(f"{'–' if value is None else f'{value:.1f}':>13}")
            if value is not None:
                ratio_parts.append((value, median[(name, "txt", "parse")]))
        ratio = sum(v for v, _ in ratio_parts) / sum(t for _, t in ratio_parts)
        read_ms = median.get((next(iter(reports)), fmt, "read"))
        print(f"{fmt:<7}" + "".join(cells) + f"{ratio:8.2f}"
              + f"{'–' if read_ms is None else f'{read_ms:.1f}':>8}")


# --- imports: what a format costs the first time, and what a text parse loads ---------------

LIBRARIES = {"docx": "docx", "doc": "olefile", "pdf": "pypdfium2", "rtf": "qsreport.readers.rtf",
             "mht": "email.policy", "zip": "zipfile"}
# What a text parse must not load: the reading libraries, the candidates, our reader modules.
WATCHED = ("docx", "olefile", "pypdfium2", "striprtf", "docx2python", "pdfminer",
           *(f"qsreport.readers.{fmt}" for fmt in ("docx", "doc", "pdf", "rtf", "mht", "zip")))
FIRST = {"zip": "from qsreport.readers import iter_archive\n"
                "for m in iter_archive(data, 1 << 24, 1 << 26): parse(m.data)"}
_PROBE = """
import json, sys, time
from pathlib import Path
from qsreport import parse
parse(Path({seed!r}).read_bytes())
loaded = sorted(m for m in {watched!r} if m in sys.modules)
data = Path({path!r}).read_bytes() if {path!r} else b""
start = time.process_time()
exec({statement!r})
print(json.dumps([(time.process_time() - start) * 1000, loaded]))
"""


def probe(statement: str, path: str = "") -> tuple[float, list[str]]:
    """CPU ms of ``statement`` in a fresh interpreter that has parsed the seed's text, and
    which watched modules that text parse loaded."""
    code = _PROBE.format(seed=str(F.SEED), watched=WATCHED, path=path, statement=statement)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT / "src")
    cost, loaded = json.loads(result.stdout)
    return float(cost), list(loaded)


def imports(runs: int, work: Path) -> None:
    seed = in_every_format(F.SEED, office=False)
    print(f"imports: CPU ms in a fresh interpreter after a text parse, median of {runs}")
    print(f"{'format':<7}{'library':<24}{'import':>8}{'first document':>16}")
    loaded: set[str] = set()
    for fmt, module in LIBRARIES.items():
        path = work / f"seed.{fmt}"
        path.write_bytes(seed[fmt])
        costs = [probe(f"import {module}") for _ in range(runs)]
        firsts = [probe(FIRST.get(fmt, "parse(data)"), str(path))[0] for _ in range(runs)]
        loaded.update(name for _, names in costs for name in names)
        print(f"{fmt:<7}{module:<24}{statistics.median(c for c, _ in costs):8.1f}"
              f"{statistics.median(firsts):16.1f}")
    print(f"a text parse loaded: {', '.join(sorted(loaded)) or 'none'} "
          f"(watched: {', '.join(WATCHED)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sections", nargs="*", metavar="{compare,parse,imports}",
                        help="what to measure (default: all three)")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    unknown = set(args.sections) - {"compare", "parse", "imports"}
    if unknown:
        parser.error(f"no such section: {', '.join(sorted(unknown))}")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"{platform.node()}: {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, load {load}, Python {platform.python_version()}, "
          f"{time.strftime('%Y-%m-%d')}\n")
    for section in ("compare", "parse", "imports"):
        if args.sections and section not in args.sections:
            continue
        if section == "compare":
            compare(args.runs)
        elif section == "parse":
            parse_side_by_side(args.runs)
        else:
            import tempfile

            with tempfile.TemporaryDirectory() as work:
                imports(max(5, args.runs // 4), Path(work))
        print()


if __name__ == "__main__":
    main()
