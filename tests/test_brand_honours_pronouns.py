"""A winner's name is never a pronoun, a time word or the giver's clause: 它们被认定为…,
此前已被认定为…, 并向获得认定的…颁发 name no winner. Every text here is written for the test,
with made-up places and names."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "丙省老字号认定结果公布\n发布日期：2019-08-20 来源：测试日报\n"


def names(text: str) -> list[str]:
    return [h["name"] for h in area_items(HEADER + text + "\n", "brands", "honours")]


def test_a_pronoun_or_a_time_word_is_no_winner() -> None:
    text = ("其中，甲乙商场等5家企业，此前已被认定为“中华老字号”。"
            "按照认定办法，它们被直接认定为“丙省老字号”。")
    assert not {"它们", "此前"} & set(names(text))


def test_the_givers_clause_is_no_winner() -> None:
    text = "最终由省商务厅公布认定结果，并向获得认定的“丙省老字号”企业颁发牌匾。"
    assert names(text) == []
