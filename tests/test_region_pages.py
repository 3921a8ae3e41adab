"""The region of a page and of a report, by family: Taiwan's and Hong Kong's places, a local
paper's dateline, the organisation that publishes a page, a title that names visitors or a
person's home, and where no region is given. Texts and pages written for the test."""

from __future__ import annotations

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.places import find_places
from qsreport.places.finder import is_about


def names(text: str) -> list[str]:
    view = match_view(text)
    return [m.place.name for m in find_places(view)]


def region(text: str) -> str | None:
    return parse(text.encode()).meta.region


def page_region(head: str, body: str) -> str | None:
    markup = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return parse(markup.encode()).meta.region


def test_taiwan_s_cities_and_hong_kong_s_districts_are_places_in_both_scripts() -> None:
    """The gazetteer holds them as provinces only; their cities and districts are added."""
    assert names("屏東縣政府與臺北市衛生局合辦講座") == ["屏东县", "台北市"]
    assert names("高雄港今年吞吐量回升") == ["高雄市"]
    assert names("元朗区议会讨论交通改善") == ["元朗区"]


def test_short_names_that_are_common_words_count_only_in_full() -> None:
    """台中 inside 舞台中央, 新北 of 常州's 新北区, 元宝 the ingot, 到站前 before the station, 凤凰
    the portal: no Taiwan city, no county."""
    assert names("演员站在舞台中央") == []
    assert names("常州市新北区市场监管局") == ["常州市", "新北区"]
    assert names("春节前金元宝热销") == []
    assert names("列车到站前，乘客已排好队") == []
    view = match_view("据凤凰网财经报道")
    assert [is_about(view, mention) for mention in find_places(view)] == [False]


def test_taiwan_is_the_region_where_its_own_offices_act() -> None:
    """A story that names 台湾 once and one of its offices (监察院) is about Taiwan; the same
    office name without 台湾 gives none (another country has a body of that name)."""
    assert region("监察院通过调查报告\n监察院昨日通过一份调查报告，指出台湾的长照人力不足，"
                  "要求主管机关检讨改进。\n") == "台湾"
    assert region("监察院发布审计结果\n监察院昨日发布年度审计结果，指出多个部门预算执行不力。\n") is None


def test_hong_kong_is_the_region_where_its_own_offices_act() -> None:
    """律政司 with 香港 named once: Hong Kong."""
    assert region("工作小组研究修订租务条例\n律政司宣布成立工作小组，研究香港租务条例的修订方向，"
                  "小组将在一年内提交建议。\n") == "香港"


def test_a_local_paper_s_dateline_is_the_region_when_nothing_else_says() -> None:
    """本报某市讯 at the head of the lead: where a local paper filed its story."""
    assert region("小区加装电梯试点启动\n本报岳阳讯（记者 周明）首批老旧小区加装电梯试点昨日启动，"
                  "居民可向街道提出申请。\n") == "岳阳"


def test_a_dateline_from_beijing_or_a_province_s_capital_over_a_province_story_is_not_it() -> None:
    """National papers file from 北京; a 全省 story filed from its capital is the province's."""
    assert region("质量工作会议召开\n本报北京3月2日讯 年度质量工作会议昨日召开，会议部署了今年的"
                  "重点任务。\n") is None
    assert region("计量工作会议召开\n本报贵阳3月2日讯 全省计量工作会议昨日召开，会议部署了今年的"
                  "重点任务。\n") is None


def test_a_court_named_after_its_district_is_an_organisation_of_the_place() -> None:
    """某区法院受理: a district's court, which names the district by its short name."""
    assert region("购房合同纠纷开庭\n一名买房人起诉开发商逾期交房，目前顺义法院已受理此案。\n") == "顺义"


def test_an_organisation_in_the_publish_line_gives_the_page_s_region() -> None:
    """日期 科室/某省某中心: the unit that publishes the page is named after its province."""
    assert page_region("<title>检验科开展质控培训</title>",
                       "<h1>检验科开展质控培训</h1><div>2023-03-02 10:15:20检验科/江西省临床检验中心</div>"
                       "<div><p>3月1日，检验科组织全科人员参加质控培训，培训由科室主任主讲，内容包括"
                       "室内质控规则和失控处理流程。</p></div>") == "江西省"


def test_a_title_about_visitors_to_us_is_the_publisher_s_place() -> None:
    """某地考察团访问我校, published by a school named after its city: the school's city, not
    the visitors'."""
    assert page_region("<title>南京教师代表团来我校交流</title>",
                       "<h1>南京教师代表团来我校交流</h1><div>来源：厦门第一中学 2019-05-06</div>"
                       "<div><p>5月5日，南京教师代表团一行到我校交流，双方就课程建设进行了座谈，"
                       "客人们还听了两节公开课。</p></div>") == "厦门"


def test_a_title_s_place_that_the_body_says_a_person_came_from_is_not_the_region() -> None:
    """甲省男子… with 来自甲省 in the lead: the man's home; the lead's dateline says where."""
    assert region("河南男子异乡突发疾病获救\n本报柳州讯 来自河南的一名男子在车站突发疾病，"
                  "民警和医生合力将其救回，男子已脱离危险。\n") == "柳州"


def test_a_city_paper_s_story_that_names_no_place_is_the_city_s() -> None:
    """A paper named after its city (某市晚报) prints a story that names no place at all: its
    own city's news. A story it prints from abroad is not."""
    assert page_region("<title>社区义诊进楼门</title>",
                       "<h1>社区义诊进楼门</h1><div>2015-04-20 来源：成都晚报</div>"
                       "<div><p>昨天上午，二十多名医生走进一个老旧小区，为老人量血压、测血糖，"
                       "还教他们辨认常见药品的用法。</p></div>") == "成都"
    assert page_region("<title>海外书展开幕</title>",
                       "<h1>海外书展开幕</h1><div>2015-04-20 来源：成都晚报</div>"
                       "<div><p>本届书展在东京开幕，来自多个国家的出版社参展，展期五天。</p></div>"
                       ) is None


def test_the_one_place_a_text_names_as_its_office_s_is_the_region() -> None:
    """An office's article that names its place only at its foot (某市政府某局): that place."""
    text = ("孩子沉迷手机怎么办\n" + "家长应当多陪伴孩子，共同制定使用手机的规则，并以身作则。" * 30
            + "\n宁波市政府教育局提醒，假期更要关注孩子的作息。\n")
    assert region(text) == "宁波市"


def test_a_place_inside_a_song_s_title_is_not_counted_but_one_inside_a_law_s_is() -> None:
    """《…鼓浪屿…》 three times is a song's title; 《某省…条例》 is the province's own rules."""
    song = ("老歌新唱受欢迎\n一首《想念厦门的海》让观众落泪。《想念厦门的海》曾经传唱一时，"
            "如今《想念厦门的海》又被年轻歌手翻唱。\n")
    assert region(song) is None
    law = ("新条例下月施行\n《湖南省计量监督条例》下月施行，《湖南省计量监督条例》明确了各方责任，"
           "《湖南省计量监督条例》还规定了罚则。\n")
    assert region(law) == "湖南省"


def test_a_site_named_after_its_province_reprinting_a_story_from_elsewhere_is_not_it() -> None:
    """某省在线 is a news site: its province counts only when the story names it; a hospital
    named after its province (某省人民医院) where the story happens is the place."""
    assert page_region("<title>双胞胎同日完成矫形手术</title>",
                       "<h1>双胞胎同日完成矫形手术</h1><div>2012-06-08 09:30 江西在线新闻网站</div>"
                       "<div><p>前天，在贵州省人民医院的手术室里，一对八岁的双胞胎先后接受了脊柱"
                       "矫形手术，两人术后情况平稳。</p></div>") == "贵州省"


def test_a_hospital_that_is_only_somewhere_or_a_university_s_is_no_organisation_of_the_place(
) -> None:
    """某地一家医院, 某某大学第一医院: where a patient went or a doctor works, not the story's
    place."""
    assert region("罕见病患儿获救治\n据了解，杭州一家医院近日为一名患儿完成手术，费用由基金会承担。\n"
                  ) is None
    assert region("青年医生谈手术新法\n王医生现任北京大学第一医院外科主任，他介绍了一种新的手术方法。\n"
                  ) is None
