"""Schema 2 periods of counts a sentence bounds to a span of time (节日期间, 全年, 今年前三季度,
截至今年9月底): a stock word there sums that span's work, never a stock held since. And the
scorer's reading of a place both sides leave to the report. Every text here is written for the
test."""

from __future__ import annotations

import pytest

from qsreport.evaluate import Result
from qsreport.evaluate_fields import score_context

from .report_helpers import report_json

DATED = "某市质监工作通报\n发布日期：2012-10-20  来源：测试日报\n"


def periods(text: str) -> list[tuple[float, str | None]]:
    report = report_json(text)
    return [(item["value"], item["period"])
            for area in ("supervision", "standards", "metrology", "brands")
            for items in report[area].values() for item in items if "value" in item]


@pytest.mark.parametrize("header", [DATED, ""])
@pytest.mark.parametrize(("text", "values"), [
    ("中秋国庆节日期间，全市质监系统累计出动执法人员350人次，检查经营户1200户。\n", [350, 1200]),
    ("专项整治行动期间，乙县累计检查建材企业64家，立案查处案件9起。\n", [64, 9]),
    ("全年累计对96项企业标准进行了自我声明公开。\n", [96]),
    ("丙区市场监管局年内累计完成计量器具检定4200台件。\n", [4200]),
    ("4月1日至6月30日，甲市市场监管局累计出动执法人员620人次，检查经营户1500户。\n", [620, 1500]),
    ("3月5日—20日，乙县累计检查加油站36家。\n", [36]),
])
def test_a_total_over_a_span_the_sentence_bounds_is_the_report_s_year(
        header: str, text: str, values: list[float]) -> None:
    """累计 (or 总数) after 期间, 全年, 年内 or a run of days (4月1日至6月30日) sums that span's
    work: the report's year (null), not a stock held since."""
    assert periods(header + text) == [(value, None) for value in values]


@pytest.mark.parametrize("text", ["今年前三季度，甲市已累计发布地方标准45项。\n",
                                  "今年上半年，全县累计检定加油机310台。\n"])
def test_a_total_over_a_part_of_this_year_is_this_year_s(text: str) -> None:
    """今年前三季度…累计, 今年上半年…累计: the running total of this year, in a dated report
    that year; in an undated one the report's year (null)."""
    assert [period for _, period in periods(DATED + text)] == ["2012"]
    assert [period for _, period in periods(text)] == [None]


@pytest.mark.parametrize("text", ["截至今年9月底，甲省共查处假冒伪劣案件120件，货值金额56万元。\n",
                                  "截止今年6月末，乙县质监局共检查企业230家。\n"])
def test_work_as_at_a_month_of_this_year_is_this_year_s(text: str) -> None:
    """截至今年9月底…共 counts this year's work so far, in an undated report too."""
    assert {period for _, period in periods(DATED + text)} == {"2012"}
    assert {period for _, period in periods(text)} == {None}


@pytest.mark.parametrize("text", ["截至目前，全市累计拥有省名牌产品52个。\n",
                                  "2009年，全县新增省著名商标6件。截至目前，全县已累计拥有省著名商标40件。\n"])
def test_a_stock_held_now_stays_cumulative(text: str) -> None:
    """No span bounds these: a stock held now is still ``cumulative``."""
    assert periods(DATED + text)[-1][1] == "cumulative"


def _score(got_place: str | None, want_place: str | None, meta: dict[str, str],
           key_meta: dict[str, str]) -> list[int]:
    result = Result()
    score_context([{"value": 5, "place": got_place, "period": None}],
                  [{"value": 5, "place": want_place}], lambda item: (item["value"],),
                  result, meta, "x.txt", key_meta)
    return result.context["place"]


@pytest.mark.parametrize(("got", "want", "meta"), [
    (None, None, {"region": "甲市"}),
    ("全市", None, {"region": "甲市"}),
    (None, "本县", {"region": "乙县"}),
    (None, "我市", {}),
])
def test_both_sides_leaving_the_place_to_a_key_of_no_region_agree(
        got: str | None, want: str | None, meta: dict[str, str]) -> None:
    """Null, or the text's word for its own region, on both sides, where the key's header
    names no region: the key's null names no place the output's could differ from."""
    assert _score(got, want, meta, {}) == [1, 1]


@pytest.mark.parametrize(("got", "want", "key_meta"), [
    (None, "丁县", {}),
    (None, None, {"region": "丙市"}),
])
def test_a_place_named_or_a_region_the_key_states_is_still_compared(
        got: str | None, want: str | None, key_meta: dict[str, str]) -> None:
    """A key naming a place, or a key's header naming another region than the report's: a
    miss."""
    assert _score(got, want, {"region": "甲市"}, key_meta) == [0, 1]
