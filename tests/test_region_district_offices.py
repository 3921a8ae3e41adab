"""The region of a city bureau's branch named after a district whose short name is a common
word (城关, 城中), of a district's own report that writes its office as 区市场监管局 and its
district's name only in the title of a document it follows, and of a report whose headline
names a national honour (中国名牌)."""

from __future__ import annotations

from tests.region_helpers import region


def test_a_branch_named_after_a_district_of_a_common_word_gives_that_district() -> None:
    """城关分局 of 兰州's bureau is 兰州's 城关区, not 兰州 (and 拉萨's is 拉萨's); 城中分局 of a
    city that has a 城中区: that district."""
    lanzhou = ("豆腐作坊检查\n9月12日，兰州市质监局城关分局根据举报，对一处无证豆腐作坊开展检查，"
               "查扣豆腐180公斤。\n")
    assert region(lanzhou) == "城关"
    lhasa = "电梯安全检查\n近日，拉萨市质监局城关分局对辖区住宅电梯开展检查，共查电梯36台。\n"
    assert region(lhasa) == "城关"
    liuzhou = "加油站检查\n日前，柳州市质监局城中分局对辖区9家加油站开展计量检查。\n"
    assert region(liuzhou) == "城中"


def test_a_branch_named_after_a_district_the_city_lacks_keeps_the_city() -> None:
    """南宁 has no 城关区: its bureau's 城关分局 names no district the gazetteer holds."""
    text = "加油站检查\n日前，南宁市质监局城关分局对辖区9家加油站开展计量检查。\n"
    assert region(text) == "南宁市"


def test_a_district_office_s_report_gives_the_district_its_cited_plan_names() -> None:
    """区市场监管局按照《甲市乙区…方案》…: the district's own report, not its city's, where the
    text names no place but the district and its city (a firm of the city too)."""
    text = ("锅炉专项检查\n近日，区市场监管局按照《成都市双流区锅炉整治方案》的要求，对辖区12台锅炉"
            "开展专项检查，成都某某家具有限公司的1台锅炉被责令停用。\n")
    assert region(text) == "双流区"


def test_a_district_office_s_report_naming_another_city_gives_nothing() -> None:
    """A place of another city beside the district (a firm's from elsewhere): not one county
    and its parents, no region from the office."""
    text = ("计量检查\n区市场监管局按照《成都市双流区计量工作方案》，检查集贸市场电子秤85台，"
            "同时检查了绵阳某公司的衡器。\n")
    assert region(text) is None


def test_a_district_office_s_report_takes_no_short_name_from_a_slogan() -> None:
    """食安、农安 is a slogan's list, not 农安县: a district's office needs its district written
    in full."""
    text = ("年度总结\n今年以来，区市场监管局推进“食安、农安”联动机制，检查食品经营户320户。\n")
    assert region(text) is None


def test_a_headline_naming_a_national_honour_is_no_headline_of_the_whole_country() -> None:
    """中国名牌 in a headline is an honour's name (as it is for the figures' national test):
    the city paper that names its own city is the report's place; a headline about 中国 itself
    still takes no place from its publisher."""
    honour = ("8家企业申报中国名牌\n2006年12月09日 08:10 晋江日报\n本报讯 今年以来，晋江已有8家服装企业"
              "递交中国名牌产品预申请表，市里引导晋江企业积极创造条件申报。\n")
    assert region(honour) == "晋江"
    country = ("中国质量如何提升\n2016年3月2日 08:10 晋江日报\n本报讯 今年以来，晋江已有8家服装企业"
               "递交中国名牌产品预申请表，市里引导晋江企业积极创造条件申报。\n")
    assert region(country) is None
