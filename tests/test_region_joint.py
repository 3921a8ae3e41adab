"""The report's region where its bureau is named with a name the gazetteer lacked (a county
since made a district, districts a reorganisation made) or jointly with its city's bureau."""

from __future__ import annotations

from qsreport import parse


def region(text: str) -> str | None:
    return parse(text.encode()).meta.region


def test_a_county_since_made_a_district_is_found_by_its_old_name() -> None:
    """广丰县 (a county until 2015) is the county itself, not 丰县 of another province read in
    its last two characters."""
    text = "加油机检定\n近日，广丰县质监局对全县加油机开展周期检定，共检定加油机86台。\n"
    assert region(text) == "广丰县"
    other = "计量检查\n江西省广丰县质监局日前派人检查集贸市场电子秤140台。\n"
    assert region(other) == "广丰县"


def test_districts_a_city_s_reorganisation_made_are_places() -> None:
    """乌翠区 (伊春, 2019) as a bureau's branch and as a bureau of its own."""
    branch = "眼镜店检查\n近日，伊春市市场监管局乌翠分局检查眼镜店5家，验配设备12台。\n"
    assert region(branch) == "乌翠"
    own = "电梯检查\n乌翠区市场监管局日前对辖区住宅电梯开展检查，共查电梯40台。\n"
    assert region(own) == "乌翠区"


def test_a_city_s_and_its_county_s_bureaus_named_as_one_give_the_city() -> None:
    """甲州、乙市市场监管局联合…: the city (prefecture) that ran the work with its county's
    bureau, not the county; two bureaus of no such rank keep the nearer one."""
    joint = ("农贸市场计量检查\n近日，大理州、祥云县市场监管局联合对辖区农贸市场开展计量检查，"
             "共检查电子秤120台。\n")
    assert region(joint) == "大理"
    city = ("加油站专项检查\n湖州市、长兴县质监局日前联手开展加油机专项检查，检查加油站15家、"
            "加油机96台。\n")
    assert region(city) == "湖州市"
    apart = ("加油站专项检查\n杭州市、长兴县质监局日前联手开展加油机专项检查，检查加油站15家。\n")
    assert region(apart) == "长兴县"
