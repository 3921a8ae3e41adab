"""Schema 2 context families seen in real reports: the report's own date where only its
lead's dateline and opening year give it, a publish line under a page's links, and an undated
report's 今年. Every text here is written for the test."""

from __future__ import annotations

from .report_helpers import report_json


def report(text: str) -> dict:  # type: ignore[type-arg]
    return report_json(text)


def test_a_dateline_late_in_a_year_takes_the_year_its_lead_opens_with() -> None:
    """某社某地11月20日电 … 2010年，… : the story was filed in November 2010."""
    text = ("中新社福州11月20日电（通讯员 某某）2010年，福建各级质监部门一共立案查办"
            "质量违法案子980起，货值共2600万元。\n")
    assert report(text)["meta"]["date"] == "2010-11-20"


def test_a_dateline_early_in_a_year_is_left_undated() -> None:
    """A story filed in February often reviews the year before: the year its lead names is
    not the year it was filed."""
    text = ("中新社福州2月20日电（通讯员 某某）2010年，福建各级质监部门一共立案查办"
            "质量违法案子980起，货值共2600万元。\n")
    assert report(text)["meta"]["date"] is None


def test_a_labelled_publish_line_under_a_page_s_links_and_copyright() -> None:
    """作者… 来源… 发布时间… at the article's foot, with a few lines of links under it."""
    lines = ["全市开展电梯安全专项检查", "市质监局近日对全市在用电梯开展专项检查，共检查电梯320台。",
             "作者:某某 来源:某某质量网 发布时间:2013年05月08日", "延伸阅读", "暂无内容",
             "会员中心", "热门排行", "网站地图 | 联系方式 | 合作伙伴", "版权所有 某某网站",
             "备案编号:某ICP备0000号"]
    assert report("\n".join(lines) + "\n")["meta"]["date"] == "2013-05-08"


def test_an_undated_report_counts_this_year_as_the_year_its_opening_names() -> None:
    """No publish date: 今年 is the year the report opens with (2007年…)."""
    text = ("品牌建设再上台阶\n2007年省名牌产品评审结果揭晓。今年全省有85个产品获评湖南名牌产品。\n")
    counts = report(text)["brands"]["counts"]
    assert [(c["value"], c["period"]) for c in counts] == [(85, "2007")]


def test_an_undated_figure_compared_with_the_same_time_of_a_year_is_the_next_year_s() -> None:
    """合格率为90.5%，比2008年同期上升…: in a report with no date, the rate is 2009's, and so
    is its change over 2008 (schema 2 states the change as a figure of its own)."""
    text = "本季度全区抽查产品的批次合格率为90.5%，比2008年同期上升1.5个百分点。\n"
    rates = [s for s in report(text)["supervision"]["stats"] if s["metric"] == "pass_rate"]
    assert [(s["value"], s["period"], s["basis"]) for s in rates] == [
        (90.5, "2009", None), (1.5, "2009", "change")]


def test_an_e_paper_s_issue_date_a_few_lines_down() -> None:
    """An e-paper's page (第B3版, 上一版) prints its issue date on a line of its own under the
    page's navigation; with no other date, it is the report's."""
    lines = ["第B3版：城市新闻 | 上一版 | 下一版", "本版文章", "xyrb", "2015年06月18日 星期四",
             "全市新增名牌产品12个", "本报讯 市质监局日前发布消息，今年全市新增名牌产品12个。"]
    assert report("\n".join(lines) + "\n")["meta"]["date"] == "2015-06-18"


def test_an_undated_report_s_stretch_of_this_year_named_again_with_its_year() -> None:
    """今年上半年 … 2016年1月至2017年上半年: the half-year 今年 names is 2017's, and so are
    the figures of a later paragraph that names no year."""
    text = ("今年上半年，某县质监局共抽查瓶装饮用水75批次，合格率为97.3%。\n"
            "在县级专项检查中，共检查企业19家。从2016年1月至2017年上半年，全县饮用水质量"
            "总体稳定。\n")
    stats = report(text)["supervision"]["stats"]
    assert {(s["value"], s["period"]) for s in stats} >= {(75, "2017"), (97.3, "2017"),
                                                          (19, "2017")}


def test_a_year_compared_with_does_not_name_this_year() -> None:
    """今年上半年 … 比2016年上半年提高: 2016 is the year compared with, not this year."""
    text = ("今年上半年，某县质监局共抽查瓶装饮用水75批次，合格率为97.3%，"
            "比2016年上半年提高1.2个百分点。\n")
    stats = report(text)["supervision"]["stats"]
    assert all(s["period"] is None for s in stats if s["value"] in (75, 97.3))


def test_a_headline_s_figure_takes_the_year_of_the_body_sentence_that_repeats_it() -> None:
    """The headline drops the body's 截至目前…累计: the count is a stock, not the report's year."""
    text = ("某市制定发布地方标准318项\n发布日期：2013-04-02 来源：某某日报\n"
            "2013年，市质监局持续推进标准化工作。\n"
            "截至目前，全市累计制定发布地方标准318项，覆盖农业、工业和服务业。\n")
    counts = report(text)["standards"]["counts"]
    assert [(c["value"], c["period"]) for c in counts] == [(318, "cumulative")]


def test_an_undated_report_that_names_one_year_counts_its_this_year_as_that_year() -> None:
    """No publish date, and one year in the whole text (2013年7月): 今年以来 is that year's, and
    so is a figure nothing else dates (上半年…52项)."""
    text = ("今年以来，市质监局组织开展电线电缆专项执法检查，全市共查处违法案件36起。\n"
            "2013年7月，该局又对一家电缆厂立案查处。\n")
    stats = report(text)["supervision"]["stats"]
    assert [(s["value"], s["period"]) for s in stats] == [(36, "2013")]
    text = "上半年，县质监局办理企业标准备案52项，2011年第2季度办理采标备案8项。\n"
    counts = report(text)["standards"]["counts"]
    assert [c["period"] for c in counts if c["value"] == 52] == ["2011"]


def test_an_undated_report_naming_several_years_takes_none_of_them_for_this_year() -> None:
    """Two years named (2010年, 2012年): which one is the report's own is not known."""
    text = ("今年以来，市质监局组织开展电线电缆专项执法检查，全市共查处违法案件36起。"
            "2010年和2012年，该局曾两次开展同类检查。\n")
    stats = report(text)["supervision"]["stats"]
    assert [(s["value"], s["period"]) for s in stats] == [(36, None)]


def test_an_undated_report_s_one_year_of_history_is_not_its_own() -> None:
    """始建于1985年: a year of history, written with no month or stretch of it, does not say
    which year the report's 今年 is."""
    text = ("今年以来，市纤维检验所组织开展絮用纤维制品专项检查，共抽查样品48批次。"
            "该所始建于1985年，是全市唯一的纤维检验机构。\n")
    stats = report(text)["supervision"]["stats"]
    assert [(s["value"], s["period"]) for s in stats] == [(48, None)]


def test_an_undated_report_s_floor_by_a_year_is_a_goal() -> None:
    """No date: 到某年…N个以上 is how a plan states its goals; without 以上 or 以内, or with 已有,
    a figure by a year is a stock."""
    plan = report("某市质量提升行动\n据某报讯：到2019年，全市累计主导制订各类标准达到600项以上，"
                  "新增省名牌产品25个以上。\n")
    assert [c["status"] for c in plan["brands"]["counts"]] == ["target"]
    stock = report("某市质量工作回顾\n据某报讯：到2009年底，全市已有省名牌产品41个。\n")
    assert [c["status"] for c in stock["brands"]["counts"]] == ["achieved"]
