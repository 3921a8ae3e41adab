"""A line broken inside its sentence (a page's or a PDF's fixed-width lines): the line before
is read with the figure's, so the head of the sentence (截至目前，某省已⏎有…) dates and places
the figures after the break. Texts written for the test."""

from __future__ import annotations

from typing import Any

from qsreport.extract.context_body import broken_before
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def counts(text: str) -> list[tuple[Any, Any]]:
    """(value, period) of every brand count the text gives."""
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(c["value"], c["period"]) for c in report["brands"]["counts"]]


def test_a_stock_word_before_a_break_reaches_the_counts_after_it() -> None:
    """截至目前，丙省已⏎⏎有5个…；120个…: the stock the line before opens, not the report's year."""
    text = ("丙省名牌产品总数居前列\n2010-09-07 09:00\n"
            "昨天，丙省又有30个产品获得“中国名牌产品”称号。截至目前，丙省已\n\n"
            "有5个中国世界名牌产品；120个中国名牌产品，居各省第三。\n")
    assert counts(text)[1:] == [(5, "cumulative"), (120, "cumulative")]


def test_a_count_opening_the_next_line_belongs_to_the_line_before() -> None:
    """…全县共有省著名商标⏎26件，省名牌产品18个: the line opens on a count, so the sentence
    goes on from the line before, whose 截至目前…共有 makes the counts a stock."""
    text = ("戊县质监工作通报\n2010-06-20 09:00\n近日，戊县质监局召开全县质量工作会议。\n\n"
            "会议通报，截至目前，全县共有省著名商标\n26件，省名牌产品18个，均居全市第一。\n")
    assert (18, "cumulative") in counts(text)


def test_which_line_ends_break_a_sentence() -> None:
    """A prose line that stops on a word awaiting its count, an open quote, or before a line
    opening on a count is broken; a heading, a line ending its sentence, or a prose line whose
    next line opens on words is not."""
    def broken(before: str, after: str) -> bool:
        view = before + "\n" + after
        return broken_before(view, len(before) + 1)
    assert broken("截至目前，丙省已", "有5个中国世界名牌产品。")
    assert broken("全区通过省级名牌28个，甲公司乙牌和“", "丙牌”被评为中国名牌。")
    assert broken("据统计，评审委员会共收到申请材料", "90件，其中商品商标84件。")
    assert not broken("一、基本情况", "全省共有锅炉5200台。")
    assert not broken("截至目前，丙省已有5个中国世界名牌产品。", "有关部门表示……")
    assert not broken("抓好业务建设，全面促进文明创建工作", "针对市场乱象，该局开展整治。")
