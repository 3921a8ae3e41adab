"""`qsreport detect` and `decode` on Word, PDF, RTF and web-archive files: detect reads each as
`parse` does, so a folder of documents gives a line for each, not an error saying they are not
text; decode never writes a document's text under the document's own name."""

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


def _folder(tmp_path: Path) -> dict[str, bytes]:
    tmp_path.mkdir(exist_ok=True)
    made = fixtures()
    files = {
        "简报.docx": made.build_plain_docx("\n".join(LINES)),
        "简报.rtf": made.build_rtf(LINES),
        "简报.txt": "\n".join(LINES).encode("gbk"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return files


def test_decode_in_place_leaves_documents_whole(tmp_path: Path) -> None:
    """--in-place converts the text file and refuses each document with an error line (exit
    1): the .docx and the .rtf keep their bytes, not their text under their names."""
    files = _folder(tmp_path)
    result = CliRunner().invoke(main, ["decode", *(str(tmp_path / n) for n in files),
                                       "--in-place"])
    assert result.exit_code == 1
    assert (tmp_path / "简报.docx").read_bytes() == files["简报.docx"]
    assert (tmp_path / "简报.rtf").read_bytes() == files["简报.rtf"]
    assert (tmp_path / "简报.txt").read_text(encoding="utf-8").startswith(LINES[0])
    errors = result.stderr.splitlines()
    assert len(errors) == 2 and all("--out" in line for line in errors)


def test_decode_out_writes_a_documents_text_as_txt(tmp_path: Path) -> None:
    """--out writes the text file under its own name and each document's text as NAME.txt;
    where that name is taken (the 简报.txt beside them), the whole name with .txt."""
    files = _folder(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["decode", *(str(tmp_path / "in" / n) for n in files),
                                       "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["简报.docx.txt", "简报.rtf.txt", "简报.txt"]
    for written in out.iterdir():
        assert written.read_text(encoding="utf-8").startswith(LINES[0]), written.name


def test_decode_out_names_a_lone_document_by_its_stem(tmp_path: Path) -> None:
    """A document alone in the run is written as its stem with .txt (简报.doc → 简报.txt)."""
    docx_file = tmp_path / "通报.docx"
    docx_file.write_bytes(fixtures().build_plain_docx("\n".join(LINES)))
    result = CliRunner().invoke(main, ["decode", str(docx_file), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["通报.txt"]
