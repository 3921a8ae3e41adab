"""`qsreport show` as a command: a page to --out, to a pipe, --open; and a batch's records as a
static site (index, chart, a page a report). Every report here is written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qsreport.cli import main

from .test_show import REPORT, page_tree

# --- the command --------------------------------------------------------------------------------


def test_show_writes_the_page_to_out(tmp_path: Path) -> None:
    """--out writes the page; stdout stays empty."""
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(report), "--out", str(tmp_path / "p.html")])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    page = (tmp_path / "p.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="f4"' in page


def test_show_writes_to_a_pipe_and_reads_stdin() -> None:
    """Without --out the page goes to stdout (a pipe); - reads the report from stdin."""
    result = CliRunner().invoke(main, ["show", "-"], input=REPORT.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>") and "3 numbers not used" in result.stdout


def test_show_fails_in_one_line_for_a_missing_file(tmp_path: Path) -> None:
    """A file that cannot be read: one line on stderr, exit 1."""
    result = CliRunner().invoke(main, ["show", str(tmp_path / "none.txt")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("qsreport: error: ")


def test_show_open_without_out_writes_a_temporary_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--open alone writes the page to a temporary file and opens that."""
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    result = CliRunner().invoke(main, ["show", "-", "--open"], input=REPORT.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr == ""
    [page] = tmp_path.glob("qsreport-show-*.html")
    assert opened == [page.resolve().as_uri()]
    assert "3 numbers not used" in page.read_text("utf-8")


def test_show_open_without_a_browser_says_where_the_page_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--open with no browser found is not a failure: the page was written, and stderr says
    where."""
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or False)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(report), "--open", "-o",
                                       str(tmp_path / "p.html")])
    assert result.exit_code == 0, result.output
    assert opened == [(tmp_path / "p.html").resolve().as_uri()]
    assert "no web browser found" in result.stderr


# --- a batch's site ---------------------------------------------------------------------------

SECOND = """某市质监局简报
2010年4月2日 某市质量技术监督局
全市查处案件12起，抽查产品300批次。
"""


@pytest.fixture(scope="module")
def batch_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two reports written for these tests, one image that is not a report."""
    folder = tmp_path_factory.mktemp("reports")
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="gb18030")
    (folder / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return folder


@pytest.mark.parametrize("suffix", [".jsonl", ".db"])
def test_a_batch_becomes_a_site(batch_folder: Path, tmp_path: Path, suffix: str) -> None:
    """Every record is a row (the failure with its reason); each report read links to its
    page; the chart counts figures by region and year."""
    dataset = tmp_path / f"reports{suffix}"
    runner = CliRunner()
    batch = runner.invoke(main, ["batch", str(batch_folder), "--out", str(dataset), "-w", "1",
                                 "-q"])
    assert batch.exit_code == 1, batch.output  # the image failed
    result = runner.invoke(main, ["show", str(dataset), "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert "3 records, 2 pages" in result.stderr
    tree = page_tree((tmp_path / "site" / "index.html").read_text("utf-8"))
    rows = tree.xpath('//div[@data-status]')
    assert sorted(row.get("data-status") for row in rows) == ["failed", "ok", "ok"]
    failed = next(row for row in rows if row.get("data-status") == "failed")
    assert "not_text" in failed.text_content()
    for link in tree.xpath("//div[@data-status='ok']//a"):
        page = page_tree((tmp_path / "site" / link.get("href")).read_text("utf-8"))
        assert page.xpath('//div[@id="text"]//mark[@id]')
    cells = {title.text for title in tree.xpath("//*[local-name()='svg']//*[local-name()='g']/"
                                                "*[local-name()='title']")}
    assert "(none) 2012: 5 figures in 1 reports" in cells
    assert "(none) 2010: 2 figures in 1 reports" in cells or any(
        c.endswith("2010: 2 figures in 1 reports") for c in cells)


def test_a_site_needs_a_folder(tmp_path: Path) -> None:
    """A dataset without --out is a usage error (exit 2)."""
    dataset = tmp_path / "r.jsonl"
    dataset.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(dataset)])
    assert result.exit_code == 2 and "--out FOLDER" in result.stderr


def hostile_records(count: int) -> str:
    """JSONL records of ``count`` reports whose sources are gone, one in 50 failed, paths and
    regions holding markup."""
    lines = []
    for i in range(count):
        path = f"reports/{i}<script>window.pwned=1</script>\u202e.txt"
        if i % 50 == 7:
            lines.append(json.dumps({"path": path, "ok": False, "error": {
                "kind": "not_text", "message": "<img src=x onerror=window.pwned=2>"}}))
            continue
        counts = [{"category": "provincial_brand", "label": "省名牌产品", "value": 5, "unit": "个",
                   "span": [0, 4], "evidence": "-"}] * (i % 4)
        report = {"source": {"format": "text"},
                  "meta": {"region": ["宁波<b>", "温州市", "金华"][i % 3],
                           "date": f"{2005 + i % 8}-05-01"},
                  "brands": {"counts": counts}}
        lines.append(json.dumps({"path": path, "ok": True, "report": report},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def test_a_site_escapes_what_its_records_hold(tmp_path: Path) -> None:
    """Markup and bidi controls in paths, regions and messages are text in the index; a
    report whose source is gone says so instead of linking."""
    from qsreport.render.show_index import write_site

    dataset = tmp_path / "r.jsonl"
    dataset.write_text(hostile_records(60), encoding="utf-8")
    records = write_site(dataset, tmp_path / "site", 1 << 20)
    page = (tmp_path / "site" / "index.html").read_text("utf-8")
    for bad in ("<script>window", "<img", "<b>", "\u202e"):
        assert bad not in page, bad
    assert all(record.page is None for record in records)
    assert page.count("source not read again: no such file") == 58  # 2 of 60 failed
