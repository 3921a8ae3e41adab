"""Facility names: a verb of work or of reporting before a centre's name (开展, 汇报, 介绍) and
its host or builder after it (依托, 由) are no part of the name. Invented reports, parsed end
to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _facilities(body: str) -> list[tuple[str, str]]:
    text = f"甲市质监局工作简报\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(f["name"], f["status"]) for f in report["inspection"]["facilities"]]


def test_work_done_before_a_name_is_no_part_of_it() -> None:
    """评审组到乙县开展A中心筹建考察: the centre's name starts after 开展."""
    got = _facilities("上周，评审组到乙县开展丙类产品国家检测中心的筹建考察。")
    assert got == [("丙类产品国家检测中心", "planned")]


def test_a_report_given_before_a_name_is_no_part_of_it() -> None:
    """站长汇报了A中心的筹建进度: the speaker and his verb are left out."""
    got = _facilities("座谈时，丁站站长汇报了戊类商品省级检测中心的筹建进度。")
    assert got == [("戊类商品省级检测中心", "planned")]


def test_a_host_after_a_name_is_no_part_of_it() -> None:
    """A中心依托B院建成: the centre, without the institute it rests on."""
    got = _facilities("去年，己类器具省级检测中心依托庚市计量检测院顺利建成。")
    assert got == [("己类器具省级检测中心", "completed")]


def test_a_name_holding_its_own_host_word_is_kept() -> None:
    """Near miss: 甲检测中心在乙区揭牌 is cut at 在 as before, and a name with no host after it
    is read whole."""
    got = _facilities("辛县农产品质量检测中心昨日在壬区正式揭牌运行。")
    assert got == [("辛县农产品质量检测中心", "operating")]
