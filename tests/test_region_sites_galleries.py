"""Places that say nothing of whose report it is: a Taiwan city that only names a site the
territory's own office checked (行政院…查核某市火车站), a station named after its city however
often a list names it, a province that only opens the name of a testing centre a city of it
built, a county that opens the first of several places' products a headline joins, and the
captions of a gallery of many provinces' offices."""

from __future__ import annotations

from tests.region_helpers import region


def test_a_taiwan_citys_station_checked_by_the_territorys_office_is_no_region() -> None:
    text = ("电梯查核结果出炉\n"
            "(某某社记者某某台中6日电)行政院消保处今天公布查核结果,抽查台南火车站、嘉义车站、"
            "台南火车站地下街等15处场所的电梯,其中4处不合规定。消保官表示,嘉义车站已完成改善,"
            "台南火车站将于下月复查。\n")
    assert region(text) is None


def test_a_taiwan_city_heading_its_own_government_keeps_its_report() -> None:
    """The near miss: the city itself acts (某市政府), beside the territory's office."""
    text = ("年货市场查核\n"
            "台南市政府消保官今天会同卫生局查核年货市场,抽查磅秤60台,均合格。行政院消保处表示肯定。\n")
    assert region(text) == "台南市"


def test_a_city_named_three_times_for_itself_is_still_most_named() -> None:
    """Stations are left out of the count, not the city named for its own sake."""
    text = ("电梯安全检查\n"
            "近日,检查组在曲靖开展电梯安全检查。曲靖共有电梯3000余台,此次抽查120台。"
            "曲靖下一步将开展复查。\n")
    assert region(text) == "曲靖"


def test_a_provinces_centre_built_by_its_city_is_the_citys_news() -> None:
    text = ("云南省某某产品质量检验中心获批成立\n"
            "曲靖市质监局依托市检验所筹建的云南省某某产品质量检验中心，日前经省质监局批准成立。"
            "该中心总投资1200万元。\n")
    assert region(text) == "曲靖市"


def test_a_provinces_own_institute_keeps_the_province() -> None:
    """The near miss: no office of a place inside the province built or runs it."""
    text = ("云南省计量测试研究院开展校准服务\n"
            "云南省计量测试研究院近日为企业校准仪器300台件。\n")
    assert region(text) == "云南省"


def test_a_headline_joining_two_places_products_is_no_ones_county() -> None:
    text = ("庆元香菇和某某青瓷获批地理标志产品\n"
            "日前,国家主管部门召开技术审查会,浙江省庆元香菇、某某青瓷、某某白茶等产品通过审查。"
            "此次共审查产品9个,浙江占3个。浙江省此前已有地理标志产品40个。\n")
    assert region(text) != "庆元"


def test_a_headline_county_confirmed_for_itself_stays() -> None:
    """The near miss: the county's own product, its own office in the body."""
    text = ("庆元香菇通过专家审查\n"
            "日前,庆元县质监局组织召开香菇地理标志产品专家审查会,与会专家一致同意通过。\n")
    assert region(text) in ("庆元", "庆元县")


def test_a_gallery_of_many_provinces_offices_is_no_ones_report() -> None:
    text = ("节日市场有人守护\n"
            "春节将至,市场监管人坚守一线。让我们用镜头记录他们的身影。\n"
            "江苏省泰州市市场监管局开展节前食品安全检查。王某 摄"
            "四川省绵阳市市场监管局检查商场电梯。李某某 摄"
            "湖北省宜昌市夷陵区市场监管局开展计量器具抽查。赵某 摄\n")
    assert region(text) is None


def test_captions_of_one_provinces_cities_are_no_gallery() -> None:
    """The near miss: every caption's office lies in one province."""
    text = ("节日市场有人守护\n"
            "春节将至,市场监管人坚守一线。\n"
            "江苏省泰州市市场监管局开展节前食品安全检查。王某 摄"
            "江苏省南通市市场监管局检查商场电梯。李某某 摄"
            "江苏省扬州市市场监管局开展计量器具抽查。赵某 摄\n")
    assert region(text) is not None


def _gallery(text: str) -> bool:
    from qsreport.cleaning import match_view
    from qsreport.places.region_whole import gallery

    view = match_view(text)
    return gallery(view, view.index("\n") + 1)


def test_captions_ended_by_their_lines_are_a_gallery_without_a_credit() -> None:
    """The reader's gate on the credit's word leaves the captions a line ends to the rule:
    three provinces' offices opening three lines are a gallery, credit or none."""
    assert _gallery("质量月活动掠影\n河南省洛阳市市场监管局开展计量器具抽查。\n"
                    "山东省潍坊市市场监管局走进企业宣讲标准。\n"
                    "广西壮族自治区桂林市市场监管局检查景区索道。\n")
    assert _gallery("质量月活动掠影\n河南省洛阳市市场监管局开展计量器具抽查。孙某 摄"
                    "山东省潍坊市市场监管局走进企业宣讲标准。周某某 摄\n"
                    "广西壮族自治区桂林市市场监管局检查景区索道。\n")


def test_captions_that_open_on_other_words_are_no_gallery() -> None:
    """The near miss: lines whose first words are no place (a date, a verb) before each office,
    which the gate passes over without looking for their places."""
    assert not _gallery("质量月活动掠影\n9月5日，河南省洛阳市市场监管局开展计量器具抽查。孙某 摄\n"
                        "走访中，山东省潍坊市市场监管局走进企业宣讲标准。\n"
                        "近日，广西壮族自治区桂林市市场监管局检查景区索道。\n")
