"""A change told against a named year (较某年降低了N个百分点, 比某年回落N个百分点) is the figure's
own year, whatever verb of rising or falling tells it, not the year it is compared with; a value
of the year compared with (比某年的合格率N%) stays that year's. (Texts written for the test:
the province, the products and the numbers are made up.)"""

from __future__ import annotations

import pytest

from tests.report_helpers import periods

_HEAD = "甲省质量状况\n发布时间：2030-05-06\n"


@pytest.mark.parametrize(("clause", "change"), [
    ("电线电缆合格率为91.2%，较2028年降低了2.4个百分点", 2.4),
    ("食品抽查合格率为96.5%，比2028年回落0.7个百分点", 0.7),
    ("玩具抽查合格率为88.0%，较2028年下滑5.5个百分点", 5.5),
    ("小家电合格率为94.0%，较2028年降低3.2个百分点", 3.2),
    ("化肥抽查合格率为92.6%，较2028年提高1.1个百分点", 1.1),
    ("家具抽查合格率为89.9%，较2028年下降了1.3个百分点", 1.3),
    ("塑料管材合格率为93.3%，较2028年减少1.6个百分点", 1.6),
])
def test_a_change_against_a_named_year_is_the_figure_s_year(clause: str, change: float) -> None:
    """The change after 较/比某年 + a verb of change: the year of the clause's own level."""
    found = periods(f"{_HEAD}2029年，{clause}。\n")
    assert found[change] == "2029"


def test_the_value_of_the_year_compared_with_stays_that_year_s() -> None:
    """比某年的合格率N%: the value told for the year compared with."""
    found = periods(f"{_HEAD}2029年，建材抽查合格率为90.4%，比2028年的合格率86.0%有所好转。\n")
    assert found[90.4] == "2029"
    assert found[86.0] == "2028"
