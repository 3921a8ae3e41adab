"""Schema 2 readings of the twenty-fourth session (issue 12): equipment dismantled or phased
out (special equipment's ``sealed``) and units a check found at fault (``units_at_fault``, read
where version 1 wrote ``other``).
Every sentence here was written for these tests (made-up places, firms and numbers)."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes

HEADER = "柳河市场监管\n发布日期：2022-05-10  来源：柳河日报\n"


def _report(body: str, schema: str = "2") -> dict[str, Any]:
    return to_jsonable(parse_bytes((HEADER + body + "\n").encode(), None,
                                   ParseOptions(schema=schema)))


def _stats(body: str, metric: str, schema: str = "2") -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"]) for s in _report(body, schema)["supervision"]["stats"]
            if s["metric"] == metric]


def _areas(body: str, area: str, metric: str) -> list[tuple[Any, ...]]:
    kind = {"special_equipment": "equipment", "distinctions": "distinction"}[area]
    return [(s["value"], s["unit"], s[kind]) for s in _report(body)[area]["stats"]
            if s["metric"] == metric]


def test_equipment_dismantled_or_phased_out_is_sealed() -> None:
    """拆除, 勒令拆除, 淘汰(改造) before the count, 已拆除 and 已全部淘汰 after it: sealed, no
    goods destroyed."""
    body = "执法人员当场勒令拆除无证燃煤锅炉3台，封存叉车4台。"
    assert _areas(body, "special_equipment", "sealed") == [
        (3, "台", "boiler"), (4, "台", "in_plant_vehicle")]
    assert _stats(body, "goods_destroyed") == []
    assert _areas("去年柳河县累计淘汰改造10蒸吨以下燃煤锅炉180台。", "special_equipment", "sealed") == [
        (180, "台", "boiler")]
    assert _areas("到年底，辖区内剩余的38台茶水炉锅炉已全部淘汰。", "special_equipment", "sealed") == [
        (38, "台", "boiler")]
    assert _areas("检查锅炉20台，其中8台已拆除。", "special_equipment", "sealed") == [
        (8, "台", "boiler")]


def test_no_sealed_for_a_plan_or_goods_destroyed() -> None:
    """A plan to phase out, a sign not to take parts off: none; goods destroyed stay
    supervision's too."""
    for body in ("全县计划淘汰燃煤锅炉50台。", "今年要淘汰燃煤锅炉50台。", "请勿拆除电梯的安全警示标志。"):
        assert _areas(body, "special_equipment", "sealed") == [], body
    assert _stats("执法人员当场销毁报废气瓶30只。", "goods_destroyed") == [(30, "只")]


def test_units_at_fault_where_version_1_wrote_other() -> None:
    """发现…N家…存在问题: units at fault in version 2, ``other`` in version 1."""
    body = "检查中发现其中7家企业存在标签标注不规范问题。"
    assert _stats(body, "units_at_fault") == [(7, "家")]
    assert _stats(body, "other", schema="1") == [(7, "家")]


def test_units_at_fault_with_their_goods_counted_or_the_fault_first() -> None:
    """The units' equipment counted between them and the fault, units in 个 named (摊主), and
    the fault before the count (发现问题N家)."""
    assert _stats("抽查中，检查组发现6家企业的9台叉车存在制动失灵问题。",
                  "units_at_fault") == [(6, "家")]
    assert _stats("复秤时发现4个摊主的案秤存在缺斤短两问题。",
                  "units_at_fault") == [(4, "个")]
    assert _stats("此次共走访烘焙店30家，发现问题3家，已当场要求改正。", "units_at_fault") == [
        (3, "家")]


def test_no_units_at_fault_for_hazards_or_failing_products() -> None:
    """Hazards counted in 个 and firms whose products failed are none; version 1 has none of
    the new phrasings."""
    for body in ("检查锅炉使用单位20家，发现隐患11个，已全部整改。", "发现3家企业生产的5批次产品不合格。"):
        assert _stats(body, "units_at_fault") == [], body
    assert _stats("此次共走访烘焙店30家，发现问题3家。", "other", schema="1") == []
