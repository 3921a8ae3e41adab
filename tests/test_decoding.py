"""Decoding: every encoding and non-text case of issue 4 (damaged files: test_decoding_damage)."""

from __future__ import annotations

import codecs
import io
import random
import struct
import subprocess
import sys
import zipfile
import zlib

import pytest

from qsreport.decoding import Decoded, decode
from qsreport.errors import EmptyInput, NotText

from .decoding_helpers import REPORT_SIMPLIFIED, REPORT_TRADITIONAL, SIMPLIFIED, TRADITIONAL

# ---------------------------------------------------------------- byte-order marks


@pytest.mark.parametrize(("mark", "body_codec", "codec"), [
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
])
def test_a_byte_order_mark_names_the_codec(mark: bytes, body_codec: str, codec: str) -> None:
    """A BOM decides the codec, is left out of the text and is reported."""
    decoded = decode(mark + SIMPLIFIED.encode(body_codec))
    assert (decoded.text, decoded.encoding, decoded.bom, decoded.source) == (
        SIMPLIFIED, codec, True, "bom")
    assert decoded.replaced == 0 and decoded.confidence == 1.0


def test_a_bom_pasted_onto_gbk_text_is_overruled() -> None:
    """A UTF-8 mark in front of GBK bytes does not force UTF-8: the bytes are read as GBK."""
    decoded = decode(codecs.BOM_UTF8 + REPORT_SIMPLIFIED.encode("gbk"))
    assert decoded.text == REPORT_SIMPLIFIED and decoded.encoding == "gb18030" and decoded.bom


# ---------------------------------------------------------------- UTF-8, UTF-16/32 without BOM


def test_strict_utf8_is_the_fast_path() -> None:
    """Valid UTF-8 is taken as it is, with full confidence and nothing replaced."""
    decoded = decode(REPORT_TRADITIONAL.encode("utf-8"))
    assert decoded == Decoded(REPORT_TRADITIONAL, "utf-8", 1.0, False, 0, "utf-8", None, "zh")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_bom_are_found_by_their_nul_pattern(codec: str) -> None:
    """ASCII in UTF-16/32 leaves NUL bytes in a pattern that gives the codec away."""
    text = "2008-03-30 " + SIMPLIFIED
    decoded = decode(text.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.bom) == (text, codec, False)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_nuls_is_found_by_what_it_reads_as(codec: str) -> None:
    """A pure-Chinese title in UTF-16 has no NUL byte at all; its reading still wins."""
    title = "金华市质量技术监督局"
    assert decode(title.encode(codec)).text == title


def test_utf16_han_that_is_also_valid_utf8_is_not_taken_as_utf8() -> None:
    """Some Han pairs in UTF-16-BE are valid UTF-8 too (查 is 67 E5, 首 99 96: "g噖"); the
    UTF-16 reading, all Han, wins over the UTF-8 one, half Latin and rare characters."""
    text = "查首" * 6
    data = text.encode("utf-16-be")
    assert data.decode("utf-8")  # the trap: this is valid UTF-8
    assert decode(data).text == text
    assert decode(text.encode("utf-8")).encoding == "utf-8"


# ---------------------------------------------------------------- the GB and Big5 families


@pytest.mark.parametrize("codec", ["gb2312", "gbk", "gb18030"])
def test_the_gb_family_is_read_as_gb18030(codec: str) -> None:
    """GB2312 and GBK files are decoded with their superset, GB18030."""
    decoded = decode(REPORT_SIMPLIFIED.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.source) == (
        REPORT_SIMPLIFIED, "gb18030", "detector")
    assert decoded.confidence > 0.99


def test_traditional_text_in_gbk_is_still_gbk() -> None:
    """GBK also writes traditional characters; they are not mistaken for Big5."""
    assert decode(REPORT_TRADITIONAL.encode("gbk")).encoding == "gb18030"


@pytest.mark.parametrize("codec", ["big5", "cp950"])
def test_the_big5_family_is_read_as_cp950(codec: str) -> None:
    """Big5 files are decoded with CP950, the superset Windows writes."""
    decoded = decode(REPORT_TRADITIONAL.encode(codec))
    assert (decoded.text, decoded.encoding) == (REPORT_TRADITIONAL, "cp950")


def test_hkscs_characters_choose_big5_hkscs() -> None:
    """A character only Big5-HKSCS has makes that the codec, beyond a first sample too."""
    text = REPORT_TRADITIONAL * 8 + "香港特區㗎餐廳\n"
    assert "㗎".encode("big5hkscs") and not _encodes("㗎", "cp950")
    decoded = decode(text.encode("big5hkscs"))
    assert (decoded.text, decoded.encoding, decoded.replaced) == (text, "big5hkscs", 0)


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize(("title", "codec", "expected"), [
    ("金华市质量技术监督局", "gbk", "gb18030"),
    ("质监局开展专项整治", "gb2312", "gb18030"),
    ("浙江名牌产品名单公布", "gb18030", "gb18030"),
    ("金華市質量技術監督局", "big5", "cp950"),
    ("質監局開展專項整治", "cp950", "cp950"),
    ("浙江名牌產品名單公佈", "big5", "cp950"),
])
def test_short_titles_are_told_apart_by_common_characters(
    title: str, codec: str, expected: str
) -> None:
    """Eight or ten characters are enough: the right family reads as common Chinese."""
    decoded = decode(title.encode(codec))
    assert (decoded.text, decoded.encoding) == (title, expected)


# ---------------------------------------------------------------- HTML and XML declarations


def _page(body: str, meta: str) -> str:
    return (f"<html><head>{meta}<title>{body[:6]}</title></head>"
            f"<body><p>{body}</p></body></html>\n")


def test_a_true_meta_charset_is_followed_and_reported() -> None:
    """A page that declares its real encoding is decoded with it, and says so."""
    page = _page(REPORT_SIMPLIFIED, '<meta http-equiv="Content-Type" '
                 'content="text/html; charset=gb2312">')
    decoded = decode(page.encode("gbk"))
    assert (decoded.text, decoded.encoding, decoded.source, decoded.declared) == (
        page, "gb18030", "meta", "gb18030")


@pytest.mark.parametrize(("real", "label", "expected"), [
    ("gbk", "utf-8", "gb18030"),
    ("cp950", "gb2312", "cp950"),
    ("gbk", "big5", "gb18030"),
])
def test_a_lying_meta_charset_is_overruled_by_the_bytes(
    real: str, label: str, expected: str
) -> None:
    """A page whose meta names the wrong encoding is read in the encoding its bytes are in."""
    body = REPORT_SIMPLIFIED if real == "gbk" else REPORT_TRADITIONAL
    page = _page(body, f'<meta charset="{label}">')
    decoded = decode(page.encode(real))
    assert (decoded.text, decoded.encoding, decoded.source) == (page, expected, "detector")


def test_a_utf8_page_declaring_gbk_is_still_utf8() -> None:
    """Valid UTF-8 wins over a declaration that says otherwise."""
    page = _page(SIMPLIFIED, '<meta charset="gbk">')
    assert decode(page.encode("utf-8")).encoding == "utf-8"


def test_an_xml_declaration_counts_like_a_meta() -> None:
    """An XML declaration's encoding is read as the page's claim."""
    page = f'<?xml version="1.0" encoding="Big5"?>\n<report>{TRADITIONAL}</report>\n'
    decoded = decode(page.encode("cp950"))
    assert (decoded.text, decoded.source, decoded.declared) == (page, "meta", "cp950")


# ---------------------------------------------------------------- not text, empty


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(64))) + chunk(b"IEND", b""))


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("report.txt", REPORT_SIMPLIFIED)
    return buffer.getvalue()


def _pdf() -> bytes:
    stream = zlib.compress(REPORT_SIMPLIFIED.encode("utf-16-be"))
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nstream\n" + stream + b"\nendstream\n"


@pytest.mark.parametrize(("name", "data", "says"), [
    ("png", _png(), "PNG"),
    ("zip", _zip(), "ZIP"),
    ("pdf", _pdf(), "PDF"),
    ("elf", b"\x7fELF\x02\x01\x01" + bytes(9) + random.Random(1).randbytes(2000), "ELF"),
])
def test_binary_formats_raise_not_text_by_name(name: str, data: bytes, says: str) -> None:
    """An image, archive, document or executable is refused, saying what it looks like."""
    with pytest.raises(NotText, match=says):
        decode(data)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("size", [64, 1000, 20000])
def test_random_bytes_raise_not_text(seed: int, size: int) -> None:
    """Noise is refused rather than decoded into garbage."""
    with pytest.raises(NotText):
        decode(random.Random(seed * 7 + size).randbytes(size))


@pytest.mark.parametrize("seed", range(3))
def test_random_high_bytes_raise_not_text(seed: int) -> None:
    """Noise made only of bytes 0x80-0xFF (which GB18030 reads almost all of) is refused too."""
    rng = random.Random(seed)
    with pytest.raises(NotText):
        decode(bytes(rng.randrange(0x80, 0x100) for _ in range(3000)))


def test_the_real_executable_raises_not_text() -> None:
    """The Python interpreter itself is not a report."""
    with open(sys.executable, "rb") as binary:
        data = binary.read(1 << 16)
    with pytest.raises(NotText):
        decode(data)


@pytest.mark.parametrize("data", [
    b"", b"   ", b"\r\n\t \n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
    "\u3000\u3000".encode("gbk"),
])
def test_empty_or_white_space_raises_empty_input(data: bytes) -> None:
    """Nothing to read is its own error, not NotText and not an empty Decoded."""
    with pytest.raises(EmptyInput):
        decode(data)


# ---------------------------------------------------------------- cheapness


def test_importing_the_decoder_does_not_import_chardet() -> None:
    """``import qsreport.decoding`` stays cheap: no chardet, no language tables."""
    code = ("import sys, qsreport.decoding; "
            "print('chardet' in sys.modules, 'qsreport.decoding.data.chardata' in sys.modules, "
            "'qsreport.decoding.data.bigrams' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False", "False"]


def test_utf8_decoding_never_loads_the_language_tables() -> None:
    """The common path (valid UTF-8) needs neither chardet nor the frequency tables."""
    code = ("import sys; from qsreport.decoding import decode; decode('质量'.encode()); "
            "print('chardet' in sys.modules, 'qsreport.decoding.data.chardata' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]
