"""The scorer against hand-written keys: a field a key leaves out matches nothing, and never
stops the run."""

from __future__ import annotations

import json
from pathlib import Path

from qsreport.evaluate import Result, evaluate, score_document

FOUND = {"standards": {"counts": [{"level": "national", "role": "drafted", "value": 3,
                                   "unit": "项"}]}}


def test_a_key_item_without_a_field_is_a_miss_not_a_crash() -> None:
    """A standards count keyed without its level (the text gives none) is missed, and the
    reported one it does not match is an invention."""
    result = Result()
    score_document("a.txt", FOUND, {"standards": {"counts": [{"role": "drafted", "value": 60}]}},
                   result)
    score = result.scores["standards counts"]
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)
    assert "a.txt: standards counts: missed (None, 'drafted', 60.0)" in result.misses


def test_a_folder_with_such_a_key_is_scored(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("某县质监局简报\n全县企业参与制定国家标准3项。\n", encoding="utf-8")
    (tmp_path / "r.expected.json").write_text(json.dumps(
        {"standards": {"counts": [{"role": "drafted", "value": 3}]}}), encoding="utf-8")
    result = evaluate([tmp_path])
    assert result.documents == 1
    assert result.scores["standards counts"].fn == 1


def _stats(*metrics: str) -> dict[str, object]:
    return {"supervision": {"stats": [{"metric": m, "value": 6, "unit": "起"} for m in metrics]}}


def test_outcome_metrics_match_other_in_a_key_written_before_them() -> None:
    """A key that writes no outcome metric of schema 2 keys such a figure as ``other``; one
    that writes them is compared metric by metric."""
    old_key = Result()
    score_document("a.txt", _stats("cases_transferred"), _stats("other"), old_key)
    typed_key = Result()
    score_document("a.txt", _stats("cases_transferred"),
                   _stats("major_cases", "cases_transferred"), typed_key)
    wrong_type = Result()
    score_document("a.txt", _stats("major_cases"), _stats("cases_transferred"), wrong_type)
    scores = [r.scores["supervision stats"] for r in (old_key, typed_key, wrong_type)]
    assert [(s.tp, s.fp, s.fn) for s in scores] == [(1, 0, 0), (1, 0, 1), (0, 1, 1)]


def test_an_outcome_a_key_lists_only_among_its_other_figures_is_not_scored() -> None:
    """Round keys wrote batches passed only in their untyped ``other`` list: reported as
    ``batches_passed``, such a figure is neither found nor invented; one the key has nowhere
    is invented."""
    key = {"supervision": {"stats": []}, "other": [{"what": "batches passed", "value": 6,
                                                    "unit": "起"}]}
    listed, unlisted = Result(), Result()
    score_document("a.txt", _stats("batches_passed"), key, listed)
    score_document("a.txt", _stats("batches_passed"), {"supervision": {"stats": []}}, unlisted)
    assert [(s.tp, s.fp, s.fn) for s in (listed.scores["supervision stats"],
                                        unlisted.scores["supervision stats"])] == [
        (0, 0, 0), (0, 1, 0)]


def test_a_key_s_name_with_glued_pinyin_is_the_name_without_it() -> None:
    """A key that copied a name with its pinyin note (集团(tuán)) matches the name as
    qsreport gives it, after cleaning removed the note."""
    found = {"brands": {"honours": [{"name": "东岭集团有限公司", "category": "provincial_brand"}]}}
    key = {"brands": {"honours": [{"name": "东岭集团(tuán)有限公司", "category": "provincial_brand"}]}}
    result = Result()
    score_document("a.txt", found, key, result)
    score = result.scores["honours"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_a_key_s_unit_with_glued_pinyin_is_the_unit_without_it() -> None:
    """The same for a unit (臺(tái)), while a unit's own bracketed word (个(批次)) still counts."""
    found = {"supervision": {"stats": [
        {"metric": "enterprises_inspected", "value": 40, "unit": "臺"},
        {"metric": "batches_sampled", "value": 12, "unit": "个批次"}]}}
    key = {"supervision": {"stats": [
        {"metric": "enterprises_inspected", "value": 40, "unit": "臺(tái)"},
        {"metric": "batches_sampled", "value": 12, "unit": "个(批次)"}]}}
    result = Result()
    score_document("a.txt", found, key, result)
    score = result.scores["supervision stats"]
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_winners_whose_names_hold_one_another_are_counted_apart_from_the_strict_score() -> None:
    """A firm for the firm's product, a product for its zone's full name, in the same category:
    the strict score misses them, the loose count pairs them; another category or a
    one-character name never pairs, and each key item pairs once."""
    found = {"brands": {"honours": [
        {"name": "丙县大米", "category": "other"},
        {"name": "丁氏食品有限公司", "category": "provincial_brand"},
        {"name": "丁氏食品有限公司", "category": "provincial_brand"},
        {"name": "戊", "category": "other"},
        {"name": "己市电缆", "category": "provincial_brand"}]}}
    key = {"brands": {"honours": [
        {"name": "丙县大米出口质量安全示范区", "category": "other"},
        {"name": "丁氏食品有限公司生产的庚牌挂面", "category": "provincial_brand"},
        {"name": "戊牌酱油", "category": "other"},
        {"name": "己市电缆产业示范区", "category": "other"}]}}
    result = Result()
    score_document("a.txt", found, key, result)
    strict = result.scores["honours"]
    assert (strict.tp, strict.fp, strict.fn) == (0, 5, 4)
    assert result.named_alike == 2
    loose = result.loose_names()
    assert loose is not None and (loose.tp, loose.fp, loose.fn) == (2, 3, 2)


def _figure(place: str | None, period: str | None) -> dict[str, object]:
    return {"metric": "cases", "value": 6, "unit": "起", "status": "achieved", "basis": None,
            "place": place, "period": period}


def _report(region: str | None, date: str | None,
            *figures: dict[str, object]) -> dict[str, object]:
    return {"meta": {"region": region, "date": date},
            "supervision": {"stats": list(figures)}}


def test_a_key_s_null_place_and_period_are_its_own_region_and_year() -> None:
    """A key's null place is the key's region and its null period the key's year, as the
    report's are for a reported figure: a figure written with the region itself, or left null
    where the report's region and year agree with the key's, is right either way."""
    region, year = ("甲市", "2015-03-01"), ("甲市", "2015-05-01")
    cases = [(_report(*region, _figure("甲市", None)), _report(*year, _figure(None, None))),
             (_report(*region, _figure(None, None)), _report(*year, _figure("甲市", "2015"))),
             (_report(*region, _figure(None, None)), _report(*year, _figure(None, None)))]
    for found, key in cases:
        result = Result()
        score_document("a.txt", found, key, result)
        assert result.context == {"status": [1, 1], "place": [1, 1], "period": [1, 1]}, result.misses


def test_a_null_place_is_wrong_when_the_regions_differ() -> None:
    """A figure left null in a report read as another region than the key's, or in another
    year, is a miss of its place and its period."""
    result = Result()
    score_document("a.txt", _report("乙县", "2014-03-01", _figure(None, None)),
                   _report("甲市", "2015-05-01", _figure(None, None)), result)
    assert result.context == {"status": [1, 1], "place": [0, 1], "period": [0, 1]}
    assert "a.txt: place of ('cases', 6.0, '起'): expected 甲市, got 乙县" in result.misses


def test_a_place_written_as_the_text_s_own_is_the_region_it_stands_for() -> None:
    """全市, 我县 or 全系统 written as a figure's place, in a key or a report, is that side's
    region, as a null place is; 全省 or 我省 is the province its region lies in."""
    agree = [(_report("甲市", None, _figure("甲市", None)), _report("甲市", None, _figure("全市", None))),
             (_report("甲市", None, _figure("全市", None)), _report("甲市", None, _figure(None, None))),
             (_report("乙县", None, _figure(None, None)), _report("乙县", None, _figure("我县", None))),
             (_report("丙省", None, _figure(None, None)), _report("丙省", None, _figure("全系统", None))),
             (_report("丙省", None, _figure("丙省", None)), _report("丙省", None, _figure("我省", None))),
             (_report("福州市", None, _figure("福建省", None)),
              _report("福州市", None, _figure("全省", None))),
             (_report(None, None, _figure(None, None)), _report(None, None, _figure("全省", None)))]
    for found, key in agree:
        result = Result()
        score_document("a.txt", found, key, result)
        assert result.context["place"] == [1, 1], result.misses
    differ = [(_report("福州市", None, _figure(None, None)),
               _report("福州市", None, _figure("全省", None))),
              (_report("甲市", None, _figure("乙县", None)), _report("甲市", None, _figure("全市", None)))]
    for found, key in differ:
        result = Result()
        score_document("a.txt", found, key, result)
        assert result.context["place"] == [0, 1], (found, key)


def test_a_whole_country_key_takes_the_output_s_national_place_as_its_own() -> None:
    """A key with no region is a whole country's report: the output's 全国 (or 我国) for a
    figure the key leaves null is the same place, a city is not."""
    for place in ("全国", "我国", None):
        result = Result()
        score_document("a.txt", _report(None, "2015-01-01", _figure(place, None)),
                       _report(None, "2015-01-01", _figure(None, None)), result)
        assert result.context["place"] == [1, 1], (place, result.misses)
    result = Result()
    score_document("a.txt", _report(None, "2015-01-01", _figure("甲市", None)),
                   _report(None, "2015-01-01", _figure(None, None)), result)
    assert result.context["place"] == [0, 1]


def test_an_undated_key_s_null_period_is_not_scored() -> None:
    """A key with no date that leaves a figure's year to the report names no year, so the
    output's year for it is not counted either way; a year the key writes out still is."""
    for period in ("2019", None):
        result = Result()
        score_document("a.txt", _report("甲市", None, _figure(None, period)),
                       _report("甲市", None, _figure(None, None)), result)
        assert "period" not in result.context, period
    result = Result()
    score_document("a.txt", _report("甲市", None, _figure(None, "2018")),
                   _report("甲市", None, _figure(None, "2019")), result)
    assert result.context["period"] == [0, 1]


def test_a_key_of_schema_1_s_metrics_does_not_score_the_work_metrics() -> None:
    """Pledges signed or teams sent (metrics version 1 never reported) are neither found nor
    invented against a key that knows only schema 1's metrics."""
    from qsreport.evaluate_fields import in_the_keys_metrics

    found = {"supervision": {"stats": [
        {"metric": "teams_sent", "value": 3, "unit": "个"},
        {"metric": "batches_sampled", "value": 40, "unit": "批次"}]}}
    expected = {"supervision": {"stats": [{"metric": "batches_sampled", "value": 40,
                                           "unit": "批次"}]}}
    assert in_the_keys_metrics(found, expected)["supervision"]["stats"] == [
        {"metric": "batches_sampled", "value": 40, "unit": "批次"}]


def test_accidents_are_unscored_where_a_key_names_none_of_them() -> None:
    """A key typed before special equipment's accidents, deaths and injuries existed says
    nothing of them; a key that names one of them is compared with all three."""
    from qsreport.evaluate_fields import in_the_keys_metrics

    found = {"special_equipment": {"stats": [
        {"metric": "inspected", "value": 40, "unit": "台"},
        {"metric": "accidents", "value": 3, "unit": "起"},
        {"metric": "deaths", "value": 1, "unit": "人"}]}}
    old_key = {"special_equipment": {"stats": [{"metric": "inspected", "value": 40}]}}
    new_key = {"special_equipment": {"stats": [{"metric": "accidents", "value": 3}]}}
    kept = in_the_keys_metrics(found, old_key)["special_equipment"]["stats"]
    assert [s["metric"] for s in kept] == ["inspected"]
    kept = in_the_keys_metrics(found, new_key)["special_equipment"]["stats"]
    assert [s["metric"] for s in kept] == ["inspected", "accidents", "deaths"]


def test_any_area_s_late_metrics_are_unscored_where_its_key_names_none(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The scorer reads each area's ``late_metrics`` from the registry: a metric marked late
    in metrology is left out against a key typed before it, as accidents are in special
    equipment."""
    import dataclasses
    import importlib

    from qsreport import evaluate_fields

    registry = importlib.import_module("qsreport.extract.areas")

    marked = tuple(dataclasses.replace(area, late_metrics=frozenset({"fees_waived"}))
                   if area.name == "metrology" else area for area in registry.areas())
    monkeypatch.setattr(registry, "areas", lambda: marked)
    found = {"metrology": {"stats": [
        {"metric": "instruments_verified", "value": 120, "unit": "台件"},
        {"metric": "fees_waived", "value": 3, "unit": "万元"}]}}
    old_key = {"metrology": {"stats": [{"metric": "instruments_verified", "value": 120}]}}
    kept = evaluate_fields.in_the_keys_metrics(found, old_key)["metrology"]["stats"]
    assert [s["metric"] for s in kept] == ["instruments_verified"]
    new_key = {"metrology": {"stats": [{"metric": "fees_waived", "value": 3}]}}
    kept = evaluate_fields.in_the_keys_metrics(found, new_key)["metrology"]["stats"]
    assert [s["metric"] for s in kept] == ["instruments_verified", "fees_waived"]


def test_a_toll_s_change_in_percent_is_unscored_where_the_key_states_none_in_percent() -> None:
    """Changes of accidents or deaths in % (``basis: change``) were read after the rounds' keys
    were typed: a key that states accidents only in 起 says nothing of them; one that states a
    change in % is compared with every change of that metric."""
    from qsreport.evaluate_fields import in_the_keys_metrics

    found = {"special_equipment": {"stats": [
        {"metric": "accidents", "value": 6, "unit": "起", "basis": None},
        {"metric": "accidents", "value": 25, "unit": "%", "basis": "change"},
        {"metric": "deaths", "value": 40, "unit": "%", "basis": "change"}]}}
    old_key = {"special_equipment": {"stats": [{"metric": "accidents", "value": 6, "unit": "起"}]}}
    kept = in_the_keys_metrics(found, old_key)["special_equipment"]["stats"]
    assert [(s["metric"], s["unit"]) for s in kept] == [("accidents", "起")]
    new_key = {"special_equipment": {"stats": [{"metric": "accidents", "value": 25, "unit": "%"}]}}
    kept = in_the_keys_metrics(found, new_key)["special_equipment"]["stats"]
    assert [(s["metric"], s["unit"]) for s in kept] == [("accidents", "起"), ("accidents", "%")]


def test_supervision_s_late_metrics_are_unscored_against_a_key_typed_before_them() -> None:
    """A key typed with schema 2's outcome metrics but before trademarks, recalls, supervised
    firms and problems were read says nothing of those."""
    from qsreport.evaluate_fields import in_the_keys_metrics

    found = {"supervision": {"stats": [
        {"metric": "batches_failed", "value": 3, "unit": "批次"},
        {"metric": "problems_found", "value": 12, "unit": "个"}]}}
    key = {"supervision": {"stats": [{"metric": "batches_failed", "value": 3, "unit": "批次"}]}}
    kept = in_the_keys_metrics(found, key)["supervision"]["stats"]
    assert [s["metric"] for s in kept] == ["batches_failed"]
    key["supervision"]["stats"].append({"metric": "problems_found", "value": 12, "unit": "个"})
    kept = in_the_keys_metrics(found, key)["supervision"]["stats"]
    assert [s["metric"] for s in kept] == ["batches_failed", "problems_found"]


def test_item_outcomes_mark_each_returned_figure_as_the_score_counts_it() -> None:
    """Each returned figure is found, invented or not scored, in its list's order, and the
    found and invented ones add up to the score's true and false positives (a second copy of
    one key figure is invented; a goal is not scored)."""
    from qsreport.evaluate import item_outcomes

    found = {"supervision": {"stats": [
        {"metric": "cases", "value": 6, "unit": "起"},
        {"metric": "cases", "value": 6, "unit": "起"},
        {"metric": "fines", "value": 9, "unit": "万元"},
        {"metric": "cases", "value": 8, "unit": "起", "status": "target"}]}}
    expected = {"supervision": {"stats": [{"metric": "cases", "value": 6, "unit": "起"}]}}
    outcomes = item_outcomes(found, expected)
    assert outcomes[("supervision", "stats")] == ["found", "invented", "invented", None]
    result = Result()
    score_document("a.txt", found, expected, result)
    score = result.scores["supervision stats"]
    assert (score.tp, score.fp, score.fn) == (1, 2, 0)
