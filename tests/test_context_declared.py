"""What a document's title declares it publishes gives its honours and figures their status
(schema 2, issue 12): a shortlist's names are shortlisted, a work plan's figures are targets,
a contest called sets goals; a result notice keeps its winners achieved; schema 1 writes
none of them; SQLite's honours table says each named winner's status. Every document here
was written for these tests."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from qsreport.extract.context_declared import declared_status
from qsreport.pipeline import document, parse_bytes, prepare
from qsreport.render import sqlite as sqlite_render

from .report_helpers import report_json


def _parse(text: str, schema: str = "2") -> dict[str, Any]:
    return report_json(text, schema)


def _declared(text: str) -> tuple[str, str] | None:
    found = declared_status(document(prepare(text.encode("utf-8"), None, None)))
    return (found.status, found.where) if found else None


def _honours(report: dict[str, Any]) -> list[tuple[str, str]]:
    return [(h["name"], h["status"]) for h in report["brands"]["honours"]]


# A publicity of proposed winners, its title saying so.
_SHORTLIST = """2014年度台州市名牌产品拟认定名单公示
来源：台州日报  2014-11-10
市质监局日前在网上公示了2014年度台州市名牌产品评审结果。其中，我县云帆牌电缆、蓝天牌空调名列其中。
"""
# The same list made final: its title says the publicity is over.
_RESULT = """2014年度台州市名牌产品名单公示期满
日期：2014年12月20日  来源：台州日报
2014年度台州市名牌产品拟认定名单公示期满，市质监局日前正式公布名单，全市共有58个产品上榜，我县云帆牌电缆、蓝天牌空调榜上有名。
"""
# A county's work plan for a coming year, with its review of the year before.
_PLAN = """乙县市场监管局2015年工作要点
日期：2015年2月10日  来源：乙县市场监管局
2014年，全县新增省名牌产品5个，共检定计量器具1.1万台。
一、计量工作。全年检定强检计量器具1.5万台，对全县40家加油站开展专项检查。
二、质量提升。新增省名牌产品8个。
"""
# A plan named in a title that looks back on the year's work: no plan of its own.
_REVIEW = """乙县市场监管局2014年工作总结和2015年工作计划
日期：2015年1月10日  来源：乙县市场监管局
全年检定强检计量器具1.2万台，对全县38家加油站开展专项检查。
"""
# A contest called, its title saying so.
_CONTEST = """关于开展第三届丙市市长质量奖评选工作的通知
来源：丙市人民政府  2016-04-10
本届评选设市长质量奖5个，对获奖组织各奖励50万元。
"""


def test_a_shortlist_title_makes_its_named_winners_shortlisted() -> None:
    """A title that publishes proposed winners (拟认定名单公示): the names the body lists are
    shortlisted in schema 2 and left out of schema 1."""
    assert _declared(_SHORTLIST) == ("shortlisted", "title")
    assert _honours(_parse(_SHORTLIST)) == [("云帆牌电缆", "shortlisted"),
                                            ("蓝天牌空调", "shortlisted")]
    v1 = _parse(_SHORTLIST, schema="1")
    assert v1["brands"]["honours"] == []


def test_a_result_title_keeps_its_winners_achieved() -> None:
    """A title that says the publicity is over (名单公示期满) declares no shortlist: the names
    won, in schema 2 and schema 1 alike (where a named winner has no status)."""
    assert _declared(_RESULT) is None
    report = _parse(_RESULT)
    assert _honours(report) == [("云帆牌电缆", "achieved"), ("蓝天牌空调", "achieved")]
    assert [(c["value"], c["status"]) for c in report["brands"]["counts"]] == [(58, "achieved")]
    v1 = _parse(_RESULT, schema="1")
    assert [h["name"] for h in v1["brands"]["honours"]] == ["云帆牌电缆", "蓝天牌空调"]
    assert "status" not in v1["brands"]["honours"][0]


def test_a_work_plan_s_figures_are_targets_but_its_review_of_last_year_is_not() -> None:
    """A title naming a year's work plan (工作要点): its figures are goals, unless their own
    sentence tells of a year before the plan's (2014年，全县新增…)."""
    assert _declared(_PLAN) == ("target", "title")
    report = _parse(_PLAN)
    brands = [(c["value"], c["status"]) for c in report["brands"]["counts"]]
    metrology = [(s["metric"], s["value"], s["status"]) for s in report["metrology"]["stats"]]
    assert brands == [(5, "achieved"), (8, "target")]
    assert ("instruments_verified", 1.1, "achieved") in metrology  # (万台, as written)
    assert ("instruments_verified", 1.5, "target") in metrology
    assert ("sites", 40, "target") in metrology


def test_a_title_that_looks_back_declares_no_plan() -> None:
    """工作总结和工作计划: the work told is done."""
    assert _declared(_REVIEW) is None
    report = _parse(_REVIEW)
    assert {s["status"] for s in report["metrology"]["stats"]} == {"achieved"}


def test_a_contest_called_in_the_title_sets_goals() -> None:
    """关于开展…评选工作的通知: the money the contest will give its winners is a goal."""
    assert _declared(_CONTEST) == ("target", "title")
    report = _parse(_CONTEST)
    assert [(s["metric"], s["value"], s["status"]) for s in report["distinctions"]["stats"]] \
        == [("reward_money", 50, "target")]


def test_a_plan_only_followed_declares_nothing() -> None:
    """A lead that follows a plan (按照…抽查计划) publishes no plan of its own, and a publicity
    of a check's results (抽查结果公示) no shortlist."""
    followed = ("丁市质监局通报春季抽查情况\n日期：2016年7月10日  来源：丁市质监局\n"
                "按照省局下达的春季产品抽查计划，市局对全市30家企业的45批次产品进行了抽查。\n")
    results = ("丁市春季产品抽查结果公示\n日期：2016年7月10日  来源：丁市质监局\n"
               "现将春季产品抽查的结果予以公示，此次抽查产品45批次。\n")
    assert _declared(followed) is None
    assert _declared(results) is None
    assert {s["status"] for s in _parse(results)["supervision"]["stats"]} == {"achieved"}


def test_sqlite_s_honours_table_has_each_winner_s_status(tmp_path: Path) -> None:
    """The honours table gains a ``status`` column (a database an earlier version wrote gets
    it, empty for its rows) and a shortlist's names are written shortlisted."""
    # (a database written before the status, place and period columns: it gains all five)
    earlier = sqlite_render.schema().replace(
        "    status TEXT,\n    place TEXT,\n    period TEXT,\n    place_code TEXT,\n"
        "    place_name TEXT,\n    span_start", "    span_start")
    out = tmp_path / "old.db"
    with contextlib.closing(sqlite3.connect(out)) as db:
        db.executescript(earlier)
        assert "status" not in {row[1] for row in db.execute("PRAGMA table_info(honours)")}
        sqlite_render.create_schema(db)
        report = parse_bytes(_SHORTLIST.encode("utf-8"), None)
        sqlite_render.insert(db, sqlite_render.rows_for("shortlist.txt", report))
        rows = db.execute("SELECT name, status FROM honours ORDER BY id").fetchall()
        columns = {row[1] for row in db.execute("PRAGMA table_info(honours)")}
    assert rows == [("云帆牌电缆", "shortlisted"), ("蓝天牌空调", "shortlisted")]
    assert {"place", "period", "place_code", "place_name"} <= columns


def _statuses(report: dict[str, Any], area: str) -> list[tuple[int, str]]:
    return [(s["value"], s["status"]) for s in report[area]["stats"]]


def test_a_declared_shortlist_lists_no_checks_done() -> None:
    """A shortlist, a recommendation or an application lists honours and projects: the checks
    the same document tells (samples taken, instruments verified, lifts inspected) were done."""
    news = _parse("乙县召开质量工作例会\n本报讯 乙县日前召开质量工作例会。会议通报，省里近期公示的名牌"
                  "名单中有县里的丙公司。上半年全县共抽查产品86批次，检定计量器具420台，检验电梯65台。\n")
    assert _statuses(news, "supervision") == [(86, "achieved")]
    assert _statuses(news, "metrology") == [(420, "achieved")]
    assert _statuses(news, "special_equipment") == [(65, "achieved")]
    notice = _parse("关于丁市第五批优质产品拟推荐名单的公示\n经企业自愿申报、专家评审，现将拟推荐名单予以公示。"
                    "本年度市局共抽检各类产品130批次。\n")
    assert _statuses(notice, "supervision") == [(130, "achieved")]
    plan = _parse("戊县2027年质量工作要点\n全年计划抽查产品300批次。\n")
    assert _statuses(plan, "supervision") == [(300, "target")]  # (a plan's checks are goals)


def test_a_publicity_a_decision_stands_on_shortlists_nobody() -> None:
    """A publicity told as the ground a decision stands on (在…公示的基础上，决定表彰…) is over:
    those the decision commends or rewards are achieved, not shortlisted; a list still out for
    objections stays a shortlist."""
    praised = _parse("甲市表彰质量工作先进\n本报讯 在听取各方看法并于网站公示的基础上，甲市政府决定表彰"
                     "质量工作先进集体12个、先进个人30名。\n")
    assert _statuses(praised, "distinctions") == [(12, "achieved"), (30, "achieved")]
    rewarded = _parse("乙县奖励名牌企业\n本报讯 经专家评审，在公示等程序的基础上，乙县质监局对获得县名牌"
                      "的9家企业给予奖励。\n")
    assert _statuses(rewarded, "distinctions") == [(9, "achieved")]
    pending = _parse("丙市名牌\n本报讯 丙市名牌产品评审结束，共有15个产品进入公示名单。\n")
    assert [c["status"] for c in pending["brands"]["counts"]] == ["shortlisted"]
