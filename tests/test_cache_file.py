"""The start-up cache's file: what is written is read back, through the mapping or apart,
before and after its pages are let go; another build's or a damaged file is not read."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from qsreport import cache_file

ENTRIES = {
    ("re", "甲市|乙县", 0): marshal.dumps((32, b"\x01\x02\x03\x04", 0, {}, (None,))),
    ("guard", "某某公司", 0, "12-34"): marshal.dumps("(?=[某])"),
    ("module qsreport.sample", "", 0, "56-78"): marshal.dumps(compile("X = 1", "x", "exec")),
    ("module qsreport.other", "", 0, "9-10"): marshal.dumps(b"\x00" * 10_000),
}


def _apart(key: tuple[object, ...]) -> bool:
    return str(key[0]).startswith("module ")


def test_every_value_reads_back_as_written_before_and_after_release(tmp_path: Path) -> None:
    """Values through the mapping and values read apart (modules' code) are the bytes
    written, and still are once the pages read are let go."""
    path = str(tmp_path / "regex-1.marshal")
    cache_file.write(path, "build", ENTRIES, _apart)
    held = cache_file.read(path, "build")
    assert held is not None and set(held) == set(ENTRIES) and len(held) == len(ENTRIES)
    assert {key: bytes(held.get(key) or b"") for key in held} == ENTRIES
    held.release()
    assert {key: bytes(held.get(key) or b"") for key in held} == ENTRIES
    assert held.get(("re", "丙市", 0)) is None


def test_another_build_or_damage_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "regex-2.marshal"
    cache_file.write(str(path), "build", ENTRIES, _apart)
    assert cache_file.read(str(path), "another build") is None
    path.write_bytes(path.read_bytes()[:-5])  # cut short
    with pytest.raises(ValueError):
        cache_file.read(str(path), "build")


def test_a_file_others_may_write_is_not_read(tmp_path: Path) -> None:
    """The file holds our modules' code: one that others may write is taken for none, and the
    file a run writes is not theirs to write, whatever the umask."""
    path = tmp_path / "regex-3.marshal"
    cache_file.write(str(path), "build", ENTRIES, _apart)
    assert path.stat().st_mode & 0o777 == 0o644
    assert cache_file.read(str(path), "build") is not None
    for mode in (0o666, 0o664):
        path.chmod(mode)
        assert cache_file.read(str(path), "build") is None


def test_a_write_that_fails_leaves_no_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "regex-4.marshal"
    with pytest.raises(TypeError):
        cache_file.write(str(path), "build", {**ENTRIES, ("re", "x", 0): [b"x"]},  # type: ignore[dict-item]
                         _apart)
    assert list(tmp_path.iterdir()) == []
