"""Word 2007+ documents (.docx, .docm, .dotx, .dotm), read with python-docx's XML classes.

Only the main document part is unpacked and parsed (the one the package's relationships name,
normally word/document.xml), not every part as ``docx.Document()`` would: styles, themes and
fonts cost more than the text, and ``Document()`` refuses macro-enabled documents and
templates. The body is read in order, paragraphs and tables; headers, footers, footnotes,
comments and text boxes are left out, and pictures counted. A table gives one line a row, its
cells separated by tabs.
"""

from __future__ import annotations

import io
import re
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
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAIN_DOCUMENT = "word/document.xml"
_OFFICE_DOCUMENT = re.compile(rb"""<Relationship\b[^>]*?Type=["'][^"']*/officeDocument["'][^>]*>""")
_TARGET = re.compile(rb"""\bTarget=["']([^"']+)["']""")
_HEADER_OR_FOOTER = re.compile(r"word/(header|footer)\d*\.xml")
# Elements that hold runs inside a paragraph: their runs are text (w:del and w:moveFrom, the
# deleted side of tracked changes, are not listed, nor are text boxes inside a drawing).
_RUN_CONTAINERS = frozenset(f"{W}{name}" for name in (
    "hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml",
    "bdo", "dir"))
# Block-level wrappers of paragraphs and tables.
_BLOCK_CONTAINERS = frozenset(f"{W}{name}" for name in ("sdt", "sdtContent", "customXml"))


def read(data: bytes, fmt: str = "docx") -> ReadDocument:
    """The body text of a Word 2007+ document."""
    require("docx", PACKAGE)
    from docx.oxml import parse_xml
    from lxml import etree

    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise Encrypted("the Word document is protected by a password")
        raise Corrupt("an OLE2 file, not a Word 2007+ document")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = _check_package(package)
            root = parse_xml(package.read(_main_part(package, names)))
        body = root.find(f"{W}body")
        if body is None:
            raise Corrupt("the Word document has no body")
        lines = block_lines(body)
    except (*PARSE_FAILURES, etree.LxmlError) as error:
        raise Corrupt(f"not a readable Word document ({type(error).__name__}: {error})") from error
    return ReadDocument(format=fmt, reader=described(PACKAGE), text="\n".join(lines),
                        dropped=_dropped(body, names))


def _check_package(package: zipfile.ZipFile) -> list[str]:
    """The package's part names, once its parts are known to be unencrypted and not huge."""
    infos = package.infolist()
    if any(info.flag_bits & 0x1 for info in infos):
        raise Encrypted("the Word document's parts are encrypted")
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise Corrupt("the Word document unpacks to more than 256 MB")
    return [info.filename for info in infos]


def _main_part(package: zipfile.ZipFile, names: list[str]) -> str:
    """The main document part the package's relationships name (word/document.xml as a rule)."""
    if "_rels/.rels" in names:
        relationship = _OFFICE_DOCUMENT.search(package.read("_rels/.rels"))
        target = _TARGET.search(relationship.group()) if relationship else None
        if target is not None:
            name = target.group(1).decode("utf-8", "replace").lstrip("/")
            if name in names:
                return name
    if _MAIN_DOCUMENT not in names:
        raise Corrupt("the Word package holds no main document part")
    return _MAIN_DOCUMENT


def block_lines(container: Any) -> list[str]:
    """The lines of a body, cell or content control: a paragraph a line, a table row a line."""
    lines: list[str] = []
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{W}p":
            lines.append(_paragraph_text(child))
        elif tag == f"{W}tbl":
            lines.extend(_table_lines(child))
        elif tag in _BLOCK_CONTAINERS:
            lines.extend(block_lines(child))
    return lines


def _paragraph_text(paragraph: Any) -> str:
    """What a paragraph shows: its runs' text, tabs and breaks (python-docx's run text), in
    hyperlinks, insertions, smart tags, content controls and simple fields too, and the base
    characters of phonetic guides; deleted text, field codes, the guides' pinyin and text
    boxes left out."""
    return "".join(_runs_text(paragraph))


def _runs_text(container: Any) -> list[str]:
    parts: list[str] = []
    for child in container.iterchildren():
        if child.tag == f"{W}r":
            parts.append(str(child.text))
            for base in child.iterfind(f"{W}ruby/{W}rubyBase"):
                parts.extend(_runs_text(base))  # phonetic guides: the characters, not the pinyin
        elif child.tag in _RUN_CONTAINERS:
            parts.extend(_runs_text(child))
    return parts


def _table_lines(table: Any) -> list[str]:
    """One line a row, cells separated by tabs; a merged cell once; a cell's own paragraphs
    and nested tables joined by spaces."""
    lines = []
    for row in _rows(table):
        cells = []
        for cell in row.iter(f"{W}tc"):
            if cell.getparent() is not row and cell.getparent().tag != f"{W}sdtContent":
                continue
            if _continues_vertical_merge(cell):
                continue
            cells.append(" ".join(line for line in block_lines(cell) if line.strip()))
        lines.append("\t".join(cells))
    return lines


def _rows(container: Any) -> list[Any]:
    """A table's rows, those inside row-level content controls included."""
    rows = []
    for child in container.iterchildren():
        if child.tag == f"{W}tr":
            rows.append(child)
        elif child.tag in _BLOCK_CONTAINERS:
            rows.extend(_rows(child))
    return rows


def _continues_vertical_merge(cell: Any) -> bool:
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    return merge is not None and merge.get(f"{W}val", "continue") == "continue"


def _dropped(body: Any, names: list[str]) -> dict[str, int]:
    counts = {
        "images": len(body.findall(f".//{W}drawing")) + len(body.findall(f".//{W}pict")),
        "headers": 0, "footers": 0,
    }
    for name in names:
        match = _HEADER_OR_FOOTER.fullmatch(name)
        if match:
            counts[f"{match.group(1)}s"] += 1
    return {key: value for key, value in counts.items() if value}
