"""Schema 2's place and period in families round 73 showed: a reporter's name in a byline, a
testing centre named after its place, a law's province in a list of titles a step follows, and
holdings of the tallied areas (zones, certified firms, testing bodies) counted with 目前 or
近年来. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    """Every figure of a report with a period: its value, place and period."""
    found: list[tuple[float, str | None, str | None]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "period" in node and "place" in node and "value" in node:
                found.append((node["value"], node["place"], node["period"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(report_json(text))
    return found


def test_a_reporter_s_name_after_a_blank_is_no_place() -> None:
    """记者 王建华: a byline's name set apart by a blank is a person's, not the county its given
    name spells; the country's report keeps its figures the country's."""
    text = "某某网讯（记者 王建华 李某）2015年，我国质检部门共查处各类案件12万起。\n"
    assert figures(text) == [(12, "全国", "2015")]
    text = "全国质检系统开展打假行动\n（通讯员 刘龙泉）截至11月底，各地质检部门共查处假冒案件3万起。\n"
    assert [place for _, place, _ in figures(text)] == ["全国"]


def test_a_testing_centre_named_after_its_place_works_where_it_is_sent() -> None:
    """成都产品质量检验检测中心, 上海计量测试中心: a centre's name opens on its own city, not on
    where the figure's work was done (the report's region)."""
    text = ("贵州省质监局开展电线电缆抽查\n2020年，贵州省质监局委托成都产品质量检验检测中心开展抽查，"
            "抽取样品85批次。\n")
    assert figures(text) == [(85, "贵州省", "2020")]
    text = "宁夏开展电能表检定\n宁夏质监局会同上海计量测试中心，对电能表进行检定，共检定电能表900只。\n"
    assert [place for _, place, _ in figures(text)] == ["宁夏"]


def test_a_province_in_a_later_title_of_the_rules_followed_is_the_law_s() -> None:
    """依照《计量法》和《甲省…条例》: every title of the list a step follows names the law's
    province, not the figure's place (the report's own city)."""
    text = "哈尔滨市开展加油机检定\n该局依照《计量法》和《黑龙江省计量条例》的规定，共检定加油机320台。\n"
    assert figures(text) == [(320, None, None)]
    text = ("长春市开展抽查\n市质监局按照《产品质量法》及《吉林省产品质量监督条例》的要求，"
            "抽查了企业45家。\n")
    assert figures(text) == [(45, None, None)]


def test_holdings_counted_now_or_over_recent_years_are_a_stock() -> None:
    """截至目前…建成示范区, 近年来…帮助企业取得认证: zones held and firms certified with no year in
    reach are a stock (``cumulative``), as honours held are."""
    text = ("甲市标准化工作成效明显\n截至目前，甲市先后建成国家级农业标准化示范区6个和省级农业标准化"
            "示范区11个。\n")
    assert [period for _, _, period in figures(text)] == ["cumulative", "cumulative"]
    text = "戊县标准化工作\n截至目前，戊县已经建立省级标准化试点项目7个。\n"
    assert [period for _, _, period in figures(text)] == ["cumulative"]
    text = "丁市加强认证工作\n近年来，丁市鼓励企业开展产品认证，先后帮助46家企业取得环境管理体系认证。\n"
    assert [period for _, _, period in figures(text)] == ["cumulative"]
    text = "近年来，丙市积极推进认证工作，帮助75家企业获得质量管理体系认证。\n"
    assert [period for _, _, period in figures(text)] == ["cumulative"]


def test_a_model_county_is_no_county_named_fan() -> None:
    """示范县 (a model county, quoted or not) holds 范县 as characters only: no place of the
    figures after it."""
    text = ("某市质监局推进农业标准化\n2009年，某市创建3个“绿色蔬菜生产示范县”，建起了农业标准化示范区共"
            "11个。\n")
    assert [place for _, place, _ in figures(text)] == [None]
    text = "甲市标准化工作\n全市共建成省级标准化示范县5个，农业标准化示范区已建起9个。\n"
    assert [place for _, place, _ in figures(text)] == [None, None]
