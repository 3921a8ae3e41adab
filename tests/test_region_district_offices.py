"""The region of a city bureau's branch named after a district whose short name is a common
word (城关, 城中), of a district's own report that writes its office as 区市场监管局 and its
district's name only in the title of a document it follows, and of a report whose headline
names a national honour (中国名牌). Every sentence and figure is made up; the places are real
only because the rules read the gazetteer (城关区 is only 兰州's and 拉萨's)."""

from __future__ import annotations

from tests.region_helpers import region


def test_a_branch_named_after_a_district_of_a_common_word_gives_that_district() -> None:
    """城关分局 of 兰州's bureau is 兰州's 城关区, not 兰州 (and 拉萨's is 拉萨's); 城中分局 of a
    city that has a 城中区: that district."""
    lanzhou = ("面粉加工点检查\n6月3日，兰州市质监局城关分局接到群众反映，对一家无证面粉加工点"
               "进行突击检查，封存面粉90袋。\n")
    assert region(lanzhou) == "城关"
    lhasa = "锅炉检查\n日前，拉萨市质监局城关分局对辖区宾馆锅炉开展安全检查，共检查锅炉20台。\n"
    assert region(lhasa) == "城关"
    xining = "集市计量检查\n近日，西宁市质监局城中分局对辖区6个集贸市场开展计量器具检查。\n"
    assert region(xining) == "城中"


def test_a_branch_named_after_a_district_the_city_lacks_keeps_the_city() -> None:
    """银川 has no 城关区: its bureau's 城关分局 names no district the gazetteer holds."""
    text = "集市计量检查\n近日，银川市质监局城关分局对辖区6个集贸市场开展计量器具检查。\n"
    assert region(text) == "银川市"


def test_a_district_office_s_report_gives_the_district_its_cited_plan_names() -> None:
    """区市场监管局按照《甲市乙区…方案》…: the district's own report, not its city's, where the
    text names no place but the district and its city (a firm of the city too)."""
    text = ("电梯专项检查\n近日，区市场监管局根据《武汉市江夏区电梯安全整治工作方案》部署，对辖区"
            "20台电梯开展专项检查，武汉某某物业公司的2台电梯被责令停用。\n")
    assert region(text) == "江夏区"


def test_a_district_office_s_report_naming_another_city_gives_nothing() -> None:
    """A place of another city beside the district (a firm's from elsewhere): not one county
    and its parents, no region from the office."""
    text = ("衡器检查\n区市场监管局根据《武汉市江夏区民生计量工作方案》，对农贸市场40台电子秤开展"
            "检定，另抽查了宜昌某公司生产的衡器。\n")
    assert region(text) is None


def test_a_district_office_s_report_takes_no_short_name_from_a_slogan() -> None:
    """食安、农安 is a slogan's list, not 农安县: a district's office needs its district written
    in full."""
    # (农安 is a real county's short name: the slogan around it is made up)
    text = "半年总结\n今年，区市场监管局围绕“食安、农安”两项工程，共检查农贸市场40个。\n"
    assert region(text) is None


def test_a_headline_naming_a_national_honour_is_no_headline_of_the_whole_country() -> None:
    """中国名牌 in a headline is an honour's name (as it is for the figures' national test):
    the city paper that names its own city is the report's place; a headline about 中国 itself
    still takes no place from its publisher."""
    body = ("本报讯 记者从市质监局获悉，义乌目前有6家小商品企业提交了中国名牌产品申报材料，"
            "市里将对这些企业给予指导。\n")
    honour = "6家企业争创中国名牌\n2008年5月12日 09:30 义乌日报\n" + body
    assert region(honour) == "义乌"
    country = "中国制造如何走向优质\n2015年4月8日 09:30 义乌日报\n" + body
    assert region(country) is None
