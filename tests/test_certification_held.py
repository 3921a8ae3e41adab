"""Papers and firms told only as held (有效证书, 获证企业), no scheme named in their
sentence: the scheme the report named before them. Papers no longer valid are no stock and no
revocation; firms a check went through, told as 获证, are none. Invented reports, parsed end to
end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _stats(body: str) -> list[tuple[str, str, float, str]]:
    text = f"己市质量工作简报\n发布时间：2033-07-14  来源：测试周刊\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["scheme"], s["value"], s["unit"])
            for s in report["certification"]["stats"]]


def test_valid_certificates_take_the_scheme_the_report_named_before() -> None:
    """有效证书N张 after a report on 3C: certificates held, of 3C; 无效证书 are none."""
    assert _stats("己市分局近日对辖区强制性产品认证开展专项检查。"
                  "结果显示，其余4家企业共有有效证书52张，无效证书（含暂停、撤销、过期）19张。") == [
        ("certified", "ccc", 52, "张")]


def test_licensed_firms_told_as_held_take_the_licence_named_before() -> None:
    """有效获证生产企业共N家 after a sentence on 工业产品生产许可证: licensed, production."""
    assert _stats("电线电缆属于工业产品生产许可证管理的产品。截至6月底，全市有效获证生产企业共23家。") == [
        ("licensed", "production_licence", 23, "家")]


def test_firms_a_check_went_through_told_as_held_are_none() -> None:
    """检查获证企业N家: the check's object, no firms licensed or certified."""
    assert _stats("今年全省市场监管部门围绕强制性产品认证检查获证企业830家。") == []
