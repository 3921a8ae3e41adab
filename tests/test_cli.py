"""The command line: each command's output, stdin, error lines and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from qsreport.cli import main

from .conftest import SEED


def test_parse_json_is_the_model_dump(runner: CliRunner) -> None:
    """`parse --format json` prints exactly Report.model_dump(mode="json")."""
    from qsreport import parse

    result = runner.invoke(main, ["parse", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == parse(SEED).model_dump(mode="json")


def test_parse_defaults_to_json_when_piped(runner: CliRunner) -> None:
    """Without --format and with stdout not a terminal, the output is JSON."""
    result = runner.invoke(main, ["parse", str(SEED)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["meta"]["date"] == "2008-03-30"


def test_parse_table_shows_every_area(runner: CliRunner) -> None:
    """The table view names each area and the figures in it."""
    result = runner.invoke(main, ["parse", str(SEED), "--format", "table"],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 0
    for heading in ("Brand counts", "Brand honours", "Standards", "Supervision actions",
                    "Inspection facilities"):
        assert heading in result.stdout
    assert "中國名牌產品" in result.stdout and "22 個" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_parse_reads_stdin_when_file_is_dash(runner: CliRunner) -> None:
    """`-` reads the report's bytes from stdin; the path is then null."""
    result = runner.invoke(main, ["parse", "-", "--format", "json"], input=SEED.read_bytes())
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["source"]["path"] is None
    assert report["source"]["pinyin_removed"] == 232


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: str(tmp / "missing.txt"), "no such file"),
        (lambda tmp: str(tmp), "is a directory"),
    ],
)
def test_unreadable_inputs_fail_with_one_line(runner: CliRunner, tmp_path: Path, make, message) -> None:  # type: ignore[no-untyped-def]
    """A missing file or a directory: one line on stderr, exit 1, nothing on stdout."""
    result = runner.invoke(main, ["parse", make(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("qsreport: error:") and message in lines[0]


def test_binary_input_is_not_text(runner: CliRunner, tmp_path: Path) -> None:
    """Bytes that are no text (a PNG) fail with a clear not-text line and exit 1."""
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = runner.invoke(main, ["parse", str(png)])
    assert result.exit_code == 1
    assert "not text" in result.stderr and "Traceback" not in result.stderr


def test_empty_input_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    """An empty file is reported as empty, exit 1."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(main, ["parse", str(empty)])
    assert result.exit_code == 1
    assert "empty" in result.stderr


def test_too_large_input_names_the_option(runner: CliRunner) -> None:
    """Over --max-bytes, the error says which option lifts the limit."""
    result = runner.invoke(main, ["parse", str(SEED), "--max-bytes", "100"])
    assert result.exit_code == 1
    assert "--max-bytes" in result.stderr


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    """An unknown format or a missing argument is a usage error: exit 2."""
    assert runner.invoke(main, ["parse", str(SEED), "--format", "xml"]).exit_code == 2
    assert runner.invoke(main, ["parse"]).exit_code == 2
    assert runner.invoke(main, ["nonsense"]).exit_code == 2


def test_decode_prints_the_cleaned_text_spans_point_into(runner: CliRunner) -> None:
    """`decode` prints the text every span indexes: the label is found at its span."""
    decoded = runner.invoke(main, ["decode", str(SEED)])
    parsed = runner.invoke(main, ["parse", str(SEED), "--format", "json"])
    assert decoded.exit_code == 0
    text = decoded.stdout.rstrip("\n")
    assert "(zhì)" not in text and "點擊" not in text and "掃碼投訴" not in text
    assert "標準(項目)" in text
    count = json.loads(parsed.stdout)["brands"]["counts"][0]
    assert text[count["span"][0]:count["span"][1]].startswith(count["label"])


def test_decode_keep_pinyin_and_convert_script(runner: CliRunner) -> None:
    """--keep-pinyin leaves annotations; --to simplified converts the script."""
    kept = runner.invoke(main, ["decode", str(SEED), "--keep-pinyin"])
    assert "質(zhì)量" in kept.stdout
    simplified = runner.invoke(main, ["decode", str(SEED), "--to", "simplified"])
    assert simplified.stdout.startswith("金华:质量安全监管显成效-其他")


def test_detect_reports_each_file(runner: CliRunner, tmp_path: Path,
                                  seed_simplified_gb18030: bytes) -> None:
    """`detect` gives one JSON line per file with codec, BOM and replaced count."""
    gb = tmp_path / "gb.txt"
    gb.write_bytes(seed_simplified_gb18030)
    result = runner.invoke(main, ["detect", str(SEED), str(gb), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["encoding"] for r in rows] == ["utf-8", "gb18030"]
    assert all(r["replaced"] == 0 and r["bom"] is False for r in rows)


def test_detect_goes_on_after_a_bad_file_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    """A missing file among several: the others are still reported, exit status 1."""
    result = runner.invoke(main, ["detect", str(tmp_path / "nope.txt"), str(SEED),
                                  "--format", "jsonl"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["encoding"] == "utf-8"
    assert "nope.txt" in result.stderr


def test_schema_is_the_report_json_schema(runner: CliRunner) -> None:
    """`schema` prints a JSON Schema naming every top-level key of CONTRACT.md."""
    result = runner.invoke(main, ["schema"])
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) >= {"schema_version", "source", "meta", "sections", "brands",
                                         "standards", "supervision", "inspection", "warnings"}


def test_output_validates_against_the_schema(runner: CliRunner) -> None:
    """The seed's JSON output is valid under the printed schema (checked by pydantic)."""
    from qsreport.report import Report

    report = json.loads(runner.invoke(main, ["parse", str(SEED), "--format", "json"]).stdout)
    assert Report.model_validate(report).model_dump(mode="json") == report


def test_python_dash_m_and_help_start_without_heavy_imports() -> None:
    """`python -m qsreport --help` works and imports neither pydantic, chardet, rich nor bs4."""
    code = ("import sys, runpy; sys.argv=['qsreport','--help']\n"
            "try:\n runpy.run_module('qsreport', run_name='__main__')\n"
            "except SystemExit: pass\n"
            "print(sorted(m for m in ('pydantic','chardet','rich','bs4') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "COLUMNS": "80"}, check=True).stdout
    assert "Usage:" in out and out.strip().endswith("[]")


def test_the_script_ends_with_the_same_output_and_exit_codes(runner: CliRunner) -> None:
    """`run` (the `qsreport` script, which ends the process once a command is done) prints
    what `main` prints, runs the exit handlers, and keeps each exit code: 0, 1 for a file
    that cannot be read, 2 for a usage error."""
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print('handled', file=sys.stderr))\n"
            "from qsreport.cli import run\n"
            "sys.argv = ['qsreport', *sys.argv[1:]]\n"
            "run()\n")
    cases = [(["parse", str(SEED), "--format", "json"], 0), (["parse", "nope.txt"], 1),
             (["parse", "--bogus"], 2), (["--help"], 0)]
    for args, exit_code in cases:
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                              text=True, env={**os.environ, "COLUMNS": "80"})
        assert done.returncode == exit_code, (args, done.stderr)
        assert done.stderr.endswith("handled\n")
        if args[0] == "parse" and exit_code == 0:
            assert done.stdout == runner.invoke(main, args).stdout


def test_decode_out_converts_many_files_and_reports_the_bad_one(
    runner: CliRunner, tmp_path: Path, seed_simplified_gb18030: bytes
) -> None:
    """--out writes each good file as UTF-8 and names the bad one; exit 1 because one failed."""
    (tmp_path / "gb.txt").write_bytes(seed_simplified_gb18030)
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    out = tmp_path / "out"
    result = runner.invoke(main, ["decode", str(tmp_path / "gb.txt"), str(tmp_path / "bad.txt"),
                                  "--out", str(out)])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr
    assert (out / "gb.txt").read_text("utf-8").startswith("金华:质量安全监管显成效")
    assert not (out / "bad.txt").exists()


def test_decode_in_place_keeps_the_original_when_reading_fails(
    runner: CliRunner, tmp_path: Path, seed_simplified_gb18030: bytes
) -> None:
    """--in-place rewrites a GB18030 file as UTF-8 and leaves an unreadable one untouched."""
    good, bad = tmp_path / "gb.txt", tmp_path / "bad.txt"
    good.write_bytes(seed_simplified_gb18030)
    bad.write_bytes(b"PK\x03\x04" + bytes(300))
    result = runner.invoke(main, ["decode", str(good), str(bad), "--in-place"])
    assert result.exit_code == 1
    assert good.read_bytes().decode("utf-8").startswith("金华:")
    assert bad.read_bytes() == b"PK\x03\x04" + bytes(300)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "gb.txt"]


def test_decode_several_files_to_stdout_is_a_usage_error(runner: CliRunner) -> None:
    """Several files without --out/--in-place: exit 2 with a hint."""
    result = runner.invoke(main, ["decode", str(SEED), str(SEED)])
    assert result.exit_code == 2
    assert "--out" in result.stderr


@pytest.mark.parametrize("command", [["parse"], ["decode"], ["detect"]])
def test_every_command_names_a_missing_file_once(runner: CliRunner, tmp_path: Path,
                                                 command: list[str]) -> None:
    """One line, the path once: `decode missing.txt` no longer says `missing.txt: missing.txt`."""
    missing = tmp_path / "missing.txt"
    result = runner.invoke(main, [*command, str(missing)])
    assert result.exit_code == 1
    assert result.stderr == f"qsreport: error: {missing}: no such file\n"


@pytest.mark.parametrize("command", [["parse", "-"], ["decode", "-"], ["detect", "-"]])
def test_every_command_reads_stdin_under_max_bytes(runner: CliRunner, command: list[str]) -> None:
    """`-` is read under the same --max-bytes as a file (detect used to read past it)."""
    result = runner.invoke(main, [*command, "--max-bytes", "10"], input="质量报告" * 10)
    assert result.exit_code == 1
    assert result.stderr.startswith("qsreport: error: stdin: over the limit of 10 bytes")


def test_the_library_reads_stdin_for_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    """`parse("-")` reads standard input's bytes, as the commands do."""
    import io

    from qsreport import parse

    data = SEED.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert parse("-").model_dump(mode="json")["brands"] == parse(data).model_dump(mode="json")["brands"]


def test_the_public_report_has_the_pipeline_fields_in_order() -> None:
    """Report (pydantic) and ReportData (the pipeline's dataclass) list the same fields, in
    the same order: an area added to one is in the other."""
    from dataclasses import fields

    from qsreport.models import ReportData
    from qsreport.report import Report

    assert list(Report.model_fields) == [f.name for f in fields(ReportData)]


def test_every_area_of_the_report_is_in_the_registry() -> None:
    """Each area field of ReportData has an extractor module declaring it, and each of the
    area's lists is a list field of the area's model (standards' titles, which are neither
    figures nor scored, are only in the JSON)."""
    from dataclasses import fields

    from qsreport.extract import areas
    from qsreport.models import ReportData, Source

    empty = ReportData(source=Source(path=None, sha256="", size_bytes=0, encoding="utf-8",
                                     confidence=1.0, bom=False, replaced=0, format="text",
                                     script="simplified", pinyin_removed=0))
    report_fields = {"schema_version", "source", "meta", "sections", "warnings"}
    assert [area.name for area in areas()] == [
        f.name for f in fields(ReportData) if f.name not in report_fields]
    for area in areas():
        model = getattr(empty, area.name)
        listed = [item_list.field for item_list in area.lists]
        assert listed == [f.name for f in fields(model) if f.name in listed]
        assert {f.name for f in fields(model)} - set(listed) <= {"titles"}


def test_detect_names_a_gbk_file_as_batch_records_do(tmp_path: Path) -> None:
    """`detect --format jsonl` prints valid UTF-8 whatever the file name's bytes: the name
    shown decoded as Chinese systems wrote it, and a lossless location."""

    folder = os.fsencode(tmp_path)
    name = "报告.txt".encode("gbk")
    with open(os.path.join(folder, name), "wb") as file:
        file.write("质监局今年查处案件12起。".encode("gbk"))
    done = subprocess.run([sys.executable, "-m", "qsreport", "detect",
                           os.path.join(folder, name), "--format", "jsonl"],
                          capture_output=True, check=True)
    row = json.loads(done.stdout.decode("utf-8"))
    assert row["path"] == f"{tmp_path}/报告.txt"
    assert row["location"] == f"{os.path.realpath(tmp_path)}/%B1%A8%B8%E6.txt"
    assert row["encoding"] in {"gb18030", "gbk", "gb2312"}
