"""The pipeline, end to end: bytes → decode → clean → segment → extract → Report."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cleaning import Cleaned, CleanOptions, clean, detect_script, match_view
from .decoding import Decoded, decode
from .errors import EmptyInput
from .inputs import DEFAULT_MAX_BYTES, read_source
from .models import Meta, ReportData, Section, Source

if TYPE_CHECKING:
    from .report import Report

@dataclass(frozen=True)
class ParseOptions:
    """Everything that changes how a report is read."""

    max_bytes: int = DEFAULT_MAX_BYTES
    clean: CleanOptions = field(default_factory=CleanOptions)


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
    from .extract import Doc, drop_title_repeats, extract_areas
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
        **extract_areas(doc),
    )
    drop_title_repeats(doc, report)
    if decoded.replaced:
        doc.warnings.append(f"{decoded.replaced} damaged byte(s) replaced while decoding")
    report.warnings = doc.warnings
    return report
