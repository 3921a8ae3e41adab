"""A publish date glued to the first lines of a saved page's text (segmenting/opening.py)."""

from __future__ import annotations

from qsreport import parse


def date_of(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.date


def test_a_publish_label_run_into_the_title() -> None:
    text = ("关于开展本年度县名牌产品培育工作的通知发布时间:2016-04-12 08:30来源:云岗县质监局\n"
            "各乡镇、各有关企业：现将有关事项通知如下。\n")
    assert date_of(text) == "2016-04-12"


def test_a_stamp_opening_the_lead() -> None:
    text = ("云岗县抽检桶装水\n"
            "2013/06/05 为保障夏季饮水安全，县质监局对全县桶装水生产企业开展了抽检。\n")
    assert date_of(text) == "2013-06-05"


def test_a_stamp_glued_to_the_lead() -> None:
    assert date_of("石门查处劣质电线\n2014-09-21近日，石门县质监局查处了一批劣质电线。\n") == "2014-09-21"


def test_a_stamp_after_the_page_address() -> None:
    text = ("平江蜂蜜抽检全部合格\n"
            "http://news.example.com/a/1.html 2012-10-08 09:14 来源: 平江日报\n"
            "日前，平江县质监局对本县蜂蜜产品进行了专项抽检。\n")
    assert date_of(text) == "2012-10-08"


def test_a_written_date_with_its_clock_and_source() -> None:
    text = "远山检查校园周边文具\n2015年03月17日 10:20 来源:远山在线为了让学生用上放心文具，远山县质监局开展了检查。\n"
    assert date_of(text) == "2015-03-17"


def test_a_lead_opening_on_the_day_of_its_event_is_no_stamp() -> None:
    # 年月日 with no clock and no 来源: the day the work was done, which a report may tell
    # long after.
    assert date_of("2015年3月17日，远山县质监局开展了校园周边文具检查。\n") is None


def test_a_span_is_no_stamp() -> None:
    assert date_of("2015-03-17至2015-04-30，远山县质监局开展了文具专项检查。\n") is None


def test_a_stamp_below_the_first_sentence_is_not_read() -> None:
    text = ("近日，云岗县质监局对菜市场在用电子秤进行了免费检定。\n共检定电子秤120台。\n"
            "2021-05-06\n")
    assert date_of(text) is None
