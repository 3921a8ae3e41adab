"""A site's clock above the article (the day and time it was saved, then the weekday) is no
publish date: the article's own labelled publish line below the site's menus dates it."""

from __future__ import annotations

from qsreport import parse


def date_of(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.date


def test_a_clock_with_its_time_gives_way_to_the_labelled_publish_line() -> None:
    """2019/3/5 上午10:12:40 星期二 over the site's menu is the page's clock, not the story's
    day: the 发布时间 line under the headline dates the report."""
    text = ("2019/3/5 上午10:12:40 星期二\n"
            "服务热线：0000-1234567 | 关于我们 | 旧版\n"
            "您当前的位置：某县新闻网 -> 新闻 -> 部门动态\n\n"
            "县市场监管局开展加油站计量专项检查\n\n"
            "发布时间：2021年06月18日 来源：某县新闻网\n\n"
            "  日前，县市场监管局对辖区12家加油站开展计量专项检查，共检定加油机80台。\n")
    assert date_of(text) == "2021-06-18"


def test_a_clock_with_a_24_hour_time_is_the_date_only_when_nothing_else_dates_the_page() -> None:
    """A clock line (2020-07-01 08:05 星期三) is still the date of a page that prints no other."""
    text = ("2020-07-01 08:05 星期三\n"
            "某市抽查电梯 合格率96%\n\n"
            "某市市场监管局近日对全市商场电梯开展抽查，共抽查电梯50台，合格48台。\n")
    assert date_of(text) == "2020-07-01"
