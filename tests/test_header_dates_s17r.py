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
