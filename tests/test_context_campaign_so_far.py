"""The period of a 累计 count of a named campaign under way (在全省开展“某某”行动…，截至发稿，累计
查处…; 在某某攻坚战中，累计查获…): the campaign's work so far, the report's year, not a stock
held (issue 12's context)."""

from __future__ import annotations

from tests.test_context_s19context import periods


def test_a_total_of_a_named_campaign_run_across_the_province_is_the_years() -> None:
    text = ("严打劣质电线\n2024-11-05\n"
            "入冬以来，湖南省市场监管部门在全省开展“护线”行动，严打劣质电线制售。"
            "截至发稿，全省累计立案查处案件620件，罚没款310万元。\n")
    found = periods(text)
    assert (620, None) in found and (310, None) in found  # (None: the report's own year)


def test_a_total_within_a_campaign_s_battle_is_the_years() -> None:
    text = ("劣质头盔整治\n2024-06-12\n"
            "据了解，衡东县市场监管局在劣质头盔攻坚战中，累计查处销售主体85个、生产窝点6个。\n")
    found = periods(text)
    assert (85, None) in found and (6, None) in found


def test_a_total_with_no_campaign_stays_a_stock() -> None:
    text = "质量工作\n2024-06-12\n近年来，全县累计查处案件900件。\n"
    assert (900, "cumulative") in periods(text)


def test_a_total_registered_during_a_named_campaign_stays_a_stock() -> None:
    """A 累计 of what was registered or built under a campaign (开展…行动，累计注册…) is a
    stock, not the campaign's enforcement work."""
    text = "商标兴农\n2024-06-12\n该县大力开展商标兴农行动，累计注册地理标志商标12件，带动农户增收。\n"
    assert all(period == "cumulative" for value, period in periods(text) if value == 12)


def test_a_total_seized_in_a_named_campaign_reworded_is_the_years() -> None:
    text = ("整治劣质燃气灶\n2024-09-20\n"
            "乙市部署“安灶”行动以来，截至目前累计查获劣质燃气灶410台，取缔无证作坊7家。\n")
    assert (410, None) in periods(text)
