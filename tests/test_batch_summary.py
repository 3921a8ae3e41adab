"""Batch records and summary, issue 15's leftovers: the files read counted by kind of document
and by language, and SQLite's reports unique by where the file is, not by how it was named.
Every text here was written for these tests."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from qsreport.cli.batch import batch
from qsreport.render import sqlite as sqlite_render

# One text of each kind of document (meta.document); figures make a report.
KINDS = {
    "report.txt": ("东湖县质量技术监督局2011年工作小结\n发布日期：2012-01-09 来源：东湖县质监局\n"
                   "全年全县新增浙江名牌产品4个，主导制定行业标准3项，监督抽查产品215批次，"
                   "合格率为91.6%，查处质量违法案件27起。\n"),
    "notice.txt": ("关于做好年度计量器具强制检定工作的通知\n各乡镇、各有关单位：\n"
                   "为做好本年度计量器具强制检定工作，现将有关事项通知如下，请各单位认真组织，"
                   "按照规定时间送检，确保检定工作顺利完成。\n"),
    "listing.txt": "质量动态\n" + "\n".join(f"东湖县质监工作简讯第{n}期" for n in range(1, 13))
                   + "\n",
    "unrelated.txt": ("湖畔新建步道正式开放\n周末上午，沿湖新修的步道迎来第一批散步的居民，"
                      "道路两旁栽满了樱花和垂柳，不少家庭带着孩子在草地上放风筝，"
                      "管理处表示后续还将增设座椅和照明。\n"),
    "short.txt": "质监简讯\n例会已开。\n",
}
# Not Chinese: a Russian note, written here, in its own encoding.
RUSSIAN = ("Отчёт о работе службы контроля качества за прошлый год. Проверено более двухсот "
           "предприятий, большинство из них выполнили все требования стандартов.\n")


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for name, text in KINDS.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "note-ru.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (root / "empty.txt").write_bytes(b"")
    return root


def test_summary_counts_documents_by_kind_and_text_not_chinese(folder: Path, tmp_path: Path
                                                               ) -> None:
    """The summary's last line counts the files read by meta.document, in a fixed order,
    and those whose record warns not_chinese; a failure is in neither count."""
    result = CliRunner().invoke(batch, [str(folder), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1  # the empty file
    lines = result.stderr.splitlines()
    assert "6 ok, 1 failed (1 empty)" in lines[-2]
    # The Russian note names nothing of the subject: unrelated, besides not Chinese.
    assert lines[-1] == ("qsreport: documents read: 1 report, 1 notice, 1 listing,"
                         " 2 unrelated, 1 too_short; 1 not_chinese (their records warn)")


def test_no_documents_line_when_nothing_was_read(tmp_path: Path) -> None:
    """A batch whose every file failed says nothing of kinds of document."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(batch, [str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "documents read" not in result.stderr


def reports_of(out: Path) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(out)) as db:
        return list(db.execute("SELECT path, location FROM reports ORDER BY id"))


def test_sqlite_reports_are_unique_by_location_not_by_path(folder: Path, tmp_path: Path) -> None:
    """A second row for a location already there is refused; a second row for a path shown
    already, at another location, is taken."""
    out = tmp_path / "o.db"
    CliRunner().invoke(batch, [str(folder), "-o", str(out), "-w", "1"])
    path, location = reports_of(out)[0]
    with contextlib.closing(sqlite3.connect(out)) as db:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO reports (path, ok, location) VALUES (?, 1, ?)",
                       ("elsewhere.txt", location))
        db.execute("INSERT INTO reports (path, ok, location) VALUES (?, 1, ?)",
                   (path, location + ".other"))
        db.commit()
    assert len(reports_of(out)) == len(KINDS) + 3


def test_resume_keeps_to_the_unique_paths_of_an_earlier_database(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    """A database an earlier version made (path unique, no location column) is resumed: a
    file shown as another already is (报告.txt in GBK bytes beside 报告.txt in UTF-8) goes in
    under its location, and no file gets two rows."""
    monkeypatch.chdir(tmp_path)
    root = Path("in")
    root.mkdir()
    (root / "报告.txt").write_text(KINDS["report.txt"], encoding="utf-8")
    (root / os.fsdecode("报告.txt".encode("gbk"))).write_text(
        KINDS["report.txt"].replace("27起", "31起"), encoding="utf-8")
    earlier = sqlite_render.schema().replace("path TEXT NOT NULL,", "path TEXT NOT NULL UNIQUE,")
    earlier = earlier.replace("    location TEXT\n", "    extra TEXT\n")
    with contextlib.closing(sqlite3.connect("old.db")) as db:
        db.executescript(earlier)
    result = CliRunner().invoke(batch, ["in", "-o", "old.db", "--resume", "-w", "1"])
    assert result.exit_code == 0, result.stderr
    rows = reports_of(Path("old.db"))
    assert len(rows) == 2 and len({location for _, location in rows}) == 2
    real = os.path.realpath("in")
    assert sorted(path for path, _ in rows) == sorted(["in/报告.txt", f"{real}/%B1%A8%B8%E6.txt"])
    again = CliRunner().invoke(batch, ["./in", "-o", "old.db", "--resume", "-w", "1"])
    assert "0 files in" in again.stderr and len(reports_of(Path("old.db"))) == 2
