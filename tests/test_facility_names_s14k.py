"""Facility names: a remark in brackets after a name is never read as its host place."""

from __future__ import annotations

from qsreport.extract.inspection_names import PLACE_IN_PARENS, PLACE_IN_PARENS_END


def test_a_remark_in_brackets_at_a_names_end_is_no_host_place() -> None:
    """（全国唯一）, （省内首家） after a name are remarks, at its end as within it."""
    for name in ("某某产品检验中心（全国唯一）", "某某计量测试中心(省内首家)"):
        assert PLACE_IN_PARENS_END.search(name) is None, name
        assert PLACE_IN_PARENS.search(name) is None, name


def test_a_place_in_brackets_at_a_names_end_is_its_host() -> None:
    """（丙市）, （乙县·甲镇） after a name say where it stands."""
    for name in ("国家某某器具质检中心（丙市）", "某某检测中心(乙县·甲镇)"):
        assert PLACE_IN_PARENS_END.search(name) is not None, name
