"""A report as plain JSON data: what ``Report.model_dump(mode="json")`` gives, without
pydantic (a batch writes many reports, and JSON output never loads it)."""

from __future__ import annotations

from collections.abc import Callable
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


def json_default(report: ReportData) -> Callable[[Any], Any]:
    """The ``default`` that has ``json.dumps`` write ``report`` (and anything holding it) as
    it writes ``to_jsonable(report)``, without that copy being made first: json's encoder
    meets each dataclass and asks for its fields (a report's own attributes, as they are,
    where they are its fields in order). The same text, in a third less time, where the
    encoder is json's C one (no ``indent``)."""
    return _FIELDS_V1 if report.schema_version == "1" else _FIELDS


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


def _hook(names_of: Callable[[Any], tuple[str, ...] | None]) -> Callable[[Any], Any]:
    def default(value: Any) -> Any:
        """``value``'s fields by name: its own attributes where they are its fields, in
        order (a record's usually are), else a dict made of them."""
        names = names_of(type(value))
        if names is None:
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
        held: dict[str, Any] | None = getattr(value, "__dict__", None)
        if held is not None and tuple(held) == names:
            return held
        return {name: getattr(value, name) for name in names}

    return default


_LEAVES = frozenset({str, int, float, bool, type(None)})


@cache
def field_names(kind: Any) -> tuple[str, ...] | None:
    """The field names of a dataclass type (looked up once: a batch converts many reports)."""
    return tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None


def _field_names_v1(kind: Any) -> tuple[str, ...] | None:
    from .schema_v1 import field_names_v1

    return field_names_v1(kind)


_FIELDS = _hook(field_names)
_FIELDS_V1 = _hook(_field_names_v1)
