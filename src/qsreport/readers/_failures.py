"""The exceptions a parsing library raises on damaged input, which readers turn into Corrupt.

Listed, not ``except Exception``: a bug of ours (a NameError, say) must still surface.
"""

from __future__ import annotations

import struct
import zipfile
import zlib

PARSE_FAILURES: tuple[type[BaseException], ...] = (
    ValueError, LookupError, TypeError, AttributeError, OSError, EOFError, NotImplementedError,
    RecursionError, OverflowError, SyntaxError, ArithmeticError, AssertionError, zlib.error,
    zipfile.BadZipFile, struct.error,
)
