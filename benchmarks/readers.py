"""Document readers, measured: each format's candidate libraries on our own generated files.

    python benchmarks/readers.py [--runs 20]

The files are the seed report (samples/000_…txt) as .docx (python-docx, 4 pages with a
header, a footer with page numbers, a table and a picture), .doc and .pdf (LibreOffice, the
committed tests/data/documents/seed.doc and seed.pdf), .rtf (our GBK-escaped writer, and
LibreOffice's when it is installed) and .mht (UTF-8 and GBK, quoted-printable and base64).
For each reader we print:

- lines: the share of the seed's lines found in the output, in order, spaces ignored;
- furniture: running header / footer text left in the output (should be 0);
- ms/doc: the median wall time of one read, the library already imported;
- import ms: the cost of the first import, in a fresh interpreter;
- installed: the size of the library's files on disk, and its licence.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import platform
import re
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

from qsreport.readers import read  # noqa: E402
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
    code = ("import time; t = time.perf_counter(); import " + module
            + "; print((time.perf_counter() - t) * 1000)")
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


def timed(function: Callable[[bytes], str], data: bytes, runs: int) -> float:
    function(data)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(data)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    print(f"{platform.node()}: {platform.processor() or platform.machine()}, Python "
          f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}\n")
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
                      f"{furniture_left(text):5d} {timed(function, data, args.runs):7.1f} "
                      f"{'–' if cost is None else f'{cost:.0f}':>9}  {installed(package)}")


if __name__ == "__main__":
    main()
