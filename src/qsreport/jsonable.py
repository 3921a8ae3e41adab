"""A report as plain JSON data: what ``Report.model_dump(mode="json")`` gives, without
pydantic (a batch writes many reports, and JSON output never loads it)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any

from .models import ReportData


def to_jsonable(value: Any) -> Any:
    """Plain JSON data for a dataclass tree: what ``Report.model_dump(mode="json")`` gives.
    A report of schema version 1 is written without the fields version 2 added."""
    if isinstance(value, ReportData) and value.schema_version == "1":
        from .schema_v1 import field_names_v1

        return _jsonable(value, field_names_v1)
    return _jsonable(value, field_names)


def _jsonable(value: Any, names_of: Any) -> Any:
    # (Most values are leaves: each is tested where it is read, not in a call of its own, and
    # a plain list, which is no dataclass, is not looked up among them.)
    kind: Any = type(value)
    if kind in _LEAVES:
        return value
    if kind is not list:
        names = names_of(kind)
        if names is not None:
            found = {}
            for name in names:
                item = getattr(value, name)
                found[name] = item if type(item) in _LEAVES else _jsonable(item, names_of)
            return found
        if not isinstance(value, (list, tuple)):
            return value
    return [item if type(item) in _LEAVES else _jsonable(item, names_of) for item in value]


_LEAVES = frozenset({str, int, float, bool, type(None)})


@cache
def field_names(kind: Any) -> tuple[str, ...] | None:
    """The field names of a dataclass type (looked up once: a batch converts many reports)."""
    return tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None
