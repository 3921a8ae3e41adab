"""Papers and firms told only as held (有效证书, 获证企业), no scheme named in their
sentence: the scheme the report named before them. Papers no longer valid are no stock and no
revocation; firms a check went through, told as 获证, are none. Invented reports, parsed end to
end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"己市质量工作简报\n发布时间：2033-07-14  来源：测试周刊\n{body}",
                  "certification", "stats", ("metric", "scheme", "value", "unit"))


def test_valid_certificates_take_the_scheme_the_report_named_before() -> None:
    """有效证书N张 after a report on 3C: certificates held, of 3C; 无效证书 (含…撤销…) are
    none, no revocation either."""
    assert _stats("本期通报甲区强制性产品认证证书核查情况。"
                  "被查企业持有的有效证书合计80张；另有无效证书（含注销、撤销和暂停）12张。") == [
        ("certified", "ccc", 80, "张")]


def test_licensed_firms_told_as_held_take_the_licence_named_before() -> None:
    """有效获证企业共有N家 after a sentence on 工业产品生产许可证: licensed, production."""
    assert _stats("甲市的水泥、化肥等产品实行工业产品生产许可证制度。"
                  "到9月末，这些行业的有效获证企业共有60家。") == [
        ("licensed", "production_licence", 60, "家")]


def test_firms_a_check_went_through_told_as_held_are_none() -> None:
    """检查获证企业N家: the check's object, no firms licensed or certified."""
    assert _stats("今年全省市场监管部门围绕强制性产品认证检查获证企业830家。") == []
