"""Schema 2 is the default; schema 1 stays available and unchanged for the seed."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from qsreport.cli import main
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes

from .conftest import SEED
from .report_helpers import report_json

V1_GOLDEN = Path(__file__).parent / "data" / "seed.v1.expected.json"
HEADER = "测试报告\n发布日期：2012-06-01  来源：测试日报\n"


def test_schema_1_gives_the_seed_exactly_as_before() -> None:
    """The whole schema-1 output of the seed is what it was before schema 2 landed."""
    report = parse_bytes(SEED.read_bytes(), None, ParseOptions(schema="1"))
    assert to_jsonable(report) == json.loads(V1_GOLDEN.read_text("utf-8"))


def test_schema_2_marks_every_figure_and_schema_1_keeps_only_achieved_levels() -> None:
    body = "今年全市新增中国名牌产品3个。全市主要行业采标率力争达到85%。今年有5个产品进入中国名牌产品公示名单。"
    v2 = report_json(HEADER + body)
    v1 = report_json(HEADER + body, "1")
    assert v2["schema_version"] == "2" and v1["schema_version"] == "1"
    assert [(c["value"], c["status"], c["period"]) for c in v2["brands"]["counts"]] == [
        (3, "achieved", "2012"), (5, "shortlisted", "2012")]
    assert [c["value"] for c in v1["brands"]["counts"]] == [3]  # never a shortlist
    assert [(r["value"], r["status"]) for r in v2["standards"]["rates"]] == [(85, "target")]
    assert [(r["value"], r["target"]) for r in v1["standards"]["rates"]] == [(85, True)]
    assert set(v1["brands"]["counts"][0]) == set(v2["brands"]["counts"][0]) - {
        "status", "place", "period", "place_code", "place_name", "part_of", "page", "firms"}


def test_the_cli_writes_either_schema(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "report.txt"
    path.write_text(HEADER + "全年抽查产品420批次，查处案件35起。", encoding="utf-8")
    for version in ("1", "2"):
        result = runner.invoke(main, ["parse", str(path), "--format", "json", "--schema", version])
        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        assert report["schema_version"] == version
        assert ("status" in report["supervision"]["stats"][0]) == (version == "2")


def test_the_schema_command_prints_both_versions() -> None:
    runner = CliRunner()
    v2 = json.loads(runner.invoke(main, ["schema"]).stdout)
    v1 = json.loads(runner.invoke(main, ["schema", "--schema", "1"]).stdout)
    assert "status" in v2["$defs"]["BrandCount"]["properties"]
    assert "status" not in v1["$defs"]["BrandCount"]["properties"]
    assert v1["properties"]["schema_version"]["const"] == "1"


def test_the_report_model_has_exactly_the_pipeline_s_fields() -> None:
    """``Report`` (pydantic) and ``ReportData`` (what the pipeline fills) list one set of fields
    in one order: an area added to one and not the other fails here."""
    from dataclasses import fields

    from qsreport.models import ReportData
    from qsreport.report import Report

    assert list(Report.model_fields) == [f.name for f in fields(ReportData)]


def test_schema_1_has_none_of_the_areas_schema_2_added() -> None:
    """Metrology, special equipment and certification are schema 2 only: a schema-1 report
    has no such keys in JSON and no such rows in the facts table."""
    from qsreport.render.csv import fact_rows

    body = ("全年共检定加油机320台。新装电梯45部。向16家食品企业颁发食品生产许可证。查处案件3起。"
            "新建的县检验中心总投资900万元。今年又有2家企业获得市长质量奖。")
    v2 = parse_bytes((HEADER + body).encode(), None)
    v1 = parse_bytes((HEADER + body).encode(), None, ParseOptions(schema="1"))
    new_areas = {"metrology", "special_equipment", "certification", "capacity",
                 "distinctions"}
    assert new_areas <= set(to_jsonable(v2)) and not new_areas & set(to_jsonable(v1))
    assert {row[0] for row in fact_rows(v2)} == {"metrology", "equipment", "certification",
                                                  "capacity", "distinction", "stat"}
    assert {row[0] for row in fact_rows(v1)} == {"stat"}
    assert list(to_jsonable(v1)) == list(json.loads(V1_GOLDEN.read_text("utf-8")))


def test_schema_2_s_outcome_metrics_are_other_in_schema_1() -> None:
    """Batches passed, failure rates, cases handed on …: their own metrics in schema 2, which
    schema 1's vocabulary (frozen in render/schema_v1.json) writes as ``other``, in JSON and in
    the facts table."""
    from qsreport.render.csv import fact_rows

    body = "抽检食品50批次，合格46批次，不合格率8%。全年移送公安机关案件4起。"
    v2 = parse_bytes((HEADER + body).encode(), None)
    v1 = parse_bytes((HEADER + body).encode(), None, ParseOptions(schema="1"))
    assert [s["metric"] for s in to_jsonable(v2)["supervision"]["stats"]] == [
        "batches_sampled", "batches_passed", "failure_rate", "cases_transferred"]
    assert [s["metric"] for s in to_jsonable(v1)["supervision"]["stats"]] == [
        "batches_sampled", "other", "other", "other"]
    assert [row[1] for row in fact_rows(v1)] == ["batches_sampled", "other", "other", "other"]
    schema = json.loads((Path(__file__).parents[1] / "src/qsreport/render/schema_v1.json")
                        .read_text("utf-8"))
    assert "batches_passed" not in json.dumps(schema)


def test_the_firms_behind_a_brand_count_are_schema_2_only() -> None:
    """A brand count's firms (12家企业的15个产品) are ``firms`` in schema 2 and a
    ``brand_firms`` row beside the count in the facts table, with its status, place and
    period; schema 1 has neither, so its JSON, CSV and SQLite stay as frozen."""
    from qsreport.render.csv import FACT_COLUMNS, fact_rows

    body = "今年酒泉市有12家企业的15个产品获评省名牌产品。"
    v2 = parse_bytes((HEADER + body).encode(), None)
    v1 = parse_bytes((HEADER + body).encode(), None, ParseOptions(schema="1"))
    assert [(c["value"], c["firms"]) for c in to_jsonable(v2)["brands"]["counts"]] == [(15, 12)]
    assert [c["value"] for c in to_jsonable(v1)["brands"]["counts"]] == [15]
    assert "firms" not in to_jsonable(v1)["brands"]["counts"][0]
    columns = ("kind", "category", "value", "unit", "status", "place", "period")
    rows = [tuple(row[FACT_COLUMNS.index(c)] for c in columns) for row in fact_rows(v2)]
    assert rows == [("brand", "provincial_brand", 15, "个", "achieved", "酒泉市", "2012"),
                    ("brand_firms", "provincial_brand", 12, "家", "achieved", "酒泉市", "2012")]
    assert [row[0] for row in fact_rows(v1)] == ["brand"]


def test_the_schema_command_names_the_firms_in_schema_2_only() -> None:
    """``qsreport schema`` prints ``firms`` on a brand count; ``--schema 1`` does not."""
    runner = CliRunner()
    v2 = json.loads(runner.invoke(main, ["schema"]).stdout)
    v1 = json.loads(runner.invoke(main, ["schema", "--schema", "1"]).stdout)
    assert "firms" in v2["$defs"]["BrandCount"]["properties"]
    assert "firms" not in json.dumps(v1)


def test_schema_1_of_a_report_with_firms_is_the_frozen_shape(tmp_path: Path) -> None:
    """A schema-1 SQLite database of a report that names firms has no ``brand_firms`` row,
    and its JSON keys are schema 1's."""
    import sqlite3

    from qsreport.render.sqlite import create_schema, insert, rows_for

    body = "截至目前，全县共有9家企业13个产品获得省名牌产品称号。"
    v1 = parse_bytes((HEADER + body).encode(), None, ParseOptions(schema="1"))
    connection = sqlite3.connect(tmp_path / "v1.db")
    create_schema(connection)
    insert(connection, rows_for("r.txt", v1))
    kinds = [kind for (kind,) in connection.execute("SELECT kind FROM facts")]
    connection.close()
    assert kinds == ["brand"]
    golden = json.loads(V1_GOLDEN.read_text("utf-8"))
    assert list(to_jsonable(v1)["brands"]["counts"][0]) == list(golden["brands"]["counts"][0])


def test_schema_2_s_work_metrics_are_left_out_of_schema_1() -> None:
    """Firms failed, places covered, pledges, teams sent …: figures version 1 never reported,
    not even as ``other``, so ``--schema 1`` leaves them out of JSON and the facts table,
    while schema 2 writes them in both."""
    from qsreport.render.csv import fact_rows

    body = ("本次抽查覆盖全省9个地市，共抽检家具60批次，其中4家企业的产品不合格。"
            "县局派出3个督查组，与210家企业签订了质量承诺书。")
    v2 = parse_bytes((HEADER + body).encode(), None)
    v1 = parse_bytes((HEADER + body).encode(), None, ParseOptions(schema="1"))
    assert [s["metric"] for s in to_jsonable(v2)["supervision"]["stats"]] == [
        "places_covered", "batches_sampled", "firms_failed", "teams_sent", "pledges_signed"]
    assert [row[1] for row in fact_rows(v2)] == [
        "places_covered", "batches_sampled", "firms_failed", "teams_sent", "pledges_signed"]
    assert [s["metric"] for s in to_jsonable(v1)["supervision"]["stats"]] == ["batches_sampled"]
    assert [row[1] for row in fact_rows(v1)] == ["batches_sampled"]


def test_accidents_fibre_materials_and_consultations_are_left_out_of_schema_1() -> None:
    """Special-equipment accidents and their toll, fibre under notarial inspection, materials
    handed out and questions answered are schema 2's only: ``--schema 1`` writes none of them,
    not even as ``other``."""
    body = ("今年全县发生电梯事故2起，死亡1人。丁站已公证检验棉花4万包。"
            "活动中发放宣传资料600份，接受群众咨询75人次，抽查食品30批次。")
    v2 = parse_bytes((HEADER + body).encode(), None)
    v1 = parse_bytes((HEADER + body).encode(), None, ParseOptions(schema="1"))
    assert [s["metric"] for s in to_jsonable(v2)["supervision"]["stats"]] == [
        "fibre_inspected", "materials_distributed", "consultations", "batches_sampled"]
    assert [s["metric"] for s in to_jsonable(v2)["special_equipment"]["stats"]] == [
        "accidents", "deaths"]
    written = to_jsonable(v1)
    assert [s["metric"] for s in written["supervision"]["stats"]] == ["batches_sampled"]
    assert "special_equipment" not in written


def test_goods_removed_free_tests_firms_helped_banners_and_unverified_are_schema_2_s() -> None:
    """Goods taken off shelves, free tests, firms helped, banners and instruments found
    unverified are schema 2's only: ``--schema 1`` writes none of them, not even as ``other``."""
    body = ("检查中下架过期饮料60瓶。现场免费为居民检测燃气灶30台。全年走访服务企业90家次。"
            "街头悬挂横幅12条。发现4台电子秤未经检定。抽查食品30批次。")
    v2 = parse_bytes((HEADER + body).encode(), None)
    v1 = parse_bytes((HEADER + body).encode(), None, ParseOptions(schema="1"))
    assert [s["metric"] for s in to_jsonable(v2)["supervision"]["stats"]] == [
        "goods_removed", "free_tests", "firms_assisted", "banners_displayed",
        "instruments_unverified", "batches_sampled"]
    assert [s["metric"] for s in to_jsonable(v1)["supervision"]["stats"]] == ["batches_sampled"]


def test_trademarks_recalls_supervised_firms_and_problems_are_schema_2_s() -> None:
    """Registered trademarks, recalls, the units a bureau supervises and problems found or put
    right are schema 2's only: ``--schema 1`` writes none of them, not even as ``other``."""
    body = ("全市有效注册商标达到5100件。督促企业召回缺陷产品12次。全县现有气瓶充装单位16家。"
            "检查中发现问题25个，整改问题22个。抽查食品30批次。")
    v2 = parse_bytes((HEADER + body).encode(), None)
    v1 = parse_bytes((HEADER + body).encode(), None, ParseOptions(schema="1"))
    assert [s["metric"] for s in to_jsonable(v2)["supervision"]["stats"]] == [
        "trademarks_registered", "products_recalled", "firms_supervised", "problems_found",
        "problems_rectified", "batches_sampled"]
    assert [s["metric"] for s in to_jsonable(v1)["supervision"]["stats"]] == ["batches_sampled"]


def test_a_toll_s_change_in_percent_is_a_change_of_schema_2_only() -> None:
    """事故起数同比下降20%: the accidents metric itself, in %, ``basis: change``; version 1,
    which has no special equipment, states nothing of it."""
    body = "今年全省发生特种设备事故8起，事故起数同比下降20%。"
    v2 = report_json(HEADER + body)
    v1 = report_json(HEADER + body, "1")
    changes = [s for s in v2["special_equipment"]["stats"] if s["unit"] == "%"]
    assert [(s["metric"], s["value"], s["basis"]) for s in changes] == [("accidents", 20, "change")]
    assert "special_equipment" not in v1
    assert all(o.get("unit") != "%" for o in v1.get("other", []))


def test_the_schema_command_lists_the_new_keys_in_schema_2_only() -> None:
    """``qsreport schema`` lists the new metrics and kinds; ``--schema 1`` none of them."""
    runner = CliRunner()
    v2 = runner.invoke(main, ["schema"]).stdout
    v1 = runner.invoke(main, ["schema", "--schema", "1"]).stdout
    for key in ("firms_failed", "teams_sent", "reward_money", "time_honoured_brand",
                "mark_users", "gi_mark", "operator_certificates", "accidents",
                "fibre_inspected", "materials_distributed", "consultations", "goods_removed",
                "free_tests", "firms_assisted", "banners_displayed", "instruments_unverified",
                "trademarks_registered", "products_recalled", "firms_supervised",
                "problems_found", "problems_rectified"):
        assert key in v2 and key not in v1


def test_every_counted_change_is_of_a_late_metric_or_a_late_change() -> None:
    """A metric whose change in % the recalls reader reads is one the rounds' keys may not
    name: either a late metric or a late change, so that evaluate leaves it unscored there."""
    from qsreport.extract.lexicon.supervision_recalls import COUNTED_CHANGES
    from qsreport.vocabulary import STAT_CHANGES_LATE, STAT_METRICS_LATE

    assert set(COUNTED_CHANGES) <= STAT_METRICS_LATE | STAT_CHANGES_LATE
    assert not STAT_CHANGES_LATE & STAT_METRICS_LATE
