"""An earlier level told in brackets right after the time a count is compared with (比去年同期
（9起）下降33.3%) is a level of that earlier year, and the change after it is the count's own
change. Every sentence here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked

HEADER = "测试报告\n发布日期：2021-06-01  来源：测试日报\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(HEADER + body,
                  "supervision", "stats", ("metric", "value", "unit", "basis", "period"))


def test_a_bracketed_earlier_level_is_the_year_before_s_and_the_change_follows() -> None:
    """Each kind's count, last year's count in brackets and the change in %: three figures."""
    assert _stats("今年甲县查处虚假宣传案件6起，比去年同期（9起）下降33.3%；"
                  "查处计量违法案件10起，较上年同期(4起)上升150%。") == [
        ("cases", 6, "起", None, "2021"), ("cases", 9, "起", None, "2020"),
        ("cases", 33.3, "%", "change", "2021"),
        ("cases", 10, "起", None, "2021"), ("cases", 4, "起", None, "2020"),
        ("cases", 150, "%", "change", "2021")]


def test_a_written_year_in_the_comparison_dates_the_bracketed_level() -> None:
    """比2019年（30家） gives 2019, whatever year the level is of."""
    assert ("enterprises_inspected", 30, "家", None, "2019") in _stats(
        "2021年乙区共检查企业45家，比2019年（30家）增加15家。")


def test_no_earlier_level_in_another_unit_or_over_a_month() -> None:
    """A bracketed figure in another unit than the level's, or a month compared, is no level."""
    assert _stats("丙市今年查处案件40起，比去年同期（46宗）增加10起。") == [
        ("cases", 40, "起", None, "2021"), ("cases", 10, "起", "change", "2021")]
    assert [s[:4] for s in _stats("丙市本月查处案件40起，比上月（30起）增加10起。")] == [
        ("cases", 40, "起", None), ("cases", 10, "起", "change")]


def test_the_non_bracketed_earlier_level_stays_words_of_the_change() -> None:
    """比上年的700批次 is not read as a level: only the bracketed form is."""
    assert [s[:4] for s in _stats("丁县今年抽检食品900批次，比上年的700批次增加了200批次。")] == [
        ("batches_sampled", 900, "批次", None), ("batches_sampled", 200, "批次", "change")]



def test_the_first_half_of_a_year_compared_is_no_year_before() -> None:
    """比上半年（20起） compares a part of the level's own year: no level of the year before is
    read from its brackets (上 there opens no relative year), and the change stays."""
    stats = _stats("2021年戊县查处案件28起，比上半年（20起）增加8起。")
    assert [s for s in stats if s[1] == 20] == []
    assert ("cases", 8, "起", "change", "2021") in stats


def test_a_year_word_the_relative_years_do_not_count_back_gives_no_level() -> None:
    """比前一年（50家）: the context's table of relative years does not read 前一年 (it is also
    the tail of 提前一年, ahead of time), so no earlier level is read — never one two years
    back, as 前年 is."""
    stats = _stats("己区今年共检查企业65家，比前一年（50家）增加15家。")
    assert [s for s in stats if s[1] == 50] == []
    assert ("enterprises_inspected", 15, "家", "change", "2021") in stats
    assert ("enterprises_inspected", 35, "家", None, "2019") in _stats(
        "己区今年共检查企业65家，比前年（35家）增加30家。")
