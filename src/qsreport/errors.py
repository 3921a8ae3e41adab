"""The project's exception hierarchy: every failure a user can cause has a kind here.

The CLI turns each into one line on stderr; batch turns each into an error record whose
``kind`` is the class's ``kind`` attribute.
"""

from __future__ import annotations

import re
from functools import cache


class QsreportError(Exception):
    """Base of every error qsreport raises on purpose."""

    kind = "error"
    hint = ""

    def __init__(self, message: str = "", path: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.path = path  # the input it is about, where the error knows it
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message} ({self.hint})" if self.hint else message

    def located(self, name: str | None = None) -> str:
        """The message with its input named once: the error's own path, else ``name``."""
        where = self.path or name
        return f"{where}: {self}" if where else str(self)


class InputError(QsreportError):
    """The input could not be read at all (missing, a directory, permissions, ...)."""

    kind = "unreadable"


class EmptyInput(QsreportError):
    """The input has no bytes, or nothing but white space."""

    kind = "empty"


class NotText(QsreportError):
    """The bytes are not text in any encoding qsreport reads (an image, an archive, ...)."""

    kind = "not_text"
    hint = "qsreport reads text, web pages, Word, PDF, RTF and web archives"


class TooLarge(QsreportError):
    """The input is larger than the configured byte limit."""

    kind = "too_large"
    hint = "raise --max-bytes to read it anyway"


class Timeout(QsreportError):
    """Parsing one input took longer than the configured time limit."""

    kind = "timeout"


# Characters a message must not print as they are: controls (a file name can hold an escape
# sequence), invisible and direction-changing marks, and the lone surrogates that stand for
# bytes of a file name that are not UTF-8.
# Compiled when a message is first printed (~0.6 ms), not by every parse that imports the
# errors to catch them; small, so not worth the cache, which --help need not load.
@cache
def _unprintable() -> re.Pattern[str]:
    return re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069"
                      "\ufeff\ufff9-\ufffb\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` safe to print on one line of a terminal: every control, invisible or bidi
    character, and every undecodable byte of a file name (``\\udcff``), written as an escape.

    >>> printable("bad\\udcff.txt\\x1b[31m")
    'bad\\\\udcff.txt\\\\x1b[31m'
    """
    return _unprintable().sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


class DocumentError(QsreportError):
    """A document (Word, PDF, RTF, web archive, ZIP) that its reader could not turn into text."""

    kind = "document"


class NoTextLayer(DocumentError):
    """A PDF whose pages hold no text, only pictures: a scan."""

    kind = "no_text_layer"
    hint = "it is a scan; run OCR on it first"


class Encrypted(DocumentError):
    """A document, or an archive member, that needs a password to open."""

    kind = "encrypted"
    hint = "save an unprotected copy and read that"


class Corrupt(DocumentError):
    """A document whose bytes do not hold together: truncated, damaged or not what it claims."""

    kind = "corrupt"


class UnsupportedDocument(DocumentError):
    """A document in a version or variant of its format that qsreport does not read."""

    kind = "unsupported"


class MissingDependency(QsreportError):
    """A library that reads a document format is not installed."""

    kind = "missing_dependency"


class MemberTooLarge(DocumentError):
    """An archive member, or the archive as a whole, unpacks to more than the limit allows."""

    kind = "too_large"
    hint = "raise the archive limits to read it anyway"


class NestedArchive(DocumentError):
    """An archive inside an archive inside an archive: qsreport opens one level of nesting."""

    kind = "nested_archive"
    hint = "unpack the outer archives first"
