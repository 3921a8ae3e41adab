"""Places of figures and the report's region, the thirteenth session's mending: laboratories a
place built or counts are the place's, a day's dateline ends at its 电 or 讯, the province
before such a dateline is the dateline's, a title line dropped as page furniture takes its
region with it, and every place of a meeting's venue is no region. Every text here is
written for the test."""

from __future__ import annotations

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.extract.context_place import sentence_places

from .region_helpers import about, places


def kept(text: str) -> list[str]:
    """The place names of ``text`` that can be a figure's place (none that opens a name)."""
    view = match_view(text)
    return [view[m.start:m.end] for m in sentence_places(view, 0, len(view))]


def test_laboratories_a_place_built_or_holds_are_its_figures() -> None:
    """甲市新建重点实验室N个, 乙市拥有…实验室N个, 丙市获批…实验室N家: the place built, holds
    or had approved the laboratories it counts, so the figure is the place's."""
    text = ("甲省市场监管局通报检验检测工作\n"
            "去年，宁波市新建重点实验室7个，台州市新建检测中心2个。\n")
    assert places(text) == [(7, "宁波市"), (2, "台州市")]
    assert places("丙省通报\n今年，绍兴市拥有省级重点实验室6个。\n") == [(6, "绍兴市")]
    assert places("丁省通报\n去年，金华市获批省级实验室2家。\n") == [(2, "金华市")]
    assert places("乙省通报\n目前，衢州市已建成实验室9家。\n") == [(9, "衢州市")]


def test_laboratories_counted_right_after_the_word_are_the_place_s() -> None:
    """嘉兴市重点实验室11个: a count right after 实验室 counts the place's laboratories; a
    laboratory's own name (丙地纺织品实验室项目, 丁地棉花实验室为补充) still opens on a place
    that is no figure's."""
    assert kept("截至年底，嘉兴市重点实验室11个") == ["嘉兴市"]
    assert kept("丽水市省级实验室达到5家") == ["丽水市"]
    assert kept("省里启动兰州纺织品实验室项目") == []
    assert kept("以乌鲁木齐棉花实验室为补充") == []


def test_a_word_after_a_day_and_its_den_is_no_dateline() -> None:
    """无锡市7日电梯检查, 苏州市21日电视广告: 电 opens a word (电梯, 电视), so the place is
    the story's; a dateline's 电 or 讯 ends before a bracket, a blank, a stop or 记者."""
    assert about("无锡市7日电梯专项检查启动") == ["无锡市"]
    assert about("据悉，苏州市21日电视购物广告抽查结果公布") == ["苏州市"]
    for text in ("新华社南京9日电（记者李某）某局开展检查", "新华社北京5日电记者从某局获悉",
                 "本报常州6日讯 某局开展检查", "（某某社记者张某台中11日电）标准局抽查"):
        assert about(text) == [], text
    text = "全省特种设备检查\n江苏省质监局组织检查。无锡市7日电梯专项检查中，共查电梯85台。\n"
    assert places(text) == [(85, "无锡市")]


def test_the_province_before_a_day_s_dateline_is_the_dateline_s() -> None:
    """中新网甲省乙市N日电 reads as 中新网甲省乙市M月N日电 does: the province is the
    dateline's, and a national story's figure is the country's."""
    day = "中新网江苏南京8日电 记者从市场监管总局获悉，今年共抽查插座150批次。\n"
    month = "中新网江苏南京4月8日电 记者从市场监管总局获悉，今年共抽查插座150批次。\n"
    assert places(day) == places(month) == [(150, "全国")]
    assert "江苏" not in about("中新网江苏扬州12日电（记者王某）某局通报")


def test_a_title_line_dropped_as_furniture_takes_its_region_with_it() -> None:
    """A site's first line 甲省：乙市 首页 | … is furniture, no title: the city inside its
    prefix is no region either; the body's bureau says where the report is."""
    text = ("安徽：合肥市 首页 | 要闻 | 信息公开\n芜湖整治电动自行车质量\n"
            "近日，芜湖市质监局检查生产企业35家。\n")
    meta = parse(text.encode()).meta
    assert meta.title is None
    assert meta.region == "芜湖市"


def test_a_later_title_s_prefix_says_where_its_region_came_from() -> None:
    """A headline found above a late publish line (乙地：…) replaces a first line's region
    and says so: the title's prefix, not the first line's place inside its province."""
    text = ("江苏：南京市开展检查\n广告\n首页 | 新闻\n联系我们\n扬州：开展电动车质量整治\n"
            "发布日期：2016-09-27 来源：某某网\n近日，扬州市质监局检查企业40家。\n")
    meta = parse(text.encode()).meta
    assert meta.region == "扬州"
    assert meta.found["region"] == "title's 地名： prefix"


def test_every_place_of_a_meeting_s_venue_is_no_region() -> None:
    """在甲省乙市召开: the province and the city both name where a meeting was held, in a
    title or in the body, not what the report is about."""
    text = "省市场监管局在江苏南京召开质量工作座谈会\n会上，全省新增名牌产品80个。\n"
    assert parse(text.encode()).meta.region != "南京"
    text = "全国电梯安全工作座谈会在四川成都召开\n会上，总局通报了全国电梯运行状况。\n"
    assert parse(text.encode()).meta.region is None
    text = ("我市代表参加全省质量大会\n近日，全省质量大会在湖北武汉召开，我市质监局局长参会。"
            "会上，我市3家企业获表彰。\n")
    assert parse(text.encode()).meta.region != "武汉"


def test_a_day_s_xun_before_the_reporter_ends_a_dateline() -> None:
    """本报某市N日讯记者…, like N日电记者: the place is the dateline's, not the story's."""
    for text in ("中新社南京8日讯记者从某局获悉，全省抽查插座60批次",
                 "本报合肥12日讯 记者从某局了解到，今年抽查电饭锅40批次"):
        assert about(text) == [], text
