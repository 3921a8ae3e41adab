"""A check a report's lead tells right after a complaint filed with an office or received by
it (…向县局投诉。县局人员到场检查…), or after a second look asked for (要求某局再次检查), is
that case's visit, no campaign; a count of complaints handled is no complaint, and a lead's
check with none before it still is one. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[str]:
    text = f"{title}\n发布时间：2032-04-05  来源：测试晚报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_check_of_scales_after_a_complaint_filed_the_sentence_before_is_none() -> None:
    """…向甲县市场监管局投诉。…计量人员到农贸市场检查电子秤: the visit a shopper's complaint
    led to, told in the next sentence and paragraph, is no campaign."""
    assert _actions("甲县一摊贩短秤被查",
                    "本周二，顾客王某发现所购青菜分量不足，随即向甲县市场监管局投诉。\n"
                    "甲县市场监管局计量人员到农贸市场检查电子秤，发现该摊位秤具被改装。") == []


def test_a_check_of_scales_after_a_tip_received_is_none() -> None:
    """接到市民举报称…，执法人员赶到现场检查电子秤: a tip received, the check its raid."""
    assert _actions("乙市查处一起计量作弊案",
                    "日前，乙市市场监管局接到市民举报称某菜场有商户缺斤少两。"
                    "执法人员随即赶到该菜场检查电子秤，当场查获作弊秤2台。") == []


def test_a_second_check_asked_for_is_no_campaign() -> None:
    """要求丙市局再次检查地秤。丙市局人员到场检查地秤…: the second look the party asked for,
    a step of the case, no campaign."""
    assert _actions("丙市一粮站地秤纠纷有了结果",
                    "丁县计量人员未查出问题，售粮户张某要求丙市局再次检查地秤。"
                    "丙市局人员到场检查地秤，查出一处遥控装置。") == []


def test_a_count_of_complaints_handled_before_a_check_leaves_the_check() -> None:
    """今年以来共受理投诉98件: complaints counted, none filed about this check; the lead's
    check of scales after it is still the report's enforcement campaign."""
    assert _actions("戊县检查集市电子秤",
                    "今年以来，戊县共受理投诉98件。近日，戊县市场监管局计量人员到集市检查电子秤，"
                    "共查看电子秤75台。") == ["law_enforcement"]
