"""Finding the files a batch reads: a sorted, lazy walk of the folders it was given.

Files come out one at a time (a generator), so a folder of millions costs the memory of one
directory listing, not of every path. Within a directory, files come first and then its
subdirectories, each in code-point order, so two runs over the same tree see the same order.
Symbolic links to directories are followed, but a directory already walked (the same device
and inode) is never entered again, which is what stops a link loop.

Nothing is passed over in silence: every file or folder the walk does not read is handed to
``on_skip`` as a :class:`Skipped` with its reason (a folder once, its path ending in ``/``).
A ZIP archive found (or named) is opened for its list of members, each of which is read as a
file would be (:mod:`qsreport.batch.archives`).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import InputError
from .identity import resolve_folders

DEFAULT_INCLUDE = (
    "*.txt", "*.text", "*.htm", "*.html", "*.shtml",
    "*.asp", "*.aspx", "*.jsp", "*.php",  # pages saved from dynamic sites keep their suffix
    "*.docx", "*.docm", "*.doc", "*.wps", "*.pdf", "*.rtf", "*.mht", "*.mhtml",
    "*.zip",  # each member a record of its own
)

# Why a file or folder was not read; the summary and --skipped name these.
SKIP_REASONS = {
    "not_included": "matches no --include pattern",
    "excluded": "matches an --exclude pattern",
    "page_resources": "the resource folder of a saved page (x_files/, x.files/)",
    "macos_metadata": "macOS metadata (._x AppleDouble files, .DS_Store, __MACOSX/)",
    "hidden": "a hidden file or folder (its name begins with .)",
}
# A saved page whose resources a sibling folder x_files/ (or x.files/) holds.
_PAGE_SUFFIXES = (".htm", ".html", ".shtml", ".mht", ".mhtml", ".asp", ".aspx", ".jsp", ".php")
_RESOURCE_ENDS = ("_files", ".files")


@dataclass(frozen=True)
class Skipped:
    """A file (or a folder, its path ending in ``/``) the walk passed over, and why."""

    path: str
    reason: str  # a key of SKIP_REASONS


OnSkip = Callable[[Skipped], None]


@dataclass(frozen=True)
class Filters:
    """Which files under a folder are read: case-insensitive globs on the name or the path.

    A pattern with a ``/`` is matched against the path relative to the folder given on the
    command line, any other against the file or directory name. A directory whose name
    matches an exclude pattern is not entered.
    """

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()

    def file_skip(self, name: str, relative: str) -> str | None:
        """Why a file found in a folder walk is not read (a SKIP_REASONS key), or None."""
        if name.startswith("._") or name == ".DS_Store":
            return "macos_metadata"
        if name.startswith("."):
            return "hidden"
        if _matches(self.exclude, name, relative):
            return "excluded"
        if not _matches(self.include, name, relative):
            return "not_included"
        return None

    def folder_skip(self, name: str, relative: str, pages: frozenset[str] = frozenset()
                    ) -> str | None:
        """Why a folder found in a walk is not entered, or None. ``pages``: the lower-case
        stems of the saved pages beside it, whose resource folders are passed over."""
        if name == "__MACOSX":
            return "macos_metadata"
        if name.startswith("."):
            return "hidden"
        if _matches(self.exclude, name, relative):
            return "excluded"
        lower = name.lower()
        if lower.endswith(_RESOURCE_ENDS) and lower[:-6] in pages:
            return "page_resources"
        return None

    def takes_file(self, name: str, relative: str) -> bool:
        """True when a file found in a folder walk should be read."""
        return self.file_skip(name, relative) is None

    def enters_directory(self, name: str, relative: str) -> bool:
        """True when a directory found in a folder walk should be walked."""
        return self.folder_skip(name, relative) is None


def page_stems(names: Iterable[str]) -> frozenset[str]:
    """The lower-case names, less their suffix, of the saved pages among ``names``."""
    stems = set()
    for name in names:
        stem, suffix = os.path.splitext(name.lower())
        if suffix in _PAGE_SUFFIXES:
            stems.add(stem)
    return frozenset(stems)


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
    kind: str = InputError.kind  # "corrupt" for an archive whose members cannot be listed


@dataclass(frozen=True)
class ArchiveMember:
    """A file inside a ZIP archive on disk: read as ``archive.zip!/member/path``."""

    archive: str  # the archive's path, as found
    member: str  # the member's name as its writer meant it (GBK names decoded)
    size: int  # bytes it unpacks to, as the archive says

    @property
    def path(self) -> str:
        return f"{self.archive}!/{self.member}"


Found = str | Unlistable | ArchiveMember


def discover(paths: Iterable[str], filters: Filters | None = None,
             on_skip: OnSkip | None = None) -> Iterator[Found]:
    """Every file to read under ``paths``, each once, in a reproducible order.

    A path naming a file is always read, whatever the filters say: the user asked for it.
    A path inside a folder that is also given is skipped, so no file is read twice. A folder
    that cannot be listed comes out as :class:`Unlistable`, never silently skipped; a file
    or folder the filters pass over goes to ``on_skip``. A ``.zip`` gives its members.
    """
    filters = filters or Filters()
    roots = _outermost(list(paths))
    seen_directories: set[tuple[int, int]] = set()
    report = on_skip or _ignore
    for root in roots:
        if os.path.isdir(root):
            yield from _walk(root, "", filters, seen_directories, report)
        else:
            yield from _file(root, "", filters, report)


def _ignore(skipped: Skipped) -> None:
    """Skips nobody asked about (a second walk that only counts files)."""


def _file(path: str, relative: str, filters: Filters, on_skip: OnSkip) -> Iterator[Found]:
    if path.lower().endswith(".zip") and os.path.isfile(path):
        from .archives import archive_members

        yield from archive_members(path, relative + "!/" if relative else "", filters, on_skip)
    else:
        yield path


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
    directory: str, relative: str, filters: Filters, seen: set[tuple[int, int]],
    on_skip: OnSkip,
) -> Iterator[Found]:
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
    pages = page_stems(files)
    for name in files:
        path = os.path.join(directory, name)
        reason = filters.file_skip(name, relative + name)
        if reason is None:
            yield from _file(path, relative + name, filters, on_skip)
        else:
            on_skip(Skipped(path, reason))
    del files
    for name in folders:
        path = os.path.join(directory, name)
        reason = filters.folder_skip(name, relative + name, pages)
        if reason is None:
            yield from _walk(path, relative + name + "/", filters, seen, on_skip)
        else:
            on_skip(Skipped(path + "/", reason))
