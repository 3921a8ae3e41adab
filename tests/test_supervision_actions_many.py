"""Several campaigns of one kind in one report: each campaign the text names distinctly is an
action of its own, and a campaign named again stays one. Invented reports, parsed end to
end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _actions(body: str) -> list[tuple[str, str]]:
    text = f"某地监管动态\n发布日期：2031-06-02  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_a_list_of_campaigns_each_titled_whole_gives_one_action_each() -> None:
    """甲专项整治、乙专项整治、丙专项整治: three rectifications, not one covering three fields."""
    body = ("今年以来，戊县市场监管局开展燃气钢瓶专项整治、观光索道专项整治、游乐设施专项整治，"
            "检查使用单位120家，消除隐患35处。")
    titles = [title for kind, title in _actions(body) if kind == "special_rectification"]
    assert titles == ["燃气钢瓶专项整治", "观光索道专项整治", "游乐设施专项整治"]


def test_a_list_of_fields_before_one_campaign_word_is_still_one_campaign() -> None:
    """食品、建材及家电专项打假: one campaign against fakes over three fields."""
    body = "今年以来，戊县市场监管局开展食品、建材及家电专项打假，查处案件12起。"
    assert [kind for kind, _ in _actions(body)] == ["anti_counterfeiting"]
