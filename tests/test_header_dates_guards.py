"""Near misses of the late date readers and the region's new rules (review of session 16's
header work): each once gave a wrong date or region where none, or the right one, was due."""

from __future__ import annotations

from qsreport import parse


def meta_of(text: str):  # type: ignore[no-untyped-def]
    return parse(text.encode("utf-8")).meta


def test_an_epapers_issue_date_outranks_a_day_in_its_body() -> None:
    text = ("某某晚报 第B3版 上一版 下一版\n"
            "2019年4月23日 星期二\n"
            "甲市开展世界读书日质量宣传\n"
            "本报4月22日讯 昨日，甲市质监局在广场设点宣传。\n"
            "两年前的同一天（2017年4月22日），该局也在此设过咨询台。\n")
    assert meta_of(text).date == "2019-04-23"


def test_a_day_the_body_tells_in_its_history_gives_no_year() -> None:
    text = ("乙县举办世界计量日宣传\n"
            "本报5月20日讯 今天是世界计量日，乙县质监局走上街头宣传计量知识。\n"
            "自2017年5月20日新的计量办法实施以来，该县已检定计量器具上千台。\n")
    assert meta_of(text).date is None


def test_a_day_told_inside_a_sentence_below_the_lead_gives_no_year() -> None:
    text = ("丙市开展知识产权宣传\n"
            "某某网4月26日讯 丙市知识产权宣传周活动近日启动。\n"
            "早在2015年4月26日，丙市就设立了首个商标维权服务站，至今已受理投诉百余件。\n")
    assert meta_of(text).date is None


def test_a_dateline_before_june_dated_by_a_related_items_stamp() -> None:
    text = ("丁县抽查化肥质量\n"
            "某某网3月14日讯 丁县市场监管局近日抽查化肥22批次，合格19批次。\n"
            "不合格产品已依法处置。\n"
            "相关新闻\n"
            "- 2022-03-14 丁县召开春耕备耕会\n")
    assert meta_of(text).date == "2022-03-14"


def test_a_news_story_the_lead_cites_gives_no_date() -> None:
    text = ("加强起重机械安全监管\n"
            "近日，甲市质监局转发上级通知。据某某社2016年4月9日电，上级部门要求各地排查隐患。\n")
    assert meta_of(text).date is None


def test_a_cited_agency_story_after_the_leads_first_clause_gives_no_date() -> None:
    text = ("乙市部署锅炉节能工作\n"
            "乙市质监局日前召开会议，会议传达了某某社2014年11月2日电的有关精神。\n")
    assert meta_of(text).date is None


def test_a_notice_quoted_in_the_middle_dates_no_report() -> None:
    body = "".join(f"第{n}项，乙县质监局对辖区企业开展检查，发现问题{n}处。\n" for n in range(1, 22))
    text = ("乙县质监局转发市局通知\n"
            "近日，乙县质监局转发了甲市质监局关于开展安全检查的通知。\n"
            + body +
            "甲市质量技术监督局\n"
            "2016年7月8日\n"
            "乙县质监局要求各所于8月底前上报检查结果。\n"
            "各所要高度重视，认真组织实施。\n"
            "对发现的问题要立即整改。\n"
            "整改情况要及时上报。\n"
            "县局将适时开展督查。\n"
            "督查结果将在全县通报。\n")
    assert meta_of(text).date is None


def test_a_signature_date_above_its_attachments_still_dates_a_notice() -> None:
    text = ("关于开展电梯安全检查的通知\n"
            "各县区局：\n"
            "为加强电梯安全监管，现就开展检查有关事项通知如下。\n"
            "一、检查范围为全市在用电梯。\n"
            "甲市质量技术监督局\n"
            "2016年7月8日\n"
            "附件：检查表\n"
            + "".join(f"{n}. 第{n}项检查内容\n" for n in range(1, 10)))
    assert meta_of(text).date == "2016-07-08"


_RESULTS = "".join(f"第{n}批次样品已送检验机构，结果将另行公布。\n" for n in range(1, 9))


def test_a_provinces_praise_of_a_city_is_no_check_of_it() -> None:
    text = ("甲省质量工作考核结果公布\n"
            "近日，江苏省质监局对泰州市在全省质量工作考核中获得第一名予以通报表扬，"
            "南京市、苏州市分获第二、三名。全省各地质量工作整体提升。\n")
    assert meta_of(text).region == "江苏省"


def test_a_provinces_appraisal_of_a_city_is_no_check_of_it() -> None:
    text = ("质量强省工作评估结果\n"
            "日前，浙江省质监局对湖州市质量强市工作给予充分肯定，认为其经验值得推广。"
            "全省其他地区也取得进展。\n")
    assert meta_of(text).region == "浙江省"


def test_a_stamp_with_a_clock_inside_the_body_dates_no_report() -> None:
    text = ("甲市抽查电线电缆质量\n"
            "甲市质监局近日派出执法人员，对本市的线缆制造厂家进行了监督抽查。\n"
            "据统计：\n"
            "2016-05-11 09:30 抽样开始\n"
            "共抽取样品12批次。\n" + _RESULTS)
    assert meta_of(text).date is None


def test_a_stamp_with_words_after_its_clock_is_no_publish_stamp() -> None:
    text = ("乙县抽检食品用塑料包装\n"
            "乙县市场监管局本月组织人员，对县内包装生产企业的产品开展质量抽检。\n"
            "工作安排：\n"
            "2018-10-09 08:30 执法人员赴企业取样\n"
            "当日共取样9批次。\n" + _RESULTS)
    assert meta_of(text).date is None


def test_a_day_of_no_year_before_a_word_in_dian_is_no_dateline() -> None:
    text = ("丙县部署电梯自查\n"
            "县质监局要求，8月10日电梯使用单位须完成自查。2019年以来全县新增电梯300台。\n")
    assert meta_of(text).date is None


def test_a_day_of_no_year_before_a_word_in_dian_in_a_lead_is_no_dateline() -> None:
    text = ("丁市检查充电桩\n"
            "截至9月1日电动汽车充电桩已全部完成检查，2020年丁市将继续开展抽查。\n")
    assert meta_of(text).date is None


def test_a_day_before_a_meter_or_a_carrier_is_no_dateline() -> None:
    assert meta_of("戊县检定电能表\n2019年4月8日电能表周期检定在戊县全面启动，为期一月。\n").date is None
    assert meta_of("己市检查通信基站\n2018年10月9日电信营业厅的计量器具全部送检，己市质监局随后公布结果。\n").date is None
