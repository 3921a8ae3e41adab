"""Places a check covered, counted at every level of the country's divisions (乡, 镇, 城区,
盟市, 地州, 旗县), with every verb of a check or a sampling (抽取, 暗访, 督导, 排查), and the
outlets the check went to told right after them; a group set up clauses before the check does
not rule them out."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"甲市开展专项检查\n发布时间：2031-04-05  来源：测试日报\n{body}",
                  "supervision", "stats", ("metric", "value", "unit"))


@pytest.mark.parametrize("body, expected", [
    # (written while writing the rule)
    ("某局在甲、乙等4个城区的农贸市场抽检了蔬菜，共20批次。",
     [("places_covered", 4, "个"), ("batches_sampled", 20, "批次")]),
    ("这一轮抽检覆盖甲、乙等5个地市(县)的8家销售企业。",
     [("places_covered", 5, "个"), ("enterprises_inspected", 8, "家")]),
    ("某市成立了整治工作专班，召开推进会，随后对全市9个县(市、区)开展了督查。",
     [("places_covered", 9, "个")]),
    ("县局当天巡查了6个乡、镇和街道，走访加工厂12家。", [("places_covered", 6, "个")]),
    ("某局随机抽取了6个县市的汽油样品，开展质量检测。", [("places_covered", 6, "个")]),
    # (fresh: other levels, verbs and orders, written after the rule)
    ("市局督导组分赴丁、戊等3个盟市，对加油站开展暗访。", [("places_covered", 3, "个")]),
    ("本次抽验涉及全省14个地州的62家经营单位。",
     [("places_covered", 14, "个"), ("enterprises_inspected", 62, "家")]),
    ("县局对辖区5个镇集贸市场进行了巡查。", [("places_covered", 5, "个")]),
    ("该局排查了7个旗县的化肥经营户。", [("places_covered", 7, "个")]),
    ("抽样覆盖全区4个城区和9个街道。", [("places_covered", 4, "个"), ("places_covered", 9, "个")]),
])
def test_places_covered_at_every_level(body: str, expected: list[tuple[Any, ...]]) -> None:
    """Each sentence gives the places it covered, and the figures beside them as before."""
    assert _stats(body) == expected


@pytest.mark.parametrize("body, expected", [
    # 市场 only starts with a division's word: the markets are places inspected.
    ("检查了12个市场，抽检样品30批次。",
     [("places_inspected", 12, "个"), ("batches_sampled", 30, "批次")]),
    # A network set up over the places, in the figure's own clause: none covered by a check.
    ("全市共建立了覆盖8个县市的快检网络，抽查样品50批次。", [("batches_sampled", 50, "批次")]),
    # 区域 is no district.
    ("在5个区域开展抽查。", []),
    # Every place named before the count: the list is the place of the figures after it, and
    # the outlets after the places are no places inspected either.
    ("某局在甲、乙、丙3个城区的农贸市场抽检了蔬菜，共20批次。",
     [("batches_sampled", 20, "批次")]),
    # An honour's places.
    ("甲县获评全省4个质量强县之一，抽查合格率98%。", [("pass_rate", 98, "%")]),
])
def test_near_misses_of_places_covered(body: str, expected: list[tuple[Any, ...]]) -> None:
    """Words that only start with a division's word, places set up or honoured: no places
    covered."""
    assert _stats(body) == expected
