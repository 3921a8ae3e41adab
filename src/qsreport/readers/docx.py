"""Word 2007+ documents (.docx, .docm, .dotx), read with python-docx.

The body is read in order, paragraphs and tables; headers, footers, footnotes and comments
are left out, and pictures counted. A table gives one line a row, its cells separated by tabs.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ..errors import Corrupt, Encrypted
from ._failures import PARSE_FAILURES
from ._lazy import described, require
from .document import ReadDocument
from .sniff import OLE_MAGIC

PACKAGE = "python-docx"
# More unpacked XML than any report needs: refuse before the parser builds it in memory.
MAX_UNPACKED_BYTES = 256 << 20
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read(data: bytes, fmt: str = "docx") -> ReadDocument:
    """The body text of a Word 2007+ document."""
    docx = require("docx", PACKAGE)
    from lxml import etree

    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise Encrypted("the Word document is protected by a password")
        raise Corrupt("an OLE2 file, not a Word 2007+ document")
    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        lines = list(_block_lines(body))
        dropped = _dropped(document, body)
    except (*PARSE_FAILURES, etree.LxmlError, docx.opc.exceptions.PackageNotFoundError) as error:
        raise Corrupt(f"not a readable Word document ({type(error).__name__}: {error})") from error
    return ReadDocument(format=fmt, reader=described(PACKAGE), text="\n".join(lines),
                        dropped=dropped)


def _check_package(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
    except PARSE_FAILURES as error:
        raise Corrupt(f"not a readable Word document ({error})") from error
    if any(info.flag_bits & 0x1 for info in infos):
        raise Encrypted("the Word document's parts are encrypted")
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise Corrupt("the Word document unpacks to more than 256 MB")


def _block_lines(container: Any) -> list[str]:
    """The lines of a body, cell or content control: a paragraph a line, a table row a line."""
    lines: list[str] = []
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            lines.append(_paragraph_text(child))
        elif tag == f"{_W}tbl":
            lines.extend(_table_lines(child))
        elif tag == f"{_W}sdt":
            for content in child.iterchildren(f"{_W}sdtContent"):
                lines.extend(_block_lines(content))
    return lines


def _paragraph_text(paragraph: Any) -> str:
    """What a paragraph shows: its runs' text, tabs and breaks, hyperlinks included; deleted
    text, field codes and text boxes (which python-docx also skips) left out."""
    return str(paragraph.text)


def _table_lines(table: Any) -> list[str]:
    """One line a row, cells separated by tabs; a merged cell once; a cell's own paragraphs
    and nested tables joined by spaces."""
    lines = []
    for row in table.iterchildren(f"{_W}tr"):
        cells = []
        for cell in row.iter(f"{_W}tc"):
            if cell.getparent() is not row and cell.getparent().tag != f"{_W}sdtContent":
                continue
            if _continues_vertical_merge(cell):
                continue
            cells.append(" ".join(line for line in _block_lines(cell) if line.strip()))
        lines.append("\t".join(cells))
    return lines


def _continues_vertical_merge(cell: Any) -> bool:
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


def _dropped(document: Any, body: Any) -> dict[str, int]:
    counts = {
        "images": len(body.findall(f".//{_W}drawing")) + len(body.findall(f".//{_W}pict")),
        "headers": 0, "footers": 0,
    }
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        for kind in ("header", "footer"):
            if name.startswith(f"/word/{kind}"):
                counts[f"{kind}s"] += 1
    return {key: value for key, value in counts.items() if value}
