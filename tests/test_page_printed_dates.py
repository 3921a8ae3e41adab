"""Dates a page prints that its publish line does not give: an enacted text's note under its
headline, and a topic page's own entry in its timeline. Pages written for the test."""

from __future__ import annotations

from .page_helpers import page, read

RULES = ("<p>第一条　本条例适用于甲市产品质量监督抽查的组织、实施和结果处理，依据相关法律法规，"
         "结合本市实际，制定本条例。</p>"
         "<p>第二条　本市行政区域内的产品质量监督抽查活动，适用本条例。</p>")


def test_an_enacted_texts_note_outranks_a_meta_date_the_page_never_shows() -> None:
    _, head = read(page(
        "<title>甲市产品质量监督抽查条例_2016年第4号公报_甲市政府网</title>"
        "<meta name='firstpublishedtime' content='2016-09-30-23:59:59'>",
        "<div class='pages_content'><p><strong>甲市产品质量监督抽查条例</strong><br>"
        "（2016年7月21日甲市十五届人大常委会三十次会议表决通过）</p>"
        f"{RULES}</div>"))
    assert head.date == "2016-07-21"
    assert head.found["date"] == "the enacted text's note under its headline"


def test_a_decisions_note_printed_at_the_top_of_the_article_under_a_broken_headline() -> None:
    _, head = read(page(
        "<title>乙省人民政府关于修改部分规章的决定_乙省人民政府</title>"
        "<meta name='pubdate' content='2021-02-03'>",
        "<div id='text'><p>乙省人民政府<br>关于修改部分规章的决定</p>"
        "<p>(2020年12月28日省人民政府第85次常务会议讨论通过　2021年1月5日公布)</p>"
        "<p>省人民政府决定，对下列规章予以修改，修改后的规章自公布之日起施行。</p>"
        f"{RULES}</div>"))
    # Two dates in the note: which one dates the page is not clear, the <meta> date stays.
    assert head.date == "2021-02-03"
    _, head = read(page(
        "<title>乙省人民政府关于修改部分规章的决定_乙省人民政府</title>"
        "<meta name='pubdate' content='2021-02-03'>",
        "<div id='text'><p>乙省人民政府<br>关于修改部分规章的决定</p>"
        "<p>(2021年1月5日乙省人民政府令第二百号公布)</p>"
        "<p>省人民政府决定，对下列规章予以修改，修改后的规章自公布之日起施行。</p>"
        f"{RULES}</div>"))
    assert head.date == "2021-01-05"


def test_an_enacted_texts_note_is_no_publish_line_and_names_no_publisher() -> None:
    _, head = read(page(
        "<title>丁市电梯安全管理办法_丁市人民政府</title>"
        "<meta name='pubdate' content='2020-06-09'>",
        "<div id='text'><p>丁市电梯安全管理办法</p>"
        "<p>(2020年4月2日丁市政府常务会议通过　2020年5月6日公布)</p>"
        f"{RULES}</div>"))
    assert (head.date, head.source) == ("2020-06-09", None)
    _, head = read(page(
        "<title>丁市电梯安全管理办法_丁市人民政府</title>",
        "<div id='text'><p>丁市电梯安全管理办法</p>"
        "<p>（2020年4月2日丁市市政府常务会议审议通过）</p>"
        f"{RULES}</div>"))
    # (Read before as a publish line: its date, and 丁市…会议审议通过 for a publisher.)
    assert (head.date, head.source) == ("2020-04-02", None)
    assert head.found["date"] == "the enacted text's note under its headline"


def test_a_dated_sentence_in_brackets_is_no_enactment_note_and_a_publish_line_stays_first() -> None:
    _, head = read(page(
        "<title>丙县开展电动自行车专项抽查 - 丙县市场监管局</title>"
        "<meta name='pubdate' content='2022-05-10'>",
        "<div class='article'><h1>丙县开展电动自行车专项抽查</h1>"
        "<p>（2022年5月6日，县局执法人员在某某商场检查电动自行车）</p>"
        f"{RULES}</div>"))
    assert head.date == "2022-05-10"
    _, head = read(page(
        "<title>丙县食品安全条例 - 丙县人大网</title>",
        "<div class='article'><h1>丙县食品安全条例</h1><p>来源：县人大　发稿时间：2022-11-14</p>"
        "<p>（2018年12月7日丙县人大常委会八次会议表决通过）</p>"
        f"{RULES}</div>"))
    assert (head.date, head.found["date"]) == ("2022-11-14", "publish line")


def _topic(relative: str, entry: str, foot: str, since: str = "2021年3月起") -> str:
    return page(
        "<title>某某手机品牌下调旗舰机价格，多家门店跟进 - 某某资讯</title>",
        "<div class='topic'><h2>某某手机品牌下调旗舰机价格，多家门店跟进</h2>"
        f"<div class='time'>{relative}</div>"
        f"<div class='summary'>据多家门店店员介绍，某某手机品牌旗舰机型{since}下调售价，降幅在三百元到五百元"
        "之间，部分门店还推出以旧换新补贴，业内人士认为此举与新品即将上市有关，其他品牌可能跟进调价。</div>"
        "<h3>相关事件</h3><ul>"
        f"<li><a href='/t/1'>某某手机品牌下调旗舰机价格，多家门店跟进</a><span>{entry}</span></li>"
        "<li><a href='/t/2'>某某品牌新款手机下月发布</a><span>03月02日</span></li></ul></div>"
        f"<div class='foot'>{foot}</div>")


def test_a_topic_page_dated_only_yesterday_takes_its_own_timeline_entry_and_copyright_year() -> None:
    _, head = read(_topic("昨天", "03月05日", "© 2021 某某科技有限公司"))
    assert head.date == "2021-03-05"
    _, head = read(_topic("5小时前", "03-05", "Copyright &copy; 2018-2021 某某资讯"))
    assert head.date == "2021-03-05"


def test_no_timeline_date_without_a_relative_header_date_or_a_copyright_year() -> None:
    _, head = read(_topic("某某资讯", "03月05日", "© 2021 某某科技有限公司"))
    assert head.date is None
    _, head = read(_topic("昨天", "03月05日", "某某科技有限公司 版权所有"))
    assert head.date is None


def test_no_timeline_date_from_a_gallery_counter_or_a_copyright_year_the_page_shows_nowhere_else(
        ) -> None:
    """A gallery's counter (1/8, 1-8) is no entry's day, and a copyright year no other date on
    the page shows (a footer may be years stale) dates nothing: a wrong date is worse than none."""
    for entry in ("1/8", "1-8"):
        _, head = read(_topic("昨天 10:20", entry, "© 2016 某某科技有限公司"))
        assert head.date is None
    _, head = read(_topic("昨天", "10月12日", "© 2012-2016 某某科技有限公司", since="本周起"))
    assert head.date is None
    _, head = read(_topic("昨天", "10月12日", "© 2012-2016 某某科技有限公司",
                          since="2016年10月起"))
    assert head.date == "2016-10-12"
