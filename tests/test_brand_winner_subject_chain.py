"""A winner told as the subject of a chain of clauses: its name opens a clause with a step it
passed or a condition it met, the clauses after go on with no subject, and the last wins the
title; and the register's own words for a geographical indication won (its certification,
its certificate, its registered protection). Every text here is made up for the test."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def names(text: str) -> list[str]:
    return [h["name"] for h in area_items(HEADER + text + "\n", "brands", "honours")]


def test_a_quoted_product_meeting_conditions_then_certified_wins() -> None:
    """“甲”满足…要求，顺利通过了…评审，获得…认证: the quoted subject of the first clause won."""
    text = ("“午岭黑猪”满足登记农产品地理标志的各项要求，顺利通过了材料复核与现场评审，"
            "获得某部颁发的农产品地理标志认证。")
    assert names(text) == ["午岭黑猪"]


def test_a_bare_product_passing_a_check_then_winning_a_certificate() -> None:
    """A bare name before 通过 and a clause of 获颁 alone after it."""
    text = "近日，乙河大米顺利通过现场核查，获颁农产品地理标志登记证书。"
    assert names(text) == ["乙河大米"]


def test_a_chain_of_several_steps_keeps_its_subject() -> None:
    """Two subjectless clauses of steps between the name and the win."""
    text = "丁峪核桃达到了登记标准，通过了材料审核，通过了专家评审，正式获得地理标志产品登记保护。"
    assert names(text) == ["丁峪核桃"]


def test_a_win_clause_with_a_subject_of_its_own_keeps_it() -> None:
    """…，乙获得…: the clause of winning names its own winner; the earlier subject is not it."""
    text = "“戊山茶”通过了专家评审，己县蜂蜜获得地理标志产品认证。"
    assert names(text) == ["己县蜂蜜"]


def test_a_step_failed_names_no_winner() -> None:
    """未通过: a negated step is no step passed; nothing is read from it."""
    text = "己县蜂蜜未通过专家评审，获得农产品地理标志认证的是庚县蜂蜜。"
    assert "己县蜂蜜" not in names(text)


def test_a_body_named_after_the_register_is_no_title() -> None:
    """…认证评审组: a body named after the title, no title won by passing its review."""
    text = "辛县香菇通过了地理标志认证评审组的复核。"
    assert names(text) == []


def test_five_new_sentences_of_the_family() -> None:
    """The generality check: sentences of the family in other verbs and orders, written
    after the rule, each with the names the rule should give."""
    cases = [
        ("“壬湾脐橙”满足地理标志产品的全部要求，一次性通过技术核查，随后获得农产品地理标志证书。",
         ["壬湾脐橙"]),
        ("经过三年培育，癸岭茶油完成了品质鉴定，并成功荣获农产品地理标志认证。", ["癸岭茶油"]),
        ("子县申报的子县木耳产品顺利通过专家审定，获准农产品地理标志登记保护。", ["子县木耳"]),
        ("丑河鲫鱼具备了独特的品质，顺利获得农产品地理标志认证。", ["丑河鲫鱼"]),
        ("“寅山小米”通过了省级初审，目前正等待农业农村部的公示。", []),
    ]
    got = [names(text) for text, _ in cases]
    assert got == [want for _, want in cases]


def test_two_items_of_one_list_are_two_winners() -> None:
    """甲县葡萄、甲县葡萄干: a name inside the next item of its list is no short form of it."""
    text = "至今，某区已有卯县葡萄、卯县葡萄干、辰县香梨等产品先后获得地理标志产品称号。"
    assert names(text) == ["卯县葡萄", "卯县葡萄干", "辰县香梨"]


def test_a_short_form_named_apart_from_the_list_is_still_one_winner() -> None:
    """A short form in another clause than the full name stays the same winner."""
    text = "巳市丙公司荣获市长质量奖。评审组认为，巳市丙公司股份有限公司荣获市长质量奖实至名归。"
    assert names(text) == ["巳市丙公司股份有限公司"]
