"""Schema 2's place and period in families the blind rounds 70-71 showed: a list of places
closed by a count of more places than it names, and the publish dates pages print beside
their links or glued to the lead. Every text here is written for the test."""

from __future__ import annotations

from .report_helpers import report_json


def report(text: str) -> dict:  # type: ignore[type-arg]
    return report_json(text)


def places(text: str) -> list[tuple[float, str | None]]:
    return [(s["value"], s["place"]) for s in report(text)["supervision"]["stats"]]


def test_a_list_counting_more_places_than_it_names_goes_on() -> None:
    """长沙、岳阳等12个市州: two places named of twelve, a list that goes on — the report's
    own region, not the two places."""
    text = ("湖南省质监局通报学生用品抽查结果\n湖南省质监局近日通报，此次共抽查了长沙、岳阳等12个"
            "市州的40家企业。\n")
    assert places(text) == [(12, None), (40, None)]  # (the places the check covered, too)
    text = ("湖南省质监局通报电线电缆抽查结果\n湖南省质监局日前发布消息，郴州、永州等五个城市抽检"
            "电线电缆生产企业26家。\n")
    assert places(text) == [(26, None)]


def test_a_list_counting_as_many_places_as_it_names_is_them_all() -> None:
    """常德、益阳、娄底等3个市 names every place it counts: the figure is theirs, as written."""
    text = ("湖南省质监局通报化肥抽查结果\n湖南省质监局近日发布消息，常德、益阳、娄底等3个市共抽查"
            "化肥生产企业18家。\n")
    assert places(text) == [(18, "常德、益阳、娄底")]


def test_a_publish_date_after_the_breadcrumb_on_its_line() -> None:
    """A flattened page prints its path, then the date and its tools on one line (首页 > 新闻 >
    存档/2021-04-09 / 收藏 / 打印): the date is the page's; a crumb that only names a year is
    none."""
    body = "\n市场监管局日前对全市加油站开展计量检查，共检查加油机86台。\n"
    lines = ["首页 > 工作动态 > 信息存档/2021-04-09 / 加入收藏 / 打印本页",
             "您的位置：首页 » 本地新闻 » 2018-12-03 / 分享 / 字号 大 中 小"]
    dates = [report("全市开展加油机计量检查\n" + line + body)["meta"]["date"] for line in lines]
    assert dates == ["2021-04-09", "2018-12-03"]
    assert report("全市开展加油机计量检查\n首页 > 2021年工作总结 > 正文" + body)["meta"]["date"] is None


def test_a_stamp_glued_to_a_lead_that_opens_on_a_day() -> None:
    """2023-05-125月10日，…: the page's stamp (the 12th) glued to a lead that opens on 5月10日;
    a stamp whose day runs into a clock (2021-11-0312时) is left unread."""
    texts = ["甲市召开电梯安全工作会议\n2023-05-125月10日，甲市质监局召开电梯安全工作会议，共80人参加。\n",
             "甲县开展计量检查\n2021/11/0311月1日至2日，甲县市场监管局对全县加油站开展计量检查。\n"]
    assert [report(t)["meta"]["date"] for t in texts] == ["2023-05-12", "2021-11-03"]
    assert report("甲县开展计量检查\n2021-11-0312时，甲县市场监管局开展检查。\n")["meta"]["date"] is None
