"""The code of qsreport's modules, kept between runs, so a fresh process finds and loads them
without Python's search of the package folders and reading of ~300 bytecode files.

A cold ``qsreport parse`` imports some 300 of our modules. For each, Python's import system
looks the name up in the folder's listing, checks the source's date against the bytecode
file's, opens and reads that file: some 50 µs a module in pure Python, about 15 ms a start.
:func:`install` puts a finder in front of it for our own modules: the code object, kept in the
start-up cache (:mod:`.regex_cache`; ``QSREPORT_CACHE=off`` turns it off) under the source
file's size and times (one ``stat`` a module), goes straight to the loader Python
would have used. Everything else is Python's: the module's ``__file__``, ``__spec__``, its
resources, its source for tracebacks. A source edited since the code was kept (its size or
time changed) is loaded as Python would, and kept again; so is a module imported before the
cache is read for a rule, as ``qsreport --help`` imports its few (not worth reading the whole
file for), and every module of another package.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec, SourceFileLoader
from types import CodeType, ModuleType
from typing import Any

from . import regex_cache

_OWN = __name__.rpartition(".")[0] + "."  # "qsreport.": the modules whose code is kept


class _KeptLoader(SourceFileLoader):
    """Python's loader of a source file, given the module's code instead of reading it."""

    def __init__(self, fullname: str, path: str, code: CodeType) -> None:
        super().__init__(fullname, path)
        self._code = code

    def get_code(self, fullname: str) -> CodeType:
        return self._code


class KeptCode:
    """A finder (``sys.meta_path``) of our modules whose code the start-up cache holds."""

    @classmethod
    def find_spec(cls, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if not (path and fullname.startswith(_OWN) and regex_cache.loaded()):
            return None
        found = _source(path[0], fullname.rpartition(".")[2])
        if found is None:
            return None  # not a plain source module (Python finds it, or says it is missing)
        source, package, status = found
        code = regex_cache.derived(regex_cache.CODE + fullname, "", sys.flags.optimize,
                                   lambda: _code(fullname, source), source,
                                   regex_cache.state_of(status))
        if not isinstance(code, CodeType):
            return None
        spec = ModuleSpec(fullname, _KeptLoader(fullname, source, code), origin=source,
                          is_package=package)
        spec.has_location = True  # __file__ and __cached__ as Python sets them
        if package:
            spec.submodule_search_locations = [os.path.dirname(source)]
        return spec

    @classmethod
    def invalidate_caches(cls) -> None:
        """Forget the folders' listings (each lookup checks the source's state anyway)."""
        _LISTINGS.clear()


def _source(folder: str, name: str) -> tuple[str, bool, os.stat_result] | None:
    """The source file of module ``name`` in ``folder`` (a package's first, as Python looks
    for them), whether it is a package's, and its status; None when there is none.

    The folder's names are listed once (as Python's own finder does), so that a plain module,
    most of ours, costs one ``stat``, not a failed one for its package's ``__init__.py`` first.
    A name the listing lacks (a file added since) is left to Python's finder."""
    listed = _listing(folder)
    candidates: tuple[tuple[str, bool], ...]
    if listed is not None and name not in listed:  # no package of that name: a module's file
        candidates = ((os.path.join(folder, name + ".py"), False),) \
            if name + ".py" in listed else ()
    else:
        candidates = ((os.path.join(folder, name, "__init__.py"), True),
                      (os.path.join(folder, name + ".py"), False))
    for source, package in candidates:
        try:
            status = os.stat(source)
        except OSError:
            continue
        if stat.S_ISREG(status.st_mode):
            return source, package, status
    return None


_LISTINGS: dict[str, frozenset[str] | None] = {}  # a package folder's names, read once


def _listing(folder: str) -> frozenset[str] | None:
    """The names in ``folder`` (None when it cannot be listed: each name is then looked for)."""
    if folder not in _LISTINGS:
        try:
            _LISTINGS[folder] = frozenset(os.listdir(folder))
        except OSError:
            _LISTINGS[folder] = None
    return _LISTINGS[folder]


def _code(fullname: str, source: str) -> Any:
    """The module's code as Python's own loader reads it (its bytecode file, or the source)."""
    return SourceFileLoader(fullname, source).get_code(fullname)


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once)."""
    if KeptCode not in sys.meta_path:
        sys.meta_path.insert(0, KeptCode)
