"""Renderers and the output-format registry: a Report (or a folder of them) → tables, JSON,
JSONL, CSV, SQLite.

:data:`FORMATS` lists every output format once: its name, the commands that write it, the
``--out`` suffixes that choose it in ``batch``, and the functions that write it, named as
``module:function`` so that a format's code is imported only when it is used. ``parse`` and
``batch`` take their ``--format`` choices from here; a new format is a module here and a row.
"""

from __future__ import annotations

import os
from importlib import import_module
from typing import Any, NamedTuple


class OutputFormat(NamedTuple):
    """One output format.

    ``show`` prints one report on stdout (``parse``); ``encode`` turns one input's outcome
    into a batch record's payload — ``(path, report or None, (error kind, message) or None)``
    — in the worker; ``header`` is the text a batch stream file starts with, if any;
    ``database`` formats are written through SQLite rather than as a stream. (A named
    tuple: made on every start, where a frozen dataclass compiled six methods, ~0.4 ms.)
    """

    name: str
    help: str
    suffixes: tuple[str, ...] = ()
    show: str | None = None
    encode: str | None = None
    header: str | None = None
    database: bool = False


FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("table", "rich tables, one per area (the terminal's default)",
                 show="qsreport.render.table:print_report"),
    OutputFormat("json", "the report as JSON: Report.model_dump(mode='json')",
                 show="qsreport.render.json:print_report"),
    OutputFormat("jsonl", "one JSON record a file", suffixes=(".jsonl", ".ndjson", ".json"),
                 encode="qsreport.render.json:encode_record"),
    OutputFormat("csv", "the facts table, one row a figure", suffixes=(".csv",),
                 encode="qsreport.render.csv:encode_record", header="qsreport.render.csv:header"),
    OutputFormat("sqlite", "a SQLite database: reports, facts and one table per kind of item",
                 suffixes=(".db", ".sqlite", ".sqlite3"),
                 encode="qsreport.render.sqlite:rows_for", database=True),
)


def names(command: str) -> tuple[str, ...]:
    """The formats ``parse`` (one report) or ``batch`` (a dataset) can write."""
    wanted = "show" if command == "parse" else "encode"
    return tuple(f.name for f in FORMATS if getattr(f, wanted) is not None)


def output_format(name: str) -> OutputFormat:
    return next(f for f in FORMATS if f.name == name)


def format_for(out: str) -> str:
    """The batch format OUT's suffix names (``jsonl`` for ``-`` and any other suffix)."""
    suffix = os.path.splitext(out)[1].lower()
    return next((f.name for f in FORMATS if suffix in f.suffixes), "jsonl")


def function(reference: str) -> Any:
    """The function a ``module:function`` reference names, imported now."""
    module, _, name = reference.partition(":")
    return getattr(import_module(module), name)
