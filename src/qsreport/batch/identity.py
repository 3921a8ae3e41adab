"""A file's identity in a batch: where it is, spelled one way, and its name as text.

Three forms of one path, each for one job:

- the **path as given** (``reports/a.txt``, ``./reports/a.txt``, ``/data/reports/a.txt``) is
  what a record shows, under :func:`display_path`;
- the **location** (:class:`Locations`) is the absolute path with every folder resolved
  (symbolic links, ``.`` and ``..``) and the file's own name as found: the three spellings
  above are one location, so ``--resume`` finds a file whatever the folder was called. A
  symbolic link and its target stay two entries of their folders (each gets a record; the
  second one read is marked a duplicate of the first, by its text);
- every path written in a record is valid UTF-8: a name whose bytes are not UTF-8 is shown
  decoded as GB18030 (how Chinese Windows and older Linux systems wrote names), or with its
  bad bytes as ``%XX`` when not even that reads it, and the location keeps it losslessly
  (:func:`lossless_path`: any byte that is not UTF-8, and ``%`` itself, as ``%XX``;
  :func:`path_from_lossless` gives the name back).
"""

from __future__ import annotations

import os
import re
from urllib.parse import unquote_to_bytes

# A str path from the file system holds each byte that is not UTF-8 as a lone surrogate
# U+DC80..U+DCFF (surrogateescape).
_ESCAPED_BYTE = re.compile("[%\udc80-\udcff]")
_BAD_BYTE = re.compile("[\udc80-\udcff]")


def _is_clean(path: str) -> bool:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def display_path(path: str) -> str:
    """``path`` as people read it: itself when it is UTF-8; else each part of it whose bytes
    are not UTF-8 decoded as GB18030, or, failing that, with each bad byte as ``%XX``.

    >>> display_path(os.fsdecode("报告/".encode() + "质监.txt".encode("gbk")))
    '报告/质监.txt'
    """
    if _is_clean(path):
        return path
    parts = []
    for part in os.fsencode(path).split(b"/"):
        try:
            parts.append(part.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                parts.append(part.decode("gb18030"))
            except UnicodeDecodeError:
                parts.append(_BAD_BYTE.sub(_percent, part.decode("utf-8", "surrogateescape")))
    return "/".join(parts)


def lossless_path(path: str) -> str:
    """``path`` as valid UTF-8 text that names exactly its bytes: a byte that is not UTF-8
    as ``%XX``, and ``%`` as ``%25``; everything else as it is.

    >>> lossless_path(os.fsdecode(b"100%-\\xb1\\xa8.txt"))
    '100%25-%B1%A8.txt'
    """
    if "%" not in path and _is_clean(path):
        return path
    return _ESCAPED_BYTE.sub(_percent, path)


def _percent(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"%{code - 0xDC00 if code > 0xFF else code:02X}"


def path_from_lossless(text: str) -> str:
    """The path :func:`lossless_path` was given (as the file system's str)."""
    return os.fsdecode(unquote_to_bytes(text))


def resolve_folders(path: str) -> str:
    """``path`` absolute, with its folders resolved but not its last part (not escaped)."""
    path = path.rstrip("/") or path
    folder, name = os.path.split(path)
    if name in ("", ".", ".."):
        return os.path.realpath(path)
    return os.path.join(os.path.realpath(folder or "."), name)


class Locations:
    """:meth:`of` a path: its location, the key ``--resume`` and records are matched on.

    Files come from the walk a folder at a time, so the resolved folder is remembered for
    the next file (a folder's resolution costs a system call per part of its path).
    """

    def __init__(self) -> None:
        self._last = ("", "")  # a folder as given, and resolved

    def of(self, path: str) -> str:
        """The absolute path of ``path`` with its folders resolved, losslessly written."""
        path = path.rstrip("/") or path
        folder, name = os.path.split(path)
        if name in ("", ".", ".."):
            return lossless_path(os.path.realpath(path))
        given, resolved = self._last
        if folder != given or not resolved:
            resolved = os.path.realpath(folder or ".")
            self._last = (folder, resolved)
        return lossless_path(os.path.join(resolved, name))
