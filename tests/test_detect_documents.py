"""`qsreport detect` on Word, PDF, RTF and web-archive files: each is read as `parse` reads it,
so a folder of documents gives a line for each, not an error saying they are not text."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from qsreport.cli import main

from .test_readers import fixtures

# Made-up lines of a made-up county's notice.
LINES = ["青禾县质量技术监督局工作简报", "今年青禾县新增省级名牌产品三个，培育工作稳步推进。",
         "全县共抽查食品生产企业四十家，合格率为百分之九十五。"]


def test_detect_reads_documents_as_parse_does(tmp_path: Path) -> None:
    """A .docx, an RTF and a Kingsoft-named copy are told by their reader (Unicode handed over:
    utf-8, from "reader"), a GBK web archive by its page's codec, and the run exits 0; a parse
    of the same file names the same codec."""
    made = fixtures()
    files = {
        "简报.docx": made.build_plain_docx("\n".join(LINES)),
        "简报.rtf": made.build_rtf(LINES),
        "简报.mht": made.build_mht("gbk", "quoted-printable", LINES),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    paths = [str(tmp_path / name) for name in files]
    result = CliRunner().invoke(main, ["detect", *paths, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = {Path(row["path"]).name: row for row in map(json.loads, result.stdout.splitlines())}
    assert (rows["简报.docx"]["encoding"], rows["简报.docx"]["source"]) == ("utf-8", "reader")
    assert (rows["简报.rtf"]["encoding"], rows["简报.rtf"]["source"]) == ("utf-8", "reader")
    assert rows["简报.mht"]["encoding"] in ("gbk", "gb18030")
    assert rows["简报.mht"]["source"] != "reader"
    for path in paths:
        parsed = json.loads(CliRunner().invoke(main, ["parse", path, "--format", "json"]).stdout)
        row = rows[Path(path).name]
        assert (parsed["source"]["encoding"], parsed["source"]["decoded_by"]) == \
            (row["encoding"], row["source"])


def test_a_file_that_is_no_text_names_the_formats_read(tmp_path: Path) -> None:
    """An image given to detect is still one error line and exit 1, and its hint names the
    document formats qsreport reads, not text and HTML alone."""
    png = tmp_path / "图.png"
    png.write_bytes(fixtures().tiny_png())
    result = CliRunner().invoke(main, ["detect", str(png)])
    assert result.exit_code == 1
    assert "Word, PDF, RTF" in result.stderr
