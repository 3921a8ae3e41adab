"""A publish line's words that stand where a publisher may but name nobody: the verb glued to
a date's label (出版時間：, 刊出日期：) and a site's section beside the date (地方, 财经新闻);
a medium's or a body's name in the same place is still the publisher (lines written for the
test)."""

from __future__ import annotations

import pytest

from qsreport.segmenting.metaline import read_meta_line


def publisher(line: str) -> str | None:
    found = read_meta_line(line).source
    return None if found is None else line[found[0]:found[1]]


@pytest.mark.parametrize("line", [
    "出版时间：2025/04/11 09:30",
    "刊出日期：2025-04-11",
    "上线时间 2025-04-11 09:30",
    "播出日期：2025年4月11日",
    "首发时间：2025.04.11 18:02",
    "（优先）网络出版时间：2025-04-11",
    "第9期 本期出版日期：2025-04-11",
])
def test_a_word_glued_to_a_date_s_label_is_part_of_the_label(line: str) -> None:
    """出版时间：…: 出版 is the label's verb, whatever the verb, not a publisher."""
    assert publisher(line) is None
    assert read_meta_line(line).date == "2025-04-11"


@pytest.mark.parametrize("line", [
    "地方 2025年04月11日 00:26",
    "2025-04-11 08:15 财经",
    "社会新闻 2025-04-11",
    "国际频道 2025-04-11 21:40",
    "2025-04-11 10:00 | 体育",
])
def test_a_site_s_section_beside_the_date_is_no_publisher(line: str) -> None:
    """A channel's common noun (地方, 财经, 社会新闻) where a publisher's name may stand."""
    assert publisher(line) is None
    assert read_meta_line(line).date == "2025-04-11"


@pytest.mark.parametrize(("line", "name"), [
    ("青禾晚报 2025-04-11 09:30", "青禾晚报"),
    ("2025-04-11 09:30 丙城新闻网", "丙城新闻网"),
    ("2025年04月11日 07:12 某某日报社", "某某日报社"),
    ("丁县融媒体中心 发布时间：2025-04-11", "丁县融媒体中心"),
])
def test_a_medium_or_a_body_beside_the_date_is_still_the_publisher(line: str, name: str) -> None:
    """The near miss: a medium's or a body's name, also one whose label follows it."""
    assert publisher(line) == name
