"""A place inside a title in book marks (《…》) — a law's, a handbook's, a standard's, a
project's — names the title, not the place of the figure after it: leaflets handed out, items
of a list led by a named project, standards drafted, people trained under a named regulation
keep the place of their own clause (here the city doing the work). A place outside the marks
still counts. (Texts written for the test: the offices' work and the numbers are made up.)"""

from __future__ import annotations

import pytest

from tests.region_helpers import places

CASES = [
    # leaflets handed out, their titles a national law and a province's rules
    ("电梯安全进社区\n德阳市质监局近日开展电梯安全宣传，现场发放《国家某某安全法》"
     "《四川省电梯使用管理规定》等手册300余份，解答群众咨询80余人次。\n", [300, 80], "德阳市"),
    # a breakdown led by a named project (其中，《甲省某某示范》等部级项目N个)
    ("标准化工作成效\n苏州市共创建标准化试点项目40个，其中，《江苏省某某服务标准化示范》等国家级"
     "项目12个，省级项目20个。\n", [40, 12, 20], "苏州市"),
    # standards drafted, the first one named
    ("标准化工作成效\n截至目前，宁波市企业参与制定《浙江省某某养殖技术细则》等地方标准6项。\n",
     [6], "宁波市"),
    # people trained on a regulation (宣贯《…条例》)
    ("宣贯培训\n温州市局举办培训班，宣贯《浙江省锅炉压力容器使用条例》，培训作业人员260人。\n",
     [260], "温州市"),
    # a group standard whose name opens on the province's short name
    ("编制标准\n湖州市企业主导编制《浙江制造某某产品》团体标准共15项。\n", [15], "湖州市"),
    # two titles of other provinces before the count
    ("宣传活动\n嘉兴市局组织宣传，印发《上海市某某指南》《江苏省某某手册》等资料4000份。\n",
     [4000], "嘉兴市"),
    ("标准化\n金华市参与起草《浙江省某某茶叶加工规程》等省地方标准9项。\n", [9], "金华市"),
    ("培训\n绍兴市局围绕《江苏省某某技术指南》组织培训，参训人员150人。\n", [150], "绍兴市"),
    ("抽查\n嘉兴市局对照《上海市某某地方标准》抽查产品55批次。\n", [55], "嘉兴市"),
]


@pytest.mark.parametrize(("text", "values", "place"), CASES)
def test_a_place_inside_book_marks_is_the_title_s(text: str, values: list[int], place: str) -> None:
    """The figure keeps the place of its clause, not the one in 《…》."""
    found = dict(places(text))
    assert [found.get(value) for value in values] == [place] * len(values)


def test_a_place_after_the_closing_mark_still_counts() -> None:
    """《某某办法》出台后，甲市共检查…: the place after 》 is the figure's."""
    text = ("检查情况\n2023年，浙江省质监局组织检查。《某某管理办法》出台后，杭州市共检查企业50家。\n")
    assert dict(places(text))[50] == "杭州市"


def test_a_report_named_after_its_city_keeps_the_city() -> None:
    """发布《甲市…通报》，全市…: the city, by its own 全市 and the report's region."""
    text = ("检查通报\n舟山市局发布《舟山市2029年产品抽查结果通报》，全市共抽查产品600批次。\n")
    assert dict(places(text))[600] == "舟山市"
