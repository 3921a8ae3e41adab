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
"""

from __future__ import annotations

import builtins
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


def install() -> None:
    """Have ``dataclasses`` run the kept code (once; it looks ``exec`` up in its globals)."""
    if getattr(dataclasses, "exec", None) is None:
        setattr(dataclasses, "exec", _exec)  # noqa: B010 - mypy does not know the name
