"""Where a report's bytes come from: a path, ``-`` (standard input), bytes or a PathLike.

Every command and the library read through :func:`read_source`, under one byte limit, and every
failure names its path once: the error carries the path (``error.path``), its message does
not repeat it.
"""

from __future__ import annotations

import errno
import os
import stat
import sys

from .errors import InputError, TooLarge, printable

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"


def shown_path(path: str) -> str:
    """``path`` as text every output can hold: undecodable bytes of a file name as ``\\udcNN``.

    Records, resume and messages all use this form, so a path written is a path found again.
    """
    return path.encode("utf-8", "backslashreplace").decode("utf-8")


def read_source(source: bytes | str | os.PathLike[str], max_bytes: int) -> tuple[bytes, str | None]:
    """The bytes of ``source`` and its path (None for bytes given directly and for ``-``,
    which reads standard input).

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
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLarge(f"over the limit of {max_bytes} bytes", "stdin")
        return data, None
    path: str | bytes = os.fspath(source)  # (bytes from a PathLike[bytes], as typed here)
    if isinstance(path, bytes):  # an os.PathLike[bytes]
        path = os.fsdecode(path)
    shown = printable(path) or '""'
    # Never wait on open (a FIFO with no writer), never adopt a terminal as ours.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError("is a symbolic link to a file that does not exist", shown) from None
        raise InputError("no such file", shown) from None
    except PermissionError:
        raise InputError("permission denied", shown) from None
    except ValueError:  # a NUL character: no file can have such a name
        raise InputError("is not a valid file name", shown) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError("is a symbolic link loop", shown) from None
        raise InputError(f"cannot be read ({error.strerror or error})", shown) from None
    try:
        before = os.fstat(fd)
        if stat.S_ISDIR(before.st_mode):
            raise InputError("is a directory (qsreport batch reads folders)", shown)
        regular = stat.S_ISREG(before.st_mode)
        if not regular and hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a FIFO with a writer: wait for what it writes
        elif before.st_size > max_bytes:
            raise TooLarge(f"{before.st_size} bytes, over the limit of {max_bytes}", shown)
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
            raise TooLarge(f"over the limit of {max_bytes} bytes", shown)
        if regular:
            after = os.fstat(fd)
            if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
                raise InputError("changed while it was being read "
                                 "(try again once it is complete)", shown)
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror or error})", shown) from None
    finally:
        os.close(fd)
    return data, shown_path(path)
