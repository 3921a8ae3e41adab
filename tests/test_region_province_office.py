"""A province's office at work in one of its cities or counties (甲省局到乙县局调研): the report
is about the city or the county, unless it speaks of the whole province or lists its cases."""

from __future__ import annotations

from qsreport import parse


def region(text: str) -> str | None:
    return parse(text.encode()).meta.region


def test_a_province_office_visiting_a_county_bureau_gives_the_county() -> None:
    visit = ("调研工作\n近日，浙江省质监局调研组一行来到长兴县质监局，听取了该局今年以来的"
             "工作汇报，并察看了检验室。\n")
    assert region(visit) == "长兴县"
    joint = ("节前检查\n为保障节日出行安全，湖南省市场监管局与株洲市市场监管局日前组成检查组，"
             "对车站和商场的电梯逐台检查。\n")
    assert region(joint) == "株洲市"


def test_the_place_inside_the_province_named_most_gives_the_region() -> None:
    text = ("电梯检查\n日前，湖北省市场监管局检查组赴襄阳检查电梯维保单位。此次襄阳共有12家单位"
            "接受检查，襄阳在用电梯抽查合格率为98%。\n")
    assert region(text) == "襄阳"


def test_a_report_on_the_whole_province_keeps_the_province() -> None:
    whole = ("电梯检查\n近日，江苏省质监局在全省范围开展电梯安全检查，苏州市质监局检查电梯"
             "120台，苏州查封电梯3台。\n")
    assert region(whole) == "江苏省"
    cases = ("执法案例\n河南省市场监管局日前公布一批执法案例。案例一：洛阳市市场监管局查处某某"
             "公司销售不合格化肥，洛阳警方同时介入。\n")
    assert region(cases) == "河南省"
    more = ("抽查通报\n山西省质监局通报山西省级抽查结果，山西省内企业合格率为95%，太原市有两家"
            "企业不合格。\n")
    assert region(more) == "山西省"


def test_a_headline_s_province_then_a_city_by_its_short_name_gives_the_city() -> None:
    """甲省局对乙地…调研 and 甲省某某行（乙地站）: the city, where the body names it again."""
    visit = ("江西省质监局对赣州计量工作开展调研\n本月上旬，调研组听取了赣州市今年计量工作的"
             "情况介绍，并到两家企业察看。\n")
    assert region(visit) == "赣州"
    tour = ("湖南质量月宣传行（岳阳站）启动\n宣传活动当天在岳阳一处广场举行，岳阳多家企业"
            "设摊答疑。\n")
    assert region(tour) == "岳阳"


def test_a_province_s_unit_in_a_city_keeps_the_province() -> None:
    lab = ("广东省纤检所韶关实验室通过验收\n日前，专家组对该实验室开展现场考核，认为韶关"
           "实验室符合要求，韶关一带的棉检业务将就近办理。\n")
    assert region(lab) == "广东省"


def test_a_city_s_meeting_that_honours_its_county_s_bureau_gives_the_county() -> None:
    honour = ("先进表彰\n在上周的绍兴市质监局年度总结会议上，新昌县质监局被评为全市"
              "计量工作先进单位。\n")
    assert region(honour) == "新昌县"
    speech = ("经验交流\n在湖州市市场监管工作大会上，安吉县市场监管局作了题为优化服务的"
              "交流发言。\n")
    assert region(speech) == "安吉县"
