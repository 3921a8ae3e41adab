"""A labelled credit at an article's foot, （本文来源：某某日报 作者：…）, names the publisher over
the account a portal's ``<meta name=mediaid>`` names; a news site <title> names is the last
resort (pages written for the test)."""

from __future__ import annotations

from .page_helpers import page, read

ARTICLE = ("<p>青禾市今年一季度外贸进出口总值同比增长百分之六，其中机电产品出口增长较快。</p>"
           "<p>业内人士认为，稳外贸政策持续发力，企业订单逐步回暖。</p>")


def test_a_labelled_credit_at_the_foot_outranks_the_portal_s_account() -> None:
    """The account that reposted the story (mediaid) gives way to the source the foot names."""
    _, head = read(page(
        "<title>一季度外贸稳中有升_青禾网</title><meta name='mediaid' content='青禾经济网'>",
        f"<div class='text'><h1>一季度外贸稳中有升</h1><p class='time'>2024-05-13 10:20</p>"
        f"{ARTICLE}<p>（本文来源：青禾日报 作者：青禾大学经济学院教授林一）</p></div>"))
    assert head.source == "青禾日报"
    assert head.found is not None and head.found["source"] == "the credit at the article's foot"


def test_a_labelled_publisher_beside_the_date_is_not_overruled_by_the_foot() -> None:
    """来源：某某网 on the publish line stands; the foot's credit does not replace it."""
    _, head = read(page(
        "<title>一季度外贸稳中有升_青禾网</title>",
        f"<div class='text'><h1>一季度外贸稳中有升</h1><p>2024-05-13 10:20 来源：青禾经济网</p>"
        f"{ARTICLE}<p>（本文来源：青禾日报 作者：林一）</p></div>"))
    assert head.source == "青禾经济网"


def test_the_portal_s_account_stands_where_the_foot_credits_nobody() -> None:
    """With no credit at the foot, mediaid's account is the publisher still."""
    _, head = read(page(
        "<title>一季度外贸稳中有升_青禾网</title><meta name='mediaid' content='青禾经济网'>",
        f"<div class='text'><h1>一季度外贸稳中有升</h1>{ARTICLE}</div>"))
    assert head.source == "青禾经济网"


def test_a_news_site_named_in_title_beside_the_headline_is_the_publisher_of_last_resort() -> None:
    """标题 - 某某中文网 - 栏目 with no publisher on the page: the news site <title> names."""
    _, head = read(page(
        "<title>一季度外贸稳中有升 - 青禾中文网 - 财经</title>",
        f"<div class='text'><h1>一季度外贸稳中有升</h1><p class='time'>2024-05-13 10:20</p>"
        f"{ARTICLE}</div>"))
    assert head.source == "青禾中文网"


def test_a_column_named_in_title_is_no_publisher() -> None:
    """A column's or a site's name that is no news outlet's (某某频道) names nobody."""
    _, head = read(page(
        "<title>一季度外贸稳中有升 - 青禾财经频道</title>",
        f"<div class='text'><h1>一季度外贸稳中有升</h1><p class='time'>2024-05-13 10:20</p>"
        f"{ARTICLE}</div>"))
    assert head.source is None
