"""A saved page that prints its headline again in the body (above its source line and once
more above the story): the campaign of that line is the headline's, never a second one beside
the body's own words for it. Invented reports (made-up places, goods and numbers), parsed end
to end."""

from __future__ import annotations

from .report_helpers import area_items

_HEADLINE = "甲市开展种肥专项整治护航夏播"


def _actions(body: str) -> list[tuple[str, str]]:
    text = f"{_HEADLINE}\n来源：测试网  |  2031-05-06 10:20\n\n{body}"
    return [(a["kind"], a["title"]) for a in area_items(text, "supervision", "actions")]


def test_the_headline_printed_again_gives_no_second_campaign() -> None:
    """The headline again above the story, the story naming the campaign in longer words: one
    rectification, the story's."""
    found = _actions(
        f"{_HEADLINE}\n\n本月，甲市市场监管局在各县区同步推进种子、化肥等农业投入品专项整治行动，"
        f"走访经营门店210家。\n\n{_HEADLINE}\n")
    assert [kind for kind, _ in found] == ["special_rectification"]
    assert "农业投入品" in found[0][1]


def test_the_headline_alone_still_gives_its_campaign() -> None:
    """A story that names no campaign of its own keeps the headline's (near miss)."""
    found = _actions(f"{_HEADLINE}\n\n连日来，甲市执法人员走访经营门店210家，查看进货台账。\n")
    assert [kind for kind, _ in found] == ["special_rectification"]


def test_a_body_line_that_only_opens_like_the_headline_is_read() -> None:
    """A body line that holds the headline's words and more is the story's (near miss)."""
    found = _actions(
        f"{_HEADLINE}，甲市市场监管局走访经营门店210家，立案4起。\n")
    assert [kind for kind, _ in found] == ["special_rectification"]
    assert found[0][1].endswith("专项整治")
