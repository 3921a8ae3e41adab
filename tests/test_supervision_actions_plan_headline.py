"""A report whose headline declares a duty, a plan or a goal (…要严查, 某市将全面建成…, 力争…,
…工作计划): the checks and drives its body names are the plan's, not work carried out,
unless their own sentence tells them done; its lead gives no campaign either. Invented
reports (made-up places, goods and numbers), parsed end to end."""

from __future__ import annotations

from .report_helpers import area_items


def _kinds(headline: str, body: str) -> list[str]:
    text = f"{headline}\n发布时间：2031-03-02  来源：测试晚报\n{body}"
    return [a["kind"] for a in area_items(text, "supervision", "actions")]


_PLAN_BODY = (
    "乙市质监局今年将盯紧民生计量，确保集贸市场计量器具受检率达到100%。\n"
    "重点对眼镜店、诊所等场所开展执法检查，防止计量作弊损害顾客。\n"
    "组织开展预包装商品分量专项检查，严查短斤缺两。\n")


def test_a_duty_in_the_headline_makes_the_body_a_plan() -> None:
    """…作弊要严查: the checks the body sets out are the year's plan."""
    assert _kinds("乙市质监局：眼镜店计量作弊要严查", _PLAN_BODY) == []


def test_a_goal_in_the_headline_makes_the_body_a_plan() -> None:
    """某市将全面建成…: the goal's report; its drives are ahead."""
    assert _kinds("乙市将全面建成民生计量示范城市", _PLAN_BODY) == []


def test_work_told_done_under_a_plan_headline_is_kept() -> None:
    """A check the body tells done (已…) stays a campaign (near miss)."""
    kinds = _kinds("乙市质监局：眼镜店计量作弊要严查",
                   "乙市质监局已于上月对全市眼镜店开展了计量专项检查，检查眼镜店46家。\n")
    assert kinds == ["law_enforcement"]


def test_a_headline_of_work_done_keeps_the_body_campaigns() -> None:
    """将 as 把 (将…移交) and a plan fulfilled are work done (near miss)."""
    body = "近日，乙市质监局组织开展预包装商品分量专项检查，走访商场12家。\n"
    assert _kinds("乙市质监局将3起案件移送司法机关", body) == ["law_enforcement"]
    assert _kinds("乙市质监局超额完成年度抽查计划", body) == ["law_enforcement"]
