"""A publish line on which a portal prints where an account posted from (its IP's province) and
the account's label: no publisher of their own (lines written for the test)."""

from __future__ import annotations

import pytest

from qsreport.segmenting.metaline import read_meta_line


def publisher(line: str) -> str | None:
    found = read_meta_line(line).source
    return None if found is None else line[found[0]:found[1]]


@pytest.mark.parametrize("line", ["2024年03月02日 09:15:20 来自广西壮族自治区",
                                  "2024-03-02 09:15 来自上海", "2024-03-02 09:15 IP属地：浙江"])
def test_the_province_an_account_posted_from_is_no_publisher(line: str) -> None:
    """来自某省 beside the date is where the post came from, not who published it."""
    assert publisher(line) is None
    assert read_meta_line(line).date == "2024-03-02"


def test_an_account_s_name_after_its_place_is_the_publisher_without_its_label() -> None:
    """发布于甲地某某报官方账号: the account's name, without the place before it or the label
    after it."""
    assert publisher("2024-03-02 09:15发布于北京青禾晚报新媒体官方账号") == "青禾晚报新媒体"


def test_a_paper_named_after_its_province_is_still_a_publisher() -> None:
    """来自 before a provincial paper's name (来自江西日报) is no place of posting."""
    assert publisher("2024-03-02 09:15 来自江西日报") is not None
    assert publisher("2024-03-02 09:15 青禾日报") == "青禾日报"
