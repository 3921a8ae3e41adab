"""ZIP archives in a batch: each member a file of its own, read one at a time.

The parent lists an archive's members from its central directory (no member is unpacked
there) and passes each one the filters would take, as ``archive.zip!/member/path``, to the
workers like any file; a worker unpacks only the member it reads (through
:func:`qsreport.readers.zip.unpack_member`, as ``parse`` reads an archive's members) and
stops at ``--max-bytes``, so memory is bounded by one member whatever the archive holds.
Member names are decoded as :func:`qsreport.readers.zip.member_name` does (GBK names of
Chinese Windows included). An archive inside an archive is not opened: it gets one
``nested_archive`` record. An archive whose member list cannot be read is one ``corrupt``
failure.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator

from ..errors import (
    Corrupt,
    EmptyInput,
    InputError,
    NestedArchive,
    TooLarge,
    UnsupportedDocument,
)
from ..readers.zip import member_name, unpack_member
from .discover import ArchiveMember, Filters, OnSkip, Skipped, Unlistable, page_stems

# What zipfile raises on bytes that are not a readable archive.
_ZIP_FAILURES = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, KeyError,
                 NotImplementedError, RuntimeError, UnicodeDecodeError)


def archive_members(archive: str, relative: str, filters: Filters, on_skip: OnSkip
                    ) -> Iterator[ArchiveMember | Unlistable]:
    """The members of ``archive`` the filters take, in the archive's order; the others go to
    ``on_skip`` (a folder once). ``relative`` is the archive's path under the PATH given,
    with ``!/``, for the filters' patterns that hold a ``/``."""
    try:
        if os.path.getsize(archive) == 0:  # as parse says of an empty file
            yield Unlistable(archive, "the input is empty", EmptyInput.kind)
            return
        with zipfile.ZipFile(archive) as opened:
            infos = opened.infolist()
    except OSError as error:
        yield Unlistable(archive, f"cannot be read ({error.strerror or error})")
        return
    except _ZIP_FAILURES as error:
        yield Unlistable(archive, f"not a readable ZIP archive ({error})", Corrupt.kind)
        return
    names = [member_name(info) for info in infos if not info.is_dir()]
    pages = _pages_by_folder(names)
    skipped_folders: set[str] = set()
    for info in infos:
        if info.is_dir():
            continue
        name = member_name(info)
        folder_reason = _folder_skip(name, relative, filters, pages)
        if folder_reason is not None:
            folder, reason = folder_reason
            if folder not in skipped_folders:
                skipped_folders.add(folder)
                on_skip(Skipped(f"{archive}!/{folder}/", reason))
            continue
        file_reason = filters.file_skip(name.rsplit("/", 1)[-1], relative + name)
        if file_reason is None:
            yield ArchiveMember(archive, name, info.file_size)
        else:
            on_skip(Skipped(f"{archive}!/{name}", file_reason))


def _pages_by_folder(names: list[str]) -> dict[str, frozenset[str]]:
    folders: dict[str, list[str]] = {}
    for name in names:
        folder, _, base = name.rpartition("/")
        folders.setdefault(folder, []).append(base)
    return {folder: page_stems(bases) for folder, bases in folders.items()}


def _folder_skip(name: str, relative: str, filters: Filters,
                 pages: dict[str, frozenset[str]]) -> tuple[str, str] | None:
    """The first folder of a member's path that the walk would not enter, and why."""
    parts = name.split("/")[:-1]
    for depth, part in enumerate(parts):
        parent = "/".join(parts[:depth])
        folder = "/".join(parts[:depth + 1])
        reason = filters.folder_skip(part, relative + folder, pages.get(parent, frozenset()))
        if reason is not None:
            return folder, reason
    return None


class _OpenArchive:
    """The archive a worker read its last member from, kept open for the next one (members
    of one archive come in runs); its members by decoded name."""

    def __init__(self) -> None:
        self.key: tuple[str, int, int] | None = None
        self.archive: zipfile.ZipFile | None = None
        self.members: dict[str, zipfile.ZipInfo] = {}

    def open(self, path: str) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
        info = os.stat(path)
        key = (path, info.st_mtime_ns, info.st_size)
        if key != self.key or self.archive is None:
            self.close()
            archive = zipfile.ZipFile(path)
            self.members = {member_name(i): i for i in archive.infolist() if not i.is_dir()}
            self.archive, self.key = archive, key
        return self.archive, self.members

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()
        self.archive, self.key, self.members = None, None, {}


_LAST = _OpenArchive()


def read_member(archive: str, member: str, max_bytes: int) -> bytes:
    """The bytes of one member, unpacked in chunks and refused past ``max_bytes``; an
    archive inside it is refused as ``nested_archive``."""
    try:
        opened, members = _LAST.open(archive)
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror or error})") from error
    except _ZIP_FAILURES as error:
        _LAST.close()
        raise Corrupt(f"not a readable ZIP archive ({error})") from error
    info = members.get(member)
    if info is None:
        raise InputError("is no longer in the archive")
    try:
        unpacked = unpack_member(opened, info, max_bytes)
    except NotImplementedError as error:
        raise UnsupportedDocument(f"the member's compression: {error}") from error
    except _ZIP_FAILURES as error:
        raise Corrupt(f"the archive member cannot be unpacked ({error})") from error
    data = unpacked.data
    if data is None:
        if unpacked.size:  # the header lied
            raise TooLarge(f"unpacks to more than the limit of {max_bytes} bytes")
        raise TooLarge(f"unpacks to {info.file_size} bytes, over the limit of {max_bytes}")
    if _is_archive(data):
        raise NestedArchive("an archive inside an archive is not opened",
                            hint="unpack it and run qsreport batch on the folder")
    return data


def _is_archive(data: bytes) -> bool:
    from ..readers import sniff

    return sniff(data) == "zip"
