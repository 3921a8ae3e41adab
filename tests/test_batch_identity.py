"""Batch identity: a file is known by its location, copies are marked not dropped, names are
text in every output, and big files are spread over the workers."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from qsreport.batch.identity import Locations, display_path, lossless_path, path_from_lossless
from qsreport.batch.readback import CSV_PLACE, Copies
from qsreport.cli.batch import batch

FORMATS = {"jsonl": ".jsonl", "csv": ".csv", "sqlite": ".db"}
FACT_INDEX, FACT_COUNT = CSV_PLACE["fact_index"], CSV_PLACE["fact_count"]


def article(number: int) -> str:
    """A report written for these tests (no real text): figures in every area."""
    return (
        f"临安市质量技术监督局{2000 + number}年工作总结\n"
        f"发布日期：{2001 + number}-01-15  来源：临安市质量技术监督局\n"
        "一、品牌建设成效明显\n"
        f"全年全市新增中国名牌产品{number % 5 + 1}个、浙江名牌产品{number % 7 + 3}个，"
        f"累计拥有浙江名牌产品{number + 20}个。\n"
        "二、标准化工作稳步推进\n"
        f"全年主导制定国家标准{number % 4 + 1}项、行业标准{number % 3 + 2}项，"
        f"企业采标率达到{60 + number % 30}.5%。\n"
        "三、监督执法力度加大\n"
        f"全年共抽查产品{300 + number}批次，合格率为{80 + number % 15}.2%。"
        f"查处质量违法案件{number + 10}起，案值{number * 3 + 100}.4万元。\n"
    )


def page(text: str, furniture: str) -> bytes:
    """``text`` as a news site would repost it: its own menus and footer around it."""
    title, *lines = text.splitlines()
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><div class="nav">{furniture}</div><div class="article"><h1>{title}</h1>\n'
            f'{body}</div><div class="footer">版权所有 {furniture}</div></body></html>').encode()


# Walk order (files before folders, code-point order) and what each file repeats.
COPIES = {
    "a.txt": None, "b.txt": None, "c.txt": None,
    "sub/copy.txt": "a.txt",  # the same bytes
    "sub/hard.txt": "b.txt",  # a hard link
    "sub/link.txt": "a.txt",  # a symbolic link
    "web/site1.html": None,
    "web/site2.html": "web/site1.html",  # the same article, another site's page around it
}


@pytest.fixture()
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/reports, the working directory its parent: originals, copies, links, reposts."""
    root = tmp_path / "reports"
    (root / "sub").mkdir(parents=True)
    (root / "web").mkdir()
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "b.txt").write_bytes(article(2).encode("gbk"))
    (root / "c.txt").write_text(article(4), encoding="utf-8")
    (root / "sub" / "copy.txt").write_bytes((root / "a.txt").read_bytes())
    os.link(root / "b.txt", root / "sub" / "hard.txt")
    (root / "sub" / "link.txt").symlink_to("../a.txt")
    (root / "web" / "site1.html").write_bytes(page(article(3), "首页 | 新闻中心 | 政务公开"))
    (root / "web" / "site2.html").write_bytes(
        page(article(3), "网站首页 &gt; 地方新闻 | 热点 | 视频 | 图片 | 论坛 | 联系我们"))
    monkeypatch.chdir(tmp_path)
    return root


def run(*args: str) -> Any:
    result = CliRunner().invoke(batch, [*args, "-w", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result
    return result


def records(out: Path, fmt: str) -> list[dict[str, Any]]:
    """Every record of OUT as path, location, ok, duplicate_of and its number of facts."""
    if fmt == "jsonl":
        lines = out.read_bytes().splitlines()
        return [{"path": r["path"], "location": r["location"], "ok": r["ok"],
                 "duplicate_of": r.get("duplicate_of"), "text": r.get("text_sha256")}
                for r in map(json.loads, lines)]
    if fmt == "csv":
        with open(out, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        return [{"path": row["path"], "location": row["location"], "ok": row["ok"] == "true",
                 "duplicate_of": row["duplicate_of"] or None, "text": row["text_sha256"] or None}
                for row in rows if int(row["fact_index"]) <= 1]
    with contextlib.closing(sqlite3.connect(out)) as db:
        return [{"path": p, "location": loc, "ok": bool(ok), "duplicate_of": dup, "text": text}
                for p, loc, ok, dup, text in db.execute(
                    "SELECT path, location, ok, duplicate_of, text_sha256 FROM reports")]


def facts(out: Path, fmt: str) -> list[tuple[str, ...]]:
    """The facts table (CSV rows with a figure, or SQLite facts), without the paths."""
    if fmt == "csv":
        with open(out, newline="", encoding="utf-8") as handle:
            return sorted((row["text_sha256"], row["kind"], row["category"], row["value"],
                           row["span_start"]) for row in csv.DictReader(handle) if row["kind"])
    with contextlib.closing(sqlite3.connect(out)) as db:
        return sorted(tuple(map(str, row)) for row in db.execute(
            "SELECT r.text_sha256, f.kind, f.category, f.value, f.span_start"
            " FROM facts f JOIN reports r ON r.id = f.report_id"))


def relative(path: str | None) -> str | None:
    """A path as any spelling gave it, relative to the reports folder."""
    if path is None:
        return None
    return os.path.relpath(os.path.abspath(path), os.path.abspath("reports"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_copies_links_and_reposts_are_marked_and_counted_once(reports: Path, fmt: str) -> None:
    """A copy, a hard link, a symbolic link and a repost each get a record marked
    duplicate_of the first; the facts table holds each article's figures once."""
    out = Path("out" + FORMATS[fmt])
    result = run("reports", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"8 ok (4 duplicates of an earlier file), 0 failed → {out}\n" in result.stderr
    got = {relative(r["path"]): relative(r["duplicate_of"]) for r in records(out, fmt)}
    assert got == COPIES
    if fmt != "jsonl":
        kept = run("reports", "--out", "kept" + FORMATS[fmt], "--keep-duplicates")
        assert kept.exit_code == 0
        copies = Counter(r["text"] for r in records(out, fmt))  # files with each text
        once, every = facts(out, fmt), facts(Path("kept" + FORMATS[fmt]), fmt)
        assert {fact[0] for fact in once} == set(copies)
        assert every == sorted(fact for fact in once for _ in range(copies[fact[0]]))


def test_jsonl_duplicates_keep_their_report(reports: Path) -> None:
    """A duplicate's JSONL record still holds its own report (marked, not dropped)."""
    run("reports", "--out", "out.jsonl")
    lines = {relative(r["path"]): r for r in map(json.loads, Path("out.jsonl").read_bytes()
                                                  .splitlines())}
    repost, first = lines["web/site2.html"], lines["web/site1.html"]
    assert repost["duplicate_of"] == "reports/web/site1.html"
    assert repost["report"]["brands"] == first["report"]["brands"]
    assert repost["report"]["source"]["sha256"] != first["report"]["source"]["sha256"]
    assert repost["text_sha256"] == first["text_sha256"]


def test_duplicates_on_stdout(reports: Path) -> None:
    """Streaming to stdout marks copies too (their first paths are kept in memory)."""
    result = run("reports", "--out", "-", "-q")
    got = {relative(r["path"]): relative(r.get("duplicate_of"))
           for r in map(json.loads, result.stdout.splitlines())}
    assert got == COPIES


def keep_first(out: Path, fmt: str, count: int) -> None:
    """Leave the first ``count`` records of OUT, as a run stopped there would."""
    if fmt == "jsonl":
        out.write_bytes(b"".join(out.read_bytes().splitlines(keepends=True)[:count]))
    elif fmt == "csv":
        data = out.read_bytes()
        ends = _csv_record_ends(data)
        out.write_bytes(data[:ends[count]])
    else:
        with contextlib.closing(sqlite3.connect(out)) as db:
            for table in ("facts", "honours", "actions", "facilities"):
                db.execute(f"DELETE FROM {table} WHERE report_id > ?", (count,))
            db.execute("DELETE FROM reports WHERE id > ?", (count,))
            db.commit()


def _csv_record_ends(data: bytes) -> list[int]:
    """Byte offsets where the header and then each file's rows end."""
    ends: list[int] = []
    consumed = 0

    def lines() -> Iterator[str]:
        nonlocal consumed
        for line in data.splitlines(keepends=True):
            consumed += len(line)
            yield line.decode("utf-8")

    reader = csv.reader(lines())
    next(reader)
    ends.append(consumed)
    for row in reader:
        if row[FACT_COUNT] == row[FACT_INDEX] or row[FACT_COUNT] == "0":  # the file's last row
            ends.append(consumed)
    return ends


@pytest.mark.parametrize("fmt", FORMATS)
def test_resume_with_the_folder_spelled_three_ways(reports: Path, fmt: str) -> None:
    """Stopped twice and resumed as ./reports and by absolute path, in every format, the run
    ends with one record per file and the same duplicates as a run that was not stopped."""
    whole, out = Path("whole" + FORMATS[fmt]), Path("out" + FORMATS[fmt])
    run("reports", "--out", str(whole))
    run("reports", "--out", str(out))
    keep_first(out, fmt, 5)
    assert run("./reports", "--out", str(out), "--resume").exit_code == 0
    keep_first(out, fmt, 7)
    assert run(str(reports), "--out", str(out), "--resume").exit_code == 0
    again = run("reports/", "--out", str(out), "--resume")
    assert "0 files in" in again.stderr and "8 files already in" in again.stderr
    got = records(out, fmt)
    assert len(got) == len(COPIES)
    assert sorted(r["location"] for r in got) == sorted(r["location"] for r in records(whole, fmt))
    assert {relative(r["path"]): relative(r["duplicate_of"]) for r in got} == COPIES
    if fmt != "jsonl":
        assert facts(out, fmt) == facts(whole, fmt)


def test_resume_reads_records_written_before_locations(reports: Path) -> None:
    """JSONL records of an earlier version (no location, no text hash) are found by path."""
    run("reports", "--out", "out.jsonl")
    lines = [json.loads(line) for line in Path("out.jsonl").read_bytes().splitlines()]
    old = [{key: r[key] for key in ("path", "ok", "report", "error") if key in r} for r in lines]
    Path("out.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in old),
                                 encoding="utf-8")
    again = run("reports", "--out", "out.jsonl", "--resume")
    assert "0 files in" in again.stderr and len(Path("out.jsonl").read_bytes().splitlines()) == 8


@pytest.mark.skipif(sqlite3.sqlite_version_info < (3, 35), reason="DROP COLUMN")
def test_resume_adds_the_new_columns_to_an_earlier_database(reports: Path) -> None:
    """A database written before location and duplicate_of existed is resumed, not refused."""
    run("reports", "--out", "out.db")
    with contextlib.closing(sqlite3.connect("out.db")) as db:
        db.execute("DROP INDEX reports_location")  # made with the location column
        for column in ("location", "duplicate_of", "text_sha256"):
            db.execute(f"ALTER TABLE reports DROP COLUMN {column}")
        db.execute("DELETE FROM facts WHERE report_id > 6")
        db.execute("DELETE FROM reports WHERE id > 6")
        db.commit()
    again = run("reports", "--out", "out.db", "--resume")
    assert again.exit_code == 0 and "2 files in" in again.stderr
    assert len(records(Path("out.db"), "sqlite")) == 8


def test_a_broken_link_on_the_command_line_is_a_record(reports: Path) -> None:
    """A broken symbolic link named on the command line is an unreadable record and one line."""
    Path("gone.txt").symlink_to("nowhere.txt")
    result = run("gone.txt", "reports/a.txt", "--out", "out.jsonl", "-q")
    assert result.exit_code == 1
    assert result.stderr == ("qsreport: gone.txt: unreadable: is a symbolic link to a file"
                             " that does not exist\n")
    assert [(r["path"], r["ok"]) for r in records(Path("out.jsonl"), "jsonl")] == [
        ("gone.txt", False), ("reports/a.txt", True)]


def test_a_gbk_file_name_is_shown_in_chinese_and_kept_losslessly(reports: Path) -> None:
    """A file name in GBK bytes is written decoded (报告.txt) in valid UTF-8, and its location
    names its exact bytes (%B1%A8...)."""
    name = os.fsdecode("报告-100%.txt".encode("gbk"))
    (reports / name).write_text(article(9), encoding="utf-8")
    run(str(reports / name), "--out", "out.jsonl")
    data = Path("out.jsonl").read_bytes()
    data.decode("utf-8")  # strict
    (record,) = map(json.loads, data.splitlines())
    assert record["path"] == f"{reports}/报告-100%.txt"
    assert record["report"]["source"]["path"] == record["path"]
    assert record["location"] == f"{reports}/%B1%A8%B8%E6-100%25.txt"
    assert path_from_lossless(record["location"]) == str(reports / name)


# Identity -------------------------------------------------------------------------------


def test_every_spelling_of_a_folder_is_one_location(reports: Path) -> None:
    """reports, ./reports, reports/../reports, the absolute path and a symlinked folder name
    a file at one location; a symbolic link to a file stays its own entry."""
    Path("alias").symlink_to("reports")
    spellings = ["reports/a.txt", "./reports/a.txt", "reports/sub/../a.txt",
                 str(reports / "a.txt"), "alias/a.txt"]
    assert {Locations().of(path) for path in spellings} == {str(reports / "a.txt")}
    assert Locations().of("reports/sub/link.txt") == str(reports / "sub" / "link.txt")
    assert Locations().of("reports/") == Locations().of("reports") == str(reports)


@given(st.binary(min_size=1, max_size=30).filter(lambda b: b"\x00" not in b))
def test_lossless_paths_give_the_bytes_back(name: bytes) -> None:
    """Any file name's bytes → valid UTF-8 text → the same bytes."""
    path = os.fsdecode(name)
    text = lossless_path(path)
    text.encode("utf-8")
    display_path(path).encode("utf-8")
    assert os.fsencode(path_from_lossless(text)) == name


@given(st.lists(st.tuples(st.binary(min_size=8, max_size=8), st.integers(0, 2**63)),
                max_size=3000))
def test_copies_keep_the_first_locator_of_each_text(pairs: list[tuple[bytes, int]]) -> None:
    """The compact table answers as a dict that keeps each key's first value."""
    table, expected = Copies(), {}
    for key, locator in pairs:
        text = key.hex() + "0" * 48
        table.put(text, locator)
        expected.setdefault(text, locator)
    assert len(table) == len(expected)
    assert all(table.get(text) == locator for text, locator in expected.items())
    assert table.get("f" * 64) == expected.get("f" * 64)


def test_files_named_on_the_command_line_are_entries_like_walked_ones(reports: Path,
                                                                     tmp_path: Path) -> None:
    """A link and its target named on the command line are two records (the second marked);
    a link inside a folder also given is read once, wherever it points."""
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(article(7), encoding="utf-8")
    (reports / "sub" / "out.txt").symlink_to(outside)
    run("reports/a.txt", "./reports/sub/link.txt", "reports/a.txt", "--out", "two.jsonl")
    assert [(relative(r["path"]), relative(r["duplicate_of"]))
            for r in records(Path("two.jsonl"), "jsonl")] == [("a.txt", None),
                                                             ("sub/link.txt", "a.txt")]
    run("reports/sub/out.txt", "reports", "--out", "all.jsonl")
    assert sorted(relative(r["path"]) for r in records(Path("all.jsonl"), "jsonl")) == sorted(
        [*COPIES, "sub/out.txt"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_names_shown_alike_are_two_records(reports: Path, fmt: str) -> None:
    """报告.txt in UTF-8 beside 报告.txt in GBK bytes: two records in every format, each shown
    as 报告.txt (SQLite's reports are unique by location, not by path)."""
    (reports / "报告.txt").write_text(article(11), encoding="utf-8")
    (reports / os.fsdecode("报告.txt".encode("gbk"))).write_text(article(12), encoding="utf-8")
    out = Path("out" + FORMATS[fmt])
    assert run("reports", "--out", str(out)).exit_code == 0
    got = records(out, fmt)
    assert len(got) == len(COPIES) + 2
    shown = sorted(r["path"] for r in got if "报告" in r["path"] or "%B1" in r["path"])
    assert shown == ["reports/报告.txt"] * 2
    assert len({r["location"] for r in got}) == len(got)
