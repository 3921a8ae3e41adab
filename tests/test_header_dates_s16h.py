"""Dates the header's lines do not carry (segmenting/header_dates.py): a dateline that writes
its year, a lead that opens on its full day, a page's stamp with its clock a little below the
debris, and a signature's date above the attachments or run into the last words."""

from __future__ import annotations

from qsreport import parse


def date_of(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.date


# A dateline with its year.

def test_a_papers_dateline_with_its_year() -> None:
    text = ("甲市开展冬季锅炉安全大检查\n"
            "甲市晨报2021年12月3日讯 （记者 某某）连日来，甲市质监局组织人员对辖区锅炉使用单位开展检查。\n")
    assert date_of(text) == "2021-12-03"


def test_an_agencys_dateline_with_its_year() -> None:
    text = ("乙省通报电动车抽查结果\n"
            "据某某社乙市2016年8月22日电 乙省质监局近日公布了电动自行车抽查的结果。\n")
    assert date_of(text) == "2016-08-22"


def test_a_day_before_a_word_in_dian_is_no_dateline() -> None:
    text = ("丙县检查电梯\n"
            "县质监局表示，2019年4月8日电梯维保单位须完成自查，此后开展抽查。\n")
    assert date_of(text) is None


# A lead that opens on its full day.

def test_a_lead_opening_on_its_day_after_an_outlets_dateline() -> None:
    text = ("丁省抽查儿童玩具60批次\n"
            "某某质量网讯 2020年11月5日，丁省市场监管局发布儿童玩具抽检结果。\n")
    assert date_of(text) == "2020-11-05"


def test_a_lead_opening_on_its_day_after_a_papers_dateline() -> None:
    text = ("戊市召开计量工作推进会\n"
            "本报讯 2017年6月14日，戊市质监局召开全市计量工作推进会，总结上半年工作。\n")
    assert date_of(text) == "2017-06-14"


def test_a_lead_whose_sentence_tells_a_later_day_stays_undated() -> None:
    text = ("己县排查游乐设施\n"
            "某某网讯 2018年7月2日，外省一处景区的游乐设施发生故障，为吸取教训，7月9日，己县质监局"
            "对县内游乐场所开展了排查。\n")
    assert date_of(text) is None


def test_a_day_later_in_the_lead_is_not_its_opening() -> None:
    text = ("庚市通报一批典型案例\n"
            "庚市市场监管局日前通报一批典型案例。\n"
            "2022年3月1日，该局查处一起销售不合格灯具案。\n")
    assert date_of(text) is None


# A page's stamp with its clock a little below the page's debris.

def test_a_stamp_with_its_clock_under_the_headline_below_debris() -> None:
    text = ("本站使用技术改善阅读体验，并尊重您的隐私。\n"
            "下载客户端\n"
            "\n"
            "辛市抽查加油机 合格率98%\n"
            "\n"
            "2016/9/2 14:25\n"
            "辛市计量所近日专项检查了全市加油站，共查加油机300台。\n"
            "检查中，执法人员逐台核对了加油机的检定证书和铅封，对发现的问题当场责令整改。\n"
            "该所表示，下一步将把加油机纳入日常监督，并公布举报电话，接受群众监督。\n")
    assert date_of(text) == "2016-09-02"


def test_a_stamp_after_the_outlets_name() -> None:
    text = ("某某财经\n"
            "要闻\n"
            "\n"
            "首页 > 要闻 > 正文\n"
            "\n"
            "【壬省上半年特种设备事故下降】壬省质监局日前通报称，今年上半年全省特种设备事故起数同比下降，"
            "各地检验机构共检验电梯12000台，查出隐患300余处。\n"
            "某某财经 2017-08-09 10:11:12\n"
            "壬省质监局近日发布通报，上半年全省特种设备事故起数同比下降。全省共检验电梯12000台。\n"
            "各地下一步将排查治理隐患，重点是学校、商场和医院的电梯与锅炉。\n"
            "通报要求，使用单位要落实主体责任，维保单位要按规定开展维护保养，"
            "检验机构要提高检验质量，确保下半年不发生较大事故。\n")
    assert date_of(text) == "2017-08-09"


def test_stamps_of_the_next_and_last_items_are_no_date() -> None:
    text = ("癸县开展食品安全宣传周活动\n"
            "癸县质监局在县城广场开展宣传活动，发放资料2000份。\n"
            "上一篇 2019-05-02 09:14\n"
            "下一篇 2019-05-03 11:20\n")
    assert date_of(text) is None


# A signature's date above the attachments, or run into the last words.

def test_a_signed_date_above_the_attachments() -> None:
    body = "".join(f"第{n}条 申报企业应具备相应条件，材料须真实完整。\n" for n in range(1, 25))
    rows = "".join(f"{n} 甲市某某食品有限公司{n}号\n" for n in range(1, 12))
    text = ("甲市第二批老字号名单公示\n"
            "经企业申报和专家评审，现将拟认定名单予以公示。\n" + body +
            "\n甲市商务局\n\n2021年9月15日\n\n附件：第二批甲市老字号拟认定名单\n序号 企业名称\n" + rows)
    assert date_of(text) == "2021-09-15"


def test_a_signed_date_of_two_offices_above_the_attachments() -> None:
    body = "".join(f"({n}) 参评单位须在质量管理方面取得显著成绩。\n" for n in range(1, 25))
    rows = "".join(f"{n}. 乙省某某机械股份有限公司第{n}分厂\n" for n in range(1, 12))
    text = ("关于乙省质量标杆拟推荐名单的公示\n"
            "现将拟推荐名单公示如下，公示期五个工作日。\n" + body +
            "\n乙省市场监督管理局\n\n乙省工商业联合会\n\n2022年4月7日\n\n乙省质量标杆拟推荐名单\n" + rows)
    assert date_of(text) == "2022-04-07"


def test_a_date_run_into_the_last_words_after_its_signer() -> None:
    text = ("关于组织申报乙县县长质量奖的通知\n"
            "各有关企业：请于规定时间内提交申报材料。联系电话：0000-1234567"
            "乙县质量奖评定办公室（代章：县市场监管局）2026年5月19日附件：申报表。\n")
    assert date_of(text) == "2026-05-19"


def test_a_date_after_a_persons_name_in_the_last_words_is_no_signature() -> None:
    body = "".join(f"第{n}组选手围绕计量知识作答，现场气氛热烈。\n" for n in range(1, 25))
    text = ("丙市举办质量知识竞赛\n"
            "丙市质监局举办了质量知识竞赛，30支队伍参赛。\n" + body +
            "本次竞赛的讲解员为某某某2015年10月12日附件：获奖名单。\n")
    assert date_of(text) is None


# A lead opening on its day in figures, under a headline printed again; a stamp glued to the
# view count before it; a date closing the text after the contact's brackets.

def test_a_lead_opening_on_its_day_in_figures_under_the_headline_printed_again() -> None:
    text = ("首页 > 新闻 > 工作动态\n"
            "乙县三家企业获批标准化试点\n"
            "\n"
            "乙县三家企业获批标准化试点\n"
            "\n"
            "   2016-5-12 ，由乙县质监局组织申报的三家企业标准化试点项目获省局批准。\n")
    assert date_of(text) == "2016-05-12"


def test_a_lead_opening_on_its_day_in_figures() -> None:
    text = ("当前位置：首页 > 质监要闻\n"
            "\n"
            "丙市开展计量器具检定\n"
            "\n"
            "\n"
            "丙市开展计量器具检定\n"
            "\n"
            "2019-10-8，丙市计量所派出技术人员到集贸市场检定电子秤。\n")
    assert date_of(text) == "2019-10-08"


def test_a_stamp_glued_to_the_view_count() -> None:
    body = "丁县质监局日前为一家获评名牌的企业兑现奖励，全县将继续推进品牌建设工作。\n"
    text = ("丁县企业获名牌奖励\n"
            "5172012-04-18 09:30:12\n" + body * 3)
    assert date_of(text) == "2012-04-18"


def test_another_stamp_glued_to_its_count() -> None:
    body = "戊市质监局表示，将对全市加油站开展专项检查，确保计量准确，维护消费者权益。\n"
    text = ("戊市加油站检查启动\n"
            "422014-07-02 16:45\n" + body * 3)
    assert date_of(text) == "2014-07-02"


def test_a_date_closing_the_text_after_the_contacts_brackets() -> None:
    body = "".join(f"{n}. 申报单位应按要求提交材料。\n" for n in range(1, 25))
    text = ("关于申报己市老字号的通知\n" + body +
            "联系人：某某 电话：0000-7654321 地址：己市某某路8号（邮编：000000）2020年6月9日。\n")
    assert date_of(text) == "2020-06-09"


def test_a_date_closing_the_text_after_a_signers_name_in_brackets() -> None:
    body = "".join(f"（{n}）参评企业须诚信经营。\n" for n in range(1, 25))
    text = ("关于开展庚县质量奖评审的通知\n" + body +
            "庚县质量奖评审委员会（庚县市场监管局）2018年3月20日\n")
    assert date_of(text) == "2018-03-20"


# A dateline of no year with the year the page writes for the same day.

def test_a_dateline_of_no_year_dated_by_the_related_items_of_its_day() -> None:
    text = ("甲县开展农资打假\n"
            "某某网4月12日讯 （通讯员 某某）近日，甲县市场监管局开展春季农资打假专项行动。\n"
            "检查经营门店30户，责令整改3户。\n"
            "相关新闻\n"
            "- 2019-04-12乙县：春耕生产有序推进\n"
            "- 2019-04-12丙市召开安全生产会议\n")
    assert date_of(text) == "2019-04-12"


def test_a_dateline_of_no_year_and_one_full_date_of_its_day() -> None:
    text = ("丁市新建检测平台开工\n"
            "某某网9月3日讯 据某某日报报道，丁市公共检测平台项目近日开工建设。\n"
            "项目建成后将设4个实验室。\n"
            "更多：2021年9月3日 丁市重点项目集中开工\n")
    assert date_of(text) == "2021-09-03"


def test_a_dateline_whose_day_the_page_writes_in_two_years_stays_undated() -> None:
    text = ("戊县检查加油站\n"
            "某某网3月5日讯 戊县质监局近日检查了全县加油站。\n"
            "- 2016-03-05戊县召开质量工作会议\n"
            "- 2015-03-05戊县启动计量宣传\n")
    assert date_of(text) is None
