"""The place and period of figures (issue 12's context, the twenty-third session): the last
few years up to now (近三年) a span to now, a meeting's venue no figure's place, and a paper
named after its city (某市日报) a name, not a place."""

from __future__ import annotations

from tests.region_helpers import places
from tests.test_context_s19context import periods


def test_the_last_three_years_are_a_span_to_now() -> None:
    """近三年，共查处… sums the years up to now, as 三年来 does: ``cumulative``."""
    text = "市场监管工作总结\n2021-01-14\n近三年，全县共查处各类违法案件860件，罚没款120万元。\n"
    found = periods(text)
    assert (860, "cumulative") in found and (120, "cumulative") in found


def test_the_last_years_in_digits_are_a_span_to_now() -> None:
    text = "眼镜产业\n2021-01-14\n近5年全区眼镜产品质量合格率始终稳定在93%以上。\n"
    assert (93, "cumulative") in periods(text)


def test_a_year_of_its_own_is_no_span() -> None:
    """A figure's own year is still its period (the span word is 近, not any year count)."""
    text = "市场监管工作总结\n2021-01-14\n2020年，全县共查处各类违法案件860件。\n"
    assert (860, "2020") in periods(text)


def test_a_meetings_venue_is_not_the_figures_place() -> None:
    """大会在某市召开，我省又有…: the province's honours, not the venue's."""
    text = ("名牌表彰\n2006-09-07\n广东省质监局消息，昨天，国家质检总局在北京隆重召开名牌产品表彰大会，"
            "我省又有45个产品获得“中国名牌产品”称号。\n")
    assert (45, "北京") not in places(text)


def test_a_conference_held_in_a_city_gives_its_list_no_place() -> None:
    text = ("标准大会\n2021-10-27\n某某标准创新大会10月26日在杭州举办，大会发布了第一批企业标准“领跑者”"
            "名单，共有65家企业的80项企业标准入围。\n")
    found = places(text)
    assert all(place != "杭州" for value, place in found if value in (65, 80))


def test_a_place_the_work_is_done_in_before_a_meeting_keeps_its_figures() -> None:
    """在某县开展…并举办培训班: the county the work is done in, not a venue."""
    text = "质量工作\n2021-10-27\n湖州市质监局在德清县开展质量提升行动并举办培训班，共抽查企业30家。\n"
    assert (30, "德清县") in places(text)


def test_a_paper_named_after_its_city_is_no_place() -> None:
    """A byline's paper (柳州日报(记者…)) names the paper, not where the figure is."""
    text = ("老字号认定\n2021-10-27\n柳州日报(记者王某)近日，自治区商务厅认定12家企业为“广西老字号”。\n")
    assert (12, "柳州") not in places(text)


def test_a_numbered_cases_heading_gives_its_figures_its_place() -> None:
    """案例一、某市某县市场监管局查处…案 … 经查，…涉案货值540元: the county whose office the
    case's heading names, in a page run into one line as well."""
    text = ("典型案例\n2022-04-22\n近日，山东省市场监管局公布了第二批典型案例。 案例一、青岛市胶州市市场监管局"
            "查处某某经营部销售假冒白酒案 2021年11月，根据线索，执法人员对当事人的经营场所进行检查。"
            "经查，当事人销售的白酒无法提供进货票据，涉案货值540元，违法所得180元。 案例二、临沂市兰山区"
            "市场监管局查处某某诊所发布违法广告案 经查属实，该局依法对当事人罚款3200元。\n")
    found = places(text)
    assert (540, "胶州市") in found and (3200, "兰山区") in found


def test_the_provinces_a_national_check_reached_are_the_countrys() -> None:
    """此次抽查共涉及甲省、乙省、丙省等N个省的…企业: how far the national check reached, not
    those provinces' own figure."""
    text = ("电热水壶抽查\n2020-05-20\n市场监管总局日前对电热水壶进行的国家监督抽查显示，产品抽样合格率为91.5%。\n"
            "此次抽查共涉及浙江、广东、江苏、福建等4个省的60家企业生产的65种产品。\n")
    assert (60, "全国") in places(text)


def test_the_provinces_a_case_reached_leave_it_to_the_office_that_made_it() -> None:
    """一起涉及甲、乙、丙等N个省市的…案: the case is the place of the office that made it."""
    text = ("打假成果\n2021-01-10\n湖北省市场监管局通报打假成果。2020年，宜昌市公安局破获一起涉及湖北、湖南、"
            "江西等9个省市的销售假冒轴承案，涉案金额3000万元，捣毁窝点5处。\n")
    found = places(text)
    assert (3000, "宜昌市") in found and (5, "宜昌市") in found


def test_when_a_cases_party_acted_dates_no_penalty() -> None:
    """当事人于2019年至2020年…购进… is the offence's time: the penalty told after it is the
    report's year's, not that span's."""
    text = ("商标侵权案\n区市场监管局查处商标侵权案\n当事人某某贸易公司于2019年至2020年从他处低价购进水泵，"
            "贴上他人商标后对外销售。\n区市场监管局依法责令当事人停止侵权行为，没收侵权水泵12台，罚款86万元。\n")
    found = periods(text)
    assert (86, None) in found and (12, None) in found


def test_a_year_the_work_itself_opens_still_dates_it() -> None:
    """A year that opens the enforcement's own sentence (2021年3月，区市场监管局…) still dates it."""
    text = ("商标侵权案\n区市场监管局查处商标侵权案\n当事人某某贸易公司于2019年从他处低价购进水泵。\n"
            "2021年3月，区市场监管局依法责令当事人停止侵权行为，罚款86万元。\n")
    assert (86, "2021") in periods(text)


def test_the_last_years_a_series_gives_value_by_value_are_each_a_year() -> None:
    """近4年，…分别为a、b、c和d: a yearly series, each value its own year, not a span to now."""
    text = "质量分析\n2012-12-20\n近4年，全县食品抽检合格率分别为81.5%、84.0%、88.5%和90.5%。\n"
    found = periods(text)
    assert (81.5, "2009") in found and (90.5, "2012") in found
