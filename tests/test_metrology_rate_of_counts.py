"""A rate that names no instrument of its own is of the counts it follows in its sentence: of
their one kind, however many words name it, or of ``any`` when they count several kinds; a
rate whose words name its instruments keeps them. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _rates(body: str) -> list[tuple[str, str, float]]:
    text = f"本地新闻\n发布时间：2031-06-07  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["instrument"], s["value"]) for s in report["metrology"]["stats"]
            if s["unit"] == "%"]


def test_a_bare_rate_after_one_kind_named_in_several_words() -> None:
    """共为260余台计价秤、案秤等计量器具开展了免费检定，合格率97.2%: scales."""
    assert _rates("戊县计量所本月共为260余台计价秤、案秤等计量器具开展了免费检定，合格率97.2%。") \
        == [("pass_rate", "scale", 97.2)]


def test_a_bare_rate_after_counts_of_several_kinds() -> None:
    """…2800台件计量器具和…900台件医用计量器具…，受检率达100%: any."""
    assert _rates("己市计量所对辖区25家农贸市场的2800台件计量器具和70家社区医院的900台件医用计量器具"
                  "开展检定，受检率达100%。") == [("verification_rate", "any", 100)]


def test_a_rate_naming_its_instruments_keeps_them() -> None:
    """检定地磅15台、电子天平9台，计量器具检定合格率达到100%: the rate's own 计量器具, any."""
    assert _rates("庚县今年检定地磅15台、电子天平9台，计量器具检定合格率达到100%。") \
        == [("pass_rate", "any", 100)]
