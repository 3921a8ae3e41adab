"""The pipeline, end to end: bytes → decode → clean → segment → extract → Report."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cleaning import Cleaned, CleanOptions, clean, detect_script, match_view
from .decoding import Decoded, decode
from .errors import EmptyInput, InputError, TooLarge, printable
from .models import Meta, ReportData, Section, Source

if TYPE_CHECKING:
    from .report import Report

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ParseOptions:
    """Everything that changes how a report is read."""

    max_bytes: int = DEFAULT_MAX_BYTES
    clean: CleanOptions = field(default_factory=CleanOptions)


def read_source(source: bytes | str | os.PathLike[str], max_bytes: int) -> tuple[bytes, str | None]:
    """The bytes of ``source`` and its path (None for bytes given directly).

    Every way a path can fail to be a readable file ends in one :class:`InputError` or
    :class:`TooLarge` naming it, never in a hang or a traceback: a FIFO is opened without
    waiting for a writer (with none, it reads as empty), a file that changes while it is read
    is refused. The path comes back as text every output can hold: bytes of the name that are
    not UTF-8 written ``\\udcNN``, the form batch records use.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > max_bytes:
            raise TooLarge(f"input is {len(data)} bytes, over the limit of {max_bytes}")
        return data, None
    path = os.fspath(source)
    if isinstance(path, bytes):  # an os.PathLike[bytes]
        path = os.fsdecode(path)
    shown = printable(path) or '""'
    # Never wait on open (a FIFO with no writer), never adopt a terminal as ours.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{shown}: is a symbolic link to a file that does not exist") from None
        raise InputError(f"{shown}: no such file") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except ValueError:  # a NUL character: no file can have such a name
        raise InputError(f"{shown}: is not a valid file name") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(f"{shown}: is a symbolic link loop") from None
        raise InputError(f"{shown}: cannot be read ({error.strerror or error})") from None
    try:
        before = os.fstat(fd)
        if stat.S_ISDIR(before.st_mode):
            raise InputError(f"{shown}: is a directory (qsreport batch reads folders)")
        regular = stat.S_ISREG(before.st_mode)
        if not regular and hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a FIFO with a writer: wait for what it writes
        elif before.st_size > max_bytes:
            raise TooLarge(f"{shown}: {before.st_size} bytes, over the limit of {max_bytes}")
        chunks: list[bytes] = []
        remaining = max_bytes + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > max_bytes:
            raise TooLarge(f"{shown}: over the limit of {max_bytes} bytes")
        if regular:
            after = os.fstat(fd)
            if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
                raise InputError(f"{shown}: changed while it was being read "
                                 "(try again once it is complete)")
    except OSError as error:
        raise InputError(f"{shown}: cannot be read ({error.strerror or error})") from None
    finally:
        os.close(fd)
    return data, path.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True)
class Text:
    """A decoded report, reduced to its article text and cleaned."""

    decoded: Decoded
    format: str  # text | html
    cleaned: Cleaned


def prepare(data: bytes, options: ParseOptions | None = None) -> Text:
    """Decode and clean: what ``qsreport decode`` prints is ``prepare(...).cleaned.text``."""
    options = options or ParseOptions()
    decoded = decode(data)
    text, fmt = decoded.text, "text"
    if "<" in text[:2048]:
        from .html import html_to_text, looks_like_html  # lxml: only for pages

        if looks_like_html(text):
            text, fmt = html_to_text(text), "html"
    cleaned = clean(text, options.clean)
    if not cleaned.text.strip():
        raise EmptyInput("the input holds no text")
    return Text(decoded, fmt, cleaned)


def parse(
    source: bytes | str | os.PathLike[str], options: ParseOptions | None = None
) -> Report:
    """Read one report (bytes, or a path) and return everything it states."""
    from .report import Report

    options = options or ParseOptions()
    data, path = read_source(source, options.max_bytes)
    return Report.from_data(parse_bytes(data, path, options))


def parse_bytes(data: bytes, path: str | None, options: ParseOptions | None = None) -> ReportData:
    """Read report bytes into plain data (what :func:`parse` validates into a Report)."""
    from .extract import (
        Doc,
        drop_title_repeats,
        extract_brands,
        extract_inspection,
        extract_standards,
        extract_supervision,
    )
    from .segmenting import segment

    prepared = prepare(data, options)
    text = prepared.cleaned.text
    view = match_view(text)
    layout = segment(text, view)
    doc = Doc(text, view, layout)
    decoded = prepared.decoded
    header = layout.header
    report = ReportData(
        source=Source(
            path=path,
            sha256=hashlib.sha256(data).hexdigest(),
            size_bytes=len(data),
            encoding=decoded.encoding,
            confidence=round(decoded.confidence, 4),
            bom=decoded.bom,
            replaced=decoded.replaced,
            format=prepared.format,  # type: ignore[arg-type]
            script=detect_script(text, view),  # type: ignore[arg-type]
            pinyin_removed=prepared.cleaned.pinyin_removed,
            decoded_by=decoded.source,
        ),
        meta=Meta(title=header.title, region=header.region, date=header.date,
                  source=header.source, category=header.category),
        sections=[Section(heading=h, span=(s.start, s.end)) for h, s in layout.sections],
        brands=extract_brands(doc),
        standards=extract_standards(doc),
        supervision=extract_supervision(doc),
        inspection=extract_inspection(doc),
    )
    drop_title_repeats(doc, report.brands, report.standards, report.supervision,
                       report.inspection)
    if decoded.replaced:
        doc.warnings.append(f"{decoded.replaced} damaged byte(s) replaced while decoding")
    report.warnings = doc.warnings
    return report
