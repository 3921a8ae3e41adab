"""Which document format a file is: its first bytes first, its name's extension second."""

from __future__ import annotations

import re

from .. import regex_cache as rx

FORMATS = ("docx", "doc", "wps", "wordml", "pdf", "rtf", "mht", "zip")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

# The extension decides only when the first bytes say nothing (a truncated or damaged file).
_EXTENSIONS = {
    "docx": "docx", "docm": "docx", "dotx": "docx", "dotm": "docx",
    "doc": "doc", "dot": "doc", "wps": "wps", "pdf": "pdf", "rtf": "rtf",
    "mht": "mht", "mhtml": "mht", "zip": "zip",
}
_WORD_EXTENSIONS = ("docx", "docm", "dotx", "dotm")
# Parts that make a ZIP an office document other than Word (sheets, slides, OpenDocument, e-books).
_OTHER_PACKAGES = (b"xl/workbook", b"ppt/presentation", b"[Content_Types].xml", b"mimetype")
_OTHER_BODIES = (b"xl/workbook", b"ppt/presentation", b"mimetype")
_MIME_TOP = rx.compile(rb"^content-type:\s*multipart/(related|mixed)", re.IGNORECASE | re.MULTILINE)
_MIME_HEADER = rx.compile(rb"^(mime-version|from|subject|date|content-type)\s*:", re.IGNORECASE)
_WORD_PROGID = rx.compile(rb"""<\?mso-application\s+progid=["']Word\.Document["']""")
_WORD_ROOT = rx.compile(rb"<(?:\w+:)?(?:wordDocument|package)\b")
_BINARY = rx.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def sniff(data: bytes, name: str | None = None) -> str | None:
    """The document format of ``data`` (see :data:`FORMATS`), or None for anything else —
    text and HTML among it, which the page pipeline reads.

    >>> sniff(b"%PDF-1.7\\n...")
    'pdf'
    >>> sniff(b"<html>...</html>", "page.doc") is None
    True
    """
    extension = _extension(name)
    head = data[:4096]
    if head.startswith(ZIP_MAGICS):
        return _sniff_zip(data, extension)
    if head.startswith(OLE_MAGIC):
        return _sniff_ole(data, extension)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if _MIME_HEADER.match(stripped) and _MIME_TOP.search(stripped.split(b"\r\n\r\n")[0]
                                                         .split(b"\n\n")[0]):
        return "mht"
    if stripped.startswith(b"<?xml") and _is_word_xml(head):
        return "wordml"  # Word's own XML (2003 "XML Document", 2007+ flat package), any name
    if stripped.startswith(b"<") or not _BINARY.search(head) or _utf16_text(head):
        return None  # a page or plain text, whatever its name says
    return _EXTENSIONS.get(extension)


def _is_word_xml(head: bytes) -> bool:
    """Word's XML: the ``mso-application`` mark Word writes, or a Word 2003 or flat-package
    root element."""
    if _WORD_PROGID.search(head):
        return True
    return (b"wordml" in head or b"xmlPackage" in head) and bool(_WORD_ROOT.search(head))


def _extension(name: str | None) -> str:
    if not name:
        return ""
    tail = name.replace("\\", "/").rsplit("/", 1)[-1]
    return tail.rsplit(".", 1)[-1].lower() if "." in tail else ""


def _utf16_text(head: bytes) -> bool:
    """Whether ``head`` is UTF-16 text (a page or a report saved as "Unicode"), with or
    without a byte-order mark: it decodes, and nearly all of it is Chinese, ASCII or
    punctuation. Binary bytes hardly ever decode so (NULs and lone surrogates)."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    sample = head[:len(head) & ~1]
    for codec in ("utf-16-le", "utf-16-be"):
        text = sample.decode(codec, "replace")  # a pair cut at the end is one U+FFFD
        if text and len(_UTF16_TEXT.findall(text)) >= 0.95 * len(text):
            return True
    return False


# What UTF-16 text is made of: printable ASCII and line ends, CJK punctuation, kana, Han,
# full-width forms.
_UTF16_TEXT = rx.compile("[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u30ff"
                         "\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _sniff_zip(data: bytes, extension: str) -> str | None:
    """A Word document is a ZIP with word/document.xml; other office packages are not archives
    of reports."""
    names = _zip_names(data)
    if b"word/document.xml" in names:
        return "docx"
    if extension in _WORD_EXTENSIONS and not any(part in names for part in _OTHER_BODIES):
        return "docx"  # cut short or missing its body: let the Word reader say so
    if any(part in names for part in _OTHER_PACKAGES) and extension != "zip":
        return None
    return "zip"


def _zip_names(data: bytes) -> bytes:
    """The member names of a ZIP, joined; from its local headers when the directory is lost."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(archive.namelist()).encode("utf-8", "surrogateescape")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        names = []
        for match in re.finditer(rb"PK\x03\x04", data[:1 << 20]):
            start = match.start()
            if start + 30 <= len(data):
                length = int.from_bytes(data[start + 26:start + 28], "little")
                names.append(data[start + 30:start + 30 + length])
        return b"\n".join(names)


def _sniff_ole(data: bytes, extension: str) -> str | None:
    """An OLE2 compound file is Word when its directory names a WordDocument stream (Kingsoft
    WPS writes the same); an encrypted Word 2007+ document is OLE2 with an EncryptedPackage."""
    if "WordDocument".encode("utf-16-le") in data:
        return "wps" if extension == "wps" else "doc"
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "docx" if extension in (*_WORD_EXTENSIONS, "") else None
    return _EXTENSIONS.get(extension) if extension in ("doc", "dot", "wps") else None
