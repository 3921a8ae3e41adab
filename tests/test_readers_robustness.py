"""Readers on any bytes: a result or one QsreportError, never a traceback; and their libraries
imported only when a document of their format is read."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qsreport.errors import QsreportError
from qsreport.readers import ReadDocument, read

from .test_readers import DOCUMENTS, document

SEED = DOCUMENTS.parent.parent.parent / "samples" / "000_0c6f552278dcef86.txt"

# The reading libraries, and our reader modules that import them.
READING_LIBRARIES = ("docx", "docx2python", "pypdfium2", "pdfminer", "olefile", "striprtf")
READER_MODULES = tuple(f"qsreport.readers.{name}" for name in ("docx", "doc", "pdf", "rtf", "mht",
                                                                 "zip"))


def imported_after(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter holds after running ``code``."""
    probe = (f"{code}\nimport json, sys\n"
             f"print(json.dumps(sorted(m for m in {modules!r} if m in sys.modules)))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    return list(json.loads(result.stdout))


def test_importing_the_readers_loads_no_reading_library() -> None:
    """``import qsreport.readers`` (and sniffing) must not import any reader's library."""
    code = "import qsreport.readers as r; r.sniff(b'%PDF-1.4')"
    assert imported_after(code, (*READING_LIBRARIES, "email", "lxml", *READER_MODULES)) == []


def test_a_plain_text_parse_imports_no_reading_library() -> None:
    """Parsing the seed's .txt (bytes or path, JSON out) imports none of the document
    libraries nor our reader modules: documents cost a text parse nothing."""
    code = ("from pathlib import Path; import qsreport; "
            f"seed = Path({str(SEED)!r}); "
            "qsreport.parse(seed.read_bytes()).model_dump(mode='json'); qsreport.parse(seed)")
    assert imported_after(code, (*READING_LIBRARIES, *READER_MODULES)) == []


def test_each_document_imports_only_its_own_library() -> None:
    """Reading a .doc loads olefile and not python-docx or PDFium (and so on)."""
    code = ("from pathlib import Path; from qsreport.readers import read; "
            f"read(Path({str(DOCUMENTS / 'seed-plain.doc')!r}).read_bytes(), 'doc')")
    assert imported_after(code, READING_LIBRARIES) == ["olefile"]


# Derandomized in CI; QSREPORT_FUZZ_EXAMPLES=N (as for test_properties.py) explores further.
_EXPLORE = int(os.environ.get("QSREPORT_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=_EXPLORE or 40, deadline=None, derandomize=not _EXPLORE,
                database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PREFIXES = [b"", b"%PDF-1.4\n", b"{\\rtf1\\ansi\\ansicpg936 ", b"PK\x03\x04",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"]


def outcome(data: bytes, fmt: str) -> None:
    """Reading ``data`` either gives a document or raises one QsreportError."""
    try:
        result = read(data, fmt)
    except QsreportError:
        return
    assert isinstance(result, ReadDocument)


@FUZZ
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=3000),
       fmt=st.sampled_from(["docx", "doc", "pdf", "rtf", "mht"]))
def test_junk_bytes_never_escape_as_tracebacks(prefix: bytes, body: bytes, fmt: str) -> None:
    """Random bytes behind any format's signature give a result or a QsreportError."""
    outcome(prefix + body, fmt)


@FUZZ
@given(name=st.sampled_from(["seed.docx", "seed.doc", "seed-plain.doc", "seed.pdf", "seed.rtf"]),
       cut=st.floats(0, 1), flip=st.integers(0, 1 << 30))
def test_cut_or_flipped_fixtures_never_escape(name: str, cut: float, flip: int) -> None:
    """A fixture cut short, or with one byte changed, gives a result or a QsreportError."""
    data = bytearray(document(name))
    data[flip % len(data)] ^= 0xFF
    fmt = {"docx": "docx", "doc": "doc", "pdf": "pdf", "rtf": "rtf"}[name.rsplit(".", 1)[1]]
    outcome(bytes(data[:max(1, int(len(data) * cut))]), fmt)
