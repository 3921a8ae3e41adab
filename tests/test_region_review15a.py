"""Near misses of session 15's headline regions (review A): a region of several places, or a
town the body writes after a place, that a headline names gives the region only where neither
the publisher nor the body's own organisation says whose news it is; and a common word
(美丽乡村, 新农村) is no headline's town. Texts written for the test."""

from __future__ import annotations

from qsreport import parse

from .region_helpers import region


def test_the_publisher_or_the_body_s_organisation_outranks_a_headline_s_group_region() -> None:
    """A 京津冀 (长三角) headline over a province's or a city's own bureau: that bureau's place."""
    assert region("京津冀三地共推电梯安全监管协作\n日期：2016-05-12　来源：河北省质量技术监督局\n"
                  "河北省质监局近日与两地同行签订合作协议，三方将共享电梯维保单位信用信息，"
                  "联合开展维保质量抽查。") == "河北省"
    assert region("长三角检验检测机构互认再扩围\n嘉兴市市场监管局日前发布消息，该局将与周边城市"
                  "互认一批检验检测报告，企业送检不必再重复检测，预计每年可为企业节约费用数百万元。") \
        == "嘉兴市"


def test_a_common_word_that_ends_on_a_village_is_no_headline_s_town() -> None:
    """美丽乡村 (新农村, 特色小镇) in the headline and after a place in the body names no town."""
    assert region("美丽乡村建设提速质量监管跟进\n福建省质监局近日组织人员赴外省考察，借鉴浙江省"
                  "美丽乡村建设经验，推动农村地区计量器具免费检定。") == "福建省"
    assert region("特色小镇建设中的标准化探索\n记者近日采访了解到，甲省质监局借鉴浙江省特色小镇"
                  "建设经验，引导企业参与制定团体标准。") != "浙江省"


def _page(title: str, headline: str, body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='content'><h2>{headline}</h2><p>来源：本站　时间：2013年6月20日</p>"
            f"{body}</div></body></html>").encode()


def test_a_headline_s_where_i_am_or_a_news_site_s_name_gives_no_owner_s_place() -> None:
    """我所在的 (where I work) is no 我院/我校 of the site's owner, and a news outlet's name in
    <title> (某某网) is no owner's: the body's bureau gives the region."""
    body = ("<p>浙江省质监局本周通报了电线电缆产品专项监督抽查结果，本次共抽查生产企业46家，"
            "抽查合格率为93.5%，对不合格企业已责令整改。</p>")
    headline = "厂长：这次抽查我所在的企业全部合格"
    assert parse(_page(f"{headline} - 温州网", headline, body)).meta.region == "浙江省"
    headline = "车间主任：我会把质量关守得更严"
    assert parse(_page(f"{headline}_台州新闻网", headline, body)).meta.region == "浙江省"
