"""A campaign against fakes whose name closes on a rectification (种子打假专项整治活动)
takes its kind from that head word: a rectification, as one holding enforcement before its
rectification is. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(body: str) -> list[tuple[str, str]]:
    text = (f"甲县护航春耕生产\n发布时间：2031-03-04  来源：测试日报\n{body}"
            "工作人员还向经营户发放了宣传资料，讲解了识别假冒农资的方法。")
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_fakes_named_before_a_rectification_head_is_a_rectification() -> None:
    """…打假专项整治活动: the rectification closing the name gives the kind."""
    kinds = [kind for kind, _ in _actions(
        "近日，甲县市场监管局全面启动了种子打假专项整治活动，检查农资门店48家。")]
    assert kinds == ["special_rectification"]


def test_fakes_named_before_a_treatment_drive_is_a_rectification() -> None:
    """…打假专项治理行动 opening the lead: a rectification by its head word."""
    kinds = [kind for kind, _ in _actions(
        "一场覆盖全县的化肥打假专项治理行动在甲县各乡镇展开，共出动执法人员130人次。")]
    assert kinds == ["special_rectification"]


def test_fakes_then_fighting_the_shoddy_under_enforcement_stays_against_fakes() -> None:
    """…打假治劣专项执法行动: 治劣 is no rectification; the fight against fakes stays."""
    kinds = [kind for kind, _ in _actions(
        "乙市市场监管局集中开展白酒市场打假治劣专项执法行动，查获假冒白酒60瓶。")]
    assert kinds == ["anti_counterfeiting"]


def test_the_fight_named_whole_before_a_rectification_stays_against_fakes() -> None:
    """…打假治劣专项整治行动: the fight named with its treating half stays against fakes."""
    kinds = [kind for kind, _ in _actions(
        "乙市市场监管局在全市开展为期两个月的建材打假治劣专项整治行动，查获劣质电线90卷。")]
    assert kinds == ["anti_counterfeiting"]


def test_fakes_and_a_rectification_in_a_list_are_two_campaigns() -> None:
    """…种子打假和建材质量专项整治: two campaigns, each its own kind."""
    kinds = sorted(kind for kind, _ in _actions(
        "今年，丙县市场监管局先后开展了种子打假和建材质量专项整治，立案查处案件9起。"))
    assert kinds == ["anti_counterfeiting", "special_rectification"]


def test_fakes_with_a_sampling_head_stays_against_fakes() -> None:
    """…专项打假抽查行动: the sampling is how the fight is done; it stays against fakes."""
    kinds = [kind for kind, _ in _actions(
        "丁省质监系统从9月1日起在全省开展节令食品专项打假抽查行动，抽查样品200批次。")]
    assert "anti_counterfeiting" in kinds and "special_rectification" not in kinds
