"""What a campaign targets: the products or offences of its 、-list, without the verb that
leads into the list. Sentences written for the test."""

from __future__ import annotations

from qsreport.pipeline import parse_bytes


def targets(text: str) -> list[list[str]]:
    report = parse_bytes(text.encode(), None)
    return [action.targets for action in report.supervision.actions]


def test_a_fight_against_offences_leads_into_its_list() -> None:
    """打击 before the list is the campaign's verb, not part of the first item."""
    got = targets("某县质监局近日开展燃气灶具专项执法检查，严厉打击无证生产、"
                  "以假充真、虚标参数等违法行为。\n")
    assert ["无证生产", "以假充真", "虚标参数"] in got


def test_a_fight_told_as_done_leads_into_its_list_too() -> None:
    """打击了 (a fight told as done) leads in the same way; 了 is no part of the item."""
    got = targets("乙市质监局组织开展电线电缆质量专项整治行动，打击了偷工减料、"
                  "冒用厂名、伪造标志等行为。\n")
    assert ["偷工减料", "冒用厂名", "伪造标志"] in got
