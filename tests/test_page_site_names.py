"""A page's publisher where it names only its own site (``og:site_name``, ``<meta
name=publisher>``, ``<title>``'s part), a closing credit in brackets, a Hong Kong or Macau
paper's local section as the story's city, a second field's label beside the date, a date
filed in the page's address, a heading with a zero-width mark, a hidden copy of the sharing
title, a share bar left open around the story, and the tip, like, app and help lines at an
article's foot. Pages and lines written for the test."""

from __future__ import annotations

import pytest

from qsreport import parse
from qsreport.html.credit import closing_credit
from qsreport.html.head import Head
from qsreport.html.page import read_page
from qsreport.html.publine import without_tools
from qsreport.html.sitename import is_outlet, local_beat
from qsreport.html.tail import trim_tail
from qsreport.segmenting.metaline import read_meta_line

from .page_helpers import page, read

STORY = ("<div class='story'><p>青石區一間茶餐廳昨日起推出長者優惠，每位長者每日可享一份免費早餐，"
         "店主表示計劃至少維持半年。</p><p>不少街坊一早排隊光顧，有人說這樣的小店在區內已經不多，"
         "希望店舖能夠一直經營下去。</p></div>")
HEADLINE = "茶餐廳推長者免費早餐"


def _source(head: str) -> str | None:
    """The publisher the whole reader gives a page of ``head`` over the test's story."""
    markup = page(head, f"<h1>{HEADLINE}</h1><p>2021-03-04</p>{STORY}")
    return parse(markup.encode()).meta.source


@pytest.mark.parametrize(("meta", "want"), [
    ("<meta property='og:site_name' content='青石日報'>", "青石日報"),
    ("<meta property='og:site_name' content='白沙新聞網 - 白沙晚報 daily'>", "白沙新聞網"),
    ("<meta name='publisher' content='甲城時報'>", "甲城時報"),
    ("<meta name='author' content='乙埠日报'>", "乙埠日报"),
    ("<meta name='application-name' content='丙江电视台 Bingjiang TV'>", "丙江电视台"),
])
def test_the_site_named_in_a_meta_tag_is_the_publisher(meta: str, want: str) -> None:
    """With no publish line naming one, the site's own name in its <meta> tags is the
    publisher when it reads as an outlet's (a paper, a site, a station)."""
    assert _source(f"<title>{HEADLINE}</title>{meta}") == want


@pytest.mark.parametrize("meta", [
    "<meta name='author' content='王小明'>",  # a person
    "<meta property='og:site_name' content='港聞'>",  # a section
    "<meta property='og:site_name' content='微信公众平台'>",  # a platform
])
def test_a_person_a_section_or_a_platform_is_no_publisher(meta: str) -> None:
    """An author that is a person, a section's name, or a platform's name is no publisher."""
    assert _source(f"<title>{HEADLINE}</title>{meta}") is None


def test_a_meta_site_name_title_repeats_is_taken_even_when_short() -> None:
    """A short site name that ends like no outlet (丁視) is the publisher when a part of <title>
    names the outlet on it (丁視新聞)."""
    assert _source(f"<title>{HEADLINE} - 丁視新聞</title><meta property='og:site_name' content='丁視'>") == "丁視"


@pytest.mark.parametrize(("title", "want"), [
    (f"{HEADLINE} - 青石日報 - 港聞 - 要聞", "青石日報"),
    (f"{HEADLINE} | 港聞 | 即時 | 戊城報", "戊城報"),
    (f"{HEADLINE}_财经_己州网", "己州网"),
    (f"{HEADLINE} | 兩岸 | 庚社即時新聞 GNA NEWS", "庚社即時新聞"),
    (f"{HEADLINE} | 要聞 | 港聞", None),
])
def test_the_outlet_among_title_parts_is_the_publisher(title: str, want: str | None) -> None:
    """A part of <title> beside the headline that ends as an outlet's name does (its Latin
    name after it, if any) is the publisher; sections alone give none."""
    assert _source(f"<title>{title}</title>") == want


def test_outlet_names_and_section_names() -> None:
    """Outlets end as a paper, a site, a station, an agency does; a section's name never is one."""
    assert all(map(is_outlet, ["青石日報", "白沙晚报", "甲城網", "乙台電視台", "丙社", "丁視新聞"]))
    assert not any(map(is_outlet, ["港聞", "國際新聞", "社會", "日報", "电子报", "即時新聞"]))


@pytest.mark.parametrize(("title", "url", "want"), [
    (f"{HEADLINE} - 20220506 - 港聞 - 每日青石報", None, "香港"),
    (f"{HEADLINE} | 澳聞 | 白沙報", None, "澳門"),
    (f"{HEADLINE} | 青石日報", "https://news.example.hk/daily/日報-港聞-標題", "香港"),
    (f"{HEADLINE} | 國際 | 青石日報", "https://news.example.hk/world/123", None),
    (f"{HEADLINE} | 兩岸 | 青石日報", None, None),
])
def test_a_local_section_gives_the_city(title: str, url: str | None, want: str | None) -> None:
    """A Hong Kong or a Macau paper files its local stories under 港聞 or 澳聞 (in <title> or in
    its address): the city; a world or a China section gives none."""
    tree = read_page(page(f"<title>{title}</title>", f"<h1>{HEADLINE}</h1>{STORY}"))
    assert tree is not None
    assert local_beat(tree, HEADLINE, url) == want


def test_the_local_section_answers_after_the_headlines_district() -> None:
    """The city of the local section ranks as a breadcrumb's place: given as the region."""
    _, head = read(page(f"<title>{HEADLINE} - 港聞 - 青石日報</title>", f"<h1>{HEADLINE}</h1>{STORY}"))
    assert head.crumbs[:1] == ("香港",)
    markup = page(f"<title>{HEADLINE} - 港聞 - 青石日報</title>", f"<h1>{HEADLINE}</h1>{STORY}")
    assert parse(markup.encode()).meta.region == "香港"


@pytest.mark.parametrize("line", [
    "发布日期：2022-05-06 发布人：值班员",
    "發稿時間：2022/05/06 08:05 最後更新：2022/05/06 09:40",
    "2022-05-06 09:00 浏览次数：25",
    "2022-05-06 编辑：王某",
])
def test_a_label_after_the_date_is_no_publisher(line: str) -> None:
    """A word after the date with a colon after it is the next field's label, not the
    publisher's name."""
    assert read_meta_line(line).source is None


def test_a_name_after_the_date_without_a_colon_still_is() -> None:
    """The near miss: a name after the date with nothing after it is the publisher."""
    found = read_meta_line("2022-05-06 09:00 青石日报")
    assert found.source is not None and "2022-05-06 09:00 青石日报"[slice(*found.source)] == "青石日报"


def test_a_print_button_beside_the_date_is_no_publisher() -> None:
    """列印 (print) and 文字大小 beside the date are the page's buttons."""
    assert read_meta_line("2022-05-06 列印 文字大小").source is None


def test_a_placeholder_poster_leaves_the_publish_line() -> None:
    """The site's admin account posting the page is no part of the publish line; a named
    poster stays."""
    assert without_tools("发布日期：2022-05-06 发布者：网站管理员") == "发布日期：2022-05-06"
    assert without_tools("发布时间：2022-05-06 录入：admin 打印") == "发布时间：2022-05-06"
    assert without_tools("发布时间：2022-05-06 发布人：王某") == "发布时间：2022-05-06 发布人：王某"


@pytest.mark.parametrize(("path", "want"), [
    ("/105/03/1050307/0001.htm", "2016-03-07"),
    ("/2016/03/20160307/0001.htm", "2016-03-07"),
    ("/105/03/1050407/0001.htm", None),  # the folder and the day's name disagree
    ("/item/1050307/0001.htm", None),  # a number alone
])
def test_a_day_filed_under_its_year_and_month(path: str, want: str | None) -> None:
    """A page filed under year and month folders, then a folder naming the day with them (the
    Republic of China's year of three digits too), is dated by its address when it prints no
    date."""
    markup = page(f"<title>{HEADLINE}</title><meta property='og:url' content='https://tv.example.tw{path}'>",
                  f"<h1>{HEADLINE}</h1>{STORY}")
    _, head = read(markup)
    assert head.date == want


def test_a_heading_with_a_zero_width_mark_is_the_headline() -> None:
    """A heading that opens on U+FEFF is still the one <title> holds: the publish line under it
    is read."""
    lines, head = read(page(f"<title>{HEADLINE} | 青石日報</title>",
                            f"<h1>\ufeff{HEADLINE}</h1><p>2021-03-04</p>{STORY}"))
    assert lines[0] == HEADLINE and head.date == "2021-03-04"


def test_a_hidden_copy_of_the_sharing_title_is_no_headline() -> None:
    """A block copying og:title with the site's and sections' names ranks below the printed
    heading; a meta title the <title>'s part does not open is no copy."""
    long = f"{HEADLINE} 店主盼長做 - 青石報 - 港聞"
    lines, head = read(page(f"<title>{long} - D210304</title><meta property='og:title' content='{long}'>",
                            f"<h1>{HEADLINE}</h1><p>發佈時間: 2021/03/04</p>{STORY}<div class='hid'>{long}</div>"))
    assert lines[0] == HEADLINE and head.date == "2021-03-04"


def test_a_share_bar_left_open_around_the_story_keeps_the_story() -> None:
    """A share bar the page never closes before the story holds nearly all the article's text:
    it stays; a closed share bar is left out."""
    open_bar = ("<div class='newsbox'><div class='share'><a href='#'>分享</a><br>"
                "<span id='txt'>青石區一間茶餐廳昨日起推出長者優惠，每位長者每日可享一份免費早餐，店主表示計劃至少維持半年。"
                "不少街坊一早排隊光顧，有人說這樣的小店在區內已經不多。</span></div></div>")
    lines, _ = read(page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1>{open_bar}"))
    assert any("免費早餐" in line for line in lines)
    closed = ("<div class='newsbox'><div class='share'>分享到微博 分享到臉書</div>"
              "<p>青石區一間茶餐廳昨日起推出長者優惠，每位長者每日可享一份免費早餐，店主表示計劃至少維持半年。</p></div>")
    lines, _ = read(page(f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1>{closed}"))
    assert not any("分享到" in line for line in lines)


PARAGRAPH = "店主表示，優惠計劃至少維持半年，視乎反應再決定是否延長，街坊都表示支持。"


@pytest.mark.parametrize("line", [
    "▲青石報報料熱線：tips@example.com 2345 6789",
    "想知道更多，請讚好青石報 Facebook 專頁",
    "想读更多？到 App Store 搜索 青石日报 下载。",
    "自殺防治諮詢專線：0800-111222",
    "生命線：1234",
    "（请在微信中长按二维码关注我们）",
    "追蹤我們的IG",
])
def test_prompts_and_help_lines_at_the_foot_are_furniture(line: str) -> None:
    """A tip line, a call to like or follow, an app-store prompt, a help line with its number
    and a QR code's instruction at the article's foot are the page's furniture."""
    assert trim_tail([PARAGRAPH, line]) == [PARAGRAPH]


def test_a_story_line_that_names_a_page_stays() -> None:
    """The near miss: the story's own sentence, told to its end, stays."""
    told = "店主說，不少客人是在網上看到店舖的專頁介紹後專程前來光顧的，令他十分感動。"
    assert trim_tail([PARAGRAPH, told]) == [PARAGRAPH, told]


def _credit(last: str) -> tuple[str | None, str | None]:
    tree = read_page(page(f"<title>{HEADLINE}</title>", f"<div><p>{PARAGRAPH}</p><p>{last}</p></div>"))
    assert tree is not None
    body = tree.first("body")
    assert body is not None
    head = Head()
    place = closing_credit(tree, head, body)
    return head.source, place


@pytest.mark.parametrize(("last", "want"), [
    ("街坊都說好。（青石新聞王小明、李大同台北報導）", ("青石新聞", "台北")),
    ("街坊都說好。（白沙電視台記者陳某高雄報導）", ("白沙電視台", "高雄")),
    ("街坊都说好。（乙埠日报记者张某某杭州报道）", ("乙埠日报", "杭州")),
    ("街坊都說好。（青石新聞王小明綜合報導）", ("青石新聞", None)),
    ("街坊都說好。（記者王小明／台中報導）", (None, None)),
])
def test_a_closing_credit_names_the_outlet_and_the_desk(last: str, want: tuple[str | None, str | None]) -> None:
    """A closing credit in brackets names the outlet (the publisher) and the desk's place; a
    credit naming no outlet gives neither, and a desk that is no place gives no place."""
    assert _credit(last) == want
