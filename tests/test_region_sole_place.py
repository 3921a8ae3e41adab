"""The one place a page's story names three times (region_whole.sole_place, past the opening
the body's count reads) counts only in the story's own prose: not in the headlines of a list
of other stories below it, and not where the text names it as a person's home (pages written
for the test, made-up people and events)."""

from __future__ import annotations

import pytest

from tests.test_region_pages_datelines import page_region

# A long story's opening that names no place (longer than the opening the body's count reads)
OPENING = "".join(f"<p>读书节第{day}天的安排是这样的：上午有两场讲座，下午是签售和亲子共读，"
                  "晚上在草坪上放一部老电影，所有活动都免费，读者可以在网上预约座位。</p>"
                  for day in range(1, 21))


def test_a_list_of_other_stories_under_the_story_gives_no_region() -> None:
    """Headlines of other stories below the article, each naming one city: not the story's."""
    related = ("<p>看点</p><p>柳州螺蛳粉产业园新添两条生产线</p>"
               "<p>柳州开通第三条城市快速公交</p><p>柳州一小区加装电梯全部完工</p>"
               "<p>柳州今冬首场寒潮将至</p>")
    assert page_region("青禾读书节本周末开幕", OPENING + related, "某某文化报") is None


@pytest.mark.parametrize("home", ["来自柳州的歌手", "柳州籍歌手", "柳州人"])
def test_a_post_about_a_person_from_a_city_is_not_the_city_s(home: str) -> None:
    """A fan's post that names a singer's home city again and again: the singer's home, not
    where the story is."""
    body = (f"{OPENING}<p>说起{home}阿青，很多人都听过她的成名曲。</p>"
            "<p>她小时候在柳州的街头唱歌，后来去外地读书。每次开演唱会，她都会讲起柳州的米粉。</p>"
            "<p>楼主觉得她是这几年最会写歌的人，大家怎么看？</p>")
    assert page_region("聊聊我最喜欢的歌手阿青", body, "某某论坛") is None


def test_a_story_of_one_city_told_in_prose_keeps_it() -> None:
    """The same city three times in the story's sentences, none as a person's home: the city."""
    body = (f"{OPENING}<p>闭幕那天，柳州的八家书店都延长了营业时间。</p>"
            "<p>主办方说，明年还会在柳州办一届，并把旧书义卖也放在柳州。</p>")
    assert page_region("青禾读书节本周末开幕", body, "某某文化报") == "柳州"
