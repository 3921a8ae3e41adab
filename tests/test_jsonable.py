"""JSON of a report written straight from its dataclasses (``json_default``) is the text of
its ``to_jsonable`` data, in every schema and layout."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from qsreport.jsonable import json_default, to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes

from .conftest import SEED


@pytest.mark.parametrize("schema", ["1", "2"])
@pytest.mark.parametrize("indent", [None, 2])
def test_the_seed_is_written_as_its_jsonable_data(schema: str, indent: int | None) -> None:
    """Indented (parse --format json) or not (batch records), schema 1 or 2: the same text."""
    report = parse_bytes(SEED.read_bytes(), str(SEED), ParseOptions(schema=schema))  # type: ignore[arg-type]
    record = {"path": "甲市.txt", "ok": True, "report": report}
    expected = json.dumps({**record, "report": to_jsonable(report)}, ensure_ascii=False,
                          indent=indent)
    assert json.dumps(record, ensure_ascii=False, indent=indent,
                      default=json_default(report)) == expected


@dataclass
class _Figure:
    label: str
    span: tuple[int, int]
    places: list[str] = field(default_factory=list)


def test_attributes_that_are_not_the_fields_in_order_are_not_written() -> None:
    """An object holding more than its fields, or in another order, is written by its
    fields, in their order, as to_jsonable writes it."""
    report = parse_bytes("乙县抽查食品12批次。".encode(), None)
    moved = _Figure("某某公司", (0, 4))
    moved.__dict__ = {"places": ["乙县"], "span": (0, 4), "label": "某某公司", "note": "x"}
    value = [moved, _Figure("甲市", (5, 7))]
    assert json.dumps(value, ensure_ascii=False, default=json_default(report)) == json.dumps(
        to_jsonable(value), ensure_ascii=False)
    assert '"note"' not in json.dumps(value, default=json_default(report))


def test_anything_else_is_refused_as_json_refuses_it() -> None:
    report = parse_bytes("乙县抽查食品12批次。".encode(), None)
    with pytest.raises(TypeError, match="not JSON serializable"):
        json.dumps({"when": object()}, default=json_default(report))
