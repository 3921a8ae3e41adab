"""A project's money, land and building told with no body of their own, or with a centre named
back (该中心, 项目), are the body the report is about; a centre's full name may carry 级 and
the products it tests joined by 及. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _bodies(body: str) -> list[tuple[str, str, float]]:
    text = f"本地新闻\n发布时间：2031-04-05  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["body"], s["value"]) for s in report["capacity"]["stats"]]


def test_a_centre_named_with_its_level_and_products_joined_by_ji() -> None:
    """国家级灯具产品质量检验中心, 省陶瓷及制品质量监督检验中心: levelled centres."""
    assert ("bodies", "national_centre", 5) in _bodies(
        "丁市现已建成国家级灯具产品质量检验中心5个。")
    assert ("land_area", "provincial_centre", 30) in _bodies(
        "乙省陶瓷及制品质量监督检验中心在戊县动工，中心用地共30亩。")


def test_a_project_told_with_no_body_is_the_reports_centre() -> None:
    """项目总投资2800万元, after a national centre named: the centre's money."""
    assert ("investment", "national_centre", 2800) in _bodies(
        "国家蜂产品质量检验中心近日在己市奠基。项目总投资2800万元。")


def test_a_centre_named_back_is_the_levelled_centre_named_before() -> None:
    """该中心 … 建设资金600万元: the provincial centre the report named."""
    assert ("investment", "provincial_centre", 600) in _bodies(
        "乙省竹木制品质量监督检验中心正在庚县建设。县政府已为该中心落实建设资金600万元。")


def test_a_figure_with_no_body_in_a_report_of_one_institution() -> None:
    """设备价值超过3000万元, in a report about a 检测所: the institute's."""
    assert ("equipment_value", "institution", 3000) in _bodies(
        "辛市食品检测所今天挂牌。新购置了一批检验仪器，设备价值超过3000万元。")


def test_a_figure_of_a_body_named_in_its_sentence_keeps_it() -> None:
    """实验室面积1200平方米 keeps its laboratory, whatever centre the report names."""
    assert ("floor_area", "laboratory", 1200) in _bodies(
        "国家茶叶质量检验中心今年新建一座实验楼，实验室面积1200平方米。")
