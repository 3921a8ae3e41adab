"""Special equipment's own licences (特种设备制造许可证, 气瓶充装许可证) are of no scheme the
schema names: a licence named bare in such a report is ``any``, never the industrial products'
生产许可证 the report may also list. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"庚省质量工作简报\n发布时间：2034-02-20  来源：测试月刊\n{body}",
                  "certification", "stats", ("metric", "scheme", "value", "unit"))


def test_a_bare_licence_after_equipment_and_industrial_licences_is_of_none() -> None:
    """A report naming 特种设备制造许可证 and 生产许可证 goes on with 持有许可证: any."""
    assert _stats("该厅负责两种许可：特种设备制造许可证和生产许可证。"
                  "全省现有气瓶制造单位50家，共持有许可证60张。") == [
        ("licensed", "any", 50, "家"), ("licensed", "any", 60, "张")]


def test_an_equipment_licence_issued_is_licensed_of_no_scheme() -> None:
    """颁发气瓶充装许可证N张: licensed, any; not production_licence."""
    assert _stats("今年庚省共向17家充装单位颁发气瓶充装许可证19张。") == [
        ("licensed", "any", 17, "家"), ("licensed", "any", 19, "张")]


def test_the_industrial_licence_alone_is_still_production() -> None:
    """工业产品生产许可证 named alone keeps its scheme."""
    assert _stats("全年共为35家企业颁发工业产品生产许可证。") == [
        ("licensed", "production_licence", 35, "家")]
