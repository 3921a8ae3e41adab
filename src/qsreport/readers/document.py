"""What a reader returns: one document's text (or HTML) with the evidence of how it was read."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import QsreportError


@dataclass(frozen=True)
class ReadDocument:
    """One document as its reader saw it.

    ``text`` has one paragraph a line and table cells separated by tabs, a row a line; lines
    are *not* joined where the layout wrapped them (cleaning does that for every format).
    A web archive gives ``html`` and the ``charset`` its part declares instead, for the page
    reader. ``pages`` holds the offset in ``text`` where each PDF page starts. ``dropped``
    counts what the reader left out on purpose: running headers and footers, page numbers,
    images, other parts of a web archive.
    """

    format: str
    reader: str
    text: str | None = None
    html: bytes | None = None
    charset: str | None = None
    pages: tuple[int, ...] = ()
    dropped: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Member:
    """One file of an archive: its ``path`` inside it (``inner.zip!/a/b.doc`` for a member of a
    nested archive), and either its ``data`` or the ``error`` that kept it out."""

    path: str
    data: bytes | None = None
    error: QsreportError | None = None
