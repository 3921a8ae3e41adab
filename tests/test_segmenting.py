"""Headers in the shapes sites use, section headings, sentences."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.cleaning import clean, match_view
from qsreport.segmenting import segment


def layout_of(text: str):  # type: ignore[no-untyped-def]
    cleaned = clean(text).text
    return cleaned, segment(cleaned, match_view(cleaned))


@pytest.mark.parametrize(("text", "date", "source"), [
    ("丽水扶持农产品品牌\n2012年05月03日 10:15  来源：处州晚报\n正文。", "2012-05-03", "处州晚报"),
    ("标题一则\n发布日期：2011-06-20  信息来源：宁波市质量技术监督局\n正文。", "2011-06-20",
     "宁波市质量技术监督局"),
    ("标题一则\n发布时间：2012-04-05 09:30:12 来源：嘉兴日报 浏览次数：1024\n正文。", "2012-04-05",
     "嘉兴日报"),
    ("温岭:标准化工作再上台阶-其他\n2009-7-8 网络 点击:次\n正文。", "2009-07-08", "网络"),
    ("来源：苏州日报  作者：张三  时间：2005-12-28\n\n我市名牌数量领先\n\n正文。", "2005-12-28",
     "苏州日报"),
])
def test_header_shapes(text: str, date: str, source: str) -> None:
    """Each header shape yields the publication date and the publisher."""
    _, layout = layout_of(text)
    assert (layout.header.date, layout.header.source) == (date, source)


def test_region_title_category_from_a_shaped_title() -> None:
    """``地名:标题-类别`` gives region, title and category."""
    _, layout = layout_of("温岭:标准化工作再上台阶-其他\n2009-7-8 网络\n正文。")
    header = layout.header
    assert (header.region, header.title, header.category) == ("温岭", "标准化工作再上台阶", "其他")


def test_region_falls_back_to_the_first_place_named() -> None:
    """Without a ``地名:`` title, the region is the first city the title names."""
    _, layout = layout_of("常州市质监局部署质量月活动\n2010年9月1日 来源：常州日报\n正文。")
    assert layout.header.region == "常州市"


@pytest.mark.parametrize(("crumb", "region"), [
    ("您现在的位置：首页 > 甲网湖南 > 本地新闻", "湖南"),
    ("当前位置 : 乙网 >> 乙网江西频道 >> 民生", "江西"),
    ("首页 > 嘉禾新闻网 > 要闻", None),
])
def test_a_saved_pages_breadcrumb_line_gives_the_region_of_plain_text(
        crumb: str, region: str | None) -> None:
    """A text saved from a page keeps its breadcrumb line, read as a page's is: a portal's own
    channel for a province (the site's name, then the place) is the place; a site's name that
    only holds a word of a place is none."""
    _, layout = layout_of(f"{crumb}\n省局通报一季度抽查结果\n2010年4月2日 来源：某某网\n"
                          "省局公布了一季度的抽查结果，共抽查产品60批次。")
    assert layout.header.region == region


def test_impossible_dates_are_not_dates() -> None:
    """A 13th month is no date: the header date stays empty rather than wrong."""
    _, layout = layout_of("标题\n发布日期：2011-13-40\n正文。")
    assert layout.header.date is None


def test_a_heading_glued_to_the_end_of_a_paragraph_is_found() -> None:
    """``…落实。实施品牌战略 引领质量安全`` starts a section and its own sentence."""
    text, layout = layout_of("题目\n2008-03-30 网络\n前言一句。实施品牌战略 引领质量安全\n品牌是质量的标志。")
    assert [h for h, _ in layout.sections] == ["实施品牌战略 引领质量安全"]
    sentences = [text[s.start:s.end] for s in layout.sentences]
    assert "实施品牌战略 引领质量安全" in sentences and "前言一句。" in sentences


def test_numbered_headings_are_sections() -> None:
    """``一、…`` and ``（二）…`` lines without sentence punctuation are headings."""
    _, layout = layout_of("题目\n2010-01-01 网络\n一、品牌建设成效显著\n正文。\n（二）标准化工作\n正文。")
    assert [h for h, _ in layout.sections] == ["一、品牌建设成效显著", "（二）标准化工作"]


# --- the fast paths give what the plain forms give ------------------------------------------

_layout_text = st.text(
    alphabet=st.sampled_from(list("一二三是其第，,、(（)）1。；;！!?？”」\n 质量标准监督抽查")), max_size=80
)


@given(_layout_text, st.data())
def test_items_start_where_the_look_behind_pattern_finds_them(text: str, data: st.DataObject) -> None:
    """split_items, over any span (line breaks inside too), finds the starts the plain
    look-behind pattern finds, the one at the span's start left out."""
    from qsreport.segmenting.sentences import _ENUMERATOR, Segment, split_items

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    starts = [m.start() for m in _ENUMERATOR.finditer(text, start, end) if m.start() > start]
    bounds = [start, *starts, end]
    expected = [Segment(a, b) for a, b in itertools.pairwise(bounds) if b > a] if starts \
        else [Segment(start, end)]
    assert split_items(text, Segment(start, end)) == expected


@given(_layout_text)
def test_sentence_ends_are_the_plain_patterns(text: str) -> None:
    """The sentence end pattern written to start with a set matches as the plain one."""
    from qsreport.segmenting.sentences import _SENTENCE_END

    plain = re.compile(r"[。！？!?]+[”’\"」』)）]*|\n")
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == \
        [m.span() for m in plain.finditer(text)]


@given(_layout_text)
def test_sections_are_found_as_with_the_look_behind_heading(text: str) -> None:
    """A glued heading is found after its full stop as the look-behind form finds it."""
    from qsreport.chars import HAN
    from qsreport.segmenting.sentences import _GLUED_HEADING

    plain = re.compile(rf"(?<=[。！？])({HAN}{{4,8}} {HAN}{{4,8}})$")
    for line in text.split("\n"):
        found, expected = _GLUED_HEADING.search(line), plain.search(line)
        assert (found and found.span(1)) == (expected and expected.span(1))


BODY = "今年全市新增省名牌产品6个，企业参与制定国家标准3项，各项工作进展顺利。\n"


@pytest.mark.parametrize(("text", "title", "date", "source"), [
    # debris above the headline: an advert line, a menu, a breadcrumb, a table rule
    ("精品推荐,热门下载,免费观看,最新影视,在线阅读,更多精彩内容尽在本站,欢迎访问收藏\n"
     "首页 | 新闻 | 政务 | 服务\n当前位置:首页 >> 工作动态\n"
     "全县质量工作会议召开\n2013年04月09日 10:00 来源：某某县质监局\n" + BODY,
     "全县质量工作会议召开", "2013-04-09", "某某县质监局"),
    ("标准化示范区通过验收 | |||||\n---|---|---|\n某某网 2011年05月06日 08:12 某某日报 | ||||\n" + BODY,
     "标准化示范区通过验收", "2011-05-06", "某某日报"),
    # a short notice sentence among the debris does not end the header
    ("本页需要新版播放器才能显示。\n\n当前位置：首页 >> 所内动态\n\n某某中心完成计量检定工作\n"
     "来源：     发布时间：2020-10-12\n" + BODY,
     "某某中心完成计量检定工作", "2020-10-12", None),
    # the site's name on the first line, the headline just above the publish line
    ("某某标准网 https://std.example.org/\n某某标准网——标准化信息平台\n今日要闻\n当前位置：首页 > 资讯\n"
     "某某局通报计量专项检查结果\n发布时间：2009-03-02 作者: 来源: 浏览:120\n" + BODY,
     "某某局通报计量专项检查结果", "2009-03-02", None),
])
def test_a_publish_line_below_page_debris(text: str, title: str, date: str,
                                          source: str | None) -> None:
    _, layout = layout_of(text)
    header = layout.header
    assert (header.title, header.date, header.source) == (title, date, source)
    assert header.found["date"] == "publish line"


def test_the_day_a_page_was_saved_is_not_its_date() -> None:
    """A page's clock (日期 星期X) gives way to the labelled publish date below it."""
    _, layout = layout_of("某某网\n2024年03月10日 星期日\n财经 > 正文\n两项专项行动取得成果\n"
                          "发布时间：2013-09-17 14:05:11 来源：某某质量报\n" + BODY)
    assert (layout.header.date, layout.header.source) == ("2013-09-17", "某某质量报")


def test_a_publish_date_outranks_a_date_of_writing() -> None:
    _, layout = layout_of("发文机关 | 某某市人民政府 | 成文日期 | 2016-03-02 |\n"
                          "发文字号 | 某政〔2016〕8号 | 发布日期 | 2016-03-25 |\n" + BODY)
    assert layout.header.date == "2016-03-25"


def test_a_reposted_item_keeps_the_date_in_its_title() -> None:
    _, layout = layout_of("某某检测中心开工建设 (2006-04-11)\n发布时间:2008-01-15\n来源:某某日报\n" + BODY)
    assert layout.header.date == "2006-04-11"
    assert layout.header.found["date"] == "title's (date)"


def test_a_day_first_publish_time() -> None:
    _, layout = layout_of("全省名牌产品评审会召开\n21.10.2015 09:20\n本文来源: 质监局\n" + BODY)
    assert layout.header.date == "2015-10-21"


def test_a_document_share_page_gives_no_title_or_date() -> None:
    """A page counter is not a title, nor an upload line a publish line."""
    _, layout = layout_of("2 / 9\n资料名称：\n某局半年工作汇报.docx\n上传人：abc88 2021/3/14 文件大小：56 KB\n"
                          + BODY)
    assert (layout.header.title, layout.header.date, layout.header.source) == (None, None, None)


def test_a_notice_s_date_under_its_number_at_the_top() -> None:
    _, layout = layout_of("某政办发〔2013〕42号\n各县（区）人民政府：\n现将有关方案印发给你们。\n"
                          "二〇一三年五月九日\n" + BODY)
    assert layout.header.date == "2013-05-09"


def test_a_publish_line_at_the_foot() -> None:
    _, layout = layout_of("某省质监局发布抽检结果公告\n" + BODY + "特此公告。\n发布日期:2014-08-11 来源:某省质监局\n")
    assert layout.header.date == "2014-08-11"


def test_an_e_paper_s_clock_is_its_date_when_nothing_else_is() -> None:
    _, layout = layout_of("第A3版：要闻\n2015年11月02日 星期一\n" + BODY)
    assert layout.header.date == "2015-11-02"


def test_a_short_report_s_body_is_never_taken_for_page_debris() -> None:
    """A short body sentence above a publish line at the foot stays the body."""
    text = "某局发布抽检结果公告\n今年全市抽查产品80批次，合格率为95%。\n特此公告。\n发布日期:2014-08-11 来源:某局\n"
    cleaned, layout = layout_of(text)
    assert layout.header.end <= cleaned.index("今年")
    assert layout.header.date == "2014-08-11"


@pytest.mark.parametrize(("text", "source"), [
    ("青禾县计量检查合格率创新高\n苏晓2023-03-12 17:35\n青禾观察网 记者 苏晓 今年以来，全县检定电子秤1260台。",
     "青禾观察网"),
    ("青禾县计量检查合格率创新高\n苏晓2023-03-12 17:35\n今年以来，全县检定电子秤1260台。", None),
    ("青禾县计量检查合格率创新高\n青禾快讯2023-03-12 17:35\n今年以来，全县检定电子秤1260台。", "青禾快讯"),
])
def test_an_author_named_in_the_publish_line_is_no_publisher(text: str, source: str | None) -> None:
    """A person's name glued to the date is the author: the publisher is the name before it in
    the body's byline, or none; a name that ends like a publisher's stays."""
    _, layout = layout_of(text)
    assert (layout.header.date, layout.header.source) == ("2023-03-12", source)


def test_a_periodical_in_the_byline_is_the_publisher_when_the_header_names_none() -> None:
    """作者：《某某周刊》记者 王某 under the headline names the periodical that printed it."""
    text = ("嘉禾集团的人才培养\n2011-10-03\n作者：《嘉禾商业周刊》记者 王某某\n"
            "嘉禾集团近年设立内部培训学院，三年间共培训中层干部四百人。\n")
    layout = segment(text, match_view(text))
    assert layout.header.source == "嘉禾商业周刊"
    assert layout.header.found["source"] == "byline's 《periodical》 记者"


def test_a_reprint_s_source_at_its_foot_when_the_publish_line_names_nobody() -> None:
    """来源：转载文章 under the headline names nobody; the 来源 line at the foot, above a few
    links, names the paper the article was taken from."""
    text = ("嘉禾市老旧小区改造提速\n2015-04-05 06:40 来源：转载文章\n"
            "今年嘉禾市计划改造老旧小区二十个，涉及居民八千余户。\n改造内容包括管网、电梯和绿化。\n"
            "来源：嘉禾晨报\n编辑：某某\n相关报道：\n上一页 | 下一页\n")
    layout = segment(text, match_view(text))
    assert layout.header.source == "嘉禾晨报"
    assert layout.header.found["source"] == "来源 at the foot"


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("嘉禾网5月3日讯 嘉禾市今年新增托育机构十二家，可提供托位九百个。", "嘉禾网"),
        ("AB之家6月12日消息 嘉禾市首条无人驾驶公交线路今天开通。", "AB之家"),
        ("嘉禾新闻网嘉禾11月25日电 嘉禾市质监局近日开展节前产品质量检查。", "嘉禾新闻网"),
        ("本报讯 嘉禾市今年新增托育机构十二家，可提供托位九百个。", None),
    ],
)
def test_the_outlet_of_the_lead_s_dateline_is_the_publisher(lead: str, source: str | None) -> None:
    """某某网5月3日讯 opening the body names the outlet when the header names none; 本报讯
    names no one."""
    text = f"嘉禾市新增托育机构\n{lead}\n"
    assert segment(text, match_view(text)).header.source == source


# Lines of header debris: Han (traditional too), full-width letters and digits, dates' parts,
# colons and labels, white space of several kinds.
_header_text = st.text(
    alphabet=st.sampled_from(list("年月日發佈时间来源：:ＡｂＣ１２3４0 \u3000\t機關单位编辑é한カ7-/.")),
    max_size=40,
)


@given(_header_text, st.integers(0, 5))
def test_han_counted_on_a_line_holds_for_its_view(text: str, count: int) -> None:
    """more_han_than, on a line, says what counting HAN_CHAR in the line's match view says."""
    from qsreport.chars import HAN_CHAR
    from qsreport.segmenting.metaline import more_han_than

    expected = len(HAN_CHAR.findall(match_view(text))) > count
    assert more_han_than(text, count) == expected
    assert more_han_than(match_view(text), count) == expected


@given(_header_text)
def test_a_bare_date_is_told_as_by_the_plain_checks(text: str) -> None:
    """is_bare_date's early answer for a line with Han beside its date is the plain checks'."""
    from qsreport.chars import HAN_CHAR
    from qsreport.segmenting.metaline import (
        _CLOCK,
        DATE,
        DATE_DMY,
        DATE_LABEL,
        SOURCE,
        is_bare_date,
    )

    view = match_view(text)
    date = DATE.search(view) or DATE_DMY.search(view)
    plain = not (SOURCE.search(view) or DATE_LABEL.search(view)) and date is not None \
        and not _CLOCK.match(view, date.end()) \
        and not HAN_CHAR.search(view[:date.start()] + view[date.end():])
    assert is_bare_date(view) == plain


@given(st.lists(_header_text, max_size=6))
def test_labels_and_days_are_joined_as_the_plain_rules_join_them(lines: list[str]) -> None:
    """label_joined and day_joined, with the length tests that spare their regexes, join the
    lines the plain rules join."""
    from qsreport.html.lines import _DAY, _LABEL_ONLY, _MONTH, day_joined, label_joined

    labelled: list[str] = []
    for line in lines:
        if labelled and _LABEL_ONLY.fullmatch(match_view(labelled[-1])):
            labelled[-1] += line
        else:
            labelled.append(line)
    assert label_joined(lines) == labelled
    days: list[str] = []
    for line in lines:
        pair = (days[-1].strip() if days else "", line.strip())
        day = _DAY.fullmatch(pair[0]) or _DAY.fullmatch(pair[1])
        month = _MONTH.fullmatch(pair[1]) or _MONTH.fullmatch(pair[0])
        if day and month and {day.string, month.string} == set(pair):
            days[-1] = f"{month['y']}年{month['m']}月{day[0]}日"
        else:
            days.append(line)
    assert day_joined(lines) == days
