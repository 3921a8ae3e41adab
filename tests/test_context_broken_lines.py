"""A line broken inside its sentence (a page's or a PDF's fixed-width lines): the line before
is read with the figure's, so the head of the sentence (截至目前，某省已⏎有…) dates and places
the figures after the break. Texts written for the test."""

from __future__ import annotations

from typing import Any

from qsreport.extract.context_body import broken_before

from .report_helpers import area_items


def counts(text: str) -> list[tuple[Any, Any]]:
    """(value, period) of every brand count the text gives."""
    return [(c["value"], c["period"]) for c in area_items(text, "brands", "counts")]


def test_a_stock_word_before_a_break_reaches_the_counts_after_it() -> None:
    """截至目前，丁省已⏎⏎有4个…；150个…: the stock the line before opens, not the report's year."""
    text = ("丁省名牌培育工作稳步推进\n2013-03-15 10:30\n"
            "本月，丁省新增40个产品被评为“中国名牌产品”。截至目前，丁省已\n\n"
            "有4个中国世界名牌产品；150个中国名牌产品，总数在全国靠前。\n")
    assert counts(text) == [(40, None), (4, "cumulative"), (150, "cumulative")]


def test_a_count_opening_the_next_line_belongs_to_the_line_before() -> None:
    """…全区共有省著名商标⏎30件，省名牌产品20个: the line opens on a count, so the sentence
    goes on from the line before, whose 截至目前…共有 makes the counts a stock."""
    text = ("己区质量强区推进会召开\n2011-04-12 15:00\n本周，己区召开质量强区推进会。\n\n"
            "会上介绍，截至目前，全区共有省著名商标\n30件，省名牌产品20个，总量排在全市前列。\n")
    assert (20, "cumulative") in counts(text)


def test_which_line_ends_break_a_sentence() -> None:
    """A prose line that stops on a word awaiting its count, an open quote, or before a line
    opening on a count is broken; a heading, a line ending its sentence, or a prose line whose
    next line opens on words is not."""
    def broken(before: str, after: str) -> bool:
        view = before + "\n" + after
        return broken_before(view, len(before) + 1)
    assert broken("截至目前，丁省已", "有4个中国世界名牌产品。")
    assert broken("某区今年新增省级名牌30个，某某公司的甲牌和“", "乙牌”双双入选。")
    assert broken("据初步统计，某局今年共受理注册申请", "100件，其中集体商标20件。")
    assert not broken("二、主要做法", "全市共有在用电梯8000台。")
    assert not broken("截至目前，丁省已有4个中国世界名牌产品。", "下一步，该省将继续推进。")
    assert not broken("扎实推进队伍建设，不断提升服务水平", "围绕群众关切，该所开展专项整治。")
