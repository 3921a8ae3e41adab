"""A page's region from an agency bureau's dateline, a firm's own notice and the one place a
story names; none from a round-up's headline, a securities paper's city or a visiting party's
home (pages written for the test, with made-up firms, people and events)."""

from __future__ import annotations

import pytest

from qsreport import parse


def page_region(title: str, body: str, source: str | None = None) -> str | None:
    """The region of a page with ``title`` as its <title> and headline and ``body`` below a
    date line (that credits ``source`` when given)."""
    credit = f"　来源：{source}" if source else ""
    markup = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
              f"<h1>{title}</h1><div class='info'>2024-03-12 10:20{credit}</div>"
              f"<div class='story'>{body}</div></body></html>")
    return parse(markup.encode()).meta.region


SHIP = ("<p>一座海上观测浮标今天在船厂完成组装，下个月起将在近海连续记录风浪数据。</p>"
        "<p>工程师介绍，浮标由太阳能板供电，每隔十分钟回传一次读数。</p>")


@pytest.mark.parametrize(("dateline", "region"), [
    ("新华社厦门3月12日电（记者林某）", "厦门"),
    ("新华网福建频道 记者 林某", "福建"),
])
def test_an_agency_bureau_s_dateline_gives_the_place_it_files_from(dateline: str, region: str) -> None:
    """新华社某市…电 or 新华网某省频道 at the head of a story that names no other place: the
    bureau's place, as a local paper's 本报某市讯 gives its own."""
    assert page_region("观测浮标完成组装", f"<p>{dateline}</p>{SHIP}", "新华网") == region


def test_an_agency_s_dateline_from_the_capital_gives_no_region() -> None:
    """新华社北京…电: where the agency files national news from, not the story's place."""
    assert page_region("观测浮标完成组装", f"<p>新华社北京3月12日电（记者林某）</p>{SHIP}", "新华网") is None


def test_a_round_up_headline_takes_no_province_from_its_body() -> None:
    """A headline about many places (多地…): the 全省 of one province's office in the body is
    that office's, and no place is the round-up's."""
    body = ("<p>今年春季，天津、重庆、福建等多地先后调整了公交换乘优惠。</p>"
            "<p>天津的优惠延长到九十分钟；重庆则按次减免。福建省交通厅日前发文，"
            "要求在全省范围内统一换乘规则。</p>")
    assert page_region("多地调整公交换乘优惠", body, "某某新闻网") is None


def test_a_great_region_in_the_headline_is_the_region() -> None:
    """华东 in a headline that names no province: the great region, as 京津冀 is."""
    body = "<p>记者从电力行业协会获悉，今年以来区域内用电负荷持续走高，调峰压力加大。</p>"
    assert page_region("华东电网迎来用电高峰", body, "某某经济报") == "华东"


def test_a_school_named_after_a_great_region_is_not_one() -> None:
    """华东某某大学 in the headline names a school, not the great region."""
    body = "<p>记者从学校获悉，今年以来该校新增三个本科专业，招生规模扩大。</p>"
    assert page_region("华东理工大学新增三个专业", body, "某某教育报") != "华东"


def test_a_host_s_report_on_visitors_is_not_the_visitors_place() -> None:
    """甲区某某一行到… on the site of the host (which names no place of the guests'): the
    guests' district is not the region, in the title nor in the body."""
    body = ("<p>南海区青禾商会会长刘某某、南海区某某协会秘书长陈某某等一行六人日前来到我区"
            "青禾创业港参观交流。</p><p>客人们观看了创业港的宣传片，南海区客人表示回去后将组织会员"
            "企业再来对接。我区将继续办好创业港。</p>")
    assert page_region("南海区青禾商会会长刘某某一行到青禾创业港参观交流", body,
                       "某某办事处") != "南海区"


def test_a_bureau_s_own_report_of_its_visit_keeps_its_place() -> None:
    """甲市局一行赴乙县…, published by 甲市's own site: the publisher names the visitors' place,
    so the title's place still counts."""
    body = "<p>3月8日，福州市局一行赴某某县开展节前检查，检查了三家超市的计量器具。</p>"
    assert page_region("福州市局一行赴基层开展节前检查", body, "福州市市场监管局") == "福州市"


NOTICE = ("<p>{firm}（“本公司”）董事会现就本公司第一季度报告的一处更正说明如下。</p>"
          "<p>本公司第一季度报告中的一项营业收入少计了一笔，更正后的数字将在本公司的"
          "半年度报告中一并列示。</p>")


def test_a_securities_paper_s_city_is_not_the_region_and_the_firm_s_is() -> None:
    """A listed firm's notice in 某市证券报: the paper covers firms from everywhere; the firm
    that opens its own notice as 本公司 gives the place it is named after."""
    body = NOTICE.format(firm="大连青禾环保股份有限公司")
    assert page_region("青禾环保关于更正第一季度报告的公告", body, "上海证券报") == "大连"


def test_a_firm_not_named_after_a_place_gives_none() -> None:
    """The same notice from a firm whose name holds no place: no region, not the paper's city."""
    body = NOTICE.format(firm="青禾环保股份有限公司")
    assert page_region("青禾环保关于更正第一季度报告的公告", body, "上海证券报") is None


def test_the_one_city_a_story_names_again_and_again_is_the_region() -> None:
    """A story that names one city of China three times, its province once apart, and a country
    abroad: the city."""
    body = ("<p>第三届青禾音乐节本周末在贵阳开幕，来自意大利的乐团担任开幕演出。</p>"
            "<p>主办方介绍，音乐节期间贵阳的十个街区将有露天演出。贵州省的不少乐迷提前订好了住处。"
            "</p><p>闭幕式后，乐团还将在贵阳举办两场公益讲座。</p>")
    assert page_region("青禾音乐节本周末开幕", body, "某某文化报") == "贵阳"


def test_a_city_named_as_often_as_its_province_apart_gives_none() -> None:
    """The city named twice and its province twice, apart: the province's story as much as the
    city's, so neither by this count."""
    body = ("<p>第三届青禾音乐节本周末在贵阳开幕。贵州省的不少乐迷提前订好了住处。</p>"
            "<p>闭幕式后，乐团还将在贵阳举办公益讲座。贵州省文化部门表示支持。</p>")
    assert page_region("青禾音乐节本周末开幕", body, "某某文化报") is None
