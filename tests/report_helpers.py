"""What the extraction tests share: a text's report as the JSON data ``qsreport parse --format
json`` writes, one area's list of items out of it (or the fields a test pins of each), and
each figure's period by its value. Each test file keeps its own header and says which fields it
pins; only the parse and the picking are here."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes


def report_json(text: str, schema: str = "2") -> dict[str, Any]:
    """The report of ``text`` (as UTF-8 bytes) in schema ``schema``, as plain JSON data."""
    options = ParseOptions(schema=schema)  # type: ignore[arg-type]
    found: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None, options))
    return found


def area_items(text: str, area: str, kind: str, schema: str = "2") -> list[dict[str, Any]]:
    """The items of one list of one area (``"brands"``, ``"counts"``) of the report of ``text``."""
    items: list[dict[str, Any]] = report_json(text, schema)[area][kind]
    return items


def picked(text: str, area: str, kind: str, fields: tuple[str, ...], schema: str = "2"
           ) -> list[tuple[Any, ...]]:
    """The fields ``fields`` of each item of one list of one area, as tuples, in order: what
    a test of a family pins (``("metric", "value", "unit")``)."""
    return [tuple(item[name] for name in fields) for item in area_items(text, area, kind, schema)]


def periods(text: str, area: str | None = None) -> dict[float, str | None]:
    """Each figure's value and its period, over the whole report of ``text`` or one area's
    (``"supervision"``): every item that has both, by value (a later item of the same value wins)."""
    found: dict[float, str | None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "period" in node and "value" in node:
                found[node["value"]] = node["period"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    report = report_json(text)
    walk(report if area is None else report[area])
    return found
