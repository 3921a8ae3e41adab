"""The pipeline, end to end: bytes → decode → clean → segment → extract → Report."""

from __future__ import annotations

import gc
import importlib
import os
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from .cleaning import CleanOptions
from .inputs import DEFAULT_MAX_BYTES
from .models import SCHEMA_VERSION, SchemaVersion

# The stages are imported where they are used: a batch's parent process needs ParseOptions
# but never parses, and importing the decoder, segmenter and schema views for it cost it
# ~15 ms and 19 modules.
if TYPE_CHECKING:
    from .cleaning import Cleaned
    from .decoding import Decoded
    from .extract import Doc
    from .models import ReportData
    from .report import Report
    from .segmenting.metaline import PageHead

@dataclass(frozen=True)
class ParseOptions:
    """Everything that changes how a report is read."""

    max_bytes: int = DEFAULT_MAX_BYTES
    clean: CleanOptions = field(default_factory=CleanOptions)
    schema: SchemaVersion = SCHEMA_VERSION  # "1": what schema 1 states (docs/schema.md)


@dataclass(frozen=True)
class Text:
    """A decoded report, reduced to its article text and cleaned."""

    decoded: Decoded
    format: str  # text | html | docx | doc | wps | pdf | rtf | mht
    cleaned: Cleaned
    reader: str = ""  # the library that read a document format, with its version
    dropped: dict[str, int] = field(default_factory=dict)  # what that reader left out
    page: PageHead | None = None  # what a web page's structure says of its header
    pages: tuple[int, ...] = ()  # a PDF's page starts, as offsets in the decoded text


def prepare(data: bytes, options: ParseOptions | None = None, name: str | None = None) -> Text:
    """Decode (or read, for a document format) and clean: what ``qsreport decode`` prints is
    ``prepare(...).cleaned.text``. ``name`` helps tell a damaged document's format."""
    options = options or ParseOptions()
    from .cleaning import clean
    from .decoding import decode
    from .errors import EmptyInput
    from .readers import sniff

    fmt = sniff(data, name)
    reader, dropped = "", dict[str, int]()
    page: PageHead | None = None
    pages: tuple[int, ...] = ()
    if fmt is None:
        decoded = decode(data)
        text, fmt, page = _article(decoded.text, "text", decoded.utf8)
    else:
        decoded, text, reader, dropped, page, pages = _read_document(data, fmt)
    cleaned = clean(text, options.clean)
    if not cleaned.text or cleaned.text.isspace():
        raise EmptyInput("the input holds no text")
    return Text(decoded, fmt, cleaned, reader, dropped, page, pages)


def decoding_of(data: bytes, name: str | None = None) -> Decoded:
    """How ``data`` is decoded, as a parse's ``source`` says it (``qsreport detect``): a text's
    or a page's codec, a web archive's page's; a Word, PDF or RTF document's reader hands over
    Unicode (``source="reader"``). ``name`` helps tell a damaged document's format."""
    from .decoding import decode
    from .readers import sniff

    fmt = sniff(data, name)
    return decode(data) if fmt is None else _read_document(data, fmt)[0]


def _article(text: str, fmt: str, utf8: bytes | None = None) -> tuple[str, str, PageHead | None]:
    """A page's article text, "html" and its header as the page's structure gives it; or the
    text as it is. ``utf8``: the bytes ``text`` is the UTF-8 reading of, when they are at hand."""
    if "<" in text[:2048]:
        from .html import looks_like_html, read_html  # lxml: only for pages

        if looks_like_html(text):
            article, page = read_html(text, utf8)
            return article, "html", page
    return text, fmt, None


def _read_document(
    data: bytes, fmt: str
) -> tuple[Decoded, str, str, dict[str, int], PageHead | None, tuple[int, ...]]:
    """A Word, PDF, RTF or web-archive file read by its reader: the decoding it amounts to,
    the text, the reader and what it dropped. A web archive's page is decoded as any page."""
    from .decoding import Decoded, decode
    from .errors import NotText
    from .readers import read

    if fmt == "zip":
        raise NotText("a ZIP archive holds many documents", hint="run qsreport batch on it: each member is read as a report of its own")
    document = read(data, fmt)
    if document.html is not None:
        decoded = decode(document.html, document.charset)
        text, _, page = _article(decoded.text, "html", decoded.utf8)
        return decoded, text, document.reader, document.dropped, page, ()
    text = document.text or ""
    # The reader handed over Unicode: nothing was guessed and nothing replaced; its language
    # is told as a decoded text's is (a document in another language warns not_chinese).
    from .decoding.language import language_of

    decoded = Decoded(text, "utf-8", 1.0, False, 0, "reader", None, language_of(text))
    return decoded, text, document.reader, document.dropped, None, document.pages


def parse(
    source: bytes | str | os.PathLike[str], options: ParseOptions | None = None
) -> Report:
    """Read one report (bytes, or a path) and return everything it states."""
    from .inputs import read_source
    from .report import Report

    options = options or ParseOptions()
    data, path = read_source(source, options.max_bytes)
    return Report.from_data(parse_bytes(data, path, options))


def _number_pages(report: ReportData, prepared: Text) -> None:
    """Each item's PDF page (from 1): where its first character stood in the reader's text."""
    import bisect

    from .extract import areas, items

    offsets, starts = prepared.cleaned.offsets, prepared.pages
    for area in areas():
        for item_list in area.lists:
            for item in items(report, area, item_list):
                at = offsets[min(item.span[0], len(offsets) - 1)]
                item.page = max(1, bisect.bisect_right(starts, at))


def parse_bytes(data: bytes, path: str | None, options: ParseOptions | None = None) -> ReportData:
    """Read report bytes into plain data (what :func:`parse` validates into a Report).

    The cyclic garbage collector is paused while it runs: a parse makes millions of small
    objects on a big report and no reference cycles, and the collector's passes over them
    cost a fifth of a 10 MB parse. (It is left as it was found: paused only if it ran.)"""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse_bytes(data, path, options)
    finally:
        if collecting:
            gc.enable()


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` in hex: by CPython's own SHA-256, which loads in 0.2 ms where
    ``hashlib`` first loads OpenSSL (2.5 ms of a cold ``parse``), until the bytes hashed so
    far, this one included, reach ``_OWN_SHA256_BELOW``; from then on by OpenSSL's, five times
    quicker at it (0.2 ms against 1 ms for a 370 KB page). So a cold parse of a small report
    never pays for loading OpenSSL, and a process that hashes much (a batch, a warm reader of
    pages) pays for it once, when its own SHA-256 has already spent about that much. The
    digest is the same either way."""
    global _own_hashed
    _own_hashed += len(data)
    if _own_hashed < _OWN_SHA256_BELOW:
        return _own_sha256()(data).hexdigest()  # type: ignore[no-any-return]
    import hashlib

    return hashlib.sha256(data).hexdigest()


_OWN_SHA256_BELOW = 1 << 20  # bytes
_own_hashed = 0  # bytes sha256_hex was given so far in this process


@cache
def _own_sha256() -> Any:
    for name in ("_sha2", "_sha256"):  # the module's name from Python 3.12, and before
        try:
            return importlib.import_module(name).sha256
        except (ImportError, AttributeError):
            continue
    import hashlib  # another Python: its hashlib

    return hashlib.sha256


def document(prepared: Text) -> Doc:
    """The document the rules read from ``prepared``: its cleaned text, the match view of it
    and its layout (what a parse, the learned step's trainer and its tests all start from)."""
    from .cleaning import match_view
    from .extract import Doc
    from .segmenting import segment

    text = prepared.cleaned.text
    view = match_view(text)
    return Doc(text, view, segment(text, view, prepared.page))


def _parse_bytes(data: bytes, path: str | None, options: ParseOptions | None) -> ReportData:
    from .cleaning import detect_script
    from .extract import drop_title_repeats, extract_areas
    from .extract.areas import figures
    from .extract.brands_moved import move_to_distinctions
    from .extract.changes import add_changes
    from .extract.common import BIG_TEXT
    from .extract.context import annotate
    from .extract.document import document_kind
    from .extract.failure_rates import keep_area_failure_rates
    from .extract.parts import mark_parts
    from .extract.shares import add_shares
    from .memory import release_free_memory
    from .models import Meta, ReportData, Section, Source
    from .places.key import key_places, key_region
    from .schema_v1 import as_version_1

    prepared = prepare(data, options, path)
    # The decoded text is not read after cleaning (spans point into the cleaned text): let it
    # go, a copy of the report fewer for the rest of the parse.
    prepared = replace(prepared, decoded=replace(prepared.decoded, text=""))
    doc = document(prepared)
    if options is not None:
        doc.schema = options.schema
    text, view, layout = doc.text, doc.view, doc.layout
    decoded = prepared.decoded
    header = layout.header
    report = ReportData(
        source=Source(
            path=path,
            sha256=sha256_hex(data),
            size_bytes=len(data),
            encoding=decoded.encoding,
            confidence=round(decoded.confidence, 4),
            bom=decoded.bom,
            replaced=decoded.replaced,
            format=prepared.format,  # type: ignore[arg-type]
            script=detect_script(text, view),  # type: ignore[arg-type]
            pinyin_removed=prepared.cleaned.pinyin_removed,
            decoded_by=decoded.source,
            reader=prepared.reader,
            dropped=prepared.dropped,
            text_sha256=sha256_hex("".join(text.split()).encode(errors="surrogatepass")),
            language=getattr(decoded, "language", None),
        ),
        meta=Meta(title=header.title, region=header.region, date=header.date,
                  source=header.source, category=header.category, found=header.found),
        sections=[Section(heading=h, span=(s.start, s.end)) for h, s in layout.sections],
        **extract_areas(doc),
    )
    doc.forget_lookups()  # what the extractors found on the way; the rest needs none of it
    if len(text) >= BIG_TEXT:
        # A big text leaves much freed memory behind by now; the annotation's own peak would
        # come on top of it.
        release_free_memory()
    drop_title_repeats(doc, report)
    annotate(doc, report)
    report.meta.document = document_kind(doc, report)  # type: ignore[assignment]
    if prepared.pages:
        _number_pages(report, prepared)
    if decoded.replaced:
        doc.warnings.append(f"{decoded.replaced} damaged byte(s) replaced while decoding")
    doc.warnings.extend(decoded.warnings)
    report.warnings = doc.warnings
    if options is not None and options.schema == "1":
        return as_version_1(report)  # (its brand counts of 老字号 stay: it has no distinctions)
    move_to_distinctions(report)
    keep_area_failure_rates(doc, report)  # 电梯不合格率: special equipment's, not a spot check's
    add_shares(doc, report)  # 占全省的46% after a count: the count's key, basis share
    add_changes(doc, report)  # 比上年增加12% after a level: the level's key, basis change
    key_places(figures(report))  # each place's adcode and full name, for a GROUP BY
    key_places(report.brands.honours)  # (a named winner's place too)
    key_region(report.meta)  # and the report's own region's, which a figure with no place is
    mark_parts(doc, report)  # 其中大案15起 after 120起: a part of it, for SUMs without it
    return report
