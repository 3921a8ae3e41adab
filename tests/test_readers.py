"""The document readers: each format gives the seed report's text back, says what it dropped
and fails with one clear error kind. Archives are in test_readers_archives.py, laziness and
fuzzing in test_readers_robustness.py, whole reports from documents in test_documents*.py.

Fixtures are made from the seed at test time (tests/data/documents/fixtures.py) or committed
beside it (seed.doc, seed-plain.doc, seed.pdf, encrypted.pdf: see the README there).
"""

from __future__ import annotations

import importlib.util
import re
import struct
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from qsreport.errors import (
    Corrupt,
    Encrypted,
    MissingDependency,
    NoTextLayer,
)
from qsreport.readers import ReadDocument, read, sniff
from qsreport.readers.doc import main_text
from qsreport.readers.furniture import strip_page_furniture

DOCUMENTS = Path(__file__).resolve().parent / "data" / "documents"
MB = 1 << 20


@cache
def fixtures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("document_fixtures", DOCUMENTS / "fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def document(name: str) -> bytes:
    """A fixture by file name: committed ones read, the rest built from the seed."""
    f = fixtures()
    built = {"seed.docx": f.build_docx, "seed-plain.docx": f.build_plain_docx,
             "seed.rtf": f.build_rtf, "scanned.pdf": f.build_scanned_pdf}
    if name in built:
        return bytes(built[name]())
    return (DOCUMENTS / name).read_bytes()


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def missing_seed_lines(text: str, ignore: str = "") -> list[str]:
    """The seed's lines not found in ``text`` one after another, white space (and the
    characters in ``ignore``) disregarded."""
    strip = re.compile(f"[\\s{re.escape(ignore)}]+" if ignore else r"\s+")
    haystack, position, missing = strip.sub("", text), 0, []
    for line in fixtures().seed_lines():
        needle = strip.sub("", line)
        index = haystack.find(needle, position)
        if index < 0:
            missing.append(line[:40])
        else:
            position = index + len(needle)
    return missing


def html_text(document: ReadDocument) -> str:
    assert document.html is not None and document.charset is not None
    html = document.html.decode(document.charset)
    return re.sub(r"<[^>]+>", "\n", re.sub(r"(?s)<title>.*?</title>", "", html))


# --- sniff -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), [
    ("seed.docx", "docx"), ("seed.doc", "doc"), ("seed.pdf", "pdf"), ("seed.rtf", "rtf"),
    ("scanned.pdf", "pdf"), ("encrypted.pdf", "pdf"),
])
def test_sniff_reads_the_magic_bytes(name: str, expected: str) -> None:
    """Each fixture is recognised from its bytes alone, with no name to help."""
    assert sniff(document(name)) == expected


def test_sniff_recognises_web_archives_and_archives() -> None:
    """MIME multipart/related is "mht"; a ZIP without word/document.xml is "zip"."""
    assert sniff(fixtures().build_mht("gbk", "base64")) == "mht"
    assert sniff(fixtures().build_zip({"a.txt": b"a"})) == "zip"


def test_sniff_names_wps_files_by_their_extension() -> None:
    """Kingsoft WPS files are OLE Word files: "wps" when the name says so, else "doc"."""
    assert sniff(document("seed.doc"), "报告.WPS") == "wps"
    assert sniff(document("seed.doc"), "报告.doc") == "doc"


def test_sniff_leaves_text_and_pages_to_the_pipeline() -> None:
    """HTML saved with a .doc name, plain text and unknown binaries are not documents."""
    assert sniff(b"<html><body>\xd6\xd0</body></html>", "report.doc") is None
    assert sniff("金华市质监局".encode("gbk"), "report.pdf") is None
    assert sniff(b"\x89PNG\r\n\x1a\n\x00\x00", "logo.png") is None


@pytest.mark.parametrize("data", [
    "金华市质监局今年新增中国名牌产品3个。\r\n".encode("utf-16"),
    "金华市质监局今年新增中国名牌产品3个。\r\n".encode("utf-16-le"),
    "金華市質監局今年新增中國名牌產品3個。".encode("utf-16-be"),
    "<html><body><p>金华市质监局</p></body></html>".encode("utf-16"),
], ids=["bom", "le", "be", "page"])
def test_sniff_leaves_utf16_text_named_doc_to_the_pipeline(data: bytes) -> None:
    """A report or page saved as "Unicode" text under a .doc name is text (the decoder reads
    UTF-16 with or without a BOM), not a damaged Word file."""
    assert sniff(data, "report.doc") is None
    assert sniff(data, "report.pdf") is None


def test_sniff_believes_the_bytes_over_the_name() -> None:
    """A .doc that is really RTF, a web archive or a .docx is read as what it is; a Word 97
    file named .docx is a .doc."""
    assert sniff(b"{\\rtf1\\ansi\\ansicpg936 \\'bd\\'f0\\par}", "report.doc") == "rtf"
    assert sniff(fixtures().build_mht("gbk", "quoted-printable"), "report.doc") == "mht"
    assert sniff(document("seed-plain.docx"), "report.doc") == "docx"
    assert sniff(document("seed-plain.doc"), "report.docx") == "doc"


def test_sniff_falls_back_on_the_extension_for_damaged_binaries() -> None:
    """Binary bytes with no magic are taken at their name's word, so the reader can say
    what is wrong with them."""
    assert sniff(b"\x00\x01garbage\x00", "a.docm") == "docx"
    assert sniff(b"\x00\x01garbage\x00", "a.mhtml") == "mht"
    assert sniff(b"\x00\x01garbage\x00", "a.bin") is None


def test_sniff_keeps_other_office_packages_out_of_the_archive_reader() -> None:
    """A spreadsheet is a ZIP too, but not an archive of reports."""
    xlsx = fixtures().build_zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"})
    assert sniff(xlsx, "data.xlsx") is None


# --- each format gives the seed -------------------------------------------------------------


@pytest.mark.parametrize(("name", "fmt"), [("seed-plain.docx", "docx"), ("seed-plain.doc", "doc")])
def test_plain_word_documents_give_the_text_file_s_text(name: str, fmt: str) -> None:
    """The seed typed into Word a line a paragraph, saved as .docx or (by LibreOffice) as
    Word 97, reads back as exactly the text file's characters."""
    result = read(document(name), fmt)
    assert result.text == fixtures().SEED.read_text(encoding="utf-8")
    assert result.dropped == {}


@pytest.mark.parametrize(("name", "fmt"), [("seed.docx", "docx"), ("seed.doc", "doc"),
                                           ("seed.doc", "wps"), ("seed.rtf", "rtf")])
def test_word_and_rtf_readers_give_the_seed_in_order(name: str, fmt: str) -> None:
    """Every line of the seed is in the text, in order; the running header is not."""
    result = read(document(name), fmt)
    assert result.format == fmt
    assert result.text is not None
    assert missing_seed_lines(result.text) == []
    assert flat(fixtures().HEADER) not in flat(result.text)


@pytest.mark.parametrize(("name", "fmt"), [("seed.docx", "docx"), ("seed.doc", "doc"),
                                           ("seed.rtf", "rtf")])
def test_tables_give_a_row_a_line_and_a_tab_between_cells(name: str, fmt: str) -> None:
    """The fixture's table comes out as one line a row, cells separated by tabs."""
    text = read(document(name), fmt).text or ""
    for row in fixtures().TABLE:
        assert "\t".join(row) in text.split("\n")


@pytest.mark.parametrize(("name", "fmt", "dropped"), [
    ("seed.docx", "docx", {"images": 1, "headers": 1, "footers": 1}),
    ("seed.doc", "doc", {"images": 1}),
    ("seed.rtf", "rtf", {"images": 1}),
])
def test_readers_count_what_they_leave_out(name: str, fmt: str, dropped: dict[str, int]) -> None:
    """The picture (and, for .docx, the header and footer parts) are counted in ``dropped``."""
    assert read(document(name), fmt).dropped == dropped


def test_readers_say_which_library_read_the_file() -> None:
    """``reader`` names the library and its version."""
    assert re.fullmatch(r"python-docx \d+\.\d+.*", read(document("seed.docx"), "docx").reader)
    assert re.fullmatch(r"pypdfium2 \d+\.\d+.*", read(document("seed.pdf"), "pdf").reader)
    assert read(document("seed.doc"), "doc").reader.startswith("qsreport doc (olefile ")


def test_pdf_gives_the_seed_without_page_furniture() -> None:
    """The PDF's lines are the seed's (LibreOffice draws curly quotes as separate runs, so
    they are disregarded), with its running header, footers and page numbers dropped."""
    result = read(document("seed.pdf"), "pdf")
    assert result.text is not None
    assert missing_seed_lines(result.text, ignore="“”") == []
    assert flat(fixtures().HEADER) not in flat(result.text)
    assert fixtures().FOOTER_PREFIX not in result.text
    assert result.dropped == {"running_headers": 5, "running_footers": 5, "images": 1}


def test_pdf_keeps_the_printed_lines_and_page_offsets() -> None:
    """Lines are not joined; ``pages`` gives where each of the five pages starts."""
    result = read(document("seed.pdf"), "pdf")
    text = result.text or ""
    assert len(result.pages) == 5
    assert result.pages[0] == 0
    assert list(result.pages) == sorted(result.pages)
    assert all(text[offset - 1] == "\n" for offset in result.pages[1:])
    assert text[result.pages[1]:].startswith("浙江名牌 99 個")
    assert max(len(line) for line in text.split("\n")) < 60  # still wrapped as printed


@pytest.mark.parametrize(("layout", "text"), [
    ("抽查三 C產品12批", "抽查三C產品12批"),        # a gap where Han meets a Latin letter
    ("通過 ISO9001認證", "通過ISO9001認證"),
    ("執行 GB 2760 標準", "執行GB 2760 標準"),     # Latin–digit and digit–Han keep theirs
    ("共 12 家企業", "共 12 家企業"),               # digits keep theirs
    ("質(zhì) 量 監督", "質(zhì) 量 監督"),          # Han–Han and pinyin are left to cleaning
    ("Quality and Safety", "Quality and Safety"),
    ("第一頁\r\n第二行\x00", "第一頁\n第二行"),
])
def test_pdf_page_text_drops_layout_spaces_between_han_and_latin(layout: str, text: str) -> None:
    """PDFium's space between a Chinese and a Latin run is layout, not the writer's."""
    from qsreport.readers.pdf import page_text
    assert page_text(layout) == text


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
def test_web_archives_give_the_html_part_and_its_charset(charset: str, transfer: str) -> None:
    """The HTML part is decoded from its transfer encoding; its charset is passed on."""
    result = read(fixtures().build_mht(charset, transfer), "mht")
    assert result.text is None
    assert result.charset == charset
    assert missing_seed_lines(html_text(result)) == []
    assert result.dropped == {"images": 1, "stylesheets": 1}


# --- furniture -------------------------------------------------------------------------------


def test_page_numbers_are_dropped_in_every_form() -> None:
    """Bare page numbers at a page's edge go, whatever their dress; body lines stay."""
    pages = [["- 3 -", "一是正文", "合计", "22"], ["第3页", "二是正文", "共5页 第4页"],
             ["3/12", "三是正文", "22", "结尾", "Page 3 of 12"], ["第 四 頁", "正文", "- 7 -"]]
    kept, dropped = strip_page_furniture(pages)
    assert kept == [["一是正文", "合计"], ["二是正文"], ["三是正文", "22", "结尾"], ["正文"]]
    assert dropped == {"page_numbers": 8}


def test_running_headers_repeat_on_most_pages() -> None:
    """A line at the top of most pages is a running header, its number aside; a line at
    the top of one page only is text."""
    words = ["品牌", "标准", "监管", "检验"]
    pages = [[f"2008年工作总结 {n}", f"{word}工作", f"{word}成效"] for n, word in enumerate(words)]
    pages.append(["独有标题", "正文", "结尾"])
    kept, dropped = strip_page_furniture(pages)
    assert [page[0] for page in kept] == ["品牌工作", "标准工作", "监管工作", "检验工作", "独有标题"]
    assert dropped == {"running_headers": 4}


# --- .doc internals -------------------------------------------------------------------------


def test_doc_reads_compressed_pieces_and_keeps_field_results() -> None:
    """A cp1252 ("compressed") piece is read; a field's code is dropped, its result kept."""
    text = b"Caf\xe9 report\rPage \x13 PAGE \x14" + b"3\x15 end\r"
    word = bytearray(0x600)
    struct.pack_into("<HHHHH", word, 0, 0xA5EC, 0xC1, 0, 0, 0x0200)
    struct.pack_into("<H", word, 0x20, 14)
    struct.pack_into("<H", word, 0x3E, 22)
    struct.pack_into("<i", word, 0x40 + 12, len(text))
    struct.pack_into("<H", word, 0x98, 93)
    word[0x400:0x400 + len(text)] = text
    clx = b"\x02" + struct.pack("<I", 16) + struct.pack("<IIHIH", 0, len(text), 0,
                                                        0x40000000 | 0x800, 0)
    struct.pack_into("<II", word, 0x9A + 33 * 8, 0, len(clx))
    assert main_text(bytes(word), clx) == ("Café report\nPage 3 end", 0)


def test_an_encrypted_doc_is_reported() -> None:
    """Word's fEncrypted flag gives ``encrypted``, not garbage text."""
    import olefile

    data = bytearray(document("seed.doc"))
    with olefile.OleFileIO(bytes(data)) as ole:
        word = ole.openstream("WordDocument").read()
    start = data.find(word[:0x20])  # the stream's first sector, where the FIB is
    assert start > 0
    flags = struct.unpack_from("<H", word, 0x0A)[0]
    struct.pack_into("<H", data, start + 0x0A, flags | 0x0100)
    with pytest.raises(Encrypted):
        read(bytes(data), "doc")


# --- errors ----------------------------------------------------------------------------------


def test_a_scan_has_no_text_layer() -> None:
    """An image-only PDF is ``no_text_layer``, with a hint to run OCR."""
    with pytest.raises(NoTextLayer) as caught:
        read(document("scanned.pdf"), "pdf")
    assert caught.value.kind == "no_text_layer"
    assert "OCR" in str(caught.value)


def test_a_password_protected_pdf_is_encrypted() -> None:
    """A PDF with a user password (qpdf, AES-256) is ``encrypted``."""
    with pytest.raises(Encrypted) as caught:
        read(document("encrypted.pdf"), "pdf")
    assert caught.value.kind == "encrypted"


def test_a_password_protected_docx_is_encrypted() -> None:
    """Word 2007+ protected by a password is an OLE2 file holding an EncryptedPackage."""
    from qsreport.readers.sniff import OLE_MAGIC

    data = OLE_MAGIC + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(512)
    assert sniff(data, "protected.docx") == "docx"
    with pytest.raises(Encrypted):
        read(data, "docx")


@pytest.mark.parametrize(("name", "fmt"), [("seed.docx", "docx"), ("seed.doc", "doc"),
                                           ("seed.pdf", "pdf")])
def test_a_truncated_document_is_corrupt(name: str, fmt: str) -> None:
    """The first half of a document is ``corrupt``, not a traceback."""
    data = document(name)
    with pytest.raises(Corrupt) as caught:
        read(data[:len(data) // 2], fmt)
    assert caught.value.kind == "corrupt"


def test_a_missing_library_names_its_pip_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pypdfium2 a PDF gives ``missing_dependency`` and the line to install it."""
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(MissingDependency) as caught:
        read(document("seed.pdf"), "pdf")
    assert caught.value.kind == "missing_dependency"
    assert str(caught.value).endswith("(pip install pypdfium2)")


def test_read_refuses_formats_it_has_no_reader_for() -> None:
    """A ZIP is many documents: read() points to iter_archive(); unknown names are refused."""
    with pytest.raises(ValueError, match="iter_archive"):
        read(b"PK\x05\x06" + bytes(18), "zip")
    with pytest.raises(ValueError, match="no reader"):
        read(b"", "xlsx")


# --- RTF details -----------------------------------------------------------------------------


def test_rtf_decodes_gbk_pairs_and_unicode_with_fallbacks() -> None:
    """\\'xx pairs are GBK bytes decoded together; \\uN is a character whose \\ucN fallback
    (an escape or a letter) is skipped; \\bin data and tables of fonts and info are not text."""
    rtf = (rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 \'cb\'ce\'cc\'e5;}}"
           rb"{\info{\title \'b1\'ea\'cc\'e2}}\uc2 \u36136\'d6\'ca\'c1\'bf\uc1\u30417 ?"
           rb"{\*\userprops secret}{\pict\bin4 {}\\}ok\par}")
    result = read(rtf, "rtf")
    assert result.text == "质量监ok"
    assert result.dropped == {"images": 1}


def test_rtf_font_charsets_switch_the_code_page() -> None:
    """A \\fcharset134 font makes \\'xx GBK even when the document's code page is 1252."""
    rtf = rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f1\fcharset134 SimSun;}}\f1 \'d6\'ca\'c1\'bf\par}"
    assert read(rtf, "rtf").text == "质量"
