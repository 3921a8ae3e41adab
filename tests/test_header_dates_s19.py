"""Dates of pages whose only date stands where the earlier readers did not look: a press
release's date line at its foot with its weekday in brackets, a date after an English label a
saved page keeps, and a page's stamp between its headline and the headline printed again below
a long menu."""

from __future__ import annotations

from qsreport import parse


def meta_of(text: str):  # type: ignore[no-untyped-def]
    return parse(text.encode("utf-8")).meta


def test_a_press_releases_foot_date_with_its_weekday_in_brackets() -> None:
    text = ("甲市度量衡科公布节前市场秤具巡查结果\n"
            "甲市度量衡科今日公布，节前共巡查街市摊档四十个，发现两把秤不准确。\n"
            "涉案商贩将被检控。\n"
            "完\n"
            "2019年9月12日（星期四）\n"
            "甲市时间15时30分\n")
    assert meta_of(text).date == "2019-09-12"


def test_a_foot_date_in_chinese_numerals_with_its_weekday() -> None:
    text = ("乙区海关查获不准确秤具\n"
            "乙区海关人员于上月在三个街市检查秤具，检获不准确秤具五把。\n"
            "二〇一二年十月八日(星期一)\n")
    assert meta_of(text).date == "2012-10-08"


def test_a_date_after_an_english_label_in_the_opening_lines() -> None:
    text = (" date 2023-06-14 丁县抽查燃气罐。（资料照片）\n"
            "丁县标检所近日抽查市售燃气罐12件，结果均合格。\n")
    assert meta_of(text).date == "2023-06-14"


def test_an_english_word_before_a_date_in_a_sentence_is_no_label() -> None:
    text = ("戊市发布检测结果\n"
            "戊市update了检测规则，自2020-01-02起施行，检测电梯30台。\n")
    assert meta_of(text).date is None


def test_a_stamp_between_the_headline_and_the_headline_printed_again() -> None:
    menu = "".join(f"  • 栏目{n}\n" for n in range(1, 30))
    text = ("新闻\n" + menu +
            "己市商场电梯查核结果公布\n\n"
            "2018-05-09 10:20\n\n"
            "    己市商场电梯查核结果公布\n"
            "己市消保部门今天公布商场电梯查核结果，20部电梯中有4部不合规定。\n")
    assert meta_of(text).date == "2018-05-09"


def test_a_stamp_under_a_related_items_title_dates_nothing() -> None:
    menu = "".join(f"  • 栏目{n}\n" for n in range(1, 30))
    text = ("新闻\n" + menu +
            "庚市召开质量工作会议\n"
            "庚市质监局召开会议，部署全年质量工作，要求各科室抓好落实工作。\n"
            "相关新闻\n"
            "辛县开展电梯检查\n"
            "2018-05-09 10:20\n"
            "壬县抽查化肥质量\n")
    assert meta_of(text).date is None
