"""The report's dataclasses compare and show themselves as ``@dataclass`` would, though their
``==`` and ``repr`` are written once (record.Record) instead of compiled for each class."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pytest

from qsreport.models import BrandCount, Meta, SupervisionStat
from qsreport.pipeline import sha256_hex


@dataclass(kw_only=True)
class _GeneratedMeta:  # the same fields, with the methods @dataclass writes
    title: str | None = None
    region: str | None = None
    region_code: str | None = None
    region_name: str | None = None
    date: str | None = None
    source: str | None = None
    category: str | None = None
    found: dict[str, str] = field(default_factory=dict)
    document: str = "report"


def test_equal_when_fields_are_equal_and_not_otherwise() -> None:
    one = Meta(title="湖州质监简报", date="2011-04-02", found={"date": "publish line"})
    same = Meta(title="湖州质监简报", date="2011-04-02", found={"date": "publish line"})
    assert one == same
    assert one != Meta(title="湖州质监简报", date="2011-04-03")
    assert one != _GeneratedMeta(title="湖州质监简报", date="2011-04-02")  # another class


def test_a_nan_field_is_equal_to_itself_as_in_a_tuple() -> None:
    nan = float("nan")
    def stat() -> SupervisionStat:
        return SupervisionStat(metric="pass_rate", label="合格率", value=nan, unit="%",
                               span=(0, 3), evidence="合格率")

    assert stat() == stat()  # the same nan object: equal as a tuple holding it is


def test_repr_is_what_dataclass_would_write() -> None:
    fields = {"title": "嘉兴市质监局年度小结", "region": "嘉兴", "found": {"title": "<title>"}}
    shown = repr(Meta(**fields))  # type: ignore[arg-type]
    generated = repr(_GeneratedMeta(**fields))  # type: ignore[arg-type]
    assert shown.removeprefix("Meta") == generated.removeprefix("_GeneratedMeta")
    assert shown.startswith("Meta(title='嘉兴市质监局年度小结', region='嘉兴'")


def test_unhashable_like_a_dataclass_with_eq() -> None:
    with pytest.raises(TypeError):
        hash(BrandCount(category="provincial_brand", label="省名牌", value=5, unit="个",
                        span=(0, 1), evidence="5个"))


@pytest.mark.parametrize("size", [0, 17, (1 << 20) - 1, 1 << 20, (1 << 20) + 5])
def test_sha256_hex_is_sha256_at_every_size(size: int) -> None:
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
