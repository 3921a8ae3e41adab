"""Schema 2 keys (issue 12): money set aside for supervision work
(``funds``), places and firms taking part in a quality programme (``participants``), equipment
dismantled or phased out (special equipment's ``sealed``), units a check found at fault
(``units_at_fault``, read where version 1 wrote ``other``), and four keys for hand keying only.
Every sentence here was written for these tests (made-up places, firms and numbers)."""

from __future__ import annotations

from typing import Any, get_args

from qsreport.vocabulary import (
    DISTINCTION_METRICS_LATE,
    METROLOGY_METRICS_LATE,
    STAT_METRICS_LATE,
    STAT_METRICS_V2_ONLY,
    DistinctionMetric,
    MetrologyMetric,
    StatMetric,
)

from .report_helpers import report_json

HEADER = "柳河市场监管\n发布日期：2022-05-10  来源：柳河日报\n"


def _report(body: str, schema: str = "2") -> dict[str, Any]:
    return report_json(HEADER + body + "\n", schema)


def _stats(body: str, metric: str, schema: str = "2") -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"]) for s in _report(body, schema)["supervision"]["stats"]
            if s["metric"] == metric]


def _areas(body: str, area: str, metric: str) -> list[tuple[Any, ...]]:
    kind = {"special_equipment": "equipment", "distinctions": "distinction"}[area]
    return [(s["value"], s["unit"], s[kind]) for s in _report(body)[area]["stats"]
            if s["metric"] == metric]


def test_untyped_keys_are_late_and_their_stats_of_version_2_only() -> None:
    """Keys no rounds' typed key names yet: unscored where a key names none of them, and
    nothing of them in version 1."""
    stats = {"funds", "inspections_made", "firms_graded", "goods_kinds"}
    assert stats <= set(get_args(StatMetric))
    assert stats <= STAT_METRICS_LATE and stats <= STAT_METRICS_V2_ONLY
    assert "participants" in get_args(DistinctionMetric)
    assert "participants" in DISTINCTION_METRICS_LATE
    assert "instruments_sealed" in get_args(MetrologyMetric)
    assert "instruments_sealed" in METROLOGY_METRICS_LATE


def test_funds_after_the_funds_word_or_before_it() -> None:
    """落实经费N万元 and 安排N万元专项经费, 编列N万元预算: the sum, in the unit written."""
    assert _stats("柳河区今年落实农产品质量抽检经费80余万元。", "funds") == [(80, "万元")]
    assert _stats("为保障年度抽检计划，市政府今年追加安排了12万元专项经费。", "funds") == [
        (12, "万元")]
    assert _stats("为开展游乐设施安全普查，镇公所编列80万元预算。", "funds") == [(80, "万元")]


def test_funds_of_a_list_and_of_a_plan_s_budget() -> None:
    """Each sum of a list before one word of funds; a plan's budget heading the fees it names."""
    assert _stats("区财政拨付区局4万元广告监测、9万元农资抽检和3万元电梯检验经费。", "funds") == [
        (4, "万元"), (9, "万元"), (3, "万元")]
    assert _stats("六、经费预算：全年抽样检测费用共9万元", "funds") == [(9, "万元")]


def test_no_funds_of_another_kind() -> None:
    """Research funds, rewards, a plan, and version 1 give none."""
    for body in ("该公司全年研发经费达到3.2亿元。", "对获奖企业安排奖励经费50万元。",
                 "明年计划安排经费60万元。"):
        assert _stats(body, "funds") == [], body
    assert _stats("柳河区今年落实农产品质量抽检经费80万元。", "funds", schema="1") == []


def test_places_and_firms_taking_part_in_a_programme() -> None:
    """Each count of the run that leads up to 开展 and the programme: places of a quality-city
    campaign are ``quality_city``, firms benchmarking ``any`` (万家: the unit written)."""
    assert _areas("目前，乙省有9个地级市和31个县（区）正在开展质量强市（县）创建活动。",
                  "distinctions", "participants") == [
        (9, "个", "quality_city"), (31, "个", "quality_city")]
    assert _areas("丙省去年有20个县区、3万多家企业参照先进标准开展了对标达标活动。",
                  "distinctions", "participants") == [(20, "个", "any"), (3, "万家", "any")]


def test_taking_part_replaces_an_award_s_reading() -> None:
    """A quality award named before the count names no holders: the firms take part."""
    body = "受县长质量奖带动，全县已有320家企业主动开展了质量提升活动。"
    assert _areas(body, "distinctions", "awarded") == []
    assert _areas(body, "distinctions", "participants") == [(320, "家", "any")]


def test_no_taking_part_where_the_bureau_acts_on_them() -> None:
    """Firms a bureau works on (对…开展), honoured, or trained are none."""
    for body in ("市局对辖区25家小作坊开展质量提升帮扶行动。",
                 "全市12家企业获得市长质量奖，8家企业开展质量提升培训。"):
        assert _areas(body, "distinctions", "participants") == [], body


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
    # (firms, not shops, so that the visit's count is no place inspected, which version 1
    # writes as other)
    assert _stats("此次共走访烘焙企业30家，发现问题3家。", "other", schema="1") == []
