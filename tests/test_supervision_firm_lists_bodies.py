"""A list of counted firms after one check's verb goes on over commas and joining words with
every head word of a firm (单位, 业户, 经营户, 批发商, 经营者 …), and a body that assesses
conformity for others (检测机构, 检定机构, 校准机构, 认证机构) is a firm the check went
through, as testing bodies are; a check's word inside such a body's name does not stop the
list. Special equipment's users, other institutions and metrology's technical bodies stay out."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"甲市开展专项检查\n发布时间：2031-04-05  来源：测试日报\n{body}",
                  "supervision", "stats", ("metric", "value", "unit"))


@pytest.mark.parametrize("body, expected", [
    # (written while writing the rules)
    ("乙省局今年抽取了40家检验检测机构和20家计量检定机构开展专项核查。",
     [("enterprises_inspected", 40, "家"), ("enterprises_inspected", 20, "家")]),
    ("丙县局检查了兽药经营单位40家，饲料零售业户25家。",
     [("enterprises_inspected", 40, "家"), ("enterprises_inspected", 25, "家")]),
    ("某局年内检查灯具制造企业20家次，检定机构9家次，燃气经营单位40家次，共发现问题50个。",
     [("enterprises_inspected", 20, "家次"), ("enterprises_inspected", 9, "家次"),
      ("enterprises_inspected", 40, "家次"), ("problems_found", 50, "个")]),
    ("丁省抽查了180家认证机构，其中30家由省局直接检查。",
     [("enterprises_inspected", 180, "家"), ("enterprises_inspected", 30, "家")]),
    # (fresh: other verbs, bodies, traders, orders and joining words, written after the rules)
    ("某局抽查了12家校准机构及7家检验机构。",
     [("enterprises_inspected", 12, "家"), ("enterprises_inspected", 7, "家")]),
    ("对丁县检测机构6家、认证机构2家开展了监督检查。",
     [("enterprises_inspected", 6, "家"), ("enterprises_inspected", 2, "家")]),
    ("巡查粮油批发商15家，零售商40家。",
     [("enterprises_inspected", 15, "家"), ("enterprises_inspected", 40, "家")]),
    ("抽取认证机构25家进行检查，其中8家由省局检查，17家由市局检查。",
     [("enterprises_inspected", 25, "家"), ("enterprises_inspected", 8, "家"),
      ("enterprises_inspected", 17, "家")]),
    ("检查检测机构11家，农资经营户18户。",
     [("enterprises_inspected", 11, "家"), ("enterprises_inspected", 18, "户")]),
])
def test_lists_of_firms_and_bodies(body: str, expected: list[tuple[Any, ...]]) -> None:
    """Each item of the list is firms inspected, in its own counting word."""
    assert _stats(body) == expected


@pytest.mark.parametrize("body, expected", [
    # Other institutions are no firms, nor places.
    ("检查医疗机构9家，卫生院3家。", []),
    # Special equipment's users after the firms: not the firms' list.
    ("检查食品企业12家，电梯使用单位9家。", [("enterprises_inspected", 12, "家")]),
    # What became of some: no part of the count.
    ("检查加工企业20家，销售单位8家存在问题。", [("enterprises_inspected", 20, "家")]),
    # Metrology's technical bodies stay apart, as the guide keeps them.
    ("对计量技术机构检查5家。", []),
])
def test_near_misses_of_the_firm_list(body: str, expected: list[tuple[Any, ...]]) -> None:
    """Institutions, equipment users and firms found at fault do not join the list."""
    assert _stats(body) == expected
