"""Taiwan's years written bare (113年 is 2024, 104年度 is 2015) date the figures after them,
in Taiwan's texts only; counts of years, numbers out of range and mainland texts stay as
they are. Every sentence here is made up."""

from __future__ import annotations

from typing import Any

from qsreport.extract.context_roc import in_taiwan, roc_years, taiwan_text, western

from .report_helpers import report_json


def dated(text: str) -> dict[float, str | None]:
    """Each figure's period, by its value."""
    report: dict[str, Any] = report_json(text)
    return {item["value"]: item["period"]
            for area in ("supervision", "metrology", "special_equipment", "standards")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item}


def test_a_bare_year_of_a_taiwan_text_dates_its_figures() -> None:
    """118年 in a text in traditional script that names a Taiwan city: 2029."""
    text = ("鋼瓶年度檢查\n高雄市政府表示，118年市府人員走訪各區分裝場，"
            "共檢查瓦斯鋼瓶316桶。\n")
    found = dated(text)
    assert found[316] == "2029"


def test_a_year_with_its_fiscal_du_keeps_its_length() -> None:
    """104年度 has room for 2015年: read like any Western year, spans and all."""
    view = "標檢局104年度共抽查電暖器88件"
    assert roc_years(view) == "標檢局2015年共抽查電暖器88件"
    assert len(roc_years("於113 年度")) == len("於113 年度")


def test_a_bare_year_is_marked_in_full_width_and_read_back() -> None:
    """113年 becomes ２０２４ (same length, 年 left out); the period read from it is ASCII."""
    assert roc_years("於113年5月") == "於２０２４5月"
    assert roc_years("於96年度") == "於２００７"
    assert western("２０２４") == "2024" and western("cumulative") == "cumulative"
    assert western(None) is None


def test_counts_of_years_and_numbers_out_of_range_stay_as_written() -> None:
    """100年老店, 創立近100年, 第110年, 56年以來, 2-digit years without 年度 (13年, 98年), a
    decimal or a thousands' number: not years of the Republic."""
    for view in ("一家100年老店", "創立近100年", "走到第110年", "本縣30年以來首次", "13年前",
                 "從97、98年舉辦", "平均3.113年", "共2,100年", "131年"):
        assert roc_years(view) == view, view


def test_only_taiwan_texts_in_traditional_script_are_read() -> None:
    """The gate: traditional script and a sign of Taiwan (民国, 标检局, a county), or the
    report's region there; a mainland text's 113年 is no year of the Republic."""
    assert taiwan_text("标检局今年抽查", "traditional", False)
    assert in_taiwan("台湾省", "") and in_taiwan("桃园市", "台湾") and not in_taiwan("金门县", "福建")
    assert taiwan_text("某某公司", "traditional", True)
    assert not taiwan_text("标检局今年抽查", "simplified", True)
    assert not taiwan_text("某某公司", "traditional", False)
    text = ("質量工作\n甲市市場監管局表示，113年以來共檢查企業45家。\n")
    assert dated(text).get(45) != "2024"


def test_a_year_in_chinese_numerals_is_read_too() -> None:
    """九十七年度, 一一八年, 一百零二年 are years of the Republic; 七十年代 (the seventies), a
    short 九十年 with no room for four digits, and western 二〇一一年 are not rewritten."""
    assert roc_years("某分局九十七年度抽查") == "某分局2008年抽查"
    assert roc_years("出席一一八年頒獎") == "出席２０２９頒獎"
    assert roc_years("於一百零二年") == "於2013年"
    for view in ("七十年代", "九十年", "二〇一一年"):
        assert roc_years(view) == view, view
