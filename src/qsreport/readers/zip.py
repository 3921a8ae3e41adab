"""ZIP archives: every member a document of its own, one level of nested archives opened.

Member names are decoded as the archive wrote them: UTF-8 when its flag says so, else UTF-8
if they are valid UTF-8, else GBK (GB18030) as Chinese Windows writes them, else cp437. Zip
bombs are refused by size — the size each member declares before it is unpacked, and the
bytes it really unpacks to, member by member and for the archive as a whole. Encrypted
members are reported, not tried.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import NamedTuple

from ..errors import (
    Corrupt,
    EmptyInput,
    Encrypted,
    MemberTooLarge,
    NestedArchive,
    UnsupportedDocument,
)
from ._failures import PARSE_FAILURES
from .document import Member
from .sniff import ZIP_MAGICS

_UTF8_FLAG, _ENCRYPTED_FLAG = 0x800, 0x1
_CHUNK = 1 << 16
# zipfile raises RuntimeError for a member that needs a password it was not given.
_UNPACK_FAILURES: tuple[type[BaseException], ...] = (*PARSE_FAILURES, RuntimeError)


def iter_archive(data: bytes, max_member_bytes: int, max_total_bytes: int) -> Iterator[Member]:
    """Each file of the archive ``data`` as a :class:`Member`: its path and bytes, or why it
    was left out. A member that is itself a ZIP is opened (once: deeper archives are
    reported as ``nested_archive``), its files named ``inner.zip!/path``. Raises
    :class:`~qsreport.errors.Corrupt` when ``data`` is not a readable ZIP at all, and
    :class:`~qsreport.errors.EmptyInput` when it has no bytes (what ``parse`` says of an
    empty file of any name)."""
    if not data:
        raise EmptyInput("the archive is an empty file")
    budget = [max_total_bytes]
    yield from _members(data, "", max_member_bytes, budget, depth=0)


def _members(data: bytes, prefix: str, max_member_bytes: int, budget: list[int],
             depth: int) -> Iterator[Member]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except PARSE_FAILURES as error:
        raise Corrupt(f"not a readable ZIP archive ({error})") from error
    with archive:
        for info in infos:
            if info.is_dir():
                continue
            path = prefix + member_name(info)
            member = _member(archive, info, path, max_member_bytes, budget)
            if member.data is not None and member.data.startswith(ZIP_MAGICS) \
                    and _is_plain_archive(member.data):
                if depth >= 1:
                    yield Member(path, error=NestedArchive("an archive nested two deep"))
                    continue
                try:
                    yield from _members(member.data, f"{path}!/", max_member_bytes, budget,
                                        depth + 1)
                except Corrupt as error:
                    yield Member(path, error=error)
                continue
            yield member


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, max_member_bytes: int,
            budget: list[int]) -> Member:
    try:
        unpacked = unpack_member(archive, info, min(max_member_bytes, budget[0]))
    except Encrypted as error:
        return Member(path, error=error)
    except NotImplementedError as error:  # deflate64, bzip2 variants, ... zipfile lacks
        return Member(path, error=UnsupportedDocument(f"the member's compression: {error}"))
    except _UNPACK_FAILURES as error:
        return Member(path, error=Corrupt(f"the archive member cannot be unpacked ({error})"))
    budget[0] -= unpacked.size
    if unpacked.data is None:
        size = unpacked.size or info.file_size
        return Member(path, error=_too_large(size, max_member_bytes, budget[0]))
    return Member(path, data=unpacked.data)


class Unpacked(NamedTuple):
    """A member unpacked under a limit: its bytes, or None when it passed the limit."""

    data: bytes | None
    size: int  # bytes unpacked: 0 when the size its header declares passed the limit


def unpack_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Unpacked:
    """One member's bytes, unpacked in chunks and never past ``limit``: a member whose header
    declares more is not unpacked, and one whose header lied is stopped at the first chunk
    past the limit. (:func:`iter_archive`, reading every member of an archive in memory, and
    a batch worker, reading one member of an archive on disk, both read members here; each
    names the failures in its own way.)

    Raises :class:`~qsreport.errors.Encrypted` for a member protected by a password; what
    zipfile raises on damaged bytes, and NotImplementedError for a compression it lacks,
    reach the caller."""
    if info.flag_bits & _ENCRYPTED_FLAG:
        raise Encrypted("the archive member is protected by a password")
    if info.file_size > limit:
        return Unpacked(None, 0)
    chunks, size = [], 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit:  # the header lied: stop unpacking here
                return Unpacked(None, size)
            chunks.append(chunk)
    return Unpacked(b"".join(chunks), size)


def _too_large(size: int, max_member_bytes: int, left: int) -> MemberTooLarge:
    if size > max_member_bytes:
        return MemberTooLarge(f"the member unpacks to more than {max_member_bytes:,} bytes")
    return MemberTooLarge(f"the archive unpacks to more than its limit ({max(left, 0):,} "
                          "bytes were left)")


def _is_plain_archive(data: bytes) -> bool:
    from .sniff import sniff

    return sniff(data) == "zip"


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its writer meant it, with ``/`` between folders."""
    name = info.filename
    if not info.flag_bits & _UTF8_FLAG:
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            raw = b""  # already decoded some other way (Python 3.11's metadata_encoding)
        if raw and not raw.isascii():
            name = _unflagged_name(raw, name)
    return name.replace("\\", "/")


def _unflagged_name(raw: bytes, fallback: str) -> str:
    """A name written without the UTF-8 flag: UTF-8 when that reading holds Chinese (some
    tools write UTF-8 without saying so), else GB18030 (what Chinese Windows writes). Short GBK
    names are often valid UTF-8 too (图片 reads as ͼƬ), so a UTF-8 reading without Chinese
    gives way to GB18030."""
    readings = []
    for codec in ("utf-8", "gb18030"):
        try:
            readings.append(raw.decode(codec))
        except UnicodeDecodeError:
            continue
    for reading in readings:
        if _CJK.search(reading):
            return reading
    return readings[0] if readings else fallback
