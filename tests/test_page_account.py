"""The account a self-media article comes from: its name by the headline with a follow button
under it, or with the platform's mark glued to it, is the publisher where the page names none
or only the platform (pages written for the test)."""

from __future__ import annotations

from .page_helpers import page, read

STORY = "".join(f"<p>{line}</p>" for line in [
    "青石县今年新建了三座农贸市场，市民买菜更方便了。",
    "县市场监管局介绍，新市场都配备了快检室，每天抽检蔬菜和肉类。"])


def test_the_name_above_a_follow_button_is_the_publisher() -> None:
    """某某 / 关注 under the headline, inside the article's block, names the account."""
    _, head = read(page(
        "<title>青石县新建三座农贸市场</title>",
        "<div class='art'><h1>青石县新建三座农贸市场</h1><p>2024-06-01 10:20:00</p>"
        "<div class='user'><a>青石小当家</a><div class='btn'>关注</div></div>"
        + STORY + "</div>"))
    assert head.source == "青石小当家"


def test_the_account_replaces_a_publish_line_that_names_only_the_platform() -> None:
    """来源：某某新闻·某某号 names the platform; the account's name with the platform's mark glued
    to it is the publisher."""
    _, head = read(page(
        "<title>青石县新建三座农贸市场_白鹭新闻</title>",
        "<h1>青石县新建三座农贸市场</h1><p>2024-06-01 10:20 来源：白鹭新闻·澎湃号·政务</p>"
        "<div class='who'><span>青石发布</span><span>澎湃号</span></div>"
        "<div class='art'>" + STORY + "</div>"))
    assert head.source == "青石发布"


def test_a_named_source_stays_and_a_share_button_names_nothing() -> None:
    """A publish line's outlet is kept whatever stands by the headline; a line above 关注 that
    is a date or a button is no account."""
    _, head = read(page(
        "<title>青石县新建三座农贸市场</title>",
        "<div class='art'><h1>青石县新建三座农贸市场</h1><p>2024-06-01 10:20 来源：青石日报</p>"
        "<div><a>青石小当家</a><div>关注</div></div>" + STORY + "</div>"))
    assert head.source == "青石日报"
    _, head = read(page(
        "<title>青石县新建三座农贸市场</title>",
        "<div class='art'><h1>青石县新建三座农贸市场</h1><p>2024-06-01 10:20</p>"
        "<div><a>分享</a><div>关注</div></div>" + STORY + "</div>"))
    assert head.source is None
