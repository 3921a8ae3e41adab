"""PDF documents with a text layer, read with pypdfium2 (PDFium, Apache-2.0/BSD).

Each page's text as PDFium lays it out, one printed line a line (not joined: cleaning does
that); the running headers, footers and page numbers dropped (:mod:`.furniture`), pictures
counted. ``pages`` holds the offset in the text where each page starts.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import Corrupt, Encrypted, NoTextLayer
from ._failures import PARSE_FAILURES
from ._lazy import described, require
from .document import ReadDocument
from .furniture import strip_page_furniture

PACKAGE = "pypdfium2"
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# What PDFium puts in text that no reader wants: NULs, its soft-hyphen and end markers.
_NOISE = re.compile("[\x00\x02\ufffe\uffff]")
# PDFium writes a space where a run of Chinese glyphs meets a run of Latin ones with a gap
# between them (two fonts side by side), so 三C認證 comes out as "三 C認證". Chinese prose puts
# no space there; one is dropped between an ideograph and an ASCII letter, either way round.
# Digits keep theirs (a layout space beside a number splits nothing the rules read).
_LAYOUT_SPACE = re.compile(
    "(?<=[\u3400-\u4dbf\u4e00-\u9fff]) (?=[A-Za-z])|(?<=[A-Za-z]) (?=[\u3400-\u4dbf\u4e00-\u9fff])")


def read(data: bytes, fmt: str = "pdf") -> ReadDocument:
    """The text of a PDF, page by page, without its page furniture."""
    pdfium = require("pypdfium2", PACKAGE)
    raw = require("pypdfium2.raw", PACKAGE)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == _PASSWORD_ERROR or "password" in str(error):
            raise Encrypted("the PDF is protected by a password") from error
        raise Corrupt(f"not a readable PDF ({error})") from error
    try:
        pages, images = _page_lines(document, raw)
    except (*PARSE_FAILURES, pdfium.PdfiumError) as error:
        raise Corrupt(f"a PDF page could not be read ({error})") from error
    finally:
        document.close()
    if not pages:
        raise Corrupt("the PDF has no pages")
    if not any(line.strip() for page in pages for line in page):
        raise NoTextLayer(f"the PDF's {len(pages)} page(s) hold no text, only pictures")
    kept, dropped = strip_page_furniture(pages)
    text, offsets = _join_pages(kept)
    if images:
        dropped["images"] = images
    return ReadDocument(format=fmt, reader=described(PACKAGE), text=text, pages=offsets,
                        dropped=dropped)


def _page_lines(document: Any, raw: Any) -> tuple[list[list[str]], int]:
    pages, images = [], 0
    for index in range(len(document)):
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
            finally:
                textpage.close()
            images += _images(raw, [raw.FPDFPage_GetObject(page.raw, i)
                                    for i in range(raw.FPDFPage_CountObjects(page.raw))])
        finally:
            page.close()
        pages.append([line.rstrip() for line in page_text(text).split("\n")])
    return pages, images


def page_text(text: str) -> str:
    """A page's text as PDFium gives it, without its noise, CR line ends and layout spaces."""
    text = _NOISE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _LAYOUT_SPACE.sub("", text)


def _images(raw: Any, objects: list[Any], depth: int = 0) -> int:
    """The pictures among a page's objects, and inside the forms among them (one level
    deep). Through PDFium's C calls: pypdfium2's get_objects() wraps every object in Python,
    which cost more than reading the page's text."""
    images = 0
    for handle in objects:
        kind = raw.FPDFPageObj_GetType(handle)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 1:
            inner = [raw.FPDFFormObj_GetObject(handle, i)
                     for i in range(raw.FPDFFormObj_CountObjects(handle))]
            images += _images(raw, inner, depth + 1)
    return images


def _join_pages(pages: list[list[str]]) -> tuple[str, tuple[int, ...]]:
    """The pages' lines as one text, a page's first line starting where ``pages`` says."""
    parts, offsets, position = [], [], 0
    for lines in pages:
        page_text = "\n".join(lines).strip("\n")
        offsets.append(position)
        parts.append(page_text)
        position += len(page_text) + 1
    return "\n".join(parts), tuple(offsets)
