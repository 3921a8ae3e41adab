"""The project's exception hierarchy: every failure a user can cause has a kind here.

The CLI turns each into one line on stderr; batch turns each into an error record whose
``kind`` is the class's ``kind`` attribute.
"""

from __future__ import annotations


class QsreportError(Exception):
    """Base of every error qsreport raises on purpose."""

    kind = "error"
    hint = ""

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message} ({self.hint})" if self.hint else message


class InputError(QsreportError):
    """The input could not be read at all (missing, a directory, permissions, ...)."""

    kind = "unreadable"


class EmptyInput(QsreportError):
    """The input has no bytes, or nothing but white space."""

    kind = "empty"


class NotText(QsreportError):
    """The bytes are not text in any encoding qsreport reads (an image, an archive, ...)."""

    kind = "not_text"
    hint = "qsreport reads text and HTML reports"


class TooLarge(QsreportError):
    """The input is larger than the configured byte limit."""

    kind = "too_large"
    hint = "raise --max-bytes to read it anyway"


class Timeout(QsreportError):
    """Parsing one input took longer than the configured time limit."""

    kind = "timeout"
