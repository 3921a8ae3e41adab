"""The article's block when it holds more links than text: a short article followed, inside its
own block, by a promotion table and a list of headlines; and comment and login boxes, which are
never the article (pages written for the test)."""

from __future__ import annotations

from .page_helpers import page, read

TITLE = "<title>青禾县上半年抽查电动自行车_青禾财经网</title>"
# One paragraph, some of its words linked to the site's keyword pages.
SHORT = ("<p>【<a href='/kw/1'>电动自行车</a>抽查结果出炉】青禾县市场监管局今天通报，上半年共抽查"
         "<a href='/kw/2'>电动自行车</a>二十四批次，合格率为百分之九十一点七，较去年同期提高三个百分点。</p>")
# A promotion laid out as a table: each cell a link and a picture.
PROMO = ("<table><tr><td><p><a href='/app'><b>青禾财经<br>随身的行情客户端：</b></a></p>"
         "<p><img src='/a.png' alt='客户端'></p></td>"
         "<td><p><a href='/new'><b>青禾财经联合某某证券<br>推出打新助手：</b></a></p>"
         "<p><img src='/b.png' alt='打新助手'></p></td></tr></table>")
# Headlines the site recommends, under captions of their own.
HEADLINES = "<div>" + "".join(
    f"<p><b>{caption}</b></p>" + "".join(f"<p><a href='/n{i}'>{title}</a></p>" for i, title in items)
    for caption, items in (
        ("市场要闻", ((1, "两市成交额连续五日突破万亿元 券商板块领涨"), (2, "监管层再推三项举措稳定市场预期"))),
        ("行业动态", ((3, "新能源汽车产销两旺 上游材料价格企稳回升"), (4, "光伏装机规模创新高 龙头企业扩产提速"))),
        ("公司新闻", ((5, "某某电器发布半年报 净利润同比增长两成"), (6, "某某食品换帅后首提三年发展新目标"))))
) + "</div>"
# The comment box below the article, and its login form.
COMMENTS = ("<div class='tie-area' id='tieArea'><div class='tie-titlebar'>评论 0 条 · 参与 0 人</div>"
            "<div class='tie-post'><p>说两句 用手机评论 新用户注册</p><p>大家在聊：</p>"
            "<p>请先登录再发表评论</p><p>用户名</p><p>密码</p><p>记住我 登录后发表</p>"
            "<p>以上评论只代表评论者本人，与青禾财经网无关。</p></div></div>")


def test_a_short_article_whose_block_holds_a_promotion_and_headlines_is_read() -> None:
    """The headlines and the promotion inside the article's block outweigh its one paragraph
    in links: they count for none of that block, and the paragraph is the article, not the
    comment box below it."""
    lines, _ = read(page(TITLE, (
        "<div class='main'><h1>青禾县上半年抽查电动自行车</h1>"
        f"<div class='end-text'>{SHORT}{PROMO}{HEADLINES}<div class='source'>本文来源：青禾日报</div></div>"
        f"{COMMENTS}</div>")))
    assert any("合格率为百分之九十一点七" in line for line in lines)
    assert not any("登录后发表" in line or "只代表评论者本人" in line for line in lines)
    assert not any("打新助手" in line or "两市成交额" in line for line in lines)


def test_a_comment_box_with_its_login_form_is_never_the_article() -> None:
    """A box of comments and a login panel, named so, are never the article, even holding more
    Chinese than a short one that links some of its words."""
    login = ("<div class='user-login'><p>青禾会员登录：同一个账号可以用在青禾财经、青禾论坛和青禾邮箱上。"
             "</p><p>没有账号？现在注册，免费领取会员礼包。</p></div>")
    for box in (COMMENTS, login):
        lines, _ = read(page(TITLE, f"<div class='story'>{SHORT}</div>{box}"))
        assert any("合格率为百分之九十一点七" in line for line in lines), box
        assert not any("登录" in line for line in lines), box


def test_a_column_of_blocks_beside_headlines_is_not_the_article() -> None:
    """Headlines that outweigh a page's column do not make the column the article when its text
    is its blocks' (the article's block among them): the article's block is still chosen."""
    intro = "<div class='intro'><p>青禾财经频道介绍：每日为您解读宏观经济、行业走势与上市公司动态。</p></div>"
    lines, _ = read(page(TITLE, (
        f"<div class='column'>{intro}<div class='story'>{SHORT}<p>抽查发现的问题产品已责令企业整改，"
        "相关结果将在县政府网站公开。</p></div>" + HEADLINES * 3 + "</div>")))
    assert any("合格率为百分之九十一点七" in line for line in lines)
    assert not any("频道介绍" in line for line in lines)
    assert not any("两市成交额" in line for line in lines)
