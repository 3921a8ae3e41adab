"""Facility names: a clause cut before a bare lab (a numbered point, a verb of work or thanks,
a list's last word) is no facility's name, while a lab named in full still is. Invented
reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _facilities(body: str) -> list[tuple[str, str]]:
    text = f"甲市质监局工作简报\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(f["name"], f["status"]) for f in report["inspection"]["facilities"]]


def test_a_numbered_point_before_a_bare_lab_is_no_name() -> None:
    """三是强化实验室管理，通过…资质认定考核: a point of work, no lab accredited."""
    got = _facilities("三是强化实验室管理，通过组织检测人员参加资质认定考核，提升检测能力。")
    assert got == []


def test_thanks_for_a_lab_is_no_name() -> None:
    """感谢市局支持实验室落成: the thanks, not a lab's name."""
    got = _facilities("乙县农残检测室上周揭牌运行。站长说，感谢市局支持实验室落成，目前已投入使用。")
    assert all(not name.startswith("感谢") for name, _ in got)


def test_a_lists_last_word_before_lab_is_no_name() -> None:
    """…计量认证和实验室认可，通过了…评审: the list of assessments, no lab named."""
    got = _facilities("丙市纤维检验所今年筹备计量认证和实验室认可，通过了专家组的现场评审。")
    assert all(not name.endswith("和实验室") for name, _ in got)


def test_a_lab_named_in_full_is_still_read() -> None:
    """Near miss: 丁县建成农药残留检测实验室 names a lab built."""
    got = _facilities("丁县日前建成农药残留检测实验室，年检测能力达到2000批次。")
    assert got == [("农药残留检测实验室", "completed")]
