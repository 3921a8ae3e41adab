"""Named-winner families of rounds 70-81: a giver's decision whose quoted title opens with
the place it bears and then the award's edition (授予A、B“某市第五届市长质量奖”).
Every text here is written for the test, with made-up places and firms."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def winners(text: str) -> list[tuple[str, str]]:
    report: Any = to_jsonable(parse_bytes((HEADER + text + "\n").encode("utf-8"), None))
    return [(h["name"], h["category"]) for h in report["brands"]["honours"]]


def test_winners_before_a_quoted_title_with_its_place_then_its_edition() -> None:
    """授予A、B“甲市第五届市长质量奖”: both firms won, not only the first."""
    text = ("经评审委员会审定，决定授予乙县丙丁机械有限公司、甲市农业科学研究所"
            "“甲市第五届市长质量奖”，并各奖励人民币30万元。")
    assert winners(text) == [("乙县丙丁机械有限公司", "other"), ("甲市农业科学研究所", "other")]


def test_winners_of_a_provinces_numbered_award_in_other_words() -> None:
    """The same order with a province's award and a real province's name."""
    text = "省政府日前决定授予某某电器有限公司、庚辛食品有限公司“湖南省第二届省长质量奖”。"
    assert winners(text) == [("某某电器有限公司", "other"), ("庚辛食品有限公司", "other")]
