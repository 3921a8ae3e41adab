"""The digits of a product code or a model number inside a check's object (h7n9, kn95, 3C, a
model XD-300) count nothing: the check is still the report's campaign; digits that count the
places checked still make the check the work done on them. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _actions(body: str) -> list[tuple[str, str]]:
    text = (f"市场上的防护用品总体平稳\n发布时间：2031-05-06  来源：测试日报\n{body}"
            "执法人员现场讲解了有关规定，并要求经营者做好台账记录。")
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


@pytest.mark.parametrize(
    "body",
    [
        "近日，甲县质监局对甲型h7n9流感防护用品进行了专项监督检查。",
        "日前，乙市市场监管局对kn95口罩开展专项执法检查。",
        "近日，丙区质监局对XD-300型电热水器实施了专项监督检查。",
        "日前，丁县质监局对3C认证电线电缆进行了专项执法检查。",
        "近日，戊市质监局对B2级防火板材开展了专项监督检查。",
    ],
)
def test_a_code_inside_the_object_keeps_the_campaign(body: str) -> None:
    """A Latin code with digits in 对…进行/开展/实施 is part of the goods' name, not a count."""
    kinds = [kind for kind, _ in _actions(body)]
    assert kinds == ["law_enforcement"]


def test_a_counted_object_is_still_the_work_done_on_it() -> None:
    """对辖区12家企业进行专项监督检查: the count names the places; no campaign title of its own
    (the lead's check of counted places titles it by its object)."""
    actions = _actions("近日，甲县质监局对辖区12家企业进行了专项监督检查。")
    assert [title for _, title in actions] == ["辖区12家企业进行了专项监督检查"]
