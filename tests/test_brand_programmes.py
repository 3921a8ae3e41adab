"""Brand-count families of rounds 76-79: a province's own best-products programme counted
like a brand title, a region's tally of its marks by level with totals given 分别, a
分别 clause that names what it counts itself, and a headline count above a page's byline.
Every text here is written for the test, with made-up places and firms."""

from __future__ import annotations

from tests.brand_helpers import counts

HEADER = "甲市品牌工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def test_a_provinces_programme_counted_as_it_grows() -> None:
    """好品山东 and its kind are brands of category other: a number of them is a count."""
    text = HEADER + "截至目前，全省累计培育“好品山东”品牌260个，今年新增“好品山东”品牌48个。\n"
    assert counts(text) == [("other", 260, "total", "achieved"),
                            ("other", 48, "added", "achieved")]


def test_another_provinces_programme_in_other_words() -> None:
    """辽宁优品 in a batch's list: its new winners are counted."""
    text = HEADER + "本年度甲市共有17个产品新获“辽宁优品”称号，数量居全省第二。\n"
    assert counts(text) == [("other", 17, "added", "achieved")]


def test_marks_by_level_with_their_totals_given_respectively() -> None:
    """新增A N件、B M件…，总量分别达到 x件、y件: each total goes with its level's mark,
    the city-level 知名商标 among them."""
    text = HEADER + ("到去年底，全盟新增著名商标12件、知名商标40件，"
                     "总量分别达到230件、515件。\n")
    assert counts(text) == [
        ("provincial_famous_trademark", 12, "added", "achieved"),
        ("other", 40, "added", "achieved"),
        ("provincial_famous_trademark", 230, "total", "achieved"),
        ("other", 515, "total", "achieved"),
    ]


def test_a_known_mark_alone_is_a_count_of_other() -> None:
    """某县拥有知名商标N件: the level below the province's famous marks."""
    text = HEADER + "目前乙县拥有知名商标36件，其中今年新认定9件。\n"
    assert counts(text)[0] == ("other", 36, "total", "achieved")


def test_a_respectively_clause_that_names_standards_takes_no_brand_title() -> None:
    """分别为 after 国家标准 counts standards, not the brand title of the sentence before."""
    text = HEADER + ("全省培育的“好品山东”品牌共300个。参与制定的行业、国家标准"
                     "分别为85项、140项，居全国前列。\n")
    assert [c[1] for c in counts(text)] == [300]


def test_an_enterprise_clause_with_respectively_takes_no_brand_title() -> None:
    """分别 after a count of firms: the firms are counted, not the marks named before."""
    text = HEADER + ("全市新增省著名商标15件。规上企业和小微企业数量分别达到410家、2600家。\n")
    assert [c[1] for c in counts(text)] == [15]


def test_a_headline_count_above_a_byline_is_achieved() -> None:
    """A headline with no stop, then a blank line and a byline with a 推荐 link: the
    byline's words are none of the headline figure's."""
    text = ("丙市新增31件省著名商标 累计达到140件\n\n"
            "日期:2011-03-02 来源:测试网  推荐:理财频道\n\n"
            "本报讯 丙市又有31件商标被认定为某省著名商标。\n")
    got = counts(text)
    assert ("provincial_famous_trademark", 31, "added", "achieved") in got
    assert ("provincial_famous_trademark", 140, "total", "achieved") in got


def test_a_headline_count_above_a_byline_in_other_words() -> None:
    """The same with a 推荐阅读 line under a headline of famous marks' growth."""
    text = ("丁县拥有省著名商标52件\n\n"
            "作者:某某 日期:2012-08-15 推荐阅读:质量频道\n\n"
            "记者从县市场监管局获悉，全县已拥有省著名商标52件。\n")
    assert all(c[3] == "achieved" for c in counts(text))
    assert ("provincial_famous_trademark", 52, "total", "achieved") in counts(text)
