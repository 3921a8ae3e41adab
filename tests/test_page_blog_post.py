"""A blog post saved without its head: no <title>, no heading; the template prints the post's
headline as a link above the text and its time in the line of counters under it (pages
written for the test)."""

from __future__ import annotations

from .page_helpers import page, read

# A post long enough that its last line is past where a publish line under the headline is
# looked for.
POST = ("<div class='post'>&nbsp;&nbsp;本报讯 青禾市今年新建改建农村公路三百公里，沿线二十个乡镇"
        "通上了公交。" + "".join(f"<br><br>第{n}段：沿线第{n}个乡镇的村民说，公交通了以后，进城办事和"
                                 "运送农产品都方便多了。" for n in range(1, 15)) + "</div>")
COUNTERS = ("<div class='foot'>作者:林一 阅读(120) <a href='#c'>评论(3)</a> "
            "<a href='/admin/edit?id=7'>编辑</a> 发表于:2006-03-18 09:30</div>")
MENU = "<div class='menu'><a href='/u/l/index.html'>首页</a> <a href='/u/l/rss'>订阅</a></div>"


def test_a_post_without_head_takes_its_linked_headline_and_its_posted_time() -> None:
    markup = (f"{MENU}<div class='bar'><div><a href='/u/l/archive/2006/03/18/7.html'>"
              f"青禾农村公路通到家门口</a></div></div>{POST}{COUNTERS}")
    lines, head = read(markup)
    assert lines[0] == "青禾农村公路通到家门口"
    assert head.date == "2006-03-18"
    assert head.found is not None and head.found["date"] == "the labelled time under the post"


def test_the_time_under_the_post_gives_way_to_the_publish_line() -> None:
    """A page that dates its story under the headline keeps that date."""
    markup = page("<title>青禾农村公路通到家门口_青禾在线</title>",
                  f"<h1>青禾农村公路通到家门口</h1><p>2006-03-17 18:00</p>{POST}{COUNTERS}")
    _, head = read(markup)
    assert head.date == "2006-03-17"


def test_a_date_far_under_the_post_is_not_its_time() -> None:
    """Past the first lines after the text (a list of other posts), a labelled time is
    another's."""
    others = "".join(f"<div><a href='/p/{n}'>青禾第{n}篇游记</a></div>" for n in range(1, 4))
    markup = (f"<div class='bar'><a href='/u/l/archive/7.html'>青禾农村公路通到家门口</a></div>"
              f"{POST}{others}<div>发表于:2006-01-02 08:00</div>")
    _, head = read(markup)
    assert head.date is None
