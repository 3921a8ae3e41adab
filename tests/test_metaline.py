"""Publish lines: the date and publisher under a headline, told apart from a date in prose.

Every line here is written for the test, in the shapes pages and reports use.
"""

from __future__ import annotations

import pytest

from qsreport.html import read_html
from qsreport.segmenting.header import read_header
from qsreport.segmenting.metaline import SOURCE, PageHead, is_publish_line, read_meta_line


def publisher(line: str) -> str | None:
    found = read_meta_line(line)
    return line[slice(*found.source)] if found.source else None


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        # labelled, on one line or with brackets
        ("发布时间：2016-03-08 10:20 来源：湖州日报", "2016-03-08", "湖州日报"),
        ("【发布日期】2013-05-02　【来源】衢州市质量技术监督局　【字号：大 中 小】",
         "2013-05-02", "衢州市质量技术监督局"),
        ("时间：2011.3.07  来源：本站原创  作者：办公室", "2011-03-07", "本站原创"),
        ("来源：东南快报【大 中 小】", None, "东南快报"),
        # the publisher after the date and its clock, with or without a space
        ("2014年07月22日 16:05 台州晚报", "2014-07-22", "台州晚报"),
        ("2010年05月11日 08:31中国质量报【我要评论】", "2010-05-11", "中国质量报"),
        ("2012-10-09 · 江淮晨报", "2012-10-09", "江淮晨报"),
        # the publisher before the date, after a label or a mark
        ("绍兴网 2015-06-30 14:12:09", "2015-06-30", "绍兴网"),
        ("原创 嘉兴在线 2018-01-05 09:00", "2018-01-05", "嘉兴在线"),
        ("QualityNews 发表于 2017-04-12", "2017-04-12", "QualityNews"),
        # counters and labels are not publishers
        ("2009-11-03 10:15:40 浏览次数：312", "2009-11-03", None),
        ("2009-11-03 1164次阅读", "2009-11-03", None),
        ("2015年9月1日 星期二", "2015-09-01", None),
        # a reprint: the paper's edition date under 来源, then the page's own labelled date
        ("来源： 嘉禾晚报 2016年3月2日6版 发稿时间： 2016-03-07 10:20", "2016-03-07", "嘉禾晚报"),
        ("来源： 2016年3月2日 第6版 发稿时间： 2016-03-07 10:20", "2016-03-07", None),
        # a date of writing or of an update does not outrank the first date
        ("2016-03-02 10:20 嘉禾日报 更新时间：2016-03-09", "2016-03-02", "嘉禾日报"),
        ("发布日期：2016-03-02 成文日期：2016-02-20", "2016-03-02", None),
        # an edition's page is no publisher
        ("2016-03-02 10:20 A7版", "2016-03-02", None),
        ("2016-03-02 10:20 第一财经", "2016-03-02", "第一财经"),
        # two elements printed side by side: the seconds of a clock, then a name with digits
        ("2016-03-02 08:15:2751健康网", "2016-03-02", "51健康网"),
        ("2016-03-02 08:15:27806次阅读", "2016-03-02", None),
        # an empty 来源 before the next field's label, or before the page's buttons
        ("来源： 编辑： 时间：2016-03-02 阅读： 次", "2016-03-02", None),
        ("2016年03月02日 17:35 来源： 【 打印 】", "2016-03-02", None),
        ("来源：(县局标准化科 )", None, "县局标准化科"),
        # a blog's date in a Chinese locale; the word before it is the post's category
        ("行业动态 十月 3rd, 2011", "2011-10-03", None),
        ("十二月 21, 2010", "2010-12-21", None),
    ],
)
def test_a_publish_line_gives_its_date_and_publisher(line: str, date: str | None,
                                                     source: str | None) -> None:
    assert is_publish_line(line)
    assert read_meta_line(line).date == date
    assert publisher(line) == source


@pytest.mark.parametrize(
    "line",
    [
        "2015年3月12日，市质监局召开全市标准化工作会议。",  # a sentence
        "据统计，截至2012年底全市共有中国名牌产品18个，省名牌产品在全省各地市中排名前列",
        "全市质量技术监督系统认真贯彻落实各项部署要求推进名牌战略和标准化战略 2013-01-01",
    ],
)
def test_a_date_in_prose_is_not_a_publish_line(line: str) -> None:
    assert not is_publish_line(line)


def test_a_web_address_on_a_publish_line_neither_makes_it_prose_nor_names_its_publisher() -> None:
    """信息来源：http://… makes the line long, but it is still the page's publish line, and an
    address is no publisher."""
    line = ("2013年04月18日 09:12    信息来源:http://www.example.gov.cn/news/zhiliang/201304/"
            "t20130418_1234567.htm")
    assert is_publish_line(line)
    assert read_meta_line(line).date == "2013-04-18"
    assert publisher(line) is None


def test_a_page_headline_holding_a_date_stays_the_title() -> None:
    # A headline of the page that names a day (a notice of what was accepted by then) is the
    # title, not a publish line; the line below it gives the date.
    text = ("关于2019年7月12日前受理的甲类许可申请审查结果的通告\n"
            "发布时间：2019-08-02 来源：某市市场监管局\n"
            "本期共审查申请28件。\n")
    header = read_header(text, text, PageHead(headline=True))
    assert header.title == "关于2019年7月12日前受理的甲类许可申请审查结果的通告"
    assert header.date == "2019-08-02"



def test_a_source_label_written_with_yu_names_the_publisher() -> None:
    """来源于：某某 is the 来源 label written out (来源于 = comes from): the publisher it names is
    read as a labelled one."""
    assert SOURCE.search("来源于：青石县白鹭街道办事处")
    _, head = read_html(
        "<html><head><title>白鹭街道开展春季消防检查_青石网</title></head><body>"
        "<div><h2>白鹭街道开展春季消防检查</h2><p><font>来源于：白鹭街道办事处</font></p>"
        "<p>发布日期：2020-04-02 责任编辑：林一</p></div><div class='content'>"
        "<p>4月1日，白鹭街道组织安监人员对辖区内的商铺和仓库开展春季消防安全检查。</p>"
        "<p>检查组共检查场所32家，督促整改隐患11处。</p></div></body></html>")
    assert head is not None and head.source == "白鹭街道办事处"
