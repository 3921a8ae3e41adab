"""Every word for "now" dates a stock as 目前 does: 现在 and 如今 before a count of standards,
licences or honours held make it ``cumulative``, not the year of an earlier paragraph; work
counted after them stays the year's, and 体现在 ("shows in") is no time word. (Texts written for
the test: the city, its offices and the numbers are made up.)"""

from __future__ import annotations

import pytest

from tests.report_helpers import periods

_HEAD = "甲市质量工作\n发布时间：2030-05-06\n2027年，甲市启动质量强市工程。\n"


@pytest.mark.parametrize(("line", "values"), [
    ("该局负责人介绍，现在全市企业主导制定国家标准18项、行业标准27项。", [18, 27]),
    ("负责人说，现在全市持有生产许可的厂家有面粉厂21家、酱油厂9家。", [21, 9]),
    ("如今，全市企业参与制定行业标准33项。", [33]),
    ("该局负责人说，现在全市拥有省名牌产品46个。", [46]),
    ("如今，全市共有省级以上标准化示范基地7个。", [7]),
    ("该局长说，现在全市企业参与制定团体标准11项。", [11]),
    ("现在全市持有食品生产许可的厂家共有58家。", [58]),
])
def test_a_now_word_dates_a_stock_as_held(line: str, values: list[int]) -> None:
    """现在/如今 + a stock: cumulative, not the year of the paragraph before."""
    found = periods(f"{_HEAD}{line}\n")
    assert [found[value] for value in values] == ["cumulative"] * len(values)


def test_work_counted_now_stays_the_year_s() -> None:
    """现在已检定加油机…: work, the report's year (no period of its own)."""
    assert periods(f"{_HEAD}该局负责人说，现在已检定加油机260台。\n")[260] is None


def test_shows_in_is_no_time_word() -> None:
    """体现在 holds 现在 but says "shows in": the year of the sentence stands."""
    text = "甲市质量工作\n发布时间：2030-05-06\n甲市标准化成效体现在多个方面，2029年主导制定国家标准5项。\n"
    assert periods(text)[5] == "2029"
