"""The article's block on pages whose navigation or footer holds more Chinese than a short
article, and on pages that hide the article until a script shows it (pages written for the
test)."""

from __future__ import annotations

from .page_helpers import page, read

SHORT = "<p>青禾市质监局昨日通报，今年一季度全市抽查电热水壶三十批次，合格率达到九成以上。</p>"
FOOTER_NOTICE = ("<div class='copy-lines'>本站所有稿件未经书面授权不得转载、摘编或建立镜像，违者依法追究"
                 "责任。联系合作请致电本网编辑部，投诉举报请拨打本网监督电话，我们将及时核实处理。"
                 "本站各类经营许可证的编号列在“关于本站”一页。</div>")
# The rest of a page: a column of headlines linked, as most pages have beside the article.
COLUMN = "<ul class='news-list'>" + "".join(
    f"<li><a href='/n{i}'>{title}</a></li>" for i, title in enumerate((
        "青禾市召开全市质量工作会议部署全年重点任务", "青禾县开展春季农资产品质量专项检查行动",
        "青禾市计量所完成年度强检计量器具检定工作", "青禾市新增三家省级标准化试点示范企业单位",
        "青禾市市场监管局发布消费提示谨防虚假宣传", "青禾市特种设备安全大检查取得阶段性成效"))) + "</ul>"


def test_a_short_article_beats_the_copyright_lines_inside_the_footer() -> None:
    """A block inside the footer, longer in Chinese than a one-paragraph report, is no
    candidate for the article."""
    lines, _ = read(page(
        "<title>青禾市抽查电热水壶_青禾网</title>",
        f"<div class='article-body'>{SHORT}</div>"
        f"<div class='site-footer'><div class='links'><a href='/'>关于我们</a></div>"
        f"{FOOTER_NOTICE}</div>{COLUMN}"))
    assert any("合格率达到九成以上" in line for line in lines)
    assert not any("未经书面授权" in line for line in lines)


def test_the_hot_words_of_the_top_bar_s_search_box_are_not_the_article() -> None:
    """A search box inside the top navigation lists the site's hot searches: more Chinese than
    the article, never the article."""
    hot = "".join(f"<span>{word}</span>" for word in (
        "某地新开一座大桥通车", "某某球队再夺联赛冠军", "秋季新品发布会今日举行", "城郊农场迎来丰收时节",
        "知名歌手宣布举办巡回演唱会", "本周天气晴好适宜出游", "市民热议地铁新线路开通", "老街改造工程顺利完工"))
    lines, _ = read(page(
        "<title>青禾市抽查电热水壶_青禾网</title>",
        f"<div id='TopNav'><div class='search-box'>{hot}</div></div>"
        f"<div class='story'>{SHORT}</div>{COLUMN}"))
    assert any("合格率达到九成以上" in line for line in lines)
    assert not any("巡回演唱会" in line for line in lines)


def test_a_page_wrapped_whole_in_a_block_named_for_its_nav_bar_keeps_its_article() -> None:
    """A container named for the navigation that holds most of the page's Chinese is the
    page's frame only by name: the article inside it is still found."""
    lines, _ = read(page(
        "<title>青禾市抽查电热水壶_青禾网</title>",
        f"<div class='wrap with-nav'><div class='story'>{SHORT}</div></div>"
        "<div class='links'><a href='/a'>首页</a></div>"))
    assert any("合格率达到九成以上" in line for line in lines)


def test_an_article_invisible_until_its_script_runs_is_read() -> None:
    """A block kept invisible by its style (visibility: hidden, shown by the page's script)
    whose name says it holds the content is the article; a paragraph outside it is not."""
    lines, _ = read(page(
        "<title>青禾县表彰一批优秀企业</title>",
        "<div class='profile'><p>青禾发布：与您一起关注青禾县的新鲜事。</p></div>"
        "<div class='media_content' id='js_content' style='visibility: hidden;'>"
        "<section><p>七月三十日，青禾县召开表彰大会，十二家企业获评质量诚信单位。</p></section>"
        "<section><p>会议要求，各企业要严格落实产品质量主体责任，持续提升产品和服务质量水平，"
        "为全县经济高质量发展作出新的贡献。</p></section></div>"))
    assert any("十二家企业获评质量诚信单位" in line for line in lines)
    assert any("为全县经济高质量发展" in line for line in lines)


def test_a_block_not_displayed_is_never_the_article_whatever_its_name() -> None:
    """display: none hides a block for good (a copy kept for search engines), even one named
    content."""
    lines, _ = read(page(
        "<title>青禾市抽查电热水壶_青禾网</title>",
        "<div class='content' style='display:none'><p>隐藏的关键词：青禾热水壶、青禾抽查、青禾质监、"
        "青禾新闻、青禾电器、青禾市场、青禾监管、青禾质量、青禾消费、青禾维权。</p></div>"
        f"<div class='story'>{SHORT}</div>"))
    assert not any("隐藏的关键词" in line for line in lines)


def test_a_video_player_s_captions_and_messages_are_left_out_of_the_article() -> None:
    """A player inside the article block prints its controls, its error message and the clip's
    title again: none of it is the article's text."""
    lines, _ = read(page(
        "<title>青禾电影台推出访谈节目_青禾网</title>",
        "<div class='pic-content'><div class='video-player'><div class='title'>访谈节目今晚起播出</div>"
        "<div class='error'>抱歉，该视频暂时无法播放</div><div>建议WIFI下打开</div></div>"
        "<p>青禾电影台讯 今晚起，台里将推出系列访谈节目，请五位电影人回顾各自的入行经历与代表作品。</p>"
        f"</div>{COLUMN}"))
    assert any("请五位电影人" in line for line in lines)
    assert not any("无法播放" in line for line in lines)
