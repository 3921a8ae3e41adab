"""Places of figures and the report's region, the twelfth session: county names that are
common words (资源, 白银, 定西), streets named after places, a dateline of the day alone,
spoken names of a league and of banners, names a place opens (a laboratory, the production
corps), a check over several provinces in a national report, and a national spot check in a
report's title or first sentence. Every text here is written for the test."""

from __future__ import annotations

from .region_helpers import about, places, region


def test_a_county_s_short_name_inside_a_common_word_is_no_place() -> None:
    """资源 glued to the word it belongs to (检测资源, 优势资源), 白银 in 真金白银 and 定西 after a
    verb ending in 定 (认定西安…, 确定西部…) are words; the county and the cities stay places
    where the text names them as such."""
    for text in ("整合全县检测资源，建成公共平台", "依托本地优势资源，发展特色产业",
                 "拿出真金白银支持企业创牌", "今年将认定西安名牌20个", "会议确定西部片区的试点"):
        assert about(text) == [], text
    assert about("广西资源县质监局开展检查") == ["广西", "资源县"]
    assert about("白银市质监局开展检查") == ["白银市"]
    assert about("甘肃定西市质监局开展检查") == ["甘肃", "定西市"]


def test_a_figure_s_place_skips_a_resource_and_real_money() -> None:
    """The place of a figure is not 资源 nor 白银 where they are words."""
    text = "某县盘活计量资源，当年建成社会公用计量标准7项。\n"
    assert places(text) == [(7, None)]
    text = "乙县用真金白银扶持创牌，对新认定驰名商标的企业奖励30万元。\n"
    assert [place for _, place in places(text)] == [None] * len(places(text))


def test_a_street_named_after_a_place_is_an_address() -> None:
    """甲区的牡丹江路、乙路一条街 and 长沙路18号 name streets: not the cities; a firm the place's
    name opens (泰安路德) and a district written after a city (台州路桥) stay places."""
    for text in ("查看了宝山牡丹江路、和平路一条街的眼镜店", "位于长沙路18号的加油站",
                 "沿南京路一带的商铺"):
        assert about(text) in (["宝山"], []), text
        assert "牡丹江" not in about(text) and "长沙" not in about(text) \
            and "南京" not in about(text)
    assert "泰安" in about("泰安路德2项团体标准发布实施")
    assert about("台州路桥区质监局") == ["台州", "路桥区"]


def test_a_dateline_of_the_day_alone_is_not_the_figure_s_place() -> None:
    """某某社记者台北16日电 and 新华社北京5日电 say where a story was filed, as a dateline with
    its month does."""
    assert about("（某某社记者张某台北16日电）某局抽查磅秤") == []
    assert about("新华社北京5日电 记者从某局获悉") == []
    text = "（某某社记者王某台北16日电）标准检验局检查市售磅秤共检查5200台，合格5180台。\n"
    assert {place for _, place in places(text)} == {None}


def test_spoken_names_of_a_league_and_of_banners_are_their_places() -> None:
    """锡盟 is 锡林郭勒盟, 阿旗 is 阿鲁科尔沁旗, 鄂伦春旗 is 鄂伦春自治旗: a report of their
    bureaus is about them."""
    assert region("锡盟质监局召开质量工作会议。\n会上，锡盟质监局汇报了全盟质量工作。\n") == "锡盟"
    assert region("赤峰市阿旗质监局开展计量检查\n近日，阿旗质监局对全旗加油站开展检查。\n") \
        == "阿旗"
    assert region("鄂伦春旗质监局对早市开展检查。共检查计量器具12台。\n") == "鄂伦春旗"


def test_a_laboratory_or_the_production_corps_a_place_opens_is_a_name() -> None:
    """甲地棉花实验室 and 新疆生产建设兵团 are names: the figure after them is the place named
    before them (全国…), or the report's."""
    text = "到9月末，全国31个省份连同新疆生产建设兵团累计自查电梯7200台。\n"
    assert places(text)[0][1] == "全国"
    text = "某省建成以甲市为中心、以乌鲁木齐棉花实验室为补充的检验网络，共配置测试仪21台。\n"
    assert places(text)[0][1] != "乌鲁木齐"


def test_a_national_check_over_several_provinces_is_the_country_s() -> None:
    """In a report of the whole country, a list of three provinces or more its check covered
    (共抽查甲省、乙省、丙省等…) is where the samples came from: the figures are the country's."""
    text = ("总局近期对打火机安排了一次国家监督专项抽查。\n"
            "本次共抽查湖南省、江西省、浙江省等3个省的60家企业，抽样60批次。\n")
    assert places(text) == [(60, "全国"), (60, "全国")]
    text = ("国家市场监管总局日前通报电热毯国家监督抽查的结果。\n"
            "此次抽查了河北省、山东省、江苏省、安徽省4个省的45家企业。\n")
    assert places(text) == [(45, "全国")]


def test_a_national_spot_check_in_the_title_makes_a_report_the_country_s() -> None:
    """A title or a first sentence that names a national spot check (国家监督专项抽查, 国家监督
    抽查) speaks for the whole country, whatever province its opening lines name later."""
    text = ("总局就童车国家监督专项抽查发布通报\n"
            "近期，总局对童车安排了一次国家监督专项抽查。此次在生产环节"
            "抽查了120家企业，查出9批次不合格产品，广东省的企业占5家。\n")
    assert places(text)[0] == (120, "全国")
    text = ("本报北京讯 在日前发布的地板国家监督抽查结果中，抽样合格率为84.2%。\n"
            "不合格产品来自安徽省、山东省的企业。\n")
    assert places(text)[0] == (84.2, "全国")


def test_a_province_s_list_checked_so_far_is_the_province_s() -> None:
    """已抽查甲、乙、丙等N个地区 (checked so far) in a province's report: the province's check."""
    text = ("浙江省市场监管局通报电线电缆质量抽查\n"
            "年内已抽查宁波、台州、金华、衢州等4个地区的30家企业，抽取产品30批次。\n")
    assert places(text) == [(30, None), (30, None)]
    text = ("江苏省质监局公布插座产品抽查结果\n"
            "截至目前，该局共抽检了南京、无锡、常州3市的25家企业，合格率为92%。\n")
    assert places(text)[0] == (25, None)


def test_a_we_prefecture_report_is_about_the_autonomous_prefecture_it_names() -> None:
    """我州 (全州) says the report is about an autonomous prefecture: the one its body names,
    over the province its firms' names open on."""
    text = ("我局奖励获得商标认定的企业\n近年来，我州落实商标战略，共有20件商标获得2012年红河州"
            "知名商标。云南某甲公司、云南某乙公司、云南某丙公司获得奖励。\n")
    assert region(text) == "红河"
    text = ("质量工作会议召开\n会上，全州各县市质监局交流了经验。楚雄州质监局局长表示，"
            "云南省质监局将支持我州开展质量提升。\n")
    assert region(text) in ("楚雄州", "楚雄")


def test_a_we_city_report_is_about_the_city_its_honours_are_named_after() -> None:
    """我市 with an honour named after a city (某市名牌产品) and no other place: that city."""
    text = ("名牌管理办法出台\n记者从市政府获悉，我市出台《西安名牌认定办法》，"
            "申报企业须在本市注册。\n")
    assert region(text) == "西安"
    text = "本市今年新认定宁波名牌产品35个，我市名牌总数达到420个。\n"
    assert region(text) == "宁波"


def test_a_title_s_city_inside_its_province_prefix_is_the_region() -> None:
    """甲省：乙市开展… — the prefix names the province, the title opens on one of its cities
    (or counties): the report is about that city."""
    assert region("河南：周口市开展建材质量执法行动\n近日，当地质监部门检查了22个工地。\n") \
        == "周口市"
    assert region("浙江:永康开展电动车质量整治\n近日，当地质监部门检查企业40家。\n") == "永康"
    # (a prefix alone stays the region)
    assert region("河南：建材专项检查启动\n近日，质监部门检查了22个工地。\n") == "河南"


def test_a_meeting_s_venue_in_the_title_is_not_the_region() -> None:
    """某某会议在甲市召开 in a title says where a meeting was held; the body's place of the kind
    its report says (全省) is what it is about."""
    text = ("地方特色食品颁证会在哈尔滨举行\n会上，黑龙江省食品协会通报，"
            "全省共有290家企业的产品通过认定。\n")
    assert region(text) == "黑龙江省"
    text = ("全省名牌推进会在绍兴举行\n昨日，浙江省质监局召开全省名牌工作推进会，"
            "全省新增名牌产品120个。\n")
    assert region(text) == "浙江省"
