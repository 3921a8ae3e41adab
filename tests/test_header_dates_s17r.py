"""Guards for a report's date (the seventeenth session, review 17a): a publish line that also
prints when the page was updated is still the story's publish line."""

from __future__ import annotations

from qsreport import parse


def test_a_publish_line_with_an_update_time_keeps_its_date() -> None:
    """发布时间 and 更新时间 on one line: the publish date, above a related story's stamp."""
    text = ("区市场监管局开展燃气安全检查\n"
            "发布时间：2020-04-08 更新时间：2020-09-15\n"
            "相关阅读\n"
            "发布时间：2018-11-20 来源：某区市场监管局\n"
            "日前，区市场监管局对辖区燃气经营单位开展安全检查。\n")
    assert parse(text.encode()).meta.date == "2020-04-08"


def test_a_publish_line_with_an_update_time_is_a_publish_line() -> None:
    """Alone, such a line is read as the publish line, not as a site's filing time."""
    text = ("区市场监管局开展燃气安全检查\n"
            "发布日期：2020-04-08 修改日期：2020-09-15\n"
            "日前，区市场监管局对辖区燃气经营单位开展安全检查。\n")
    meta = parse(text.encode()).meta
    assert meta.date == "2020-04-08"
    assert (meta.found or {}).get("date") == "publish line"


def test_a_filing_time_alone_still_gives_way() -> None:
    """A line that labels only a filing time gives way to the story's publish line below."""
    text = ("区市场监管局开展燃气安全检查\n"
            "归档时间：2021-02-03\n"
            "发布时间：2018-11-20 来源：某区市场监管局\n"
            "日前，区市场监管局对辖区燃气经营单位开展安全检查。\n")
    assert parse(text.encode()).meta.date == "2018-11-20"


def test_a_paper_story_posted_the_day_after_its_dateline_keeps_the_publish_line() -> None:
    """本报某年某月某日讯 a day before the page's publish line is the paper's story posted the next
    day, not a repost: the publish line dates it."""
    text = ("发布时间：2021-08-12 09:30 来源：某某晚报\n"
            "本报2021年8月11日讯 日前，区市场监管局对辖区加油站开展计量检查。\n")
    assert parse(text.encode()).meta.date == "2021-08-12"


def test_a_repost_years_later_keeps_the_storys_own_day() -> None:
    """A dateline with its year, two years before the page's publish line: the story's day."""
    text = ("发布时间：2021-08-12 09:30 来源：某某信息网\n"
            "据某某网2019年3月5日讯 日前，区市场监管局对辖区加油站开展计量检查。\n")
    assert parse(text.encode()).meta.date == "2019-03-05"
