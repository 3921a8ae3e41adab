"""The region of a report's header: not a place inside a person's name that a 来源 line gives
(来源：王瑞金 is an author, not a publisher named after 瑞金)."""

from __future__ import annotations

from qsreport import parse


def meta_of(text: str) -> tuple[str | None, str | None]:
    meta = parse(text.encode("utf-8")).meta
    return meta.region, meta.source


def test_a_persons_name_on_the_source_line_is_no_publisher() -> None:
    text = ("计量所拓展检定业务\n"
            "日期：2008-05-06\n"
            "作者:\n"
            "来源:李瑞金\n"
            "点击:210\n"
            "今年以来，泰安市计量测试所主动上门服务，为企业检定了900余台件计量器具。\n")
    assert meta_of(text) == ("泰安市", None)


def test_another_persons_name_with_a_county_in_it() -> None:
    text = ("开展加油机专项检查\n"
            "日期：2012-03-15\n"
            "来源:张义乌\n"
            "阅读:88\n"
            "近日，湖州市质监局对辖区加油站开展专项检查，共检查加油机120台。\n")
    assert meta_of(text) == ("湖州市", None)


# A publisher whose place says nothing of where the report is.

def test_a_firm_that_reposts_news_is_no_publisher_to_take_a_place_from() -> None:
    text = ("电线电缆纳入重点监管目录\n"
            "来源:浙江恒远电缆有限公司 2013年05月02日 10:20\n"
            "业内人士指出，部分电线电缆企业偷工减料，产品质量问题突出，行业亟须规范。\n")
    assert meta_of(text)[0] is None


def test_another_firms_site_as_the_publisher() -> None:
    text = ("阀门产品列入监督抽查计划\n"
            "信息来源:河北永固阀门厂 日期：2015-08-11\n"
            "记者了解到，阀门等产品将列入下一年度的重点监督抽查计划。\n")
    assert meta_of(text)[0] is None


def test_an_outlets_repost_of_the_national_offices_news_has_no_region() -> None:
    text = ("市场监管局：120批次儿童自行车不合格\n"
            "发布:2023-06-02 10:00:00\n"
            "来源:徐州发布\n"
            "市场监管总局近日通报儿童自行车国家抽查结果，共抽查300家企业。\n")
    assert meta_of(text)[0] is None


def test_another_repost_that_opens_on_the_national_office() -> None:
    text = ("480批次电热毯抽查结果出炉\n"
            "发布日期：2021-12-20 来源：宁波晚报\n"
            "国家市场监督管理总局本周公布电热毯国家抽查结果，有6.5%的样品不合格。\n")
    assert meta_of(text)[0] is None


def test_a_local_lead_after_the_national_office_keeps_the_publishers_place() -> None:
    text = ("我市三家企业产品获免检资格\n"
            "发布日期：2006-09-08 来源：绍兴日报\n"
            "国家质检总局日前公布新一批免检产品名单，绍兴3家企业的产品榜上有名。\n")
    assert meta_of(text)[0] == "绍兴"
