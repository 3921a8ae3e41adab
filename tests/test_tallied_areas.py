"""Schema 2's own areas (metrology, special equipment, certification, capacity, distinctions): declared in the area
registry, read by one set of rules, written by every output, scored only where a key names
them. Their phrasing families are data in tests/cases/families_<area>.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

from qsreport.evaluate import Result, evaluate, score_document
from qsreport.models import (
    Body,
    CapacityMetric,
    CertificationMetric,
    Distinction,
    DistinctionMetric,
    Equipment,
    EquipmentMetric,
    Instrument,
    MetrologyMetric,
    Scheme,
)
from qsreport.pipeline import parse_bytes

from .report_helpers import report_json

HEADER = "测试报告\n发布日期：2012-06-01  来源：测试日报\n"
NEW_AREAS = ("metrology", "special_equipment", "certification", "capacity", "distinctions")


def _parse(body: str) -> dict[str, Any]:
    return report_json(HEADER + body)


def test_the_new_areas_are_declared_in_the_registry_and_keyed_later() -> None:
    """Each new area is a ReportData field with its module's AREA, scored only by keys that
    name it (keys written before it existed say nothing of it)."""
    from qsreport.extract import areas

    found = {area.name: area for area in areas()}
    for name in NEW_AREAS:
        assert not found[name].in_every_key
        assert [item_list.field for item_list in found[name].lists] == ["stats"]
    assert all(found[name].in_every_key
               for name in ("brands", "standards", "supervision", "inspection"))


def test_every_key_the_rules_give_is_a_key_of_the_schema() -> None:
    """The words' keys (kinds of instrument, equipment, scheme) and the metric rows are the
    schema's Literal values (certification's granted and licence become licensed/certified
    and any; held becomes the scheme the report named before; a bare mark becomes the
    indication's, or nothing)."""
    from qsreport.extract.lexicon.capacity import CAPACITY
    from qsreport.extract.lexicon.certification import CERTIFICATION
    from qsreport.extract.lexicon.distinctions import DISTINCTION_WORDS
    from qsreport.extract.lexicon.metrology import METROLOGY
    from qsreport.extract.lexicon.special_equipment import SPECIAL_EQUIPMENT

    for words, metrics, kinds, own in (
            (METROLOGY, MetrologyMetric, Instrument, set()),
            (SPECIAL_EQUIPMENT, EquipmentMetric, Equipment, set()),
            (CERTIFICATION, CertificationMetric, Scheme,
             {"granted", "licence", "held", "equipment_licence", "mark"}),
            (CAPACITY, CapacityMetric, Body, set()),
            (DISTINCTION_WORDS, DistinctionMetric, Distinction, set())):
        assert {key for _, key in words.names} <= set(get_args(kinds)) | own
        assert {metric.name for metric in words.metrics} <= set(get_args(metrics)) | own


def test_a_figure_of_each_area_keeps_its_span_sentence_and_context() -> None:
    """Each figure's span lies inside its sentence, and the context pass gives it status,
    place and period like any other figure."""
    body = ("2011年，计量所共检定加油机320台。张掖市新装电梯45部。"
            "全年向16家食品企业颁发食品生产许可证。该检测中心建筑面积6400平方米。"
            "全区新增省级农业标准化示范区3个。")
    report = _parse(body)
    text = HEADER + body
    for area in NEW_AREAS:
        (item,) = report[area]["stats"]
        start, end = item["span"]
        assert text[start:end] in item["evidence"]
        assert item["status"] == "achieved"
    assert report["metrology"]["stats"][0]["period"] == "2011"
    assert report["special_equipment"]["stats"][0]["place"] == "张掖市"
    assert report["special_equipment"]["stats"][0]["basis"] == "added"


def test_the_facts_table_carries_the_new_areas() -> None:
    """In CSV (and so SQLite) a figure's kind is its area, its category the metric, its scope
    the kind of thing counted."""
    from qsreport.render.csv import FACT_COLUMNS, fact_rows

    report = parse_bytes((HEADER + "本年度该县一共巡查了特种设备的使用单位41家，查出隐患52处。").encode(), None)
    rows = [dict(zip(FACT_COLUMNS, row, strict=True)) for row in fact_rows(report)]
    assert [(r["kind"], r["category"], r["value"], r["scope"], r["status"], r["period"])
            for r in rows] == [
        # (the users of special equipment a check went through are that area's alone)
        ("equipment", "users_inspected", 41, "any", "achieved", "2012"),
        ("equipment", "hazards_found", 52, "any", "achieved", "2012")]


def test_a_new_area_is_scored_only_when_the_key_names_it() -> None:
    """A key without the area leaves the area's figures unscored; a key that names it, even
    empty, scores them."""
    found = _parse("全年共检定电子秤120台。")
    silent, empty = Result(), Result()
    score_document("a", found, {}, silent)
    score_document("a", found, {"metrology": {"stats": []}}, empty)
    assert "metrology" not in silent.scores
    assert (empty.scores["metrology"].tp, empty.scores["metrology"].fp) == (0, 1)


def test_more_keys_add_a_typed_key_kept_apart_from_the_original(tmp_path: Path) -> None:
    """``evaluate(..., more_keys)`` reads a second key file per report and scores the areas
    it names."""
    docs, typed = tmp_path / "docs", tmp_path / "typed"
    docs.mkdir()
    typed.mkdir()
    (docs / "001.txt").write_text(HEADER + "全年共检定电子秤120台，合格率98.5%。", "utf-8")
    (docs / "001.expected.json").write_text("{}", "utf-8")
    (typed / "001.json").write_text(json.dumps({"metrology": {"stats": [
        {"metric": "instruments_verified", "instrument": "scale", "value": 120, "unit": "台"},
        {"metric": "pass_rate", "instrument": "scale", "value": 98.5, "unit": "%"}]}}), "utf-8")
    plain = evaluate([docs])
    typed_result = evaluate([docs], "{folder}/../typed/{stem}.json")
    assert "metrology" not in plain.scores
    score = typed_result.scores["metrology"]
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_the_json_schema_lists_the_new_keys() -> None:
    """``qsreport schema`` (version 2) holds each new area and its vocabularies."""
    from qsreport.report import Report

    schema = Report.model_json_schema()
    for area in NEW_AREAS:
        assert area in schema["properties"]
    stat = schema["$defs"]["EquipmentStat"]["properties"]
    assert "lift" in stat["equipment"]["enum"] and "registered" in stat["metric"]["enum"]


def test_only_the_metrics_an_area_carries_are_read_after_a_sentence_naming_its_subject() -> None:
    """A sentence that does not name an area's subject is read, right after one that does,
    only for the metrics the area's words carry (metrology's sites, special equipment's
    hazards); an area that carries none reads nothing there."""
    report = _parse("本周县局开展了计量专项检查、锅炉安全检查和生产许可证后监管。"
                    "共检查集贸市场5家、浴池7家，整改隐患6处，发放证书3张。")
    assert [(s["metric"], s["value"]) for s in report["metrology"]["stats"]] == [("sites", 5)]
    assert [(s["metric"], s["value"]) for s in report["special_equipment"]["stats"]] == \
        [("hazards_rectified", 6)]
    assert report["certification"]["stats"] == []


def test_the_facts_table_carries_the_new_keys_of_the_tallied_areas() -> None:
    """Reward money, time-honoured brands, a geographical-indication mark's users and
    operator certificates are rows of the facts table like any tallied figure."""
    from qsreport.render.csv import FACT_COLUMNS, fact_rows

    body = ("对获得县长质量奖的企业奖励20万元。全县现有省老字号6家。"
            "今年又有3家企业获批使用该地理标志保护产品专用标志。全年核发特种设备作业人员证书900张。")
    report = parse_bytes((HEADER + body).encode(), None)
    rows = [dict(zip(FACT_COLUMNS, row, strict=True)) for row in fact_rows(report)]
    assert [(r["kind"], r["category"], r["value"], r["scope"]) for r in rows] == [
        ("equipment", "operator_certificates", 900, "any"),
        ("certification", "mark_users", 3, "gi_mark"),
        ("distinction", "reward_money", 20, "quality_award"),
        ("distinction", "awarded", 6, "time_honoured_brand")]
