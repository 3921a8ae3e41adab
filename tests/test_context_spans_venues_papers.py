"""The place and period of figures (issue 12's context): the last
few years up to now (近三年) a span to now, a meeting's venue no figure's place, and a paper
named after its city (某市日报) a name, not a place. Every sentence and figure is made up; the
place tests name real places only because the rules read the gazetteer."""

from __future__ import annotations

from tests.region_helpers import places
from tests.test_context_s19context import periods


def test_the_last_three_years_are_a_span_to_now() -> None:
    """近三年，共查处… sums the years up to now, as 三年来 does: ``cumulative``."""
    text = "市场监管工作总结\n2021-01-14\n近三年，全县共查处各类违法案件860件，罚没款120万元。\n"
    found = periods(text)
    assert (860, "cumulative") in found and (120, "cumulative") in found


def test_the_last_years_in_digits_are_a_span_to_now() -> None:
    text = "纸品质量\n2020-06-10\n近5年全县纸制品抽检合格率一直保持在90%以上。\n"
    assert (90, "cumulative") in periods(text)


def test_a_year_of_its_own_is_no_span() -> None:
    """A figure's own year is still its period (the span word is 近, not any year count)."""
    text = "市场监管工作总结\n2021-01-14\n2020年，全县共查处各类违法案件860件。\n"
    assert (860, "2020") in periods(text)


def test_a_meetings_venue_is_not_the_figures_place() -> None:
    """大会在某市召开，我省又有…: the province's honours, not the venue's."""
    text = ("名牌表彰\n2007-09-10\n四川省质监局网站刊文：全国名牌工作表彰会日前在上海举行，"
            "我省共有30个产品被授予“中国名牌产品”称号。\n")
    found = places(text)
    assert (30, "上海") not in found and (30, "四川省") in found


def test_a_conference_held_in_a_city_gives_its_list_no_place() -> None:
    text = ("标准论坛\n2021-10-27\n某某标准化论坛日前在南京举办，论坛上公布的本年度企业标准“领跑者”"
            "名单中，有40家企业的50项标准上榜。\n")
    found = places(text)
    assert (40, None) in found and (50, None) in found


def test_a_place_the_work_is_done_in_before_a_meeting_keeps_its_figures() -> None:
    """在某县开展…并举办培训班: the county the work is done in, not a venue."""
    text = "质量工作\n2021-10-27\n绍兴市质监局在新昌县开展质量帮扶并举办培训班，共抽查企业20家。\n"
    assert (20, "新昌县") in places(text)


def test_a_paper_named_after_its_city_is_no_place() -> None:
    """A byline's paper (某市日报(记者…)) names the paper, not where the figure is."""
    text = ("老字号认定\n2021-10-27\n桂林日报(记者李某)自治区商务厅日前公布的新一批“广西老字号”"
            "名单中，有10家企业来自餐饮行业。\n")
    found = places(text)
    assert (10, "桂林") not in found and (10, None) in found


def test_a_numbered_cases_heading_gives_its_figures_its_place() -> None:
    """案例一、甲市乙县市场监管局查处…案 … 经查，…涉案货值N元: the county whose office the
    case's heading names, in a page run into one line as well."""
    text = ("执法案例\n2022-04-22\n河南省市场监管局日前通报两起案件。 案例一、开封市兰考县市场监管局"
            "查处某某商行销售过期食品案 群众举报后，执法人员到该商行核查。经查，该商行货架上摆放"
            "过期饼干，涉案货值600元。 案例二、郑州市金水区市场监管局查处某某门店虚假宣传案 该局"
            "依法对当事人罚款5000元。\n")
    found = places(text)
    assert (600, "兰考县") in found and (5000, "金水区") in found


def test_the_provinces_a_national_check_reached_are_the_countrys() -> None:
    """此次抽查共涉及甲省、乙省、丙省等N个省的…企业: how far the national check reached, not
    those provinces' own figure."""
    text = ("电暖器抽查\n2020-05-20\n国家市场监管总局公布了电暖器产品质量国家监督抽查结果。本次抽查"
            "共涉及山东、河北、安徽、江西等4个省的40家生产企业，抽取产品50批次，发现10批次不合格。\n")
    assert (40, "全国") in places(text)


def test_the_provinces_a_case_reached_leave_it_to_the_office_that_made_it() -> None:
    """一起涉及甲、乙、丙等N个省市的…案: the case is the place of the office that made it."""
    text = ("打假成果\n2021-01-10\n湖南省市场监管局近日召开新闻发布会。会上介绍，岳阳市公安局去年侦破"
            "一起涉及湖南、广东、广西等8个省区的假冒电池案，捣毁窝点6处，涉案金额约2000万元。\n")
    found = places(text)
    assert (2000, "岳阳市") in found and (6, "岳阳市") in found


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
