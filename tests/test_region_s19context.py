"""The region of a report whose bureau a reworded page names word by word (市场监视办理局), of a
Hong Kong story that never writes 香港 but names the territory's own offices or laws, and of a
Taiwan story whose consumer officer (消保官) acts; and places that say nothing of where a report
or a figure is: a county's name that is also the verb 会同 (together with), an award named after
a governor (甲省省长质量奖) and a byline's place (〔记者某某／台北报导〕) (the nineteenth session,
issue 12's context)."""

from __future__ import annotations

from tests.region_helpers import about, places, region


def test_a_bureau_named_word_by_word_as_a_reworded_page_writes_it() -> None:
    text = ("食品抽检情况通报\n"
            "近期，宁海县市场监视办理局组织抽检糕点、酒类等6类食品150批次，合格146批次。\n")
    assert region(text) == "宁海县"


def test_a_city_before_the_reworded_bureau() -> None:
    text = ("抽检结果公布\n"
            "抽取饮料、糕点等8个大类食品90批次样品。湖州市市场监督办理局组织了此次抽检。\n")
    assert region(text) == "湖州市"


def test_hong_kong_by_its_offices_alone() -> None:
    text = ("升降機巡查結果\n"
            "機電工程署今日表示，去年共巡查升降機3200部，發現違規個案15宗。\n")
    assert region(text) == "香港"


def test_hong_kong_by_its_weights_law() -> None:
    text = ("商販涉嫌短秤被檢控\n"
            "海關人員在流浮山及北角的街市試購海產，發現四名商販涉嫌違反《度量衡條例》。\n")
    assert region(text) == "香港"


def test_a_mainland_place_keeps_its_report() -> None:
    text = ("学习交流\n"
            "近日，嘉兴市质监局派员赴港学习，了解机电工程署对电梯的巡查办法。\n")
    assert region(text) != "香港"


def test_taiwans_consumer_officer_names_the_city() -> None:
    text = ("加油機抽查結果\n"
            "(某某社記者林某某桃園市8日電)桃園市消保官今天公布抽查結果，共查驗加油機300支。\n")
    assert region(text) == "桃園市"


def test_together_with_is_no_county() -> None:
    assert "会同" not in about("消保官会同标准检验局人员检验油量计480支。")
    assert "会同" not in about("该局会同公安部门查处案件5起。")


def test_the_county_itself_stays() -> None:
    assert "会同县" in about("湖南会同县质监局开展检查。")
    assert "会同" in about("怀化会同开展电梯检查。")


def test_a_governors_award_names_no_place() -> None:
    assert about("江西省省长质量奖名单公示") == []
    assert about("共有3家企业获得南昌市市长质量奖") == []


def test_a_figure_after_together_with_is_the_reports() -> None:
    text = ("加油机检查\n"
            "近日，宁海县质监局会同公安部门检查加油站18家，检定加油机120台。\n")
    assert all(place != "会同" for _, place in places(text))


def test_a_bylines_place_is_a_dateline() -> None:
    assert about("〔記者王某某／台北報導〕經濟部標檢局抽檢市售瓦斯罐12件。") == []
    assert about("台北市消保官今天公布抽查結果。") == ["台北市"]


def test_a_district_office_inside_the_breadcrumbs_city() -> None:
    """城关区 is a district of 兰州 and of 拉萨: the breadcrumb's city says which, and the
    district, nearer, is the region."""
    text = ("开展月饼专项检查\n首页 > 资讯 > 兰州 >\n2023-09-23 02:00\n"
            "9月22日，记者从城关区市场监督管理局了解到，近期，该局开展中秋月饼专项检查，检查商户80家。\n")
    assert region(text) == "城关区"


def test_an_office_outside_the_breadcrumbs_city_leaves_the_crumb() -> None:
    text = ("开展月饼专项检查\n首页 > 资讯 > 兰州 >\n2023-09-23 02:00\n"
            "9月22日，记者从宁海县市场监督管理局了解到，近期，该局开展中秋月饼专项检查，检查商户80家。\n")
    assert region(text) == "兰州"


def test_taiwans_former_counties_hold_their_names() -> None:
    """台南县 (merged into 台南市 in 2010) is no 南县 of Hunan inside it."""
    assert about("检查区域涵盖云林县、嘉义县市及台南县市等区域。") == ["云林县", "嘉义县", "台南县"]
    assert region("计费表路边检查\n为维护消费者权益，台南县市政府将于11月起检查计程车计费表500具。\n") != "南县"


def test_a_headlines_province_before_a_list_of_its_cities() -> None:
    text = ("云南普洱、临沧、西双版纳三地普洱茶品牌价值达500亿元\n"
            "记者日前从省质监局获悉，三地普洱茶品牌价值评价达500亿元。\n")
    assert region(text) == "云南"


def test_a_districts_task_force_leading_the_news() -> None:
    text = ("一家看似普通的茶室\n事情发生在宁波某小区\n执法人员初步判定，该茶室存在售假场所。\n"
            "近日，海曙区打假专班联合区公安分局，对这家茶室开展突击检查，查扣假冒箱包120件。\n")
    assert region(text) == "海曙区"
