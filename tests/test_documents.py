"""Whole reports from documents: the seed saved as Word, RTF, a web archive, a PDF or inside a
ZIP gives the facts the .txt gives — every figure, compared list by list, not counted.

The plain fixtures (the seed typed into Word a line a paragraph) give the text file's report
exactly, spans and sentences included; the dressed-up ones (header, footer, table, picture)
give the same figures and sentences at other offsets. Bad documents are in
test_documents_errors.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from qsreport import parse
from qsreport.cli import main

from .test_readers import DOCUMENTS, document, fixtures

SEED = DOCUMENTS.parent.parent.parent / "samples" / "000_0c6f552278dcef86.txt"
EXPECTED: dict[str, Any] = json.loads(SEED.with_name(SEED.stem + ".expected.json")
                                      .read_text(encoding="utf-8"))


def without_source(report: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in report.items() if key != "source"}


def figures(report: dict[str, Any], drop: tuple[str, ...] = ("span", "page")
            ) -> dict[str, list[dict[str, Any]]]:
    """Every figure list of every area (brands.counts, standards.rates, ...), each item
    without the fields in ``drop``: offsets, which move when the text around them does."""
    return {f"{area}.{name}": [{k: v for k, v in item.items() if k not in drop} for item in items]
            for area, lists in report.items()
            if isinstance(lists, dict) and area != "source"
            for name, items in lists.items() if isinstance(items, list)}


def header(report: dict[str, Any]) -> tuple[Any, ...]:
    """The header (without where each field was found: a page says so in its own words),
    section headings and warnings, without offsets."""
    meta = {key: value for key, value in report["meta"].items() if key != "found"}
    return meta, [s["heading"] for s in report["sections"]], report["warnings"]


def seed_report_of(data: bytes) -> dict[str, Any]:
    return parse(data).model_dump(mode="json")


# --- plain Word documents: the text file's report, exactly ------------------------------------


@pytest.mark.parametrize(("name", "fmt", "reader"), [
    ("seed-plain.docx", "docx", "python-docx "), ("seed-plain.doc", "doc", "qsreport doc (olefile "),
    ("seed-plain-2003.xml", "wordml", "python-docx "),
])
def test_a_plain_word_document_gives_the_seed_s_report(name: str, fmt: str, reader: str) -> None:
    """The seed typed into Word, saved as .docx, Word 97 .doc or Word 2003 XML: every figure, span and
    sentence, the header, sections and warnings are the .txt's (samples/…expected.json), and
    the cleaned text is the same text (same hash, same 232 pinyin annotations removed)."""
    report = seed_report_of(document(name))
    assert without_source(report) == without_source(EXPECTED)
    source = report["source"]
    assert (source["format"], source["decoded_by"]) == (fmt, "reader")
    assert source["reader"].startswith(reader)
    assert source["text_sha256"] == EXPECTED["source"]["text_sha256"]
    assert source["pinyin_removed"] == EXPECTED["source"]["pinyin_removed"] == 232
    assert source["dropped"] == {}


@pytest.mark.parametrize(("name", "saved_as", "fmt"), [
    ("seed-plain.docx", "金华/质量安全.docx", "docx"), ("seed-plain.doc", "金华/质量安全.doc", "doc"),
    ("seed-plain.doc", "金华/质量安全.wps", "wps"), ("seed-plain-2003.xml", "金华/质量安全.doc", "wordml"),
    ("seed-plain-2003.xml", "金华/质量安全.xml", "wordml"),
])
def test_qsreport_parse_prints_the_seed_s_figures_for_word_files(
        tmp_path: Path, name: str, saved_as: str, fmt: str) -> None:
    """`qsreport parse FILE --format json` on a Word file: exit 0, nothing on stderr, and the
    .txt's figure lists; a Word 97 file named .wps (Kingsoft) is read by the same reader, and
    Word 2003's XML by its own whether it is named .doc or .xml."""
    path = tmp_path / saved_as
    path.parent.mkdir()
    path.write_bytes(document(name))
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "json"])
    assert (result.exit_code, result.stderr) == (0, "")
    report = json.loads(result.stdout)
    assert report["source"]["format"] == fmt
    assert report["source"]["path"] == str(path)
    assert figures(report, drop=()) == figures(EXPECTED, drop=())


# --- dressed-up documents: the same figures and sentences ------------------------------------


DRESSED = {
    "docx": lambda: document("seed.docx"),
    "doc": lambda: document("seed.doc"),
    "wordml": lambda: document("seed-2003.xml"),
    "rtf": lambda: document("seed.rtf"),
    "mht utf-8 qp": lambda: fixtures().build_mht("utf-8", "quoted-printable"),
    "mht utf-8 base64": lambda: fixtures().build_mht("utf-8", "base64"),
    "mht gbk qp": lambda: fixtures().build_mht("gbk", "quoted-printable"),
    "mht gbk base64": lambda: fixtures().build_mht("gbk", "base64"),
}


@pytest.mark.parametrize("kind", list(DRESSED))
def test_dressed_up_documents_give_the_seed_s_figures(kind: str) -> None:
    """With a running header, a footer with page numbers, a table repeating the brand counts
    and a picture (Word, RTF), or as a saved web page (.mht, both charsets and transfer
    encodings): the .txt's header, sections and figures, each with its sentence — only
    offsets differ."""
    report = seed_report_of(DRESSED[kind]())
    assert figures(report) == figures(EXPECTED)
    assert report["source"]["format"] == kind.split()[0]
    assert header(report) == header(EXPECTED)


def test_a_pdf_gives_the_seed_s_figures() -> None:
    """The seed printed to PDF (LibreOffice) gives the .txt's figures and section headings
    (offsets differ: the PDF's text has its own line breaks)."""
    report = seed_report_of(document("seed.pdf"))
    assert figures(report, drop=("span", "page", "evidence")) == \
        figures(EXPECTED, drop=("span", "page", "evidence"))
    assert [s["heading"] for s in report["sections"]] == \
        [s["heading"] for s in EXPECTED["sections"]]


def test_every_member_of_an_archive_gives_the_seed_s_figures(tmp_path: Path) -> None:
    """`qsreport batch` on a ZIP holding the seed as .txt, .docx, .doc and .rtf under GBK
    names: one ok record each, each with the .txt's figures."""
    members = {"2008年/金华/质量安全.txt": SEED.read_bytes(),
               "2008年/金华/质量安全.docx": document("seed-plain.docx"),
               "2008年/金华/质量安全.doc": document("seed-plain.doc"),
               "2008年/质量安全.rtf": document("seed.rtf")}
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "报告.zip").write_bytes(fixtures().build_zip(members))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out),
                                       "--keep-duplicates"])
    assert result.exit_code == 0, result.stderr
    records = {r["path"].split("!/", 1)[1]: r
               for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(records) == set(members)
    for name, record in records.items():
        assert record["ok"], record
        assert record["report"]["source"]["format"] == \
            {"txt": "text", "docx": "docx", "doc": "doc", "rtf": "rtf"}[name.rsplit(".")[-1]]
        assert figures(record["report"]) == figures(EXPECTED), name


# --- other formats, end to end -------------------------------------------------------------


def test_a_zip_given_to_parse_is_one_clear_error(tmp_path: Path) -> None:
    """An archive holds many reports: parse refuses it with one line that names batch."""
    archive = tmp_path / "reports.zip"
    archive.write_bytes(fixtures().build_zip({"a.txt": "质量报告".encode()}))
    result = CliRunner().invoke(main, ["parse", str(archive)])
    assert result.exit_code == 1
    assert result.stderr == (f"qsreport: error: {archive}: a ZIP archive holds many documents"
                             " (run qsreport batch on it: each member is read as a report of its own)\n")


@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
def test_parse_reads_a_gbk_web_archive_end_to_end(transfer: str) -> None:
    """`parse` on the seed saved as a GBK .mht: its page part goes through the decoder (told
    the part's charset) and the page reader, with nothing replaced."""
    report = seed_report_of(fixtures().build_mht("gbk", transfer))
    assert report["source"]["format"] == "mht"
    assert report["source"]["encoding"] in ("gbk", "gb18030")
    assert report["source"]["replaced"] == 0


def test_a_pdf_s_wrapped_lines_give_the_seed_s_figures() -> None:
    """The PDF's lines break sentences mid-phrase (國家標準⏎61項); joined, every standards
    count and brand count of the text seed is found."""
    report = parse(document("seed.pdf"))
    assert [(c.level, c.value) for c in report.standards.counts] == [
        ("national", 61), ("industry", 56), ("local", 138), ("international", 319)]
    # (the fixture also prints the three in a table, which may be read as a second statement)
    assert {(c.category, c.value) for c in report.brands.counts} == {
        ("china_top_brand", 22), ("inspection_exempt", 63), ("provincial_brand", 99)}
    assert report.meta.date == "2008-03-30"


def test_every_item_of_a_pdf_says_its_page() -> None:
    """Each figure read from a PDF carries the page its first character is on; text has none."""
    report = parse(document("seed.pdf"))
    assert report.brands.counts[0].page == 1  # the prose; the fixture's table is on page 2
    assert {c.page for c in report.standards.counts} == {2}
    facilities = report.inspection.facilities
    # The centre's name begins at the foot of page 4 and wraps onto page 5; the rest are on 5.
    assert facilities[0].name.startswith("義烏國家") and facilities[0].page == 4
    assert all(f.page == 5 for f in facilities[1:])
    text = parse("全市新增中国名牌产品3个。".encode())  # not a PDF: no page
    assert [c.page for c in text.brands.counts] == [None]


def test_the_committed_fixtures_rebuild_with_libreoffice(tmp_path: Path) -> None:
    """fixtures.py still makes a Word 97 file our reader gives the seed's text from (skipped
    where LibreOffice is not installed: CI reads the committed file)."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    from qsreport.readers import read

    rebuilt = fixtures().convert(fixtures().build_plain_docx(), "doc")
    assert read(rebuilt, "doc").text == SEED.read_text(encoding="utf-8")
