"""The gazetteer and the region a report is about. Texts written for the test."""

from __future__ import annotations

import pytest

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.places import find_places
from qsreport.places.finder import is_about
from qsreport.places.gazetteer import ROWS, SOURCE


def names(text: str) -> list[str]:
    view = match_view(text)
    return [text[m.start:m.end] for m in find_places(view)]


def test_the_gazetteer_holds_every_level_with_its_source_noted() -> None:
    rows = [line.split("|") for line in ROWS.splitlines() if line]
    levels = {row[2] for row in rows}
    assert levels == {"province", "prefecture", "county"}
    assert len(rows) > 3000
    assert SOURCE[:3] == ("cpca", "0.5.5", "MIT")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("甘肃省张掖市质监局", ["甘肃省", "张掖市"]),
        ("黔东南州台江县", ["黔东南", "台江县"]),  # an autonomous prefecture's short name
        ("河北省張家口市質量技術監督局", ["河北省", "張家口市"]),  # traditional script
        ("乌鲁木齐市", ["乌鲁木齐市"]),  # one name, not 乌鲁木齐 + 市
        ("温岭：今年新增名牌", ["温岭"]),  # a county's short name before a colon
        ("加强合作，维护和平，东方红", []),  # county short names that are common words
        ("阿里巴巴与新华书店", []),
        ("承德市丰宁县政府采购中心", ["承德市", "丰宁县"]),  # an autonomous county as often written
        ("仙居时报讯 本周仙居要闻", ["仙居", "仙居"]),  # a county's own paper and news column
        ("平潭综合实验区管委会主办", ["平潭"]),  # a county run as a pilot zone
    ],
)
def test_places_are_found_by_full_name_and_safe_short_name(text: str, found: list[str]) -> None:
    assert names(text) == found


def region(text: str) -> str | None:
    return parse(text.encode()).meta.region


def test_the_region_is_the_place_the_title_names_not_an_honour_or_a_qualifier() -> None:
    assert region("张掖市新增省名牌产品5个\n今年全市共有5个产品获评。\n") == "张掖市"
    assert region("我市9个产品获评甘肃名牌产品\n来源：张掖日报\n今年全市共有9个产品获评。\n") == "张掖"
    assert region("国家某某产品质量监督检验中心（甘肃）通过验收\n该中心通过验收。\n") is None


def test_a_province_in_the_title_gives_way_to_its_county_bureau_in_the_body() -> None:
    # The headline names the province only; the lead opens on one of its counties' bureau.
    text = "江西一县查获劣质化肥12吨\n日前，都昌县质监局在春耕检查中查获劣质化肥12吨。\n"
    assert region(text) == "都昌县"
    # A county of another province is not the title's.
    assert region("江西化肥抽检结果公布\n日前，沛县质监局通报了化肥抽检结果。\n") == "江西"


def test_a_provincial_notice_that_never_names_its_province() -> None:
    # The province's bureau speaks; the cities it names all lie in one province.
    text = ("省质监局通报化肥抽检结果\n近日，省质监局对全省化肥质量进行了抽检，"
            "共抽检长沙、株洲、湘潭、衡阳4个市的32家企业。\n")
    assert region(text) == "湖南省"
    # Cities of two provinces: no province is the report's.
    mixed = ("省质监局通报化肥抽检结果\n近日，省质监局抽检了长沙、株洲、南昌、九江等地的"
             "化肥。\n")
    assert region(mixed) is None
    # No provincial voice: a story naming three cities is not a province's report.
    assert region("化肥抽检结果公布\n长沙、株洲、湘潭三地化肥抽检合格。\n") is None


def test_the_region_from_the_publisher_then_the_body() -> None:
    assert region("全市标准化工作会议召开\n发布日期：2014-05-06 信息来源：曲靖市质量技术监督局\n"
                  "会议总结了去年工作。\n") == "曲靖市"
    assert region("标准化工作会议召开\n会议指出，我市标准化工作取得新进展，铜陵市企业参与制定国家标准3项。\n"
                  ) == "铜陵市"
    assert region("质量工作座谈会召开\n座谈会上，延边州质监局介绍了经验。\n") == "延边"
    assert region("质量工作座谈会召开\n座谈会上，延边朝鲜族自治州质监局介绍了经验。\n") == "延边朝鲜族自治州"


def test_a_story_filed_from_a_city_is_not_about_it() -> None:
    text = ("国家出台质量提升新举措\n新华社北京3月5日电 国务院日前印发意见，部署全国质量提升工作。"
            "意见要求各地加强质量基础设施建设，北京、上海等地要先行先试。\n")
    assert region(text) is None
    report = parse(text.encode())
    assert "region" not in report.meta.found


def test_an_office_and_a_surname_are_not_a_place() -> None:
    """副市长沙某某 is the vice-mayor Sha, not 长沙."""
    text = ("质量提升行动启动\n这项工作由分管副市长沙某某牵头，市质监局具体承办。"
            "我市还印发了《嘉峪关市质量提升行动方案》。\n")
    assert region(text) == "嘉峪关市"


def test_a_campus_s_east_and_west_areas_are_no_districts() -> None:
    """东区 and 西区 are a district's full names and everyday words (a campus's areas, a
    canteen's); they are not read as places."""
    assert names("西区食堂和东区食堂今天起延长供餐时间") == []
    text = ("后勤服务再升级\n西区食堂本周推出新菜品，西区食堂还延长了供餐时间，"
            "西区食堂的师生反映良好。东区食堂下月跟进。\n")
    assert region(text) is None


def test_a_district_named_like_its_university_is_the_university() -> None:
    """A county's short name that the text also writes as a school's (嘉禾 beside 嘉禾大学) is
    the school; a publisher named after it (嘉禾新闻网) says no place."""
    assert names("南开新闻网讯 南开大学举行校友会") == []
    text = ("专家学者来校讲学\n来源：通州新闻网\n通州新闻网讯 通州大学昨日举行学术报告会，"
            "来自各地的学者到场交流。\n")
    assert region(text) is None


def test_a_school_named_after_a_province_does_not_count_in_the_body() -> None:
    """山东大学 in a biography names a school: three mentions of it do not make the story
    about 山东."""
    text = ("三位摄影师的影像展揭幕\n影像展共陈列照片六十幅。摄影师甲毕业于山东大学，摄影师乙"
            "任教于山东大学，摄影师丙曾在山东大学访学，三人多年前相识于一次采风。\n")
    assert region(text) is None


def test_a_national_headline_takes_no_place_from_its_publisher_or_the_body_count() -> None:
    """A headline about the whole country (中国…, 我国…) is not about the province its
    publisher or its body names most; an organisation named after the country is no such
    headline."""
    national = ("学者谈我国县域养老服务怎样补短板\n来源：浙江日报\n学者认为，浙江的做法可供参考，"
                "浙江的社区食堂办得早，浙江的护理补贴也较完善。\n")
    assert region(national) is None
    organisation = ("中国某某大学食堂改造项目招标公告\n来源：营运部\n项目地点：北京市海淀区，"
                    "投标人须在北京设有服务网点，开标地点在北京。\n")
    assert region(organisation) == "北京市"


def test_the_kept_index_gives_each_pair_the_lengths_of_its_names_longest_first() -> None:
    """The flat form the index is kept in (pairs and bit masks) reads back as, for the first
    two characters of every name, the lengths of the names starting with them, longest first."""
    from qsreport.places.index import _index, _lengths

    names, _rows, masks, _firsts = _index()
    expected: dict[str, set[int]] = {}
    for name in names:
        expected.setdefault(name[:2], set()).add(len(name))
    assert {pair: _lengths(mask) for pair, mask in masks.items()} == \
        {pair: tuple(sorted(found, reverse=True)) for pair, found in expected.items()}
    assert _lengths(0) == ()


def test_a_meeting_s_venue_is_not_what_a_we_report_is_about() -> None:
    """在某市召开 names where a meeting was held; a 我市 report is about the city it names
    elsewhere."""
    text = ("我市入选全国试点\n近日，全国品牌培育经验交流会在昆明市召开，我市入选第三批试点。"
            "这将进一步提高乐清电气的知名度，乐清市质监局表示将做好后续工作。\n")
    assert region(text) == "乐清"


def test_a_report_that_says_this_city_is_about_the_city_it_names() -> None:
    """该市 says the report is about a city as 我市 does."""
    text = ("鞋业整治见成效\n早在去年，义乌在城西街道开展鞋业整治。上半年，该市共抽检鞋类"
            "产品120批次，浙江的其他地市也派人来学习。\n")
    assert region(text) == "义乌"


def test_a_province_report_names_its_province_in_its_honours() -> None:
    """A 我省 report whose only province is the one its honours are named after (湖南省名牌
    产品) is about that province."""
    text = ("名牌表彰会召开\n省政府昨日召开名牌表彰会。据悉，今年我省又有30个产品获得湖南省"
            "名牌产品称号。\n")
    assert region(text) == "湖南省"


def test_the_dateline_of_a_local_paper_names_its_city() -> None:
    """本报某市12月3日讯 in a report of 市质监局 and 全市 that names no other place."""
    text = "本报衡阳12月3日讯 市质监局近日在全市开展建材执法检查，全市共出动执法人员300人次。\n"
    assert region(text) == "衡阳"


def test_the_innermost_place_of_a_written_run_of_the_kind_the_report_says() -> None:
    """浙江省台州市路桥区…全区: the district, not the city."""
    text = "今年浙江省台州市路桥区共抽查全区85家企业的产品，合格率为93.1%，居全市第三。\n"
    assert region(text) == "路桥区"


def test_places_in_a_list_of_places_worked_in_are_not_the_report_s() -> None:
    """完成甲市、乙省的任务: places the report's bureau worked for, not its own."""
    text = "去年我市完成北京、河北省、山西省的监测任务，全市抽查产品800批次。\n"
    assert region(text) is None


def test_a_publisher_named_after_its_province_and_its_city_gives_the_city() -> None:
    text = ("今年新创名牌产品15个\n2008年03月02日 08:10 湖南在线-常德日报\n"
            "在昨天召开的全市质量工作会议上，记者了解到我市今年新创名牌产品15个。\n")
    assert region(text) == "常德"


def test_a_quoted_title_of_products_is_an_honour_not_the_report_s_place() -> None:
    """“湖南产品”评出 in a headline names an honour; the city after it is the report's."""
    assert region("“湖南产品”评出 常德市12项产品上榜\n全省共评出300项产品。\n") == "常德市"


def test_a_national_bureau_s_headline_takes_no_place_from_its_cases() -> None:
    """质检总局… in the headline: the bureaus its listed cases name are not the report's."""
    text = ("质检总局通报去年查处的典型案件\n质检总局今日通报了五起典型案件。"
            "1.贵州遵义市质监局查处劣质柴油案。\n")
    assert region(text) is None


def test_former_divisions_reports_still_name_are_places() -> None:
    """A county merged or renamed since (宣武区, 塘沽区) or a prefecture that was a 地区 (哈密
    地区) is still found, with the province it was in."""
    assert names("北京市宣武区质监局与天津市塘沽区质监局") == ["北京市", "宣武区", "天津市", "塘沽区"]
    assert [m.place.province for m in find_places("哈密地区质监局")] == ["新疆"]
    assert region("专项检查\n宣武区质量技术监督局近日对辖区加油站开展检查。\n") == "宣武区"


def test_a_city_paper_s_story_about_elsewhere_takes_no_place_from_the_paper() -> None:
    """某市晚报讯 on a match abroad: the paper's city is not where the story is."""
    text = ("老将再进两球\n来源：绵阳晚报\n绵阳晚报讯 周日的联赛中，这位三十八岁的前锋又打进两球，"
            "帮助球队客场取胜。\n")
    assert region(text) is None
    at_home = ("新建体育馆开放\n来源：绵阳晚报\n绵阳晚报讯 本周起，绵阳城南新建的体育馆向市民免费开放。\n")
    assert region(at_home) == "绵阳"


def test_a_site_s_name_is_not_the_town_it_sounds_like() -> None:
    """新民网 is a site's name; 新民市 written in full is the town."""
    assert region("新片上映\n来源：新民网\n影片昨日在各地上映。\n") is None
    assert names("新民市今年新建两所学校") == ["新民市"]


def test_a_story_filed_from_abroad_is_about_the_city_it_was_filed_from() -> None:
    """新华社某城…电 from a foreign capital, in a story that names no place in China."""
    text = "湄公河合作会议开幕\n新华社万象5月9日电 为期三天的合作会议9日在老挝首都开幕。\n"
    assert region(text) == "万象"


def test_a_city_s_count_of_its_province_s_honours_is_about_the_city() -> None:
    """某市省名牌工作 in a title: the city's work on the province's honours, not an honour's
    name; the province's own honour (湖南省名牌) still is."""
    assert region("株洲市省名牌产品再添九个\n今年株洲有九个产品首次获评。\n") == "株洲市"
    assert region("湖南省名牌产品名单\n经评审，以下产品入选。\n") is None


def test_a_place_goods_came_from_is_not_where_the_report_is() -> None:
    """来自甲省和乙市某厂的原料: where goods came from, however often the opening names it."""
    text = ("查处一起无证灌装案\n全省质监部门昨日通报，某店使用来自云南和贵州某厂的原料灌装果酒，"
            "原料来自云南，包装来自云南。\n")
    assert region(text) is None
    view = match_view("这批茶叶产自福建")
    assert [is_about(view, m) for m in find_places(view)] == [False]


def test_a_former_county_reports_still_name_is_found() -> None:
    """陵县, a county made a district since, with its prefecture."""
    assert [m.place.prefecture for m in find_places("陵县质量技术监督局")] == ["德州"]


def test_a_city_paper_whose_name_lacks_its_city_gives_the_city_for_its_own_city_s_story() -> None:
    """今晚报 carries 天津's news: a story of 全市 that names no place is the city's; one that
    speaks of no city of its own takes no place from the paper."""
    text = "饮料抽查结果公布\n来源：今晚报\n本报讯 近日，市质监局对全市120家饮料企业开展抽查。\n"
    assert region(text) == "天津"
    elsewhere = "新片首映\n来源：今晚报\n本报讯 影片昨晚在各地影院同步首映。\n"
    assert region(elsewhere) is None


def test_a_city_paper_s_own_dateline_gives_its_city_when_the_story_names_no_place() -> None:
    """The paper named in the lead (扬子晚报讯, 扬子晚报记者) and not in a publish line: its
    city, for a story that names no other place; a story it files from elsewhere keeps that."""
    text = "老旧电梯加装安全钳\n扬子晚报讯（记者 周某）近日，一批使用超过十五年的住宅电梯加装了安全钳。\n"
    assert region(text) == "南京"
    byline = "充电桩抽查结果出炉\n扬子晚报记者 孙某 日前，质监部门抽查了40个小区的充电桩。\n"
    assert region(byline) == "南京"
    elsewhere = "电梯加装安全钳\n扬子晚报讯（记者 周某）近日，无锡市一批住宅电梯加装了安全钳。\n"
    assert region(elsewhere) != "南京"
    quoted = "电梯加装安全钳\n据报道，有读者向扬子晚报记者反映，一批住宅电梯加装了安全钳。\n"
    assert region(quoted) is None


def test_counties_merged_into_districts_since_2010_are_found_with_their_prefecture() -> None:
    """胶南市, 唐海县 and 藁城市 (districts of 青岛, 唐山 and 石家庄 now) as reports of their
    time write them."""
    found = find_places("胶南市质监局、唐海县质监局和藁城市质监局")
    assert [(m.place.name, m.place.prefecture) for m in found] == [
        ("胶南市", "青岛"), ("唐海县", "唐山"), ("藁城市", "石家庄")]


def test_a_city_bureau_s_branch_named_after_a_county_gives_the_county() -> None:
    """某市质监局某某分局 (or 某市质监某某分局): the branch's county is the report's place, not
    the city whose bureau it belongs to."""
    text = "电梯安全检查\n近日，苏州市质监局吴江分局对辖区内住宅小区电梯开展检查，共检查电梯210台。\n"
    assert region(text) == "吴江"
    glued = "计量检查\n宁波市质监鄞州分局日前组织检查集贸市场，检定电子秤340台。\n"
    assert region(glued) == "鄞州"
    unrelated = "执法检查\n近日，苏州市质监局稽查分局对辖区加油站开展检查。\n"
    assert region(unrelated) == "苏州市"


def test_a_province_s_paper_on_a_city_bureau_s_work_gives_the_city() -> None:
    """来源：某省日报, and the body's opening names a bureau of a city in that province: the
    story is the city's; a bureau of another province's city does not count."""
    text = ("农贸市场计量检查\n来源：浙江日报\n近日，省计量院配合湖州市市场监管局对辖区农贸市场"
            "开展计量检查，共检定电子秤460台。\n")
    assert region(text) == "湖州市"
    elsewhere = ("农贸市场计量检查\n来源：浙江日报\n近日，浙江省计量院赴合肥市市场监管局交流"
                 "计量检查经验。\n")
    assert region(elsewhere) == "浙江"


def test_each_province_s_capital_is_a_place_of_the_gazetteer() -> None:
    """省城 in a province's report is its capital: every capital is found, by either name."""
    from qsreport.places.capitals import CAPITALS, capital_of

    assert all(capital_of(province) for province in CAPITALS)
    assert capital_of("山东省") == capital_of("山东") == "济南市"
    assert capital_of("北京") is None  # a municipality has no 省城


def test_capitals_spoken_names_are_their_cities() -> None:
    """呼市, 乌市, 哈市: the spoken short names of three capitals are those cities."""
    found = find_places("呼市工商局和乌市质监局，哈市市场")
    assert [m.place.name for m in found] == ["呼和浩特市", "乌鲁木齐市", "哈尔滨市"]
    assert names("呼和浩特市新增两件") == ["呼和浩特市"]


def test_a_meeting_the_news_was_heard_at_is_not_what_the_report_is_about() -> None:
    """从某省质监工作会议上获悉，某市质监局…: the report is the city bureau's."""
    text = ("年度表彰\n日前，从湖南省质监工作会议上了解到，株洲市质监局被评为系统先进单位。"
            "全年该局新增名牌产品6个。\n")
    assert region(text) == "株洲市"
    held = "全省会议\n湖南省质监局昨日召开全省计量工作会议，部署全年检定任务。\n"
    assert region(held) == "湖南省"


def test_the_site_the_news_was_read_on_is_not_what_the_report_is_about() -> None:
    """从某省质监局官网获悉，某市质监局…: a province's site relays a city's news, so the report
    is the city's, and a figure of 全市 is the city's; heard from the province's bureau itself
    (从某省质监局获悉), the report stays the province's."""
    text = ("电梯检查\n从河北省质监局网站上获悉，日前，邢台市质监局在全市开展电梯"
            "安全检查，共检查电梯单位17家。\n")
    assert region(text) == "邢台市"
    report = parse(("电梯检查\n发布日期：2014-05-06\n" + text.split("\n", 1)[1]).encode())
    assert [s.place for s in report.supervision.stats] in ([None], ["邢台市"])
    bureau = "电梯检查\n从河北省质监局获悉，全省今年检查电梯单位170家。\n"
    assert region(bureau) == "河北省"


def test_a_title_s_city_and_a_bureau_of_its_county_in_the_body_give_the_county() -> None:
    """A headline names the city, the body opens on the bureau of one of its counties (甲市…:
    乙县质监局…): the county's report, as a province's headline over a city's bureau gives the
    city; a bureau elsewhere leaves the title's city."""
    text = ("绵阳开展计量器具检定\n近日，三台县质监局在城区几个农贸市场对电子秤开展强制检定，"
            "共检定电子秤310台。\n")
    assert region(text) == "三台县"
    elsewhere = ("绵阳开展计量器具检定\n近日，广元市质监局派员来访。绵阳市质监局在城区几个"
                 "农贸市场对电子秤开展强制检定，共检定电子秤310台。\n")
    assert region(elsewhere) == "绵阳"


def test_a_title_s_city_and_its_bureau_s_branch_in_the_body_give_the_branch_s_county() -> None:
    """A headline names the city, the body a branch of the city's bureau (某市质量技监局某某分局)
    that did the work: the branch's county."""
    text = ("杭州查获一批劣质电线\n近日，浙江杭州市质量技监局萧山分局在一仓库查获劣质电线"
            "80卷。\n")
    assert region(text) == "萧山"
    city = "杭州查获一批劣质电线\n近日，杭州市质监局在一仓库查获劣质电线80卷。\n"
    assert region(city) == "杭州"


def test_a_share_of_the_province_s_total_does_not_make_a_city_report_the_province_s() -> None:
    """占全省总数的5%: the province is a share's base; the report is a 全市 report, about a city,
    and a province's service brand (某省服务业名牌) is an honour, no place of the report."""
    text = ("名牌工作\n记者从市质监局了解到，全市拥有甘肃省名牌产品21个，占全省总数的5%，"
            "另有1家酒店被推荐为甘肃省服务业名牌。张掖市今年还将申报新产品6个。\n")
    assert region(text) == "张掖市"
    assert not is_about(match_view("甘肃省服务业名牌"), find_places(match_view("甘肃省服务业名牌"))[0])


def test_we_in_an_autonomous_region_s_report_are_the_region_not_a_district() -> None:
    """我区 beside 自治区 (自治区质监局, 广西壮族自治区): the autonomous region the body names, or
    none when it names only a district; never the district."""
    named = ("商标工作\n记者从广西壮族自治区工商局获悉，柳州市城中区一件商标获认定。"
             "截至目前，我区驰名商标共40件。\n")
    assert region(named) == "广西壮族自治区"
    bare = ("商标工作\n据自治区工商局消息，柳州市城中区一件商标获认定。截至目前，我区驰名商标"
            "共40件。\n")
    assert region(bare) is None


def test_the_police_are_no_county() -> None:
    """公安 is a county of Hubei written short, and far more often the police: a city district's
    police branch (某区公安分局) names the district only."""
    view = "据九龙坡区公安分局通报，两名嫌疑人已交公安机关处理。"
    assert [view[m.start:m.end] for m in find_places(view)] == ["九龙坡区"]
    county = "湖北省公安县质监局"
    assert [county[m.start:m.end] for m in find_places(county)] == ["湖北省", "公安县"]


def test_a_place_name_inside_a_common_word_is_no_place() -> None:
    """复合肥 holds 合肥, 新晋中国 (newly made) holds 晋中, and 和县 glued to a noun is "and
    the county's" (检验员和县计量所); 和县 after its province or city, or on its own, and 晋中
    named as a city, stay places."""
    for text in ("该县复合肥合格率为91%", "由检验员和县计量所人员组成检查组",
                 "全省新晋中国驰名商标6件", "我市又有2家企业新晋中华老字号"):
        view = match_view(text)
        assert not [m for m in find_places(view) if is_about(view, m)]
    for text in ("安徽和县质监局", "和县质监局开展检查", "合肥市质监局", "晋中市质监局"):
        view = match_view(text)
        assert all(is_about(view, m) for m in find_places(view))


def test_a_withheld_firm_in_a_case_s_title_is_not_the_report_s_place() -> None:
    """A case's title names the firm's province (甲省某公司…案); the bureau of the body that
    handled it gives the region."""
    text = ("四川某钢材有限公司销售劣质钢筋案\n2013年3月，四川某钢材有限公司向外地销售钢筋。"
            "贵州省质监局稽查局查实货值金额80万元。\n")
    assert region(text) == "贵州省"
