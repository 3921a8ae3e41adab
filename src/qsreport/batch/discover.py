"""Finding the files a batch reads: a sorted, lazy walk of the folders it was given.

Files come out one at a time (a generator), so a folder of millions costs the memory of one
directory listing, not of every path. Within a directory, files come first and then its
subdirectories, each in code-point order, so two runs over the same tree see the same order.
Symbolic links to directories are followed, but a directory already walked (the same device
and inode) is never entered again, which is what stops a link loop.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .identity import resolve_folders

DEFAULT_INCLUDE = (
    "*.txt", "*.text", "*.htm", "*.html", "*.shtml",
    "*.asp", "*.aspx", "*.jsp", "*.php",  # pages saved from dynamic sites keep their suffix
    "*.docx", "*.docm", "*.doc", "*.wps", "*.pdf", "*.rtf", "*.mht", "*.mhtml",
)


@dataclass(frozen=True)
class Filters:
    """Which files under a folder are read: case-insensitive globs on the name or the path.

    A pattern with a ``/`` is matched against the path relative to the folder given on the
    command line, any other against the file or directory name. A directory whose name
    matches an exclude pattern is not entered.
    """

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()

    def takes_file(self, name: str, relative: str) -> bool:
        """True when a file found in a folder walk should be read."""
        return _matches(self.include, name, relative) and not _matches(
            self.exclude, name, relative
        )

    def enters_directory(self, name: str, relative: str) -> bool:
        """True when a directory found in a folder walk should be walked."""
        return not _matches(self.exclude, name, relative)


def _matches(patterns: Iterable[str], name: str, relative: str) -> bool:
    name, relative = name.lower(), relative.lower()
    for pattern in patterns:
        pattern = pattern.lower()
        subject = relative if "/" in pattern else name
        if fnmatch.fnmatchcase(subject, pattern):
            return True
    return False


@dataclass(frozen=True)
class Unlistable:
    """A folder whose files cannot be named (no permission to list it): one failure record."""

    path: str
    reason: str


def discover(paths: Iterable[str], filters: Filters | None = None) -> Iterator[str | Unlistable]:
    """Every file to read under ``paths``, each once, in a reproducible order.

    A path naming a file is always read, whatever the filters say: the user asked for it.
    A path inside a folder that is also given is skipped, so no file is read twice. A folder
    that cannot be listed comes out as :class:`Unlistable`, never silently skipped.
    """
    filters = filters or Filters()
    roots = _outermost(list(paths))
    seen_directories: set[tuple[int, int]] = set()
    for root in roots:
        if os.path.isdir(root):
            yield from _walk(root, "", filters, seen_directories)
        else:
            yield root


def _outermost(paths: list[str]) -> list[str]:
    """The paths in the order given, less repeats and those inside another given folder.

    A folder is known by its real path, a file by its location (its folders resolved, not
    itself): a symbolic link to a file is its own entry, as it is when a folder is walked.
    """
    is_folder = [os.path.isdir(path) for path in paths]
    real = [os.path.realpath(path) if folder else resolve_folders(path)
            for path, folder in zip(paths, is_folder, strict=True)]
    folders = {r for r, folder in zip(real, is_folder, strict=True) if folder}
    kept: list[str] = []
    seen: set[str] = set()
    for path, resolved in zip(paths, real, strict=True):
        if resolved in seen or any(_is_inside(resolved, folder) for folder in folders):
            continue
        seen.add(resolved)
        kept.append(path)
    return kept


def _is_inside(path: str, folder: str) -> bool:
    return path != folder and path.startswith(folder.rstrip(os.sep) + os.sep)


def _walk(
    directory: str, relative: str, filters: Filters, seen: set[tuple[int, int]]
) -> Iterator[str | Unlistable]:
    try:
        info = os.stat(directory)
    except OSError as error:
        yield Unlistable(directory, f"cannot list folder ({error.strerror or error})")
        return
    identity = (info.st_dev, info.st_ino)
    if identity in seen:
        return
    seen.add(identity)
    files: list[str] = []
    folders: list[str] = []
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                try:
                    is_directory = entry.is_dir()
                except OSError:
                    is_directory = False
                (folders if is_directory else files).append(entry.name)
    except OSError as error:
        yield Unlistable(directory, f"cannot list folder ({error.strerror or error})")
        return
    files.sort()
    folders.sort()
    for name in files:
        if filters.takes_file(name, relative + name):
            yield os.path.join(directory, name)
    del files
    for name in folders:
        if filters.enters_directory(name, relative + name):
            yield from _walk(os.path.join(directory, name), relative + name + "/", filters, seen)
