"""The period of a figure under a span to now that opens on a day rather than a year (自某年
某月某日启动以来, 去年某月…以来, 自某月某日以来): the years since (``cumulative``) where the
day falls in an earlier year, the report's own year where it falls in that year (issue 12's
context)."""

from __future__ import annotations

from tests.test_context_s19context import periods


def _report(body: str, day: str = "2030年5月10日") -> str:
    return f"专项工作通报\n{day}\n{body}\n"


def test_a_span_opened_on_a_day_of_an_earlier_year_is_a_stock_of_the_years_since() -> None:
    found = periods(_report("自2029年11月20日专项整治启动以来，全市共检查经营户3200家，查处案件46起。"))
    assert (3200, "cumulative") in found and (46, "cumulative") in found


def test_a_span_opened_in_a_month_of_last_year_is_a_stock_of_the_years_since() -> None:
    """去年 with a month before 以来: the span opened last year; the 截至目前 after it counts it."""
    found = periods(_report("自去年3月开展农资打假工作以来，截至目前全市共出动执法人员1200人次，"
                            "检查经营户900家。"))
    assert (1200, "cumulative") in found and (900, "cumulative") in found


def test_a_span_opened_on_a_day_of_the_reports_own_year_is_the_years() -> None:
    found = periods(_report("自2030年1月启动以来，乙市先后抽检食品1500批次，不合格32批次。"))
    assert (1500, "2030") in found and (32, "2030") in found


def test_a_total_since_a_day_of_no_year_is_the_years() -> None:
    """累计 after a span opened on a day of no year sums this year's work, not a stock held."""
    found = periods(_report("自4月1日以来，该局累计检查摊位3000余个，立案调查28起。"))
    assert all(period in ("2030", None) for value, period in found if value in (3000, 28))
    assert len([value for value, _ in found if value in (3000, 28)]) == 2


# Five sentences of the family in other shapes (other verbs, a part of a month, the Chinese
# numerals of a month, a list of three), written after the rule.

def test_a_span_from_the_middle_of_a_month_two_years_back() -> None:
    found = periods(_report("从2028年9月中旬开始开展燃气具抽查以来，丙县累计抽检燃气具85批次。"))
    assert (85, "cumulative") in found


def test_a_span_from_a_month_of_the_year_before_last_in_chinese_numerals() -> None:
    found = periods(_report("前年十月部署治理工作以来，全区共取缔黑作坊14个，查处案件31起。"))
    assert (14, "cumulative") in found and (31, "cumulative") in found


def test_a_span_from_a_month_of_this_year_written_as_this_year() -> None:
    assert (230, "2030") in periods(_report("今年2月份以来，丁县累计抽检成品油230批次。"))


def test_a_span_from_late_last_month_in_a_report_of_no_year_word() -> None:
    found = periods(_report("10月下旬集中整治以来，某局已检查企业60家，立案9起。", "2030年11月20日"))
    assert (60, None) in found and (9, None) in found


def test_a_list_of_three_places_under_a_span_from_an_earlier_year() -> None:
    found = periods(_report("自2029年6月以来，甲市、乙县、丙区分别检查企业20家、30家、40家。"))
    assert [period for value, period in found if value in (20, 30, 40)] == ["cumulative"] * 3


# Near misses: a rule's first day and a plain date open no span to now.

def test_a_rules_first_day_opens_no_span() -> None:
    found = periods(_report("自2029年11月1日起施行的新规定要求，全市已检查企业45家。"))
    assert (45, None) in found


def test_a_plain_date_of_an_earlier_year_dates_its_figure() -> None:
    found = periods(_report("2029年11月，甲市抽查电线电缆40批次，其中不合格3批次。"))
    assert (40, "2029") in found and (3, "2029") in found


def test_a_day_that_closes_a_run_of_days_opens_no_span() -> None:
    """A run of days (11月1日至12月31日) bounds its own work; no 以来 follows."""
    found = periods(_report("2029年11月1日至12月31日，丙县开展专项检查，检查企业70家。"))
    assert (70, "2029") in found
