"""Goods seized as Hong Kong's reports write it, 检获 or 搜获 …冒牌…: the fight against fakes,
where the report names no campaign. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _actions(body: str) -> list[str]:
    text = f"甲区海关破获冒牌货品案\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    "甲区海关日前搜查一处仓库，检获约3万双怀疑冒牌运动鞋，市值估计达90万元，两名男子被捕。",
    "甲区海关上周突击搜查一个商厦单位，检获60盒冒牌月饼，拘捕两人。",
])
def test_a_fight_on_counterfeits_in_hong_kongs_words(body: str) -> None:
    assert _actions(body) == ["anti_counterfeiting"]


def test_genuine_goods_seized_are_no_fight_on_fakes() -> None:
    """检获走私香烟: smuggled goods, no counterfeits."""
    assert "anti_counterfeiting" not in _actions("甲区海关在码头检获一批走私香烟，拘捕一人。")
