"""The region of a city's or a county's report that ranks itself in its province (居全省第一,
全省唯一, 率先在全省开展…, 在全省…考核中获评优秀, 首届全省…大赛): the 全省 is the arena of its
rank, not a sign that the report is the province's (issue 12's context, the twenty-first
session)."""

from __future__ import annotations

from tests.region_helpers import region


def test_a_county_city_first_among_the_province_s_county_cities() -> None:
    text = ("商标工作成效明显\n"
            "本报讯 近年来，宁国市大力实施商标战略，去年新增3个安徽省著名商标，"
            "宁国市有效注册商标总数达到860件，居全省县级市之首。\n")
    assert region(text) == "宁国市"


def test_a_city_s_review_ranked_first_in_its_province() -> None:
    text = ("2024年市场监管工作回顾\n"
            "2024年，全市市场监管部门认真落实四川省委部署，德阳入选知识产权强市试点城市；"
            "质量工作连续5年居全省第一，连续3年在全省食品安全工作考核中获评优秀，"
            "我局在首届全省计量技能大赛中获团体一等奖。全市实有经营主体42万户。\n")
    assert region(text) == "德阳"


def test_a_district_first_in_its_province_at_a_pilot() -> None:
    text = ("质量强区建设\n"
            "去年，余杭区率先在全省开展质量信用评价试点，全区12家企业获评浙江省名牌产品，"
            "余杭区在全市质量考核中位居首位。\n")
    assert region(text) == "余杭区"


def test_a_province_s_own_campaign_stays_the_province_s() -> None:
    text = ("电梯安全大检查\n"
            "今年以来，全省市场监管部门在全省开展电梯安全大检查，四川省共检查电梯1.2万台，"
            "发现隐患320处。\n")
    assert region(text) in ("四川省", "四川")


def test_a_province_first_in_the_country_stays_the_province_s() -> None:
    text = ("标准化工作\n"
            "我省主导制定国际标准12项，全省标准化工作居全国第一，湖南省新增团体标准300项。\n")
    assert region(text) in ("湖南省", "湖南")


def test_a_title_naming_the_city_s_own_bureau_at_work_is_the_city_s() -> None:
    """The title names the city's bureau at work; the body a district's branch that joined in:
    the city's news."""
    text = ("佛山市质监局突查冷库 查获过期冻肉2吨\n"
            "昨日，南海区质量技术监督分局执法人员在桂城一处冷库查获过期冻肉2吨。"
            "当天，佛山市质监局兵分三路，检查冷库12家。\n")
    assert region(text) == "佛山市"


def test_a_title_naming_the_city_s_own_testing_centre_is_the_city_s() -> None:
    text = ("绍兴市食品检验检测中心项目落户科技园\n"
            "近日，绍兴市食品检验检测中心项目正式签约。副市长、柯桥区委书记某某出席签约仪式。"
            "中心建筑面积5200平方米，计划明年建成。\n")
    assert region(text) == "绍兴市"


def test_a_city_in_the_title_with_a_district_s_bureau_at_work_is_the_district_s() -> None:
    text = ("佛山开展冷库检查\n"
            "昨日，南海区市场监督管理局执法人员检查冷库12家，查获过期冻肉2吨。\n")
    assert region(text) == "南海区"
