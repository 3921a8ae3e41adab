"""A press release's date at its foot, with its weekday in brackets (二○一○年五月十二日(星期三)):
the report's date where nothing above dates it (the nineteenth session, issue 12's context)."""

from __future__ import annotations

from qsreport import parse


def date(text: str) -> str | None:
    return parse(text.encode()).meta.date


def test_a_release_dated_at_its_foot_in_chinese_numerals() -> None:
    text = ("九名商販涉嫌短秤被檢控\n"
            "海關人員喬裝買家，於一月至二月期間在街市試購海產，發現九名商販涉嫌短秤。\n"
            "海關發言人今日說，會繼續打擊短秤活動。\n"
            "完\n"
            "二○一一年二月二十八日(星期一)\n")
    assert date(text) == "2011-02-28"


def test_a_release_dated_in_digits_above_its_clock() -> None:
    text = ("升降機承辦商表現評級\n"
            "機電工程署今日公布承辦商表現評級結果，有30間承辦商獲得安全之星。\n"
            "2019年3月5日(星期二)\n"
            "香港時間15時30分\n")
    assert date(text) == "2019-03-05"


def test_a_date_in_the_body_with_no_weekday_is_no_release_date() -> None:
    text = ("升降機承辦商表現評級\n"
            "機電工程署今日公布承辦商表現評級結果，有30間承辦商獲得安全之星。\n"
            "評級將於2019年6月30日更新。\n")
    assert date(text) is None


def test_a_release_dated_with_a_short_weekday() -> None:
    """(周三) is a weekday as (星期三) is."""
    text = ("電子秤抽查結果\n"
            "海關人員上月抽查街市電子秤120把，其中4把不準確。\n"
            "完\n"
            "2010年5月12日(周三)\n")
    assert date(text) == "2010-05-12"
