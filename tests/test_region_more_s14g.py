"""The report's region, the fourteenth session (second part): a headline naming two provinces,
a county after an office's colon in a headline, a provincial notice naming its province only in
a document it cites, a province's paper on its list of cases, a 我市 report a province's office
acts on, an office the news was heard from, a lead opening on a province and its county, 中山
with a place's word after it, a province's institute at work in a city, and a body's office in a
place the headline names second. Every text here is written for the test."""

from __future__ import annotations

from qsreport import parse

from .region_helpers import region


def test_a_headline_s_second_province_is_not_inside_its_first() -> None:
    """甲省某院赴乙省调研: the visitor's province; a province is no place inside another."""
    assert region("宁夏计量院赴甘肃省考察计量工作\n近日，该院一行四人赴兰州考察。\n") == "宁夏"
    assert region("江西标准化所到湖南省学习交流\n日前，该所组织人员赴长沙学习。\n") == "江西"


def test_a_county_after_an_office_s_colon_in_a_headline() -> None:
    """省质监局：乙县…: the county the headline is about, the office whose news it relays."""
    text = ("省质监局：宜兴三项标准获批省地方标准\n来源：某某网\n日前，宜兴市的三项茶叶标准列入"
            "省地方标准计划。\n")
    assert region(text) == "宜兴市"
    other = ("省市场监管局：沭阳两家企业获评省质量奖\n来源：某某网\n日前，沭阳县的两家企业获得省"
             "质量奖，奖金各50万元。\n")
    assert region(other) == "沭阳县"


def test_a_provincial_notice_naming_its_province_in_a_cited_document() -> None:
    """A provincial notice (省局, 省政府) that writes its province only in the title of the
    document it follows or cites (按照《甲省…计划》): that province."""
    plan = ("各市市场监管局：\n按照《2020年山东省质量抽查工作方案》安排，省局组织实施了"
            "省级监督抽查，现将结果通报如下。\n")
    assert region(plan) == "山东省"
    rules = ("本报讯 近日，省政府办公厅印发《安徽省企业标准自我声明办法》，今后企业标准可在网上"
             "自我声明。\n")
    assert region(rules) == "安徽省"


def test_an_unnamed_provincial_bureau_of_commerce_names_its_places() -> None:
    """省工商局 or 省商务厅 is a province's office too: its report whose places lie in one
    province is that province's."""
    text = ("本报讯 省工商局昨日公布，去年新增地理标志商标20件，有宜都的宜都蜜柑、枝江的枝江"
            "棉纱、松滋市的松滋鸡和宜昌市夷陵区的夷陵茶。\n")
    assert region(text) == "湖北省"
    other = ("本报讯 省商务厅近日公示了新一批老字号名单，有萍乡市的萍乡花炮、吉安市的吉安"
             "米粉和赣州市的赣南脐橙。\n")
    assert region(other) == "江西省"


def test_a_province_s_paper_on_its_list_of_cases_keeps_the_province() -> None:
    """A province's outlet publishing its province's cases (全省…案例一：乙市局…): the province,
    not the city of the first case."""
    text = ("来源：直播广西\n今年全省共查办案件1200宗。现公布十起典型案例：\n案例一：柳州市"
            "市场监管局查处某商店销售假冒白酒案。\n")
    assert region(text) == "广西"
    other = ("来源：四川在线\n全省开展春雷行动以来，查处案件3000件。绵阳市市场监管局的一名"
             "执法队员讲述了查处经过。\n")
    assert region(other) == "四川"


def test_a_my_city_report_a_province_s_office_acts_on_gives_the_city() -> None:
    """甲省局发函同意我市…乙市…: the city the report speaks as (我市), not the office."""
    text = ("近日，河南省市场监管局同意我市筹建一家产业计量测试中心，该中心依托洛阳市检验检测"
            "中心建设。\n")
    assert region(text) == "洛阳市"
    other = ("日前，江苏省质监局批复我市建设国家级检测中心。常州市将投入资金2亿元。\n")
    assert region(other) == "常州市"


def test_an_office_the_news_was_heard_from_gives_way_to_its_county() -> None:
    """记者从甲市局获悉，乙县…乙县…: the county's news; not where the office says the work was
    its own (该局)."""
    text = ("新闻热线\n记者从遵义市质监局获悉：湄潭县的一种茶叶获批地理标志产品。这是湄潭县首次"
            "获此保护，湄潭县茶园面积已达60万亩。\n")
    assert region(text) == "湄潭县"
    heard = ("新闻热线\n记者从宜昌市市场监管局得知，秭归县的脐橙获批地理标志证明商标。秭归县"
             "脐橙种植面积达40万亩，秭归县果农因此增收。\n")
    assert region(heard) == "秭归县"
    own = ("本报讯 记者从株洲市质监局获悉，该局开展农资打假以来，在醴陵市、醴陵市周边查处"
           "案件12起。\n")
    assert region(own) == "株洲市"


def test_a_lead_opening_on_a_province_and_its_county_gives_the_county() -> None:
    """广西乙县… or 甲市乙区… opening the lead, the body's office that province's or city's:
    the county."""
    text = ("近年来，广西田阳县大力开展质量兴县活动，成为广西的先进县。广西壮族自治区质监局"
            "把该县列入全区试点，广西各地前来学习。\n")
    assert region(text) == "田阳县"
    other = ("9月8日，济南市历城区质量月宣传活动在广场举办。济南市质检所的专家为市民检测"
             "首饰。\n")
    assert region(other) == "历城区"


def test_zhongshan_with_a_place_s_word_after_it_is_the_city() -> None:
    """中山 is a common word (中山路, 中山大学) but a place before a place's word (中山企业,
    中山质监局)."""
    text = ("抽查通报\n质检总局公布了一批抽查结果，有12家中山企业被点名。中山企业集中在灯具"
            "行业，中山质监局已约谈企业。\n")
    assert region(text) == "中山"
    other = ("灯具抽查\n日前，中山质监局通报灯具抽查结果，中山企业的产品合格率为90%，中山工业"
             "产品质量稳定。\n")
    assert region(other) == "中山"
    assert region("纪念活动\n市民在中山路参观了中山大学的展览。\n") is None


def test_a_province_s_institute_at_work_in_one_city_gives_the_city() -> None:
    """甲省计量院对乙市的医疗机构…: the city the institute's work was done in."""
    text = ("上半年，内蒙古计量院对包头地区医院的血压计开展强制检定，合格率98%。\n")
    assert region(text) == "包头"
    other = ("近日，青海省计量测试所对西宁地区的加油机进行了检定，共检定加油机300台。\n")
    assert region(other) == "西宁"


def test_a_body_s_office_in_a_place_the_headline_names_second() -> None:
    """甲省支持乙地丙市的项目通过评审, with 丙市局 in the body: the office's place, not the
    supporter's province."""
    text = ("浙江全力支持新疆阿克苏标准化项目通过验收\n近日，阿克苏市市场监管局组织召开了项目"
            "验收会。\n")
    assert region(text) == "阿克苏市"
    other = ("福建援助宁夏固原质量提升项目启动\n日前，固原市市场监管局组织召开了项目启动会。\n")
    assert region(other) == "固原市"


def test_a_weather_line_atop_a_page_is_no_title_nor_region() -> None:
    """某地:阵雨 25℃/17℃ 南风 at a page's head is the site's weather: no title, and its place
    no region; the story's own place is."""
    text = ("上海:多云 18℃/9℃ 东风\n首页\n东莞又有两家企业可以使用地标专用标志，东莞市的这类"
            "企业已有9家，东莞的地标产品名气渐响。\n")
    report = parse(text.encode())
    assert report.meta.title != "上海:多云 18℃/9℃ 东风"
    assert report.meta.region == "东莞"
    other = ("杭州：晴 30℃~21℃ 南风\n首页\n近日，我市新认定一批市级名牌产品。据悉，我市名牌产品总数"
             "居全省前列，其中嘉兴市某某公司的产品首次上榜。\n")
    assert parse(other.encode()).meta.region == "嘉兴市"


def test_a_county_outlet_on_its_own_unnamed_county_office() -> None:
    """乙县网讯 …在县质监局召开: the county's own office, named without the county, in its own
    outlet's story; not the province's or the city's office named after."""
    text = ("云阳网讯 日前，片区计量工作交流会由县质监局承办，重庆市质监局计量处有关人员到会"
            "讲话。\n")
    assert region(text) == "云阳"
    other = ("奉节网讯 日前，县市场监管局召开电梯安全约谈会，重庆市市场监管局特种设备处派员"
             "参加。\n")
    assert region(other) == "奉节"


def test_a_city_notice_naming_its_city_only_in_a_cited_report() -> None:
    """市工商局公布《某年甲市…报告》: a city's own office, unnamed, and the city the title of its
    report names."""
    text = ("本报讯 市工商局日前公布《2015年大连市商品质量抽检报告》，全年共抽检商品"
            "900批次。\n")
    assert region(text) == "大连市"
    other = ("本报讯 日前，市质监局印发《2018年天津市产品质量提升方案》，提出全年抽查产品2000"
             "批次。\n")
    assert region(other) == "天津市"


def test_a_city_s_party_committee_names_its_city() -> None:
    """甲市委常委, 乙市委书记: the city's own committee, the place the visit was in."""
    text = ("6月3日上午，一位领导在省质监局局长和白银市委常委的陪同下到检测中心调研。\n")
    assert region(text) == "白银市"
    other = ("日前，酒泉市委书记一行到某某检测院调研，并看望了一线检测人员。\n")
    assert region(other) == "酒泉市"
