"""The region of a report's header: not a place inside a person's name that a 来源 line gives
(来源：王瑞金 is an author, not a publisher named after 瑞金)."""

from __future__ import annotations

from qsreport import parse


def meta_of(text: str) -> tuple[str | None, str | None]:
    meta = parse(text.encode("utf-8")).meta
    return meta.region, meta.source


def test_a_persons_name_on_the_source_line_is_no_publisher() -> None:
    text = ("计量所拓展检定业务\n"
            "日期：2008-05-06\n"
            "作者:\n"
            "来源:李瑞金\n"
            "点击:210\n"
            "今年以来，泰安市计量测试所主动上门服务，为企业检定了900余台件计量器具。\n")
    assert meta_of(text) == ("泰安市", None)


def test_another_persons_name_with_a_county_in_it() -> None:
    text = ("开展加油机专项检查\n"
            "日期：2012-03-15\n"
            "来源:张义乌\n"
            "阅读:88\n"
            "近日，湖州市质监局对辖区加油站开展专项检查，共检查加油机120台。\n")
    assert meta_of(text) == ("湖州市", None)


# A publisher whose place says nothing of where the report is.

def test_a_firm_that_reposts_news_is_no_publisher_to_take_a_place_from() -> None:
    text = ("电线电缆纳入重点监管目录\n"
            "来源:浙江恒远电缆有限公司 2013年05月02日 10:20\n"
            "业内人士指出，部分电线电缆企业偷工减料，产品质量问题突出，行业亟须规范。\n")
    assert meta_of(text)[0] is None


def test_another_firms_site_as_the_publisher() -> None:
    text = ("阀门产品列入监督抽查计划\n"
            "信息来源:河北永固阀门厂 日期：2015-08-11\n"
            "记者了解到，阀门等产品将列入下一年度的重点监督抽查计划。\n")
    assert meta_of(text)[0] is None


def test_an_outlets_repost_of_the_national_offices_news_has_no_region() -> None:
    text = ("市场监管局：120批次儿童自行车不合格\n"
            "发布:2023-06-02 10:00:00\n"
            "来源:徐州发布\n"
            "市场监管总局近日通报儿童自行车国家抽查结果，共抽查300家企业。\n")
    assert meta_of(text)[0] is None


def test_another_repost_that_opens_on_the_national_office() -> None:
    text = ("480批次电热毯抽查结果出炉\n"
            "发布日期：2021-12-20 来源：宁波晚报\n"
            "国家市场监督管理总局本周公布电热毯国家抽查结果，有6.5%的样品不合格。\n")
    assert meta_of(text)[0] is None


def test_a_local_lead_after_the_national_office_keeps_the_publishers_place() -> None:
    text = ("我市三家企业产品获免检资格\n"
            "发布日期：2006-09-08 来源：绍兴日报\n"
            "国家质检总局日前公布新一批免检产品名单，绍兴3家企业的产品榜上有名。\n")
    assert meta_of(text)[0] == "绍兴"


# A meeting's venue with its hall's name, and a province's office checking one city's goods.

def region_only(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.region


def test_a_venue_with_its_hotels_name_is_no_region() -> None:
    text = ("某某产业园参加示范区材料评审\n"
            "发布:2014/06/10 09:00:00\n"
            "6月5日，总局在北京某某宾馆召开示范区材料评审会，来自各地的20个园区参加了答辩，"
            "我市的产业园通过了初审。\n")
    assert region_only(text) is None


def test_a_venue_with_its_conference_centres_name_is_no_region() -> None:
    text = ("某某集团参加品牌价值发布会\n"
            "发布:2016/11/02 15:30:00\n"
            "10月28日，品牌价值评价发布会在上海某某国际会议中心举行，我市两家企业入榜，"
            "全市上榜企业达到6家。\n")
    assert region_only(text) is None


def test_a_provincial_office_checking_one_citys_goods() -> None:
    text = ("儿童食品抽查合格率八成\n"
            "近日，甘肃省质监局对兰州地区的儿童零食开展抽检，共抽检5类产品120批次。\n"
            "其中，饮料产品抽查合格率95%。\n")
    assert region_only(text) == "兰州"


def test_a_provincial_office_organising_a_check_of_one_city() -> None:
    text = ("校服质量抽查结果公布\n"
            "日前，江西省市场监管局组织对南昌市的学生校服开展了专项抽查，共抽查60批次。\n"
            "抽查发现不合格产品8批次。\n")
    assert region_only(text) == "南昌市"


def test_a_provincial_office_checking_a_list_of_cities_keeps_the_province() -> None:
    text = ("电动车抽查结果公布\n"
            "近日，湖南省质监局对长沙、株洲、湘潭三市的电动自行车进行了抽查，抽查了90批次。\n"
            "全省将继续加强监管。\n")
    assert region_only(text) == "湖南省"


# A city's office whose requirements a county's office carries out (为贯彻甲州局…的要求，乙县局…).

def test_a_prefectures_office_whose_requirements_a_county_carries_out() -> None:
    text = ("锅炉安全检查全面展开\n"
            "为认真贯彻昌吉州质监局和奇台县人民政府关于安全生产月活动的要求，奇台县质监局于6月3日"
            "对全县锅炉使用单位开展了检查。\n")
    assert region_only(text) == "奇台县"


def test_a_citys_office_whose_plan_a_county_puts_into_effect() -> None:
    text = ("电梯安全专项整治启动\n"
            "为落实赣州市质监局电梯安全专项整治方案，瑞金市质监局近日召集全市电梯使用单位召开部署会。\n")
    assert region_only(text) == "瑞金市"


# A county whose short name is a common word, after its province in the headline.

def test_a_common_word_county_after_its_province_in_the_headline() -> None:
    text = ("福建平和蜜柚通过标准化示范区验收\n"
            "日前，漳州市平和县的蜜柚标准化示范区通过了省级验收，全县蜜柚种植面积继续扩大。\n")
    assert region_only(text) == "平和县"


def test_another_common_word_county_after_its_province() -> None:
    text = ("安徽太和中药材获评区域品牌\n"
            "近日，阜阳市太和县的中药材产业获评省级区域品牌，当地将进一步加强品牌保护。\n")
    assert region_only(text) == "太和县"


def test_a_common_word_the_body_never_writes_as_a_county_is_no_place() -> None:
    text = ("广东和平发展论坛举行\n"
            "近日，广东省有关部门举办论坛，探讨质量发展议题。\n")
    assert region_only(text) == "广东"


# A 地名： prefix before a quoted product named after a place inside it.

def test_a_province_prefix_before_a_quoted_product_of_its_city() -> None:
    text = ("浙江：“丽水香菇”获批地理标志产品保护\n"
            "日期：2014-05-20\n"
            "本网讯 丽水香菇种植历史悠久，产量居全省前列。\n")
    assert region_only(text) == "丽水"


def test_another_province_prefix_before_a_quoted_product() -> None:
    text = ("云南：“普洱咖啡”通过标准化示范区验收\n"
            "日期：2017-10-09\n"
            "本网讯 普洱咖啡种植面积持续扩大，品质稳步提升。\n")
    assert region_only(text) == "普洱"


def test_a_province_prefix_before_a_quoted_trademark_keeps_the_province() -> None:
    text = ("江西：“庐山”商标获认定\n"
            "日期：2012-06-01\n"
            "本网讯 某某企业的商标日前获得认定。\n")
    assert region_only(text) == "江西"
