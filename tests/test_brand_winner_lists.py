"""Named-winner families of rounds 70-81: a giver's decision whose quoted title opens with
the place it bears and then the award's edition (授予A、B“某市第五届市长质量奖”).
Every text here is written for the test, with made-up places and firms."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def winners(text: str) -> list[tuple[str, str]]:
    return [(h["name"], h["category"])
            for h in area_items(HEADER + text + "\n", "brands", "honours")]


def test_winners_before_a_quoted_title_with_its_place_then_its_edition() -> None:
    """授予A、B“甲市第五届市长质量奖”: both firms won, not only the first."""
    text = ("经评审委员会审定，决定授予乙县丙丁机械有限公司、甲市农业科学研究所"
            "“甲市第五届市长质量奖”，并各奖励人民币30万元。")
    assert winners(text) == [("乙县丙丁机械有限公司", "other"), ("甲市农业科学研究所", "other")]


def test_winners_of_a_provinces_numbered_award_in_other_words() -> None:
    """The same order with a province's award and a real province's name."""
    text = "省政府日前决定授予某某电器有限公司、庚辛食品有限公司“湖南省第二届省长质量奖”。"
    assert winners(text) == [("某某电器有限公司", "other"), ("庚辛食品有限公司", "other")]


def test_a_places_stock_of_time_honoured_names_listed_after_you() -> None:
    """乙县的中华老字号品牌有A、B和C: each trade name holds the title, the last after 和."""
    text = "此前，乙县的中华老字号品牌有丙丁楼、戊己斋和庚辛坊。"
    assert winners(text) == [("丙丁楼", "other"), ("戊己斋", "other"), ("庚辛坊", "other")]


def test_a_places_stock_of_brand_products_with_a_colon_and_a_count() -> None:
    """全市的中国名牌产品有：A公司的甲牌…、B公司的乙牌…; and 有A、B两家 with its count cut."""
    text = "全市的中国名牌产品有：某某电器有限公司的甲牌空调、某某食品有限公司的乙牌饼干。"
    assert winners(text) == [("甲牌空调", "china_top_brand"), ("乙牌饼干", "china_top_brand")]
    text = "目前乙县的中华老字号有丙丁酱园、戊己茶庄两家。"
    assert winners(text) == [("丙丁酱园", "other"), ("戊己茶庄", "other")]


def test_a_stock_that_only_grows_names_no_holder() -> None:
    """全市的…有较大增长、有新突破: what follows 有 is no list of holders."""
    assert winners("全市的中国名牌产品有较大增长、有新突破。") == []
    assert winners("全县的中华老字号有传承、有创新。") == []


def test_a_speakers_or_explainers_words_are_no_winner() -> None:
    """我们为公司获…感到自豪, 向市民介绍某县获得…的企业: pieces of a sentence, no winner."""
    assert winners("我们为公司获得甲市市长质量奖感到自豪，也深感责任重大。") == []
    assert winners("现场工作人员向市民介绍乙县获得“甲省名牌产品”的企业和产品，并答疑解惑。") == []


def test_a_subject_cut_before_its_modal_is_no_winner() -> None:
    """全体员工要以获…为起点: the staff and a modal verb, no winner."""
    assert winners("全体员工要以此次获得甲省政府质量奖为新起点，持续改进质量。") == []


def test_a_firm_before_the_adverb_geng_is_named_without_it() -> None:
    """某集团更是荣获…: the firm won; 更 is not part of its name (更 inside a name stays)."""
    assert winners("丁氏集团更是荣获了第三届甲省政府质量奖。") == [("丁氏集团", "other")]
    assert winners("某某食品有限公司更是一举获得甲省名牌产品称号。") == [
        ("某某食品有限公司", "provincial_brand")]
    assert winners("某某更生制药有限公司荣获第三届甲省政府质量奖。") == [
        ("某某更生制药有限公司", "other")]


def test_a_run_of_bare_names_set_apart_by_commas_before_their_title() -> None:
    """早先，我省A，B，C相继获得…保护: every name of the run won, not only the last one
    before the verb."""
    text = "早先，我省乙山红茶，丙河香米，丁岭蜂蜜相继获得国家地理标志产品保护。"
    assert winners(text) == [("乙山红茶", "geographical_indication"),
                             ("丙河香米", "geographical_indication"),
                             ("丁岭蜂蜜", "geographical_indication")]


def test_a_run_of_bare_names_after_a_time_clause_in_other_words() -> None:
    """截至去年底，乙县的A，B，C，D均被认定为…: the time clause is no name."""
    text = ("截至去年底，乙县的云雾绿茶，石门香米，东岭蜂蜜，西坡甜柿均被认定为"
            "国家地理标志保护产品。")
    assert winners(text) == [("云雾绿茶", "geographical_indication"),
                             ("石门香米", "geographical_indication"),
                             ("东岭蜂蜜", "geographical_indication"),
                             ("西坡甜柿", "geographical_indication")]


def test_clauses_of_work_before_one_winner_are_no_names() -> None:
    """与此同时，甲市加快…，深入推进…，A被批准为…: the work clauses name nothing."""
    text = ("与此同时，甲市加快品牌培育，深入推进质量提升，丙河香米被批准为"
            "国家地理标志保护产品。")
    assert winners(text) == [("丙河香米", "geographical_indication")]
