"""The methods ``dataclasses`` writes for qsreport's record classes, compiled once and kept
between runs, so a fresh process does not compile them again.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__`` (and, frozen,
``__setattr__`` and ``__delattr__``) as source text and compiles it: for the ~50 classes a
``parse`` makes, ~160 texts, that was some 15 ms of every start. :func:`install` has
``dataclasses`` run, for a class of one of qsreport's own modules, the code compiled from the
same text, kept in the start-up cache (:mod:`.regex_cache`; ``QSREPORT_CACHE=off`` turns it
off): the same functions, only not compiled again. Classes of every other module are made as
before, and so are ours until the cache is read for a rule (a class made before that, as
``qsreport --help`` makes one, is not worth reading the whole file for).

``collections.namedtuple`` (behind ``typing.NamedTuple``) likewise compiles each class's
``__new__`` from a text, ``lambda _cls, a, b: _tuple_new(_cls, (a, b))``: a cold parse of the
seed makes 41 (28 of them qsreport's ``typing.NamedTuple`` classes, the rest the standard
library's), and compiling their 40 texts is ~1.3 ms of the ~2.6 ms they take. That text names
nothing but the fields, so its kept code serves any module's class of those fields, once the
cache is read: 27 of the 41 come after, and the 41 take ~1.9 ms.
"""

from __future__ import annotations

import builtins
import collections
import dataclasses
from typing import Any

from . import regex_cache

_OWN = __name__.rpartition(".")[0] + "."  # "qsreport.": the modules whose classes are kept


def _exec(source: Any, globals: dict[str, Any] | None = None,
          locals: dict[str, Any] | None = None) -> None:
    """``exec`` as ``dataclasses`` calls it, with the code of a text from our modules kept."""
    if (isinstance(source, str) and globals is not None and regex_cache.loaded()
            and str(globals.get("__name__", "")).startswith(_OWN)):
        text = source
        source = regex_cache.derived(
            "dataclass", text, 0, lambda: builtins.compile(text, "<string>", "exec"),
            dataclasses.__file__)
    builtins.exec(source, globals, locals)


def _eval(source: Any, globals: dict[str, Any] | None = None,
          locals: dict[str, Any] | None = None) -> Any:
    """``eval`` as ``collections.namedtuple`` calls it, with the code of the text kept."""
    if isinstance(source, str) and regex_cache.loaded():
        text = source
        source = regex_cache.derived(
            "namedtuple", text, 0, lambda: builtins.compile(text, "<string>", "eval"),
            collections.__file__)
    return builtins.eval(source, globals, locals)


def install() -> None:
    """Have ``dataclasses`` and ``collections.namedtuple`` run the kept code (once; each
    looks ``exec`` or ``eval`` up in its module's globals)."""
    if getattr(dataclasses, "exec", None) is None:
        setattr(dataclasses, "exec", _exec)  # noqa: B010 - mypy does not know the name
    if getattr(collections, "eval", None) is None:
        setattr(collections, "eval", _eval)  # noqa: B010
