"""A bare campaign word of a listed kind led by a plural (各类专项整治, 多项执法检查,
一系列专项抽查) names the kinds of work a summary lists, no campaign; the same word named by
its subject (燃气具专项整治) still is one, and a named campaign told beside the plural keeps
its own kind. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(body: str) -> list[str]:
    text = f"某市市场监管工作半年小结\n发布时间：2033-07-08  来源：测试周报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_rectification_word_after_a_plural_in_a_summary_is_none() -> None:
    """统筹开展…和各类专项整治: the kinds of work the half year held, no rectification of its
    own (the spot checks listed beside it stay)."""
    assert "special_rectification" not in _actions(
        "今年上半年，甲市局统筹开展产品质量监督抽查、风险监测和各类专项整治，守住了安全底线。")


def test_an_enforcement_word_after_a_plural_is_none() -> None:
    """开展了多项执法检查: several checks counted as a kind, no enforcement campaign."""
    assert _actions("今年以来，乙县局开展了多项执法检查，共检查经营户418户。") == []


def test_a_rectification_named_by_its_subject_is_still_one() -> None:
    """开展了液化气瓶专项整治: named by what it rectifies, one campaign (the near miss)."""
    assert _actions("今年以来，丙区局开展了液化气瓶专项整治，共检查充装站14家。") \
        == ["special_rectification"]


def test_a_named_campaign_beside_a_plural_keeps_its_kind() -> None:
    """各类专项整治 beside 开展了电动自行车专项执法检查: the named check is kept, the plural
    adds nothing."""
    assert _actions("今年以来，丁市局开展了各类专项整治。其中，开展了电动自行车专项执法检查，"
                    "共检查门店37家。") == ["law_enforcement"]
