"""The region of a report from the structure of its lines (seventeenth session): a list's head
closed by 等, the office of a zone of a place, the offices of a list of places, a merged
county bureau's name, the place a review was passed at, and a firm named after its place."""

from __future__ import annotations

from qsreport import parse


def region(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.region


# A list's head that 等 closes names one of the places touched, not the report's.

def test_the_head_of_a_list_of_cities_gives_way_to_the_reports_own() -> None:
    text = ("本报讯 记者从市质监局了解到，省政府日前印发通知，同意郑州市等15个城市开展质量提升试点，"
            "我市名列其中。下一步，洛阳市将围绕装备制造产业推进标准化建设，全市计划新增试点企业30家。\n")
    assert region(text) == "洛阳市"


def test_the_head_of_a_list_of_counties_gives_way_too() -> None:
    text = ("本报讯 近日，省里公布首批质量强县名单，长兴县等8个县榜上有名，我县也在其中。"
            "德清县将以此为契机，推动全县企业质量管理水平再上台阶。\n")
    assert region(text) == "德清县"


# The office of a development zone or a city's central district is its city's.

def test_a_development_zones_bureau_is_its_citys() -> None:
    text = ("寒潮来临前，烟台开发区市场监管局即日起对锅炉等特种设备开展为期两个月的专项检查，"
            "重点检查锅炉和压力容器。\n")
    assert region(text) == "烟台"


def test_a_citys_central_district_bureau_is_the_citys() -> None:
    text = ("日前，晋城市城区质监局联合电视台对辖区集贸市场开展计量检查，共检查电子秤60台，"
            "发现不合格3台。\n")
    assert region(text) == "晋城市"


# The offices of a list of places named as one (甲省、乙省质监局) are none's own.

def test_the_offices_of_a_list_of_provinces_name_no_region() -> None:
    text = ("某某局公告\n"
            "经福建、江西质量技术监督局初审，我局受理了三个产品的地理标志保护申请，现予公告。\n")
    assert region(text) is None


def test_the_offices_of_a_list_of_cities_name_no_region_either() -> None:
    text = ("某某厅通知\n"
            "根据评审结果，经株洲市、湘潭市市场监管局推荐，共有12家单位通过复核，名单附后。\n")
    assert region(text) is None


# A merged county bureau (市场和质量监督管理局) or one named 市场局 names its place.

def test_a_merged_county_bureau_names_its_county() -> None:
    text = ("本月初，屏山县市场和质量监督管理局请来宜宾市专家为企业讲解团体标准的制定，"
            "共有40余家企业参加。\n")
    assert region(text) == "屏山县"


def test_a_bureau_named_shi_chang_ju_names_its_place() -> None:
    text = ("近日，上虞区市场局会同宁波市有关专家对辖区加油站开展计量检查，抽查加油机55台。\n")
    assert region(text) == "上虞区"


# Where a review was passed is a venue, like a meeting's.

def test_a_standard_reviewed_in_another_city() -> None:
    text = ("某某行业标准在江苏南京通过审定\n"
            "近日，绵阳市质监局参与起草的某某行业标准在江苏南京通过审定，绵阳市质监局提出的修改意见被采纳。\n")
    assert region(text) == "绵阳市"


def test_a_protected_product_reviewed_in_the_capital() -> None:
    text = ("本报讯 市质监局透露，我市申报的某某茶已列入地理标志产品保护名录。"
            "该茶的申报材料去年在北京通过审查，此后一直由丽水市某某茶叶公司组织生产。\n")
    assert region(text) == "丽水市"


# In a 全市 report, a place that only names a firm gives way to another of the kind.

def test_a_firms_city_gives_way_to_the_county_level_citys_own_guide() -> None:
    text = ("市市场监管局抽检电动车\n"
            "本月，市市场监管局会同温州市某某检测有限公司在全市抽检电动车，"
            "向经营户发放《瑞安市电动车销售合规指引》300份。\n")
    assert region(text) == "瑞安市"


def test_another_firm_named_after_a_city() -> None:
    text = ("本报讯 近日，市质监局委托台州市某某计量服务有限公司对全市集贸市场的电子秤进行检定，"
            "温岭市已完成检定2000台。\n")
    assert region(text) == "温岭市"


# Places that only name firms are not counted towards the place the body names most.

def test_a_list_of_firms_named_after_their_province_is_no_provinces_report() -> None:
    text = ("第三批老字号名单公示\n"
            "根据市商务局的认定办法，经专家终审，确定以下企业为第三批襄阳老字号：湖北某某酒业有限公司、"
            "湖北某某食品有限公司、湖北某某酱园有限公司、襄阳某某茶庄。襄阳老字号总数达到30家。\n")
    assert region(text) == "襄阳"


def test_firms_of_a_province_beside_a_city_named_three_times() -> None:
    text = ("名单公布\n"
            "本年度新认定的优质产品中，有浙江某某电器有限公司的开关、浙江某某纺织有限公司的面料、"
            "浙江某某五金有限公司的锁具和浙江某某阀门有限公司的阀门。三家企业均在嘉兴，"
            "嘉兴的开关产业已有三十年历史，嘉兴今年还将培育更多的优质产品。\n")
    assert region(text) == "嘉兴"


# A place's short name as a clause's subject doing the work (乙地开展…, 乙地合格率达…).

def test_a_countys_short_name_opening_a_headline() -> None:
    text = ("宁明启动春季农资质量检查\n"
            "发布日期：2022-05-06\n"
            "春耕期间，执法人员深入各乡镇农资门店，共检查经营户35户，查扣不合格化肥2吨。\n")
    assert region(text) == "宁明"


def test_the_same_city_as_the_subject_of_a_rate() -> None:
    text = ("电热水壶省级抽检 中山合格率达九成\n"
            "日前，省市场监管局公布电热水壶抽检结果，共抽查企业60家。\n")
    assert region(text) == "中山"


# Schools named after a place (甲市乙区某某小学) are no place a province's office works in.

def test_schools_named_after_a_district_in_a_provinces_check() -> None:
    text = ("学生校服抽查结果公布\n"
            "某某网讯 江苏省市场监管局昨日公布学生校服抽查结果，共抽查120批次，不合格8批次。"
            "涉及学校包括南京市鼓楼区某某小学、南京市鼓楼区第九中学和某某中学。\n")
    assert region(text) == "江苏省"


def test_a_kindergarten_and_a_school_in_a_provinces_check() -> None:
    text = ("儿童家具抽查结果公布\n"
            "某某网讯 浙江省市场监管局日前公布儿童家具抽查结果，共抽查90批次。"
            "抽样单位包括杭州市西湖区某某幼儿园、杭州市西湖区某某实验学校。\n")
    assert region(text) == "浙江省"
