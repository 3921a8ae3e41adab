"""A two-part headline whose parts the page prints again, one a line, above the article: the
parts' lines say only what the headline says, so they give no figure or winner of their own.
The reports are written for these tests."""

from __future__ import annotations

from typing import Any

from qsreport.cleaning.view import match_view
from qsreport.segmenting import segment

from .report_helpers import report_json


def _run(text: str) -> dict[str, Any]:
    return report_json(text)


def test_a_headline_part_printed_again_counts_nothing_twice() -> None:
    """The part 甲公司两款产品上榜 on its own line neither repeats the article's count nor
    makes the firm a winner: the article names the two products."""
    report = _run(
        "2018年浙江名牌产品名单出炉 甲公司两款产品上榜\n"
        "发布时间:2018-11-16 点击数:120\n"
        "2018年浙江名牌产品名单出炉\n"
        "甲公司两款产品上榜\n"
        "近日，省名牌战略推进委员会发布2018年浙江名牌产品名单。甲生物公司的维生素A、"
        "甲铜业公司的铜合金“线材”两款产品榜上有名，荣获“2018年浙江名牌产品”。\n")
    assert [(c["value"], c["unit"]) for c in report["brands"]["counts"]] == [(2, "款")]
    assert [h["name"] for h in report["brands"]["honours"]] == ["维生素A", "铜合金“线材”"]


def test_the_parts_of_another_headline_printed_again() -> None:
    """The same for a headline of a county's three new titles, its parts printed again."""
    report = _run(
        "乙县品牌建设再获佳绩 丙厂三个产品获评省名牌\n"
        "发布日期：2020-12-02  来源：乙县融媒体中心\n"
        "乙县品牌建设再获佳绩\n"
        "丙厂三个产品获评省名牌\n"
        "日前，丙厂的丁牌电动工具、戊牌保温杯、己牌户外家具获评2020年度浙江名牌产品。\n")
    assert [(c["value"], c["unit"]) for c in report["brands"]["counts"]] == [(3, "个")]
    assert [h["name"] for h in report["brands"]["honours"]] == ["丁牌电动工具", "戊牌保温杯", "己牌户外家具"]


def test_a_one_part_headline_printed_again_stays_a_sentence() -> None:
    """A headline of one part printed again is the article's first line: it stays among the
    sentences the rules read (only the parts of a two-part headline are left out)."""
    text = "丙厂三个产品获评浙江名牌\n发布日期：2020-12-02  来源：某某日报\n丙厂三个产品获评浙江名牌\n日前，丙厂获奖。\n"
    layout = segment(text, match_view(text))
    assert [text[s.start:s.end].strip() for s in layout.sentences][:2] == ["丙厂三个产品获评浙江名牌"] * 2
