"""Readers for the document formats a report folder holds: bytes in, text (or HTML) out.

    from qsreport.readers import read, sniff
    fmt = sniff(data, "2008/总结.doc")         # "docx", "doc", "wps", "wordml", "pdf", …
    document = read(data, fmt)                 # a ReadDocument: text, html, pages, dropped, reader
    for member in iter_archive(data, max_member_bytes=..., max_total_bytes=...): ...

Each format has its module (docx, doc, wordml, pdf, rtf, mht, zip); each imports the library it needs
when it is first called, so ``import qsreport.readers`` costs nothing. Failures are
:class:`~qsreport.errors.QsreportError` subclasses: ``no_text_layer``, ``encrypted``,
``corrupt``, ``unsupported``, ``missing_dependency``, ``too_large``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .document import Member, ReadDocument
from .sniff import FORMATS, sniff

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["FORMATS", "Member", "ReadDocument", "iter_archive", "read", "sniff"]

# The module that reads each format; "wps" is Kingsoft's OLE Word look-alike.
_READERS = {"docx": "docx", "doc": "doc", "wps": "doc", "wordml": "wordml", "pdf": "pdf",
            "rtf": "rtf", "mht": "mht"}


def read(data: bytes, fmt: str) -> ReadDocument:
    """The text (or, for a web archive, the HTML) of one document in format ``fmt``.

    ``fmt`` is what :func:`sniff` answered, except "zip": an archive holds many documents,
    which :func:`iter_archive` yields one by one.
    """
    module = _READERS.get(fmt)
    if module is None:
        if fmt == "zip":
            raise ValueError("a ZIP archive holds many documents: use iter_archive()")
        raise ValueError(f"no reader for format {fmt!r}; formats: {', '.join(_READERS)}")
    reader: Callable[[bytes, str], ReadDocument] = import_module(f".{module}", __name__).read
    return reader(data, fmt)


def iter_archive(data: bytes, max_member_bytes: int, max_total_bytes: int) -> Iterator[Member]:
    """Each file in a ZIP archive, one level of nested archives opened: its path inside the
    archive and its bytes, or the error that kept them out (see :mod:`qsreport.readers.zip`)."""
    archive: Any = import_module(".zip", __name__)
    members: Iterator[Member] = archive.iter_archive(data, max_member_bytes, max_total_bytes)
    return members
