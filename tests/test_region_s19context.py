"""The region of a report whose bureau a reworded page names word by word (市场监视办理局), of a
Hong Kong story that never writes 香港 but names the territory's own offices or laws, and of a
Taiwan story whose consumer officer (消保官) acts; and places that say nothing of where a report
or a figure is: a county's name that is also the verb 会同 (together with), an award named after
a governor (甲省省长质量奖) and a byline's place (〔记者某某／台北报导〕) (the nineteenth session,
issue 12's context)."""

from __future__ import annotations

from tests.region_helpers import about, places, region


def test_a_bureau_named_word_by_word_as_a_reworded_page_writes_it() -> None:
    text = ("食品抽样结果\n"
            "上周，平阳县市场监视办理局对糕点和饮料抽样共88批次，其中85批次合格。\n")
    assert region(text) == "平阳县"


def test_a_city_before_the_reworded_bureau() -> None:
    text = ("抽样情况\n"
            "本次共抽取调味品、乳制品等5大类食品70批次。绍兴市市场监督办理局负责此次抽样。\n")
    assert region(text) == "绍兴市"


def test_hong_kong_by_its_offices_alone() -> None:
    text = ("升降機年度巡查\n"
            "機電工程署表示，本年度已巡查升降機2800部，當中12宗須跟進。\n")
    assert region(text) == "香港"


def test_hong_kong_by_its_weights_law() -> None:
    text = ("街市短秤個案\n"
            "海關人員於屯門及流浮山一帶的海鮮檔試買貨品，懷疑兩名檔主違反《度量衡條例》。\n")
    assert region(text) == "香港"


def test_hong_kong_by_its_new_territories() -> None:
    text = "電子秤巡查\n執法人員上月在新界多個街市巡查電子秤150把，發現3把不準確。\n"
    assert region(text) == "香港"


def test_the_world_of_innovation_is_no_new_territories() -> None:
    """创新界 (the world of innovation) holds 新界 but names no part of Hong Kong."""
    text = "质量座谈\n近日，市局邀请科技创新界代表座谈，听取意见建议12条。\n"
    assert region(text) != "香港"


def test_a_mainland_place_keeps_its_report() -> None:
    text = ("交流学习\n"
            "近日，温州市质监局组团赴港考察，听取机电工程署介绍升降机巡查做法。\n")
    assert region(text) != "香港"


def test_taiwans_consumer_officer_names_the_city() -> None:
    text = ("加油站稽查\n"
            "(某某社記者陳某某新竹市3日電)新竹市消保官今日發布稽查成果，抽測加油槍150支。\n")
    assert region(text) == "新竹市"


def test_together_with_is_no_county() -> None:
    assert "会同" not in about("消保官会同度量衡单位人员抽测计量器具200支。")
    assert "会同" not in about("该局会同交警部门查处违法车辆7辆。")


def test_the_county_itself_stays() -> None:
    assert "会同县" in about("湖南会同县质监局开展检查。")
    assert "会同" in about("怀化会同开展电梯检查。")


def test_a_governors_award_names_no_place() -> None:
    assert about("福建省省长质量奖候选名单公示") == []
    assert about("共有5家企业捧得合肥市市长质量奖") == []


def test_a_figure_after_together_with_is_the_reports() -> None:
    text = ("加油机检查\n"
            "近日，宁海县质监局会同公安部门检查加油站18家，检定加油机120台。\n")
    assert all(place != "会同" for _, place in places(text))


def test_a_bylines_place_is_a_dateline() -> None:
    assert about("〔記者李某某／高雄報導〕經濟部標檢局抽測市售暖爐20台。") == []
    assert about("高雄市消保官昨日發布查核結果。") == ["高雄市"]


def test_a_district_office_inside_the_breadcrumbs_city() -> None:
    """城关区 is a district of 兰州 and of 拉萨: the breadcrumb's city says which, and the
    district, nearer, is the region."""
    text = ("节前食品检查\n首页 > 新闻 > 兰州 >\n2023-09-10 08:00\n"
            "9月8日，城关区市场监管局组织人员对辖区月饼经营户开展检查，共检查门店65家。\n")
    assert region(text) == "城关区"


def test_an_office_outside_the_breadcrumbs_city_leaves_the_crumb() -> None:
    text = ("节前食品检查\n首页 > 新闻 > 兰州 >\n2023-09-10 08:00\n"
            "9月8日，宁海县市场监督管理局组织人员对辖区月饼经营户开展检查，共检查门店65家。\n")
    assert region(text) == "兰州"


def test_taiwans_former_counties_hold_their_names() -> None:
    """台南县 (merged into 台南市 in 2010) is no 南县 of Hunan inside it."""
    assert about("本次查核范围包括云林县、嘉义县市及台南县市。") == ["云林县", "嘉义县", "台南县"]
    assert region("计费表抽查\n为保障乘客权益，台南县市政府自10月起抽查计费表320具。\n") != "南县"


def test_a_headlines_province_before_a_list_of_its_cities() -> None:
    text = ("浙江杭州、宁波、温州三市区域品牌价值合计突破900亿元\n"
            "记者从省市场监管局获悉，三市区域品牌价值合计突破900亿元。\n")
    assert region(text) == "浙江"


def test_a_districts_task_force_leading_the_news() -> None:
    text = ("一间不起眼的仓库\n事情要从一次举报说起\n执法人员发现仓库内堆放大量可疑鞋服。\n"
            "近日，鄞州区打假专班联合区公安分局，对该仓库开展突击检查，查获假冒运动鞋300双。\n")
    assert region(text) == "鄞州区"
