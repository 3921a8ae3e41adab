"""来源：本站原创 (the site's own story, its name unsaid) gives way to the unit the story is
credited to (作者：某某党支部), not to a person (lines written for the test)."""

from __future__ import annotations

import pytest

from qsreport.cleaning import match_view
from qsreport.segmenting.metaline import read_meta_line

from .page_helpers import page, read


def _source(line: str) -> str | None:
    view = match_view(line)
    found = read_meta_line(view).source
    return line[slice(*found)] if found else None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：本站原创  作者：检验科党支部", "检验科党支部"),
        ("来源：本站 作者：青禾县市场监管局办公室 时间：2021-05-06", "青禾县市场监管局办公室"),
        ("来源：本网原创 作者：林一", "本网原创"),  # a person: the label's own word stands
        ("来源：本站原创", "本站原创"),
        ("来源：青禾日报 作者：检验科党支部", "青禾日报"),  # a named 来源 stands
    ],
)
def test_a_unit_credited_as_author_of_the_site_s_own_story(line: str, source: str | None) -> None:
    assert _source(line) == source


def test_the_unit_is_the_page_s_publisher() -> None:
    _, head = read(page(
        "<title>青禾医院举办药学技能大赛_青禾医院</title>",
        "<div class='news'><h2>青禾医院举办药学技能大赛</h2>"
        "<p>来源：本站原创 &nbsp; 作者：检验科第二党支部 &nbsp; 发布：2021年10月30日</p>"
        "<p>本站讯 10月29日，青禾医院药剂科举办药学技能大赛，四十名药师参赛。</p>"
        "<p>比赛分理论考试和调剂操作两部分，评出一等奖两名。</p></div>"))
    assert head.source == "检验科第二党支部"
    assert head.date == "2021-10-30"
