"""The title of a plain-text report saved from a page: page furniture above the headline is
never the title, and the headline is the line that shares its words with the lead; the scorer
counts titles against a key's meta.title.

Every line here is invented for the test, in the shapes saved pages print.
"""

from __future__ import annotations

import pytest

from qsreport.cleaning import match_view
from qsreport.evaluate import Result, format_table, score_document, title_outcome
from qsreport.segmenting.furniture import is_furniture
from qsreport.segmenting.header import read_header


def title_of(text: str) -> str | None:
    return read_header(text, match_view(text)).title


@pytest.mark.parametrize("line", [
    "某某质检资讯网",  # a site's name
    "某某标准服务网-热线:010-12345678",  # a site's name with its phone
    "欢迎访问某某协会网站!",  # a greeting
    "您现在的位置:首页 > 工作动态",  # a breadcrumb
    "字号:大 中 小",  # a tool
    "关闭 [复制链接]",  # tools
    "今天是",  # a clock
    "作者:webadmin",  # a byline
    "编辑部动态",  # a column's name
    "第B3版:综合新闻 上一版 下一版",  # an e-paper's page bar
    "本篇文章320字,读完约1分钟",  # a reading aid
    "各乡镇人民政府,县直有关单位:",  # a letter's addressees
    "序号 | 企业名称 | 产品",  # a table's header
    "张某 李某某",  # names alone
])
def test_furniture_shapes(line: str) -> None:
    """Each kind of page furniture is told by its shape."""
    assert is_furniture(match_view(line))


@pytest.mark.parametrize("line", [
    "某县强行关闭三家无证电线作坊",  # holds a tool's word (关闭) among many others
    "某市新增5个省级标准化示范区",
    "某省质监局通报一季度电梯安全检查情况",
    "西河市建成首个计量检测公共服务平台",  # ends as a platform, not a site's name
    "质量月宣传咨询活动走进八个社区",
    "省计量协会会员大会在南川召开",
    "市场监管局长星期一带队检查游乐设施",  # a weekday in a sentence, not a clock
    "新建检测中心选址位置确定",
    "临河县组建市场监督管理局",  # a longer headline ending in a bureau
])
def test_headlines_are_not_furniture(line: str) -> None:
    """A headline that holds a tool's, a site's or a bureau's word is still a headline."""
    assert not is_furniture(match_view(line))


def test_the_headline_under_a_site_name_and_tools_is_the_title() -> None:
    """A site's name and a font-size tool above the headline are passed over; the headline
    sits over its publish line and shares its words with the lead."""
    text = ("某某质检资讯网\n字号:大 中 小\n\n某县质监局开展燃气表专项检定\n"
            "2019-04-03 09:12 来源:某县质监局\n"
            "近日,某县质监局组织开展燃气表专项检定,共检定燃气表860只,合格率为97.2%。\n")
    assert title_of(text) == "某县质监局开展燃气表专项检定"


def test_a_title_with_its_date_keeps_its_place() -> None:
    """A reposted item's (date) is left out of the title, its place prefix kept."""
    text = ("东岭:集贸市场电子秤全部完成检定 (2006-03-14)\n"
            "东岭县质监局近日对全县集贸市场的电子秤进行了检定,共检定电子秤412台。\n")
    assert title_of(text) == "东岭:集贸市场电子秤全部完成检定"


def test_only_furniture_above_the_lead_gives_no_title() -> None:
    """When every line above the lead is furniture, no title is given."""
    text = ("分享到:\n打印本页\n"
            "各区质监部门今年共检查加油机1300余台,查处作弊案件6起,罚没款12万元。\n")
    assert title_of(text) is None


def test_the_headline_under_a_summary_paragraph_is_the_title() -> None:
    """A page that prints a summary paragraph first puts its headline over the publish line
    below it."""
    text = ("眼镜配制行业关系群众用眼健康,历年都是计量监督的重点。\n"
            "西湾区启动眼镜店计量专项检查\n"
            "时间:2021-05-20 来源:西湾区政府网\n"
            "近日,西湾区市场监管局启动眼镜店计量专项检查,检查眼镜店37家。\n")
    assert title_of(text) == "西湾区启动眼镜店计量专项检查"


def test_titles_are_scored_like_names() -> None:
    """Exact, held in one another, another title, none, or one where the key has none."""
    assert title_outcome("某市质量大会召开", "某市质量大会召开") == "exact"
    assert title_outcome("原题:某市质量大会召开", "某市质量大会召开") == "contained"
    assert title_outcome("某某网", "某市质量大会召开") == "wrong"
    assert title_outcome(None, "某市质量大会召开") == "missing"
    assert title_outcome("某某网", None) == "extra"
    assert title_outcome(None, None) is None


def test_the_table_prints_a_titles_line_and_skips_keys_without_a_title() -> None:
    """The evaluate table says how titles compared; a key whose meta has no title field is
    not scored."""
    result = Result()
    score_document("a.txt", {"meta": {"title": "甲"}}, {"meta": {"title": "甲"}}, result)
    score_document("b.txt", {"meta": {"title": "某某网"}}, {"meta": {"title": None}}, result)
    score_document("c.txt", {"meta": {"title": "乙"}}, {"meta": {}}, result)
    assert format_table(result).splitlines()[-1] == (
        "titles: exact 1 / contained 0 / wrong 0 / missing 0 / given when the key has none 1")
    assert "b.txt: titles: extra: expected None, got '某某网'" in result.misses


def test_an_issuer_s_line_gives_way_to_the_document_s_title() -> None:
    """A government document prints its issuer over its title: the 关于… line is the title."""
    text = ("北岭市人民政府\n关于表彰北岭市第三届市长质量奖获奖企业的决定\n"
            "各区县人民政府,市政府各部门:\n"
            "为表彰质量管理成效突出的企业,市政府决定授予4家企业北岭市第三届市长质量奖。\n")
    assert title_of(text) == "关于表彰北岭市第三届市长质量奖获奖企业的决定"


def test_a_headline_glued_to_its_publish_line_is_cut_before_it() -> None:
    """A headline run into the page's address and publish date is read without them."""
    text = ("|\n南湾县查封两家无证水泥厂http://www.example.com 2009年05月12日 08:10 某某日报\n"
            "近日,南湾县质监局对两家无证生产水泥的企业实施查封,扣押水泥180吨。\n")
    assert title_of(text) == "南湾县查封两家无证水泥厂"


def test_a_subtitle_under_the_title_does_not_replace_it() -> None:
    """A second headline-shaped line just under the title, right above the lead, is its
    subtitle: the first line stays the title."""
    text = ("“网店”售卖仿冒手表,11人被查\n市质监局通报2020年打假典型案件\n"
            "市质监局通报了2020年打假典型案件,其中一起网店售卖仿冒手表案涉及11人。\n")
    assert title_of(text) == "“网店”售卖仿冒手表,11人被查"


@pytest.mark.parametrize(("line", "title"), [
    ("[专题报道] 北河县完成全部加油机检定", "北河县完成全部加油机检定"),  # a column tag
    ("标题: 北河县完成全部加油机检定", "北河县完成全部加油机检定"),  # a label
    ("北河县人民政府关于表彰质量标兵的决定(北政发〔2019〕12号)",
     "北河县人民政府关于表彰质量标兵的决定"),  # the document's number
    ("北河县完成全部加油机检定_计量之窗", "北河县完成全部加油机检定"),  # the site's column
])
def test_the_title_is_read_without_what_the_page_ran_on(line: str, title: str) -> None:
    """A tag, a label, a document number or a column around the headline is left out."""
    text = f"{line}\n北河县质监局近日完成全县加油机检定,共检定加油机214台,合格率99.1%。\n"
    assert title_of(text) == title


def test_a_document_title_over_two_lines_is_read_whole() -> None:
    """A notice's title broken after its subject (关于…) is joined to the line that ends on the
    kind of document."""
    text = ("南川县人民政府\n关于2018年度南川县电线电缆\n质量监督抽查结果的通报\n"
            "各乡镇人民政府:\n2018年全县共抽查电线电缆42批次,合格38批次。\n")
    assert title_of(text) == "关于2018年度南川县电线电缆质量监督抽查结果的通报"
