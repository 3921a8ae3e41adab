"""What the first bytes of a file say about it: binary signatures and declared charsets.

Two kinds of evidence the decoder reads before any decoding: a file signature that proves the
input is not text at all (PNG, ZIP, PDF, ELF, ...), and the encoding an HTML ``<meta>`` or XML
declaration claims, which the decoder weighs against what the bytes themselves say (labels
of the Chinese families here; other languages' labels in ``foreign``).
"""

from __future__ import annotations

import re

from .. import regex_cache as rx

# (signature at offset 0, what the file is); the first match names the format.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3\x03", "an MP3 file"),
    (b"ID3\x04", "an MP3 file"),
)


def binary_format(data: bytes) -> str | None:
    """The kind of binary file ``data`` starts like ("a PNG image"), or None."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    if data.startswith(b"MZ") and b"PE\x00\x00" in data[:1024]:
        return "a Windows executable"
    return None


# Encoding labels pages use, after lower-casing and dropping "-" and "_"; each family is
# decoded with the superset codec that keeps every character (WHATWG labels plus the
# Microsoft and Python spellings seen in old pages).
_LABELS: dict[str, str] = {
    **dict.fromkeys(
        ("gb2312", "gbk", "gb18030", "xgbk", "cp936", "ms936", "windows936", "chinese",
         "csgb2312", "csiso58gb231280", "gb231280", "isoir58", "euccn", "xeuccn", "hzgb2312"),
        "gb18030",
    ),
    **dict.fromkeys(
        ("big5", "cp950", "ms950", "windows950", "xxbig5", "cnbig5", "csbig5", "big5tw",
         "big5hkscs", "big5hkscs2008", "hkscs"),
        "cp950",
    ),
    **dict.fromkeys(("utf8", "unicode11utf8", "unicode20utf8", "xunicode20utf8"), "utf-8"),
}

_HEAD = 4096  # declarations belong in the head; later mentions are page content
_META = rx.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([a-z0-9_.:-]+)", re.IGNORECASE)
_XML = rx.compile(rb"^\s*<\?xml\b[^>]*?encoding\s*=\s*[\"']([a-z0-9_.:-]+)", re.IGNORECASE)


def declared_label(data: bytes) -> str | None:
    """The charset label an HTML ``<meta>`` or XML declaration names (``gb2312``, ``euc-kr``)."""
    head = data[:_HEAD]
    if b"<" not in head:
        return None
    match = _XML.search(head) or _META.search(head)
    return None if match is None else match.group(1).decode("ascii")


def codec_for_label(label: str) -> str | None:
    """The decoder's codec for a Chinese or UTF-8 charset label (``GB2312``, ``utf-8``,
    ``big5``), if it is one."""
    return _LABELS.get(label.lower().replace("-", "").replace("_", ""))
