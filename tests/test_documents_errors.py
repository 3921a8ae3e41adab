"""Bad documents at the command line: one line on stderr naming the file once, exit status 1
(CONTRACT.md), never a traceback; batch gives each its record with the error's kind. And
files whose name lies (a .doc that is a page, RTF or UTF-16 text) are read as what they are.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from qsreport.cli import main

from .test_readers import document, fixtures


def truncated(name: str, keep: float = 0.5) -> Callable[[], bytes]:
    return lambda: document(name)[:int(len(document(name)) * keep)]


def encrypted_doc() -> bytes:
    """The plain .doc with Word's fEncrypted flag set in its File Information Block."""
    import olefile

    data = bytearray(document("seed-plain.doc"))
    with olefile.OleFileIO(bytes(data)) as ole:
        word = ole.openstream("WordDocument").read()
    start = data.find(word[:0x20])
    struct.pack_into("<H", data, start + 0x0A, struct.unpack_from("<H", word, 0x0A)[0] | 0x0100)
    return bytes(data)


def plain_zip_of_docx_without_its_body() -> bytes:
    """A .docx whose package lacks word/document.xml: a ZIP, but no Word document."""
    return fixtures().build_zip({"[Content_Types].xml": b"<Types/>", "word/styles.xml": b"<x/>"})


def half_an_archive() -> bytes:
    data = fixtures().build_zip({"a.doc": document("seed-plain.doc"), "b.txt": b"b" * 400})
    return data[:len(data) // 2]


# name on disk → (its bytes, what the one stderr line says after "PATH: ")
FAILING: dict[str, tuple[Callable[[], bytes], str]] = {
    "half.docx": (truncated("seed-plain.docx"), "not a readable Word document"),
    "first-kb.docx": (truncated("seed-plain.docx", 0.03), "not a readable Word document"),
    "no-body.docx": (plain_zip_of_docx_without_its_body, "holds no main document part"),
    "half.doc": (truncated("seed-plain.doc"), "not a readable Word document"),
    "header-only.doc": (truncated("seed-plain.doc", 0.02), "not a readable Word document"),
    "locked.doc": (encrypted_doc, "the Word document is protected by a password"),
    "half.pdf": (truncated("seed.pdf"), "not a readable PDF"),
    "locked.pdf": (lambda: document("encrypted.pdf"), "the PDF is protected by a password"),
    "scan.pdf": (lambda: document("scanned.pdf"), "hold no text, only pictures"),
    "empty.docx": (lambda: b"", "the input is empty"),
    "empty.doc": (lambda: b"", "the input is empty"),
    "empty.pdf": (lambda: b"", "the input is empty"),
    "empty.rtf": (lambda: b"", "the input is empty"),
    "empty.mht": (lambda: b"", "the input is empty"),
    "empty.zip": (lambda: b"", "the input is empty"),
    "half.zip": (half_an_archive, "a ZIP archive holds many documents"),
}


@pytest.mark.parametrize("name", list(FAILING))
def test_a_bad_document_is_one_line_and_exit_status_1(tmp_path: Path, name: str) -> None:
    """`qsreport parse BAD` writes nothing on stdout and one line on stderr, `qsreport: error:
    PATH: what is wrong`, the path once; the exit status is 1."""
    make, said = FAILING[name]
    path = tmp_path / name
    path.write_bytes(make())
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"qsreport: error: {path}: ")
    assert said in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n")
    assert result.stderr.count(name) == 1
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # an exit, not an escaped exception


def test_a_batch_of_bad_documents_gives_each_its_record(tmp_path: Path) -> None:
    """`qsreport batch` on the same files: one failed record each, of the right kind, one
    stderr line each naming its file once, exit status 1, no traceback."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (make, _) in FAILING.items():
        (folder / name).write_bytes(make())
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    kinds = {Path(r["path"]).name: r["error"]["kind"] for r in records if not r["ok"]}
    assert {name: kinds.get(name) for name in FAILING if name not in ("empty.zip", "half.zip")} == {
        "half.docx": "corrupt", "first-kb.docx": "corrupt", "no-body.docx": "corrupt",
        "half.doc": "corrupt", "header-only.doc": "corrupt", "locked.doc": "encrypted",
        "half.pdf": "corrupt", "locked.pdf": "encrypted", "scan.pdf": "no_text_layer",
        "empty.docx": "empty", "empty.doc": "empty", "empty.pdf": "empty", "empty.rtf": "empty",
        "empty.mht": "empty"}
    assert kinds["half.zip"] == "corrupt"  # batch lists archives itself: no central directory
    lines = [line for line in result.stderr.splitlines() if line.startswith("qsreport: ")]
    for name in FAILING:
        mentions = [line for line in lines if f"{folder}/{name}:" in line]
        assert len(mentions) == 1, (name, mentions)
        assert mentions[0].count(name) == 1


def test_an_empty_archive_in_a_batch_is_empty(tmp_path: Path) -> None:
    """A zero-byte .zip in a batch is an ``empty`` record, as any other empty file is."""
    (tmp_path / "empty.zip").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    CliRunner().invoke(main, ["batch", str(tmp_path / "empty.zip"), "--out", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["error"]["kind"] == "empty"


LYING_NAMES: dict[str, tuple[bytes, str]] = {
    "page.doc": ("<html><head><meta charset=gbk><title>金华</title></head><body><p>"
                 "金华市质监局今年新增中国名牌产品3个。</p></body></html>".encode("gbk"), "html"),
    "unicode-page.doc": ("<html><body><p>金华市质监局今年新增中国名牌产品3个。</p></body></html>"
                         .encode("utf-16"), "html"),
    "unicode.doc": ("金华市质监局今年新增中国名牌产品3个。\r\n".encode("utf-16-le"), "text"),
    "gbk.pdf": ("金华市质监局今年新增中国名牌产品3个。".encode("gbk"), "text"),
    "rich-text.doc": (rb"{\rtf1\ansi\ansicpg936 \'bd\'f0\'bb\'aa\'ca\'d0\'d6\'ca\'bc\'e0\'be\'d6"
                      rb"\'bd\'f1\'c4\'ea\'d0\'c2\'d4\'f6\'d6\'d0\'b9\'fa\'c3\'fb\'c5\'c6"
                      rb"\'b2\'fa\'c6\'b7\'33\'b8\'f6\'a1\'a3\par}", "rtf"),
    "web-archive.doc": (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\""
                        b"\r\n\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>"
                        + "金华市质监局今年新增中国名牌产品3个。".encode() + b"</p>\r\n--b--\r\n",
                        "mht"),
}


@pytest.mark.parametrize("name", list(LYING_NAMES))
def test_a_file_whose_name_lies_is_read_as_what_it_is(tmp_path: Path, name: str) -> None:
    """Sites serve pages, RTF, web archives and "Unicode" text under .doc names: each is read
    by what its bytes are, and gives its figure."""
    data, fmt = LYING_NAMES[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "json"])
    assert (result.exit_code, result.stderr) == (0, "")
    report = json.loads(result.stdout)
    assert report["source"]["format"] == fmt
    assert [(c["category"], c["value"]) for c in report["brands"]["counts"]] == \
        [("china_top_brand", 3)]


@pytest.mark.parametrize("name", ["half.doc", "header-only.doc", "half.docx", "half.pdf"])
def test_decode_says_what_parse_says_of_a_bad_document(tmp_path: Path, name: str) -> None:
    """`qsreport decode` tells a document's format by its name as `parse` does, so a damaged
    Word or PDF file gets the same one line from both."""
    make, said = FAILING[name]
    path = tmp_path / name
    path.write_bytes(make())
    for command in ("parse", "decode"):
        result = CliRunner().invoke(main, [command, str(path)])
        assert result.exit_code == 1, (command, result.output)
        assert said in result.stderr, (command, result.stderr)


def test_a_document_in_another_language_warns_not_chinese(tmp_path: Path) -> None:
    """A Word file whose text is English gets source.language and the not_chinese warning a
    text file in English gets."""
    import docx

    book = docx.Document()
    for line in ("Annual report of the county bureau", "The bureau inspected the markets "
                 "twice this year and found that most goods met the standards."):
        book.add_paragraph(line)
    path = tmp_path / "english.docx"
    book.save(str(path))
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["source"]["language"] == "und-Latn"
    assert any(w.startswith("not_chinese:") for w in report["warnings"])
    chinese = CliRunner().invoke(main, ["parse", str(Path(fixtures().__file__).parent
                                                      / "seed-plain.doc"), "--format", "json"])
    assert json.loads(chinese.stdout)["source"]["language"] == "zh"
