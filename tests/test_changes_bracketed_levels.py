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

