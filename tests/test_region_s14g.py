"""The report's region, the fourteenth session: a higher office's news told as one place's part,
a province's office going to a city's office, a district whose name two cities share, a city
cited as the authority a county follows, 自治区 after a region's short name, a paper's
dateline taken for a title, and places reports write that the gazetteer lacked (郧县, 白旗).
Every text here is written for the test."""

from __future__ import annotations

from .region_helpers import region


def test_a_city_s_share_of_a_province_s_list_gives_the_city() -> None:
    """A province's office publishes a list or a check's results and the story gives one city's
    share of it (乙市共有N个…上榜, 丙市新增N件, 丁市共抽查N家): the city's report."""
    listed = ("老字号名单公布\n日前，福建省商务厅公布了新一批省级老字号名单，全省30个品牌入选，莆田市共有4个品牌"
              "名列其中并入选。据介绍，莆田市近年来重视老字号保护。\n")
    assert region(listed) == "莆田市"
    added = ("品牌新闻\n近日，湖南省市场监管局发文认定一批新的湖南老字号，全省新认定50件，常德新增6件，"
             "常德的老字号总数居前列。\n")
    assert region(added) == "常德"
    checked = ("抽查通报\n山东省市场监管局日前通报上半年产品质量省级抽查的结果。本轮抽查覆盖全省各市，"
               "潍坊市共抽查企业31家，潍坊市的合格率高于全省平均水平。\n")
    assert region(checked) == "潍坊市"


def test_a_province_s_list_naming_a_city_only_in_firms_keeps_the_province() -> None:
    """One city's share named once, its other mentions only in firms' or papers' names
    (乙市某某有限公司, 乙市日报), is a part of the province's list, not its story."""
    text = ("名单公示\n日前，河北省商务厅公示了一批老字号推荐名单，全省共有40家企业上榜，沧州有3家"
            "企业入选（沧州某某食品有限公司、沧州某某酿造有限公司等），据沧州日报报道。\n")
    assert region(text) == "河北省"


def test_a_city_outlet_s_dateline_on_a_province_s_news_gives_the_city() -> None:
    """A city's own site or paper files a province's news (乙市网讯…乙市…): the city, named again
    in the opening."""
    site = ("名牌名单发布\n绵阳网讯 近日，四川省质监局发布了年度四川名牌产品名单，全省300个产品"
            "入选，绵阳多家企业的产品获此称号。\n")
    assert region(site) == "绵阳"
    paper = ("质量奖揭晓\n九江日报讯 日前，江西省人民政府公布了省长质量奖的获奖名单，全省共10家"
             "企业获奖，九江两家企业榜上有名。\n")
    assert region(paper) == "九江"


def test_a_province_s_office_going_to_a_city_s_office_gives_the_city() -> None:
    """A province's office goes to a city's office (到乙市质监局调研, 赴丙市市场监管局督导): the
    city, even where the report later speaks of the whole province (全省)."""
    visit = ("调研指导\n日前，吉林省质监局检查组到白山市质监局调研锅炉安全工作，听取了汇报。"
             "检查组要求把白山的做法在全省推广。\n")
    assert region(visit) == "白山市"
    guide = ("督导检查\n近日，江西省市场监管局督导组赴赣州市市场监管局督导电梯安全工作。督导组"
             "认为赣州的做法值得全省学习。\n")
    assert region(guide) == "赣州市"


def test_a_municipality_s_district_with_its_own_whole_district_gives_the_district() -> None:
    """In a municipality (上海市, 北京市), 全区 is a district's, not the whole of the
    municipality: its office's news about one district (甲区…全区) is the district's."""
    text = ("加油站检查\n日前，北京市质监局接到举报后对海淀区一家加油站进行了检查。今年以来，"
            "海淀区质监局对全区加油站开展了检查，海淀区质监局已检查加油站30家。\n")
    assert region(text) == "海淀区"
    other = ("电梯检查\n近日，天津市市场监管局派员到南开区市场监管局了解电梯检查情况。南开区"
             "市场监管局在全区检查电梯200部，南开区电梯合格率达97%。\n")
    assert region(other) == "南开区"


def test_a_district_named_like_another_city_s_follows_the_publisher_s_city() -> None:
    """A district whose full name two cities share (通州区 of 北京 and of 南通, 鼓楼区 of
    南京 and of 福州…) lies in the publisher's city where it names one of them."""
    text = ("来源：南通日报\n标准化工作取得成效\n本报讯 通州区市场监管局日前透露，该区今年"
            "有8家企业参与制定国家标准。\n")
    assert region(text) == "通州区"
    fuzhou = ("来源：福州日报\n计量检查\n本报讯 记者从鼓楼区市场监管局获悉，该区今年检定电子秤300台，"
              "福州各区均在开展此项工作。\n")
    assert region(fuzhou) == "鼓楼区"
    changchun = ("来源：长春日报\n计量检查\n本报讯 记者从朝阳区市场监管局获悉，该区今年检定电子秤"
                 "300台，长春各区均在开展此项工作。\n")
    assert region(changchun) == "朝阳区"


def test_a_city_cited_as_the_authority_a_county_follows_is_not_the_region() -> None:
    """根据甲市局的部署，乙县质监局…: the county's work, the city cited as its authority."""
    text = ("计量日活动\n根据湖北省质监局和宜昌市质监局的部署，远安县质监局开展了计量宣传活动，"
            "在县城广场设立咨询台。\n")
    assert region(text) == "远安县"
    other = ("专项整治\n按照赣州市市场监管局的统一安排，信丰县市场监管局近日对辖区农资市场"
             "开展了检查。\n")
    assert region(other) == "信丰县"


def test_an_autonomous_region_s_short_name_with_its_own_word_names_its_office() -> None:
    """宁夏自治区政府, 新疆自治区政府办公厅: the autonomous region's office, written with its short
    name and 自治区."""
    text = "标准化中心成立\n9月，宁夏自治区政府日前宣布一家标准化研究中心获准成立。\n"
    assert region(text) == "宁夏"
    other = "质量方案出台\n9月，新疆自治区政府办公厅印发了一份质量工作方案。\n"
    assert region(other) == "新疆"


def test_a_paper_s_dateline_taken_for_a_title_is_no_region() -> None:
    """本报某市电 or 本报某市讯 as a text's first line is where the paper filed from: the place
    the body's office is named after is the report's."""
    text = "本报杭州电\n浙江省市场监管局日前公布，全省新增驰名商标10件。\n"
    assert region(text) == "浙江省"
    other = "本报南京讯\n江苏省质监局日前公布了全省电梯检查的结果，合格率为96%。\n"
    assert region(other) == "江苏省"


def test_a_former_county_and_a_banner_s_colour_name_are_places() -> None:
    """郧县 (since made 郧阳区) and 白旗 (正镶白旗) are the places reports of their time write;
    计量惠民 and 服务惠民 are slogans, not 惠民县."""
    assert region("郧县质监局开展计量惠民检查\n近日，该局检查了集贸市场的电子秤。\n") == "郧县"
    assert region("服务惠民活动\n白旗质监局开展了计量器具检定，检定衡器80台。\n") == "白旗"
    # (a title the slogan opens, set off by a space: without the 惠民 row it gives 惠民)
    assert region("计量惠民 质监局在行动\n近日，某地开展了检查。\n") is None
