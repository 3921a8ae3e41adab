"""The page readers ``benchmarks/pages.py`` runs side by side: qsreport, GNE and trafilatura,
each behind one interface (``Reader.extract(bytes) -> Extracted``; ``Reader.timed`` is the part
that is timed). A reader whose library cannot be imported is left out by the caller."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})")


@dataclass
class Extracted:
    """What one reader returned for one page (strings as returned; date normalised)."""

    title: str | None = None
    date: str | None = None
    source: str | None = None
    region: str | None = None
    body: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    error: str | None = None



def normalise_date(value: Any) -> str | None:
    """YYYY-MM-DD from a date, datetime or a string holding one; None when there is none."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    match = _DATE.search(str(value))
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None



def user_decode(data: bytes) -> tuple[str, str]:
    """Decode like a user without a detector: the <meta> charset, else UTF-8; replace errors."""
    match = _META_CHARSET.search(data[:4096])
    encoding = match.group(1).decode("ascii").lower() if match else "utf-8"
    try:
        return data.decode(encoding, errors="replace"), encoding
    except LookupError:
        return data.decode("utf-8", errors="replace"), "utf-8"


class Reader:
    """One page reader: ``extract(bytes) -> Extracted``; ``timed`` is the part that is timed."""

    name = "?"
    label = "?"
    has_region = False
    has_source = False

    def __init__(self) -> None:
        self.version = "?"
        self.note = ""

    def timed(self, data: bytes) -> Any:
        raise NotImplementedError

    def finish(self, data: bytes, raw: Any) -> Extracted:
        raise NotImplementedError

    def extract(self, data: bytes) -> Extracted:
        try:
            return self.finish(data, self.timed(data))
        except Exception as error:  # a reader that crashes on a page scores nothing on it
            return Extracted(error=f"{type(error).__name__}: {error}")


class QsreportReader(Reader):
    name = "qsreport"
    has_region = True
    has_source = True

    def __init__(self) -> None:
        super().__init__()
        import qsreport

        self._parse = qsreport.parse
        self.version = getattr(qsreport, "__version__", "?")
        self.note = f"module {Path(qsreport.__file__).parent}"
        self._body = self._find_body_function()
        self.label = f"qsreport {self.version}"

    def _find_body_function(self) -> Callable[[bytes], str]:
        """The text ``qsreport decode`` prints, in-process."""
        try:
            from qsreport.pipeline import prepare  # what the decode command calls

            self.note += "; body: qsreport.pipeline.prepare().cleaned.text"
            return lambda data: prepare(data).cleaned.text
        except ImportError:
            pass
        from importlib.metadata import entry_points

        from click.testing import CliRunner

        (script,) = [e for e in entry_points(group="console_scripts") if e.name == "qsreport"]
        command = script.load()
        runner = CliRunner()
        self.note += "; body: `qsreport decode -` through click's CliRunner"

        def body(data: bytes) -> str:
            result = runner.invoke(command, ["decode", "-"], input=data)
            if result.exit_code != 0:
                raise RuntimeError(result.output.strip() or f"exit {result.exit_code}")
            return result.stdout_bytes.decode("utf-8", errors="replace")

        return body

    def timed(self, data: bytes) -> Any:
        return self._parse(data)

    def finish(self, data: bytes, report: Any) -> Extracted:
        meta = report.meta
        return Extracted(
            title=meta.title, date=normalise_date(meta.date), source=meta.source,
            region=meta.region, body=self._body(data),
            extra={"encoding": report.source.encoding, "decoded_by": report.source.decoded_by})


class GneReader(Reader):
    name = "gne"
    label = "GNE"

    def __init__(self) -> None:
        super().__init__()
        from importlib.metadata import version

        from gne import GeneralNewsExtractor

        self._extractor = GeneralNewsExtractor()
        self.version = version("gne")
        self.label = f"GNE (gne {self.version})"
        self.note = "input decoded by <meta> charset, else UTF-8, errors replaced"

    def timed(self, data: bytes) -> Any:
        text, encoding = user_decode(data)
        return self._extractor.extract(text), encoding

    def finish(self, data: bytes, raw: Any) -> Extracted:
        result, encoding = raw
        return Extracted(title=result.get("title"), date=normalise_date(result.get("publish_time")),
                         body=result.get("content") or "",
                         extra={"encoding": encoding, "publish_time": result.get("publish_time")})


class TrafilaturaReader(Reader):
    name = "trafilatura"
    has_source = True

    def __init__(self) -> None:
        super().__init__()
        import trafilatura

        self._trafilatura = trafilatura
        self.version = trafilatura.__version__
        self._find_date: Callable[..., Any] | None
        self.htmldate_version: str | None
        try:
            import htmldate

            self._find_date = htmldate.find_date
            self.htmldate_version = htmldate.__version__
            self.label = f"trafilatura {self.version} (+htmldate {self.htmldate_version})"
            self.note = "date from htmldate.find_date(original_date=True); [trafilatura's own]"
        except ImportError:
            self._find_date = None
            self.htmldate_version = None
            self.label = f"trafilatura {self.version}"
            self.note = "date from trafilatura's own metadata (htmldate not installed)"

    def timed(self, data: bytes) -> Any:
        doc = self._trafilatura.bare_extraction(data, with_metadata=True)
        found = self._find_date(data, original_date=True) if self._find_date is not None else None
        return doc, found

    def finish(self, data: bytes, raw: Any) -> Extracted:
        doc, found = raw
        if doc is None:
            fields: dict[str, Any] = {}
        elif isinstance(doc, dict):
            fields = doc
        else:
            fields = doc.as_dict() if hasattr(doc, "as_dict") else vars(doc)
        own = normalise_date(fields.get("date"))
        date = normalise_date(found) if self._find_date is not None else own
        return Extracted(title=fields.get("title"), date=date, source=fields.get("sitename"),
                         body=fields.get("text") or fields.get("raw_text") or "",
                         extra={"own_date": own})


READERS: dict[str, type[Reader]] = {
    "qsreport": QsreportReader, "gne": GneReader, "trafilatura": TrafilaturaReader}
