"""The region of a city's or a county's report that ranks itself in its province (居全省第一,
全省唯一, 率先在全省开展…, 在全省…考核中获评优秀, 首届全省…大赛): the 全省 is the arena of its
rank, not a sign that the report is the province's (issue 12's context)."""

from __future__ import annotations

import pytest

from tests.region_helpers import region


@pytest.mark.parametrize("rank", ["数量稳居全省同类城市首位", "总量在全省县级城市中排名第二"])
def test_a_county_city_ranked_among_the_province_s_county_cities(rank: str) -> None:
    text = ("品牌建设再上台阶\n"
            "本报讯 这几年，桐乡市积极培育自主品牌，新增浙江省名牌产品4个，桐乡市的注册商标"
            f"累计9120件，{rank}。\n")
    assert region(text) == "桐乡市"


def test_a_city_s_review_ranked_first_in_its_province() -> None:
    text = ("一年来的工作盘点\n"
            "这一年，全市监管系统按四川省里的安排抓落实，绵阳获批标准创新试点城市；"
            "质量考核成绩名列全省第一已有4年，食品安全评议两次在全省年度考核中得到A等，"
            "我局还在首届全省电梯维保比武上拿下团体第二。全市登记在册的个体户有31万家。\n")
    assert region(text) == "绵阳"


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
    text = ("湖州市农产品检验检测中心迁入新址\n"
            "本月，湖州市农产品检验检测中心完成搬迁并启用。副市长、吴兴区委书记某某到场剪彩。"
            "新址的实验室约有3800平方米，可承担六大类检测。\n")
    assert region(text) == "湖州市"


def test_a_city_in_the_title_with_a_district_s_bureau_at_work_is_the_district_s() -> None:
    text = ("江门开展冷库检查\n"
            "本周二，新会区市场监管局组织人员对辖区12家冷库逐一检查，查获过期冻肉2吨。\n")
    assert region(text) == "新会区"
