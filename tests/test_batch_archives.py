"""`qsreport batch`: skipped files counted and listed, --include/--only/--exclude, ZIP members."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from qsreport.batch.discover import Filters, Skipped, discover
from qsreport.cli.batch import batch
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes

HANGZHOU = "杭州市质量技术监督局2008年工作总结\n今年新增中国名牌产品3个，制定国家标准2项，抽查产品120批次，合格率95.2%。\n"
NINGBO = "宁波市质量技术监督局2009年工作总结\n全年新增浙江名牌产品12个，主导制定行业标准4项，监督抽查合格率93.1%。\n"
WENZHOU = "温州市质监局2010年工作总结\n新增中国驰名商标5件，抽查产品300批次，合格率91.0%。\n"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def relative(records: list[dict[str, Any]], root: Path) -> dict[str, str]:
    """path under root → "ok" or the error kind."""
    prefix = f"{root}/"
    return {r["path"].removeprefix(prefix): "ok" if r["ok"] else r["error"]["kind"]
            for r in records}


def gbk_named_zip(members: dict[str, bytes]) -> bytes:
    """A ZIP whose member names are GBK bytes without the UTF-8 flag, as Chinese Windows
    writes them (zipfile itself would write UTF-8): ASCII stand-ins patched afterwards.
    (A short GBK name can also be valid UTF-8 — 图片 is — and is then read as UTF-8.)"""
    buffer = io.BytesIO()
    stand_ins = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(members.items()):
            raw = name.encode("gbk")
            stand_in = (chr(ord("a") + index) * len(raw)).encode()
            stand_ins[stand_in] = raw
            archive.writestr(stand_in.decode(), data)
    patched = buffer.getvalue()
    for stand_in, raw in stand_ins.items():
        patched = patched.replace(stand_in, raw)
    return patched


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A downloaded folder: reports, a saved page with its resources, macOS and hidden
    litter, a picture, a drafts folder."""
    root = tmp_path / "in"
    (root / "2008" / "页面_files").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "drafts").mkdir()
    (root / "a.txt").write_text(HANGZHOU, encoding="utf-8")
    (root / "2008" / "页面.html").write_text(f"<html><body><p>{NINGBO}</p></body></html>",
                                           encoding="utf-8")
    (root / "2008" / "页面_files" / "counter.htm").write_text("<html>1024</html>")
    (root / "._a.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / ".git" / "notes.txt").write_text(WENZHOU, encoding="utf-8")
    (root / ".hidden.txt").write_text(WENZHOU, encoding="utf-8")
    (root / "pic.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (root / "data.xml").write_text(f"<r>{WENZHOU}</r>", encoding="utf-8")
    (root / "drafts" / "d.txt").write_text(WENZHOU, encoding="utf-8")
    return root


# Skip accounting ---------------------------------------------------------------------------


def test_every_file_passed_over_is_listed_with_its_reason(runner: CliRunner, folder: Path,
                                                          tmp_path: Path) -> None:
    """--skipped lists each file (a folder once, ending in /) the walk did not read, with its
    reason; the summary counts them by reason; skips alone leave the exit status 0."""
    out, listing = tmp_path / "o.jsonl", tmp_path / "skipped.tsv"
    result = runner.invoke(batch, [str(folder), "-o", str(out), "--exclude", "drafts",
                                   "--skipped", str(listing), "-w", "1"])
    assert result.exit_code == 0, result.stderr
    assert relative(read_jsonl(out), folder) == {"a.txt": "ok", "2008/页面.html": "ok"}
    lines = listing.read_text(encoding="utf-8").splitlines()
    assert sorted(line.replace(f"{folder}/", "") for line in lines) == sorted([
        "macos_metadata\t.DS_Store", "macos_metadata\t._a.txt", "hidden\t.hidden.txt",
        "not_included\tdata.xml", "not_included\tpic.jpg", "hidden\t.git/",
        "page_resources\t2008/页面_files/", "excluded\tdrafts/"])
    assert ("; 8 skipped (1 excluded, 2 hidden, 2 macos_metadata, 2 not_included,"
            " 1 page_resources)") in result.stderr


def test_a_files_folder_without_its_page_is_read(tmp_path: Path) -> None:
    """A folder named x_files is passed over only beside a saved page x.htm(l)."""
    (tmp_path / "old_files").mkdir()
    (tmp_path / "old_files" / "r.txt").write_text(HANGZHOU, encoding="utf-8")
    skipped: list[Skipped] = []
    assert list(discover([str(tmp_path)], Filters(), skipped.append)) == [
        str(tmp_path / "old_files" / "r.txt")]
    assert skipped == []


def test_a_named_file_that_cannot_be_read_still_fails(runner: CliRunner, folder: Path,
                                                      tmp_path: Path) -> None:
    """Skips do not hide failures: a missing PATH still exits 1."""
    out = tmp_path / "o.jsonl"
    result = runner.invoke(batch, [str(folder), str(tmp_path / "gone.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert "skipped" in result.stderr and "1 failed (1 unreadable)" in result.stderr


def test_a_hidden_or_metadata_file_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    """Only the walk skips; a file the user names is read whatever its name."""
    (tmp_path / ".note.txt").write_text(HANGZHOU, encoding="utf-8")
    assert list(discover([str(tmp_path / ".note.txt")])) == [str(tmp_path / ".note.txt")]


# --include, --only, --exclude ---------------------------------------------------------------


def test_include_adds_to_the_defaults(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    """--include GLOB reads GLOB's files as well as the default ones."""
    out = tmp_path / "o.jsonl"
    result = runner.invoke(batch, [str(folder), "-o", str(out), "--include", "*.XML",
                                   "--exclude", "drafts"])
    assert result.exit_code == 0, result.stderr
    assert relative(read_jsonl(out), folder) == {
        "a.txt": "ok", "data.xml": "ok", "2008/页面.html": "ok"}


def test_only_replaces_the_defaults_and_exclude_takes_away(runner: CliRunner, folder: Path,
                                                           tmp_path: Path) -> None:
    """--only GLOB reads only GLOB's files; --include adds to --only; --exclude removes."""
    out = tmp_path / "o.jsonl"
    result = runner.invoke(batch, [str(folder), "-o", str(out), "--only", "*.txt",
                                   "--include", "*.xml", "--exclude", "a.*"])
    assert result.exit_code == 0, result.stderr
    assert relative(read_jsonl(out), folder) == {"data.xml": "ok", "drafts/d.txt": "ok"}


# ZIP archives ------------------------------------------------------------------------------


def test_each_member_is_a_record_with_gbk_names_decoded(runner: CliRunner, tmp_path: Path
                                                        ) -> None:
    """Each member batch would read on disk gets its record `a.zip!/member`, its report what
    parse gives for the member's bytes; GBK names are shown decoded; litter is skipped."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.zip").write_bytes(gbk_named_zip({
        "报告/宁波.txt": NINGBO.encode("gbk"), "温州.txt": WENZHOU.encode(),
        "照片.png": b"\x89PNG\r\n", "__MACOSX/._温州.txt": b"\x00\x05"}))
    out, listing = tmp_path / "o.jsonl", tmp_path / "s.tsv"
    result = runner.invoke(batch, [str(root), "-o", str(out), "--skipped", str(listing)])
    assert result.exit_code == 0, result.stderr
    records = read_jsonl(out)
    assert relative(records, root) == {"a.zip!/报告/宁波.txt": "ok", "a.zip!/温州.txt": "ok"}
    by_path = {r["path"]: r for r in records}
    member = by_path[f"{root}/a.zip!/报告/宁波.txt"]
    assert member["location"] == f"{root}/a.zip!/报告/宁波.txt"
    assert member["report"] == to_jsonable(parse_bytes(
        NINGBO.encode("gbk"), f"{root}/a.zip!/报告/宁波.txt", ParseOptions()))
    assert sorted(listing.read_text(encoding="utf-8").replace(f"{root}/", "").splitlines()) == [
        "macos_metadata\ta.zip!/__MACOSX/", "not_included\ta.zip!/照片.png"]


def test_a_nested_archive_is_one_record_and_a_damaged_one_one_failure(
        runner: CliRunner, tmp_path: Path) -> None:
    """An archive inside an archive is not opened (one nested_archive record); an archive
    whose member list cannot be read is one corrupt record."""
    root = tmp_path / "in"
    root.mkdir()
    inner = zip_of({"i.txt": HANGZHOU.encode()})
    (root / "a.zip").write_bytes(zip_of({"inner.zip": inner, "r.txt": NINGBO.encode()}))
    (root / "b.zip").write_bytes(b"PK\x03\x04 not an archive at all")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(batch, [str(root), "-o", str(out)])
    assert result.exit_code == 1
    assert relative(read_jsonl(out), root) == {
        "a.zip!/inner.zip": "nested_archive", "a.zip!/r.txt": "ok", "b.zip": "corrupt"}


def test_max_bytes_applies_to_each_member(runner: CliRunner, tmp_path: Path) -> None:
    """A member that unpacks past --max-bytes is too_large; the archive itself may be larger."""
    root = tmp_path / "in"
    root.mkdir()
    big = (WENZHOU * 200).encode()
    (root / "a.zip").write_bytes(zip_of({"big.txt": big, "small.txt": HANGZHOU.encode(),
                                         "pad.bin.txt": HANGZHOU.encode() + bytes(2000)}))
    out = tmp_path / "o.jsonl"
    limit = str(len(HANGZHOU.encode()) + 10)
    runner.invoke(batch, [str(root), "-o", str(out), "--max-bytes", limit])
    found = relative(read_jsonl(out), root)
    assert found["a.zip!/big.txt"] == "too_large" and found["a.zip!/small.txt"] == "ok"
    assert found["a.zip!/pad.bin.txt"] == "too_large"


def test_resume_treats_members_like_files(runner: CliRunner, tmp_path: Path) -> None:
    """--resume reads only the members OUT has no record for, however the folder is spelled."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.zip").write_bytes(zip_of({"1.txt": HANGZHOU.encode(), "2.txt": NINGBO.encode(),
                                         "3.txt": WENZHOU.encode()}))
    out = tmp_path / "o.jsonl"
    assert runner.invoke(batch, [str(root), "-o", str(out)]).exit_code == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(lines[0])
    again = runner.invoke(batch, [f"{root}/../in/", "-o", str(out), "--resume"])
    assert again.exit_code == 0, again.stderr
    assert "2 files in" in again.stderr
    records = read_jsonl(out)
    assert len(records) == 3 and len({r["location"] for r in records}) == 3


def test_patterns_with_a_slash_reach_into_archives(tmp_path: Path) -> None:
    """`--exclude 'a.zip!/drafts/*'` takes a folder of an archive away; a name pattern
    (`--exclude old`) a folder of that name inside archives too."""
    (tmp_path / "a.zip").write_bytes(zip_of({
        "drafts/1.txt": b"x", "old/2.txt": b"x", "keep/3.txt": b"x", "100%.txt": b"x"}))
    skipped: list[Skipped] = []
    found = list(discover([str(tmp_path)], Filters(exclude=("a.zip!/drafts/*", "OLD")),
                          skipped.append))
    assert [item.path for item in found] == [  # type: ignore[union-attr]
        f"{tmp_path}/a.zip!/keep/3.txt", f"{tmp_path}/a.zip!/100%.txt"]
    assert sorted(item.path.removeprefix(f"{tmp_path}/") for item in skipped) == [
        "a.zip!/drafts/1.txt", "a.zip!/old/"]


def test_an_unwritable_skipped_list_is_a_usage_error(runner: CliRunner, folder: Path,
                                                     tmp_path: Path) -> None:
    """--skipped naming a file that cannot be written stops before any file is read (exit 2)."""
    out = tmp_path / "o.jsonl"
    result = runner.invoke(batch, [str(folder), "-o", str(out), "--skipped",
                                   str(tmp_path / "no" / "such" / "s.tsv")])
    assert result.exit_code == 2 and "cannot write the list of skipped files" in result.stderr
