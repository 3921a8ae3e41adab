"""Schema 2 keys (issue 12): the market entities on a region's
business register — every kind (``market_entities``), the enterprises (``market_enterprises``)
and the self-employed (``market_self_employed``) — as a stock or newly registered, their
changes and a kind's share. Nothing of them in version 1. Every sentence here was written for
these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from qsreport.vocabulary import STAT_METRICS_LATE, STAT_METRICS_V2_ONLY

from .report_helpers import report_json

HEADER = "青溪市场监管\n发布日期：2021-03-02  来源：青溪日报\n"
_METRICS = ("market_entities", "market_enterprises", "market_self_employed")


def _report(body: str, schema: str = "2") -> dict[str, Any]:
    return report_json(HEADER + body, schema)


def _entities(body: str) -> list[tuple[Any, ...]]:
    return [(s["metric"], s["value"], s["unit"], s["basis"])
            for s in _report(body)["supervision"]["stats"] if s["metric"] in _METRICS]


def test_a_stock_its_kinds_and_their_changes_told_together() -> None:
    """A stock of every kind, its enterprises and self-employed after 其中, and the changes a
    分别 list gives them, in order, each its count's metric with ``basis: change``."""
    body = ("青溪市到去年年底登记在册的市场主体有8.6万户，其中企业2.1万户，个体工商户6.3万户，"
            "较上年分别增长7.5%和4.2%。\n")
    assert _entities(body) == [
        ("market_entities", 8.6, "万户", "total"),
        ("market_enterprises", 2.1, "万户", "total"),
        ("market_self_employed", 6.3, "万户", "total"),
        ("market_enterprises", 7.5, "%", "change"),
        ("market_self_employed", 4.2, "%", "change")]
    stats = _report(body)["supervision"]["stats"]
    assert all(s["period"] == "2020" and s["status"] == "achieved" for s in stats)


def test_entities_newly_registered_and_their_change() -> None:
    """新登记 and 注册登记 count the entities registered in the year (``added``), whether the
    kind stands before its count or after it; a change right after is the level's."""
    assert _entities("今年前三季度，松岭县新登记市场主体3200户，同比增长15.3%。\n") == [
        ("market_entities", 3200, "户", "added"), ("market_entities", 15.3, "%", "change")]
    assert _entities("全年全县新登记1.2万户市场主体。\n") == [
        ("market_entities", 1.2, "万户", "added")]
    assert _entities("这一年新注册的企业有260户，其中私营企业190户；办理注册登记的个体工商户980户。\n") == [
        ("market_enterprises", 260, "户", "added"), ("market_enterprises", 190, "户", "added"),
        ("market_self_employed", 980, "户", "added")]


def test_the_other_names_of_the_register_s_entities() -> None:
    """经营主体 and 个体户 name them too; a stock with no stock word is a stock."""
    assert _entities("本省经营主体实有总量410万户。本市共有私营企业5200户、个体户1.8万户。\n") == [
        ("market_entities", 410, "万户", "total"), ("market_enterprises", 5200, "户", "total"),
        ("market_self_employed", 1.8, "万户", "total")]


def test_a_kind_s_share_of_the_entities() -> None:
    """企业户数占比N% after a count of the entities: the enterprises' share (``share``)."""
    assert _entities("本省经营主体实有总量410万户，企业户数占比30.5%。\n") == [
        ("market_entities", 410, "万户", "total"), ("market_enterprises", 30.5, "%", "share")]


def test_a_goal_for_the_register_is_a_target() -> None:
    stats = _report("到2025年，全县市场主体总量力争达到3万户。\n")["supervision"]["stats"]
    assert [(s["metric"], s["value"], s["status"]) for s in stats] == [
        ("market_entities", 3, "target")]


def test_entities_a_check_a_service_or_a_closure_counts_are_no_register() -> None:
    """Entities inspected, visited, helped or closed down, a trade's firms, firms of a size,
    and a count with no unit (12万市场主体的信用信息) are no count of the register."""
    for body in ("本月共检查个体工商户120户。\n",
                 "全年走访服务市场主体300家。\n",
                 "为帮扶个体户，减免租金的个体户45户。\n",
                 "依法取缔无证无照经营主体8户。\n",
                 "全县市场主体1.5万户，其中食品生产企业85家。\n",
                 "全市规模以上企业320家，市场主体活力增强。\n",
                 "汇集了全县12万市场主体的信用信息。\n"):
        assert [e for e in _entities(body) if e[1] != 1.5] == [], body


def test_a_firm_is_counted_only_in_a_sentence_of_the_register() -> None:
    """全市企业…家 in a sentence that names no register (a bureau's own firms' count) stays out."""
    assert _entities("全市企业320家参加了质量月活动。\n") == []


def test_the_register_s_keys_are_schema_2_only_and_keyed_late() -> None:
    """Version 1 has none of them; the scorer leaves them unscored where a key names none."""
    body = "截至去年底，全市实有市场主体5.2万户，同比增长6.1%。\n"
    assert _entities(body)
    assert not [s for s in _report(body, "1")["supervision"]["stats"]
                if s["metric"] in _METRICS or s["value"] in (5.2, 6.1)]
    assert set(_METRICS) <= STAT_METRICS_LATE <= STAT_METRICS_V2_ONLY


def test_a_list_s_further_kinds_keep_the_words_of_its_first_clause() -> None:
    """Kinds counted in a list after a check's verb (…检查农资经营企业15户，个体工商户30户，个体户8户)
    are entities inspected, however far the list goes; a breakdown after a register's count
    (其中企业…) stays the register's."""
    assert _entities("本月乙县局共检查农资经营企业15户，个体工商户30户，个体户8户。\n") == []
    assert [e[0] for e in _entities("全县在册的市场主体共9200户，其中企业1800户，个体户7400户。\n")] == [
        "market_entities", "market_enterprises", "market_self_employed"]


def test_a_count_s_unit_as_written_and_a_net_change() -> None:
    """余 stays out of the unit (5800余户 → 户, 1.2万余户 → 万户), marked thousands are one number
    (15,230户), and a net rise of the stock (净增) is a change, never a level."""
    assert _entities("本年度新设立的市场主体达5800余户，个体工商户1.2万余户。\n") == [
        ("market_entities", 5800, "户", "added"), ("market_self_employed", 1.2, "万户", "added")]
    assert _entities("全县个体工商户15,230户，市场主体稳步增长。\n") == [
        ("market_self_employed", 15230, "户", "total")]
    assert _entities("全县市场主体净增3000户。\n") == [("market_entities", 3000, "户", "change")]


def test_changes_given_together_with_分别_before_or_after_the_comparison() -> None:
    """…，分别比前一年增加6%和2% pairs as …，较前一年分别增长6%和2% does."""
    body = "丁县登记在册的企业4200户、个体户1.5万户，分别比前一年增加6%和2%。\n"
    assert _entities(body)[2:] == [("market_enterprises", 6, "%", "change"),
                                   ("market_self_employed", 2, "%", "change")]
