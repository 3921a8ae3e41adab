"""The users of a geographical indication's mark, whatever name the report gives the mark: the
indication itself as what firms use (使用…地理标志的企业), its mark called 标识 (地理标志标识使用
企业, 地理标志专用标识); and never products counted as users. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"甲县质量工作简报\n发布时间：2032-03-09  来源：测试晚报\n{body}",
                  "certification", "stats", ("metric", "scheme", "value", "unit"))


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        # the indication as what the firms use, the firms after it
        ("目前，乙县使用地理标志的企业已有42家，年产值逾5亿元。", 42, "家"),
        ("全省使用丙地蜜柚地理标志的生产企业共有37家。", 37, "家"),
        # the mark called 标识, its users after it
        ("截至目前，丁区地理标志标识使用企业达到26家。", 26, "家"),
        ("戊市新增使用地理标志专用标识的经营主体15家。", 15, "家"),
        # the users counted first, the mark after the verb of use
        ("今年又有9家企业获准使用“己县香米”地理标志专用标识。", 9, "家"),
        # individual producers counted in 户
        ("庚县已有使用地理标志产品标识的生产单位63户。", 63, "户"),
    ],
)
def test_the_users_of_an_indication_mark_in_any_of_its_names(body: str, value: int, unit: str) -> None:
    """Each name of the mark (地理标志, 地理标志标识, 地理标志专用标识, 地理标志产品标识) with a verb of
    use gives its users, scheme gi_mark."""
    assert _stats(body) == [("mark_users", "gi_mark", value, unit)]


def test_products_given_the_right_to_the_mark_are_no_users() -> None:
    """N户企业的M个产品获得了使用专用标志资格: the firms are the users, the products are not."""
    assert _stats("辛县有18户企业的47个产品获得了使用地理标志专用标志的资格。") == [
        ("mark_users", "gi_mark", 18, "户")]


def test_an_indication_misused_or_merely_protected_has_no_users() -> None:
    """擅自使用地理标志的企业 are offenders, and 地理标志保护产品N个 counts products, no users."""
    assert _stats("检查中发现擅自使用地理标志的企业4家。") == []
    assert _stats("全县共有地理标志保护产品11个。") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全县现有地理标志专用标识使用单位19家。", [("mark_users", "gi_mark", 19, "家")]),
        ("截至年底，使用壬县板栗地理标志的市场主体达到64家。", [("mark_users", "gi_mark", 64, "家")]),
        ("癸市地理标志产品标识的使用企业累计达到88家。", [("mark_users", "gi_mark", 88, "家")]),
        ("子县冒用地理标志的企业5家已被立案查处。", []),
        pytest.param("新增使用地理标志的经营单位7家，总数达到35家。",
                     [("mark_users", "gi_mark", 7, "家"), ("mark_users", "gi_mark", 35, "家")],
                     marks=pytest.mark.xfail(strict=True, reason="a running total in the next "
                                             "clause after 总数 is not yet read")),
        pytest.param("目前使用该地理标志专用标识的农户合作社共有21家。",
                     [("mark_users", "gi_mark", 21, "家")],
                     marks=pytest.mark.xfail(strict=True, reason="cooperatives are not yet among "
                                             "the users' nouns")),
    ],
)
def test_further_forms_written_after_the_rule(body: str, expected: list[tuple[Any, ...]]) -> None:
    """Forms written after the rule to check its reach: three right, a misuse refused, and two
    known gaps (a total after the comma, cooperatives as users)."""
    assert _stats(body) == expected
