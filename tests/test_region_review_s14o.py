"""The report's region, review B of the fourteenth session: near misses of the rules that read a
higher office's news as one place's part. Every text here is written for the test."""

from __future__ import annotations

from qsreport import parse

from .region_helpers import region


def test_a_province_s_city_by_city_breakdown_keeps_the_province() -> None:
    """A province's results broken down city by city (其中乙市…，丙市…), or one city's share
    given after 其中 beside other cities named, is the province's report, not one city's."""
    checked = ("全省食品抽查结果通报\n山东省质监局日前通报了全省食品相关产品抽查结果。本次共抽查企业120家，"
               "其中济南市抽查企业30家，不合格企业主要集中在济南市、淄博市和临沂市。\n")
    assert region(checked) == "山东省"
    listed = ("老字号名单公布\n浙江省商务厅公布了第三批老字号名单，全省共50个品牌入选。其中杭州市有12个品牌"
              "上榜，宁波市有8个，温州市有6个，杭州市数量居全省第一。\n")
    assert region(listed) == "浙江省"
    ranked = ("童装抽查结果公布\n广东省质监局公布了全省童装抽查结果。其中，广州市抽查企业50家，广州市的"
              "不合格率较高，深圳市、东莞市次之。\n")
    assert region(ranked) == "广东省"


def test_a_city_a_province_cites_as_an_example_is_not_our_city() -> None:
    """A province's office praising 乙市等地 in a report that speaks as 我市 names another city
    as an example: the province's report, not that city's."""
    praised = ("计量工作获表扬\n河南省市场监管局通报表扬了郑州市等地的计量工作做法，我市将认真学习借鉴，"
               "进一步做好计量监管。\n")
    assert region(praised) == "河南省"
    counted = ("督查通报\n湖北省质监局日前通报表扬了宜昌市等5个市州的电梯安全工作，我市将对照先进，"
               "补齐短板。\n")
    assert region(counted) == "湖北省"


def test_a_white_flag_is_no_banner() -> None:
    """A white flag pulled down or raised (拔白旗, 举白旗) is a word, not 正镶白旗 (白旗): a title
    of nothing else names no region."""
    assert region("质量工作插红旗拔白旗\n某地开展了质量评比。\n") is None
    assert region("宁可举白旗也不放过假货\n某地开展了质量评比。\n") is None


def test_a_city_s_notice_citing_its_report_names_the_city_as_its_evidence() -> None:
    """A city's office citing its own report's title (市局公布《某年甲市…报告》) gives the city,
    with the evidence saying so (not the province's label); a county-level city in that title
    (义乌市) is no prefecture and gives nothing."""
    meta = parse("抽查结果公布\n市工商局日前公布《2015年大连市流通领域商品质量抽检报告》，共抽检商品"
                 "300批次。\n".encode()).meta
    assert (meta.region, meta.found["region"]) == (
        "大连市", "the city the title of the report a city's notice cites names")
    assert region("抽查结果公布\n市工商局日前发布《2016年义乌市流通领域商品抽检情况》，共抽检商品"
                  "120批次。\n") is None
