"""What a site prints inside the article's block that is not the article: a list of stories
under a heading with a mark or a word before it, what follows the editor's signing line, and a
promotion above the first paragraph (pages and lines written for the test)."""

from __future__ import annotations

from qsreport.html.tail import drop_promos, trim_tail

from .page_helpers import page, read

BODY = ["青石县召开食品安全工作会议，部署夏季专项检查。",
        "会议通报了上半年全县食品抽检情况，不合格样品较去年同期减少三成。",
        "会议要求各乡镇市场监管所加强对农村集市的巡查，守住不发生系统性风险的底线。"]


def test_a_related_heading_with_a_dot_or_a_word_before_it_ends_the_article() -> None:
    """延伸 · 推荐 and APP精彩推荐 head a list of stories as 相关新闻 does."""
    teasers = ["青石县开展校园食堂检查", "县市场监管局近日对全县学校食堂开展检查。",
               "2024-06-02 08:30"]
    assert trim_tail([*BODY, "延伸 · 推荐", *teasers]) == BODY
    assert trim_tail([*BODY, "APP精彩推荐", *teasers]) == BODY


def test_what_follows_the_editors_line_is_dropped_and_a_source_credit_stays() -> None:
    """After 责任编辑：某某 at the foot, the site's keywords and its stories go (and the
    editor's line, furniture too, and a proofreader's under it); a source's credit right under
    them stays."""
    tail = ["关键词： 食品 抽检", "青石县启动夏粮收购", "县粮食局介绍今年收购准备情况……",
            "2024-06-02 21:38:04"]
    assert trim_tail([*BODY, "责任编辑：周一", *tail]) == BODY
    credits = ["校对：吴二", "来源：青石日报"]
    assert trim_tail([*BODY, "责任编辑：周一", *credits, *tail]) == [*BODY, "来源：青石日报"]


def test_an_editors_line_at_the_top_cuts_nothing() -> None:
    """An editor's line in the article's first half, or with no paragraph above it, is no
    signing line at the foot."""
    lines = ["责任编辑：周一", *BODY, "县食品安全委员会办公室"]
    assert trim_tail(lines) == lines


def test_a_promotion_above_the_first_paragraph_is_dropped_from_the_page() -> None:
    """A prompt to install the site's app and a call to vote, in the article's block above its
    first paragraph, are not the article's."""
    lines, _ = read(page(
        "<title>青石县召开食品安全工作会议_青石网</title>",
        "<div class='story'><h1>青石县召开食品安全工作会议</h1><p>2024年6月1日 10:20</p>"
        "<div class='promo'><p>安装青石新闻客户端，随时看本地资讯→【<a href='/app'>下载地址</a>】</p>"
        "<p>年度最美乡村评选开始了！【<a href='/vote'>点击投票</a>】</p></div>"
        + "".join(f"<p>{line}</p>" for line in BODY) + "</div>"))
    assert not any("客户端" in line or "投票" in line for line in lines)
    assert all(line in lines for line in BODY)


def test_a_promotions_words_in_the_report_are_kept() -> None:
    """A report's sentence about an app, below its first paragraph, stays; so does a one-line
    article."""
    lines = [*BODY, "市民可下载青石政务客户端查询抽检结果。"]
    assert drop_promos(lines) == lines
    assert drop_promos(["市民可下载青石政务客户端查询抽检结果。"]) \
        == ["市民可下载青石政务客户端查询抽检结果。"]
    opening = ["近日，青石县市场监管局提醒市民下载青石政务客户端，查询身边电梯的维保记录。", *BODY]
    assert drop_promos(opening) == opening
    cried = "新品抢先试用，好物天天更新，快来青石生活频道逛逛吧！下载客户端还能领取会员积分哦！"
    assert drop_promos([cried, *BODY]) == BODY


def test_a_side_column_named_for_its_bar_is_left_out_of_the_article() -> None:
    """A column's card in a block named 'rightbar' (or 'left_bar', 'Rbar') beside the story,
    inside the container chosen, is not the article's text."""
    lines, _ = read(page(
        "<title>青石县召开食品安全工作会议_青石网</title>",
        "<div class='wrap'><div class='main'><h1>青石县召开食品安全工作会议</h1>"
        "<p>2024年6月1日 10:20</p>" + "".join(f"<p>{line}</p>" for line in BODY) + "</div>"
        "<div class='rightbar'><div>青石行情播报</div><div>本栏目每日为读者整理本县的菜价和粮价"
        "信息，内容仅供参考。</div><div>总篇数</div><div>512</div></div></div>"))
    assert all(line in lines for line in BODY)
    assert not any("本栏目" in line or "总篇数" in line for line in lines)


def test_an_app_or_mobile_channel_prompt_at_the_foot_is_dropped() -> None:
    """A prompt to get the site's app in either script (點我下載APP) or to visit its mobile
    channel (上手机某某网某频道 and its address) closes the article as furniture."""
    assert trim_tail([*BODY, "每天看新聞 天天抽好禮 點我下載青石APP"]) == BODY
    assert trim_tail([*BODY, "看县里大小事，上手机青石网民生频道 m.qingshi.example"]) == BODY


def test_a_report_line_naming_an_app_or_a_phone_stays() -> None:
    """A sentence of the report that tells readers about an app, or a phone, is no prompt."""
    lines = [*BODY, "县市场监管局提醒，消费者可通过手机拨打投诉电话反映问题。"]
    assert trim_tail(lines) == lines


def test_a_more_news_prompt_above_the_source_line_at_the_foot_is_dropped() -> None:
    """重点推荐 更多精彩资讯请点击 某某 above a foot's 本文来源：… line goes; the source line
    stays, without the editor's sign it ends on."""
    source = "本文来源：青石日报 作者：林一 责任编辑：QS001"
    assert trim_tail([*BODY, "重点推荐 更多精彩资讯请点击 青石财经", source]) \
        == [*BODY, "本文来源：青石日报 作者：林一"]
    assert trim_tail([*BODY, "更多精彩内容请登录青石网", "本文来源：青石日报"]) \
        == [*BODY, "本文来源：青石日报"]


def test_a_report_line_above_the_source_line_stays() -> None:
    lines = [*BODY, "县里还将邀请群众代表参与明年的抽检工作。", "本文来源：青石日报"]
    assert trim_tail(lines) == lines
