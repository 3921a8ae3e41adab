"""Brand counts of Taiwan's yearly award for its best products (台湾精品奖): the products picked
to win it, the winners counted in the sentence after the one naming it, and the firms of one
edition. Every text here is written for the test, with made-up firms and numbers."""

from __future__ import annotations

from tests.brand_helpers import counts

HEADER = "某县产业新闻\n发布日期：2027-11-20 来源：测试晚报\n"


def test_products_picked_to_win_the_award_after_the_entries() -> None:
    """…参评作品多达M件，…最后有K件产品获奖: K products won (the entries are no count)."""
    text = HEADER + "本届台湾精品奖参评作品多达900件，经过初审、复审，最后有300件产品获奖。\n"
    assert counts(text) == [("other", 300, "added", "achieved")]


def test_products_that_won_counted_after_the_sentence_naming_the_award() -> None:
    """The award named in the sentence before; 其中…入围 after the count tells a part of the
    winners going on to the top prizes, no shortlist of the count itself."""
    text = HEADER + ("某某公司的电动工具参加了台湾精品奖的角逐。结果揭晓，全台共400件产品获奖，"
                     "其中20件进入金质奖入围名单。\n")
    assert counts(text) == [("other", 400, "added", "achieved")]


def test_firms_of_one_edition_of_the_award_are_its_new_winners() -> None:
    """N家企业，分别荣获第K届…金质奖、银质奖: the firms count the award (no products are
    counted), the edition's winners, so the year's new ones."""
    text = HEADER + ("本届获奖名单日前公布，甲县某某电子公司与某某食品公司2家企业，"
                     "分别荣获第三十三届台湾精品银质奖、台湾精品奖。\n")
    assert counts(text) == [("other", 2, "added", "achieved")]


def test_firms_that_win_a_title_after_a_comma_hold_it() -> None:
    """12家企业，荣获省名牌产品称号 is read as 12家企业荣获…: the firms' stock of the title."""
    text = HEADER + "截至目前，全县有12家企业，荣获省名牌产品称号。\n"
    assert counts(text) == [("provincial_brand", 12, "total", "achieved")]


def test_firms_that_won_an_award_count_nothing_in_a_prize_money_sentence() -> None:
    """获奖 counts products or brands, never firms, and not 获奖励 (a reward)."""
    text = HEADER + "今年全县新增省名牌产品6个。对此，县里共有4家企业获奖励。\n"
    assert counts(text) == [("provincial_brand", 6, "added", "achieved")]
