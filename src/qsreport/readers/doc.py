"""Word 97–2003 documents (.doc), and Kingsoft WPS files written the same way (.wps).

Our own reader on olefile (BSD): the File Information Block says where the piece table is;
each piece of the main text is cp1252 bytes ("compressed") or UTF-16LE in the WordDocument
stream. Only the main document's characters are read, so headers, footers, footnotes and
text boxes (stored after it) are left out. Table rows are found from the paragraph
properties (the row-end mark), field codes are dropped and their results kept.
"""

from __future__ import annotations

import io
import re
import struct
from bisect import bisect_right
from dataclasses import dataclass

from ..errors import Corrupt, Encrypted, UnsupportedDocument
from ._failures import PARSE_FAILURES
from ._lazy import described, require
from .document import ReadDocument

PACKAGE = "olefile"
_IDENT = 0xA5EC
_F_WHICH_TABLE, _F_ENCRYPTED, _F_OBFUSCATED = 0x0200, 0x0100, 0x8000
_FC_CLX, _FC_BTE_PAPX = 33, 13  # pair indexes in FibRgFcLcb97
_SPRM_TTP = (0x2417, 0x244C)  # sprmPFTtp, sprmPFInnerTtp: "this paragraph ends a table row"
_PAPX_FAILURES: tuple[type[BaseException], ...] = (*PARSE_FAILURES, Corrupt)
_CELL, _FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x07", "\x13", "\x14", "\x15"
_STRUCTURE = re.compile("[\x07\x13\x14\x15]")
_IMAGES = re.compile("[\x01\x08]")
# Word's special characters: paragraph, line, page and column breaks become line ends;
# hyphens are resolved; anchors of pictures, notes and comments are dropped.
_SPECIALS = {ord("\r"): "\n", 0x0B: "\n", 0x0C: "\n", 0x0E: "\n", 0x1E: "-", 0x1F: None,
             **{code: None for code in (0, 1, 2, 3, 4, 5, 6, 8, 0x10, 0x11, 0x12, 0x16, 0x17,
                                        0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D)}}


@dataclass(frozen=True)
class Piece:
    """A run of the main text: characters ``[cp, cp + length)`` at ``fc`` of WordDocument."""

    cp: int
    length: int
    fc: int
    compressed: bool


def read(data: bytes, fmt: str = "doc") -> ReadDocument:
    """The main text of a Word 97–2003 (or WPS) document."""
    olefile = require("olefile", PACKAGE)
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise Corrupt("an OLE2 file without a WordDocument stream: not a Word document")
            word = ole.openstream("WordDocument").read()
            flags = _fib_flags(word)
            table_name = "1Table" if flags & _F_WHICH_TABLE else "0Table"
            if not ole.exists(table_name):
                raise Corrupt(f"the Word document has no {table_name} stream")
            table = ole.openstream(table_name).read()
    except PARSE_FAILURES as error:
        raise Corrupt(f"not a readable Word document ({error})") from error
    try:
        text, images = main_text(word, table)
    except PARSE_FAILURES as error:
        raise Corrupt(f"the Word document's text tables are damaged ({error})") from error
    return ReadDocument(format=fmt, reader=f"qsreport doc ({described(PACKAGE)})", text=text,
                        dropped={"images": images} if images else {})


def _fib_flags(word: bytes) -> int:
    if len(word) < 0x22:
        raise Corrupt("the WordDocument stream is too short for a File Information Block")
    ident, nfib = struct.unpack_from("<HH", word, 0)
    if ident != _IDENT:
        raise Corrupt("the WordDocument stream does not start with Word's signature")
    flags: int = struct.unpack_from("<H", word, 0x0A)[0]
    if flags & (_F_ENCRYPTED | _F_OBFUSCATED):
        raise Encrypted("the Word document is protected by a password")
    if nfib < 0xC0 and struct.unpack_from("<H", word, 0x20)[0] != 0x0E:
        raise UnsupportedDocument(f"a Word 6/95 document (nFib {nfib}): save it as .docx")
    return flags


def main_text(word: bytes, table: bytes) -> tuple[str, int]:
    """The main document's text from the WordDocument and table streams, and how many
    pictures it anchors."""
    ccp_text, pairs = _fib_tables(word)
    pieces = _pieces(_slice(table, *pairs[_FC_CLX]), ccp_text)
    try:
        row_ends = _row_end_paragraphs(word, _slice(table, *pairs[_FC_BTE_PAPX]))
    except _PAPX_FAILURES:
        row_ends = []  # a damaged paragraph table costs the row breaks, not the text
    out: list[str] = []
    images = 0
    fields: list[bool] = []  # one entry per open field: True once its result has begun
    for piece in pieces:
        chars = _piece_text(word, piece)
        images += len(_IMAGES.findall(chars))
        position = 0
        for match in _STRUCTURE.finditer(chars):
            if all(fields) and position < match.start():
                out.append(chars[position:match.start()].translate(_SPECIALS))
            position = match.end()
            mark = match.group()
            if mark == _FIELD_BEGIN:
                fields.append(False)
            elif mark == _FIELD_SEPARATOR and fields:
                fields[-1] = True
            elif mark == _FIELD_END and fields:
                fields.pop()
            elif mark == _CELL and all(fields):
                fc = piece.fc + match.start() * (1 if piece.compressed else 2)
                out.append(_row_or_cell(fc, row_ends, out))
        if all(fields) and position < len(chars):
            out.append(chars[position:].translate(_SPECIALS))
    return "".join(out).rstrip("\n"), images


def _row_or_cell(fc: int, row_ends: list[tuple[int, int]], out: list[str]) -> str:
    """A cell mark ends a cell (a tab), or, in a row-end paragraph, the row (a line end)."""
    index = bisect_right(row_ends, (fc, 1 << 62)) - 1
    if row_ends and index >= 0 and row_ends[index][0] <= fc < row_ends[index][1]:
        if out and out[-1] == "\t":
            out.pop()
        return "\n"
    if not row_ends and out and out[-1] == "\t":  # no paragraph table: two marks end a row
        out.pop()
        return "\n"
    return "\t"


def _fib_tables(word: bytes) -> tuple[int, list[tuple[int, int]]]:
    """ccpText and the (fc, lcb) pairs of FibRgFcLcb."""
    csw = struct.unpack_from("<H", word, 0x20)[0]
    position = 0x22 + csw * 2
    cslw = struct.unpack_from("<H", word, position)[0]
    rglw = position + 2
    ccp_text = struct.unpack_from("<i", word, rglw + 3 * 4)[0]
    position = rglw + cslw * 4
    count = struct.unpack_from("<H", word, position)[0]
    if count <= _FC_CLX or position + 2 + count * 8 > len(word):
        raise Corrupt("the File Information Block is cut short")
    pairs = [struct.unpack_from("<II", word, position + 2 + 8 * i) for i in range(count)]
    if ccp_text < 0:
        raise Corrupt("the File Information Block gives a negative text length")
    return ccp_text, pairs


def _slice(stream: bytes, fc: int, lcb: int) -> bytes:
    if fc + lcb > len(stream):
        raise Corrupt("a table points past the end of its stream")
    return stream[fc:fc + lcb]


def _pieces(clx: bytes, ccp_text: int) -> list[Piece]:
    """The pieces of the main text, from the Clx's piece table (its Prc entries skipped)."""
    position = 0
    while position < len(clx) and clx[position] == 0x01:
        position += 3 + struct.unpack_from("<h", clx, position + 1)[0]
    if position >= len(clx) or clx[position] != 0x02:
        raise Corrupt("the Word document has no piece table")
    size = struct.unpack_from("<I", clx, position + 1)[0]
    plc = clx[position + 5:position + 5 + size]
    count = (len(plc) - 4) // 12
    if count < 1:
        raise Corrupt("the piece table is empty")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces = []
    for index in range(count):
        start, end = cps[index], min(cps[index + 1], ccp_text)
        if start >= end:
            continue
        raw = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * index + 2)[0]
        compressed = bool(raw & 0x40000000)
        fc = (raw & 0x3FFFFFFF) // 2 if compressed else raw & 0x3FFFFFFF
        pieces.append(Piece(start, end - start, fc, compressed))
    return pieces


def _piece_text(word: bytes, piece: Piece) -> str:
    if piece.compressed:
        return word[piece.fc:piece.fc + piece.length].decode("cp1252", "replace")
    raw = word[piece.fc:piece.fc + 2 * piece.length]
    return raw[:len(raw) & ~1].decode("utf-16-le", "replace")


def _row_end_paragraphs(word: bytes, plc: bytes) -> list[tuple[int, int]]:
    """The (start, end) file positions of the paragraphs that end a table row, sorted."""
    count = (len(plc) - 4) // 8
    pages = struct.unpack_from(f"<{count}I", plc, 4 * (count + 1)) if count > 0 else ()
    ends = []
    for pn in pages:
        page = word[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
        if len(page) < 512:
            raise Corrupt("a paragraph property page is cut short")
        runs = page[511]
        fcs = struct.unpack_from(f"<{runs + 1}I", page, 0)
        for index in range(runs):
            offset = page[4 * (runs + 1) + 13 * index] * 2
            if offset and _ends_row(page, offset):
                ends.append((fcs[index], fcs[index + 1]))
    return sorted(ends)


def _ends_row(page: bytes, offset: int) -> bool:
    """Whether the PapxInFkp at ``offset`` sets sprmPFTtp (or its nested-table twin)."""
    size = page[offset]
    if size == 0:
        start, end = offset + 2, offset + 2 + 2 * page[offset + 1]
    else:
        start, end = offset + 1, offset + 2 * size
    position = start + 2  # past the style index
    while position + 2 <= min(end, len(page)):
        sprm = struct.unpack_from("<H", page, position)[0]
        position += 2
        if sprm in _SPRM_TTP and position < len(page) and page[position] == 1:
            return True
        position += _operand_size(sprm, page, position)
    return False


def _operand_size(sprm: int, page: bytes, position: int) -> int:
    kind = sprm >> 13
    if kind in (0, 1):
        return 1
    if kind in (2, 4, 5):
        return 2
    if kind == 3:
        return 4
    if kind == 7:
        return 3
    if sprm == 0xD608 and position + 2 <= len(page):  # sprmTDefTable: a 2-byte length
        return 1 + int(struct.unpack_from("<H", page, position)[0])
    return 1 + (page[position] if position < len(page) else 0)
