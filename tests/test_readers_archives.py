"""ZIP archives: every member read or the reason it is out (GBK names, nesting, zip bombs,
encryption, damage), each member's bytes as the archive holds them."""

from __future__ import annotations

import struct
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.errors import Corrupt, EmptyInput, Encrypted, MemberTooLarge, NestedArchive
from qsreport.readers import Member, iter_archive, read
from qsreport.readers.zip import member_name

from .test_readers import document, fixtures
from .test_readers_robustness import FUZZ

MB = 1 << 20


def archive_members(data: bytes, member: int = MB, total: int = 8 * MB) -> dict[str, Member]:
    return {m.path: m for m in iter_archive(data, member, total)}


def test_archives_decode_gbk_names_and_keep_folders() -> None:
    """GBK member names (UTF-8 flag off) come out right, with their folders; a UTF-8
    flagged name too."""
    f = fixtures()
    data = f.build_zip({"2008年/金华/总结.docx": document("seed.docx"), "说明.txt": b"x"})
    members = archive_members(data)
    assert set(members) == {"2008年/金华/总结.docx", "说明.txt"}
    assert read(members["2008年/金华/总结.docx"].data or b"", "docx").text
    utf8 = f.build_zip({"报告/一.txt": b"y"}, gbk_names=False)
    assert set(archive_members(utf8)) == {"报告/一.txt"}


def test_archives_open_one_level_of_nesting() -> None:
    """A ZIP inside a ZIP is opened (``inner.zip!/…``); one inside that is reported."""
    f = fixtures()
    deepest = f.build_zip({"c.txt": b"c"})
    inner = f.build_zip({"文件夹/b.txt": b"b", "deep.zip": deepest})
    members = archive_members(f.build_zip({"a.txt": b"a", "inner.zip": inner}))
    assert members["a.txt"].data == b"a"
    assert members["inner.zip!/文件夹/b.txt"].data == b"b"
    assert isinstance(members["inner.zip!/deep.zip"].error, NestedArchive)


def test_zip_bombs_are_refused_by_declared_size() -> None:
    """A member declaring more than the member limit is refused before it is unpacked."""
    data = fixtures().build_zip({"bomb.txt": bytes(3 * MB), "ok.txt": b"ok"})
    members = archive_members(data, member=MB)
    assert isinstance(members["bomb.txt"].error, MemberTooLarge)
    assert members["bomb.txt"].error.kind == "too_large"
    assert members["ok.txt"].data == b"ok"


def test_zip_bombs_that_lie_about_their_size_are_refused() -> None:
    """A member whose header declares 100 bytes but unpacks to megabytes gives at most what
    it declared and an error, never the megabytes."""
    data = bytearray(fixtures().build_zip({"bomb.txt": bytes(3 * MB)}))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        struct.pack_into("<I", data, at + offset, 100)
    member = archive_members(bytes(data), member=MB)["bomb.txt"]
    assert member.data is None
    assert isinstance(member.error, Corrupt | MemberTooLarge)


def test_archives_stop_at_their_total_size() -> None:
    """Members each under the member limit stop being unpacked once the total is spent."""
    data = fixtures().build_zip({f"{i}.txt": bytes(400_000) for i in range(5)})
    members = list(iter_archive(data, max_member_bytes=MB, max_total_bytes=MB))
    assert [m.data is not None for m in members] == [True, True, False, False, False]
    assert all(isinstance(m.error, MemberTooLarge) for m in members[2:])


def test_encrypted_members_are_reported() -> None:
    """A member with the encryption flag is ``encrypted``; the others are read."""
    data = bytearray(fixtures().build_zip({"secret.txt": b"s", "open.txt": b"o"}))
    struct.pack_into("<H", data, 6, 1)  # the first local header's flags
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + 8, 1)
    members = archive_members(bytes(data))
    assert isinstance(members["secret.txt"].error, Encrypted)
    assert members["open.txt"].data == b"o"


def test_a_damaged_archive_is_corrupt() -> None:
    """An archive that cannot be opened at all raises ``corrupt``."""
    with pytest.raises(Corrupt):
        list(iter_archive(b"PK\x03\x04" + bytes(40), MB, MB))


def test_an_empty_archive_is_empty_not_corrupt() -> None:
    """A zero-byte .zip is ``empty``, as parse calls an empty file of any other name."""
    with pytest.raises(EmptyInput):
        list(iter_archive(b"", MB, MB))


def test_a_truncated_archive_is_corrupt() -> None:
    """An archive cut before its central directory raises ``corrupt``, not a traceback."""
    data = fixtures().build_zip({"a.doc": document("seed-plain.doc"), "b.txt": b"b" * 400})
    with pytest.raises(Corrupt):
        list(iter_archive(data[:len(data) // 2], MB, MB))


@FUZZ
@given(cut=st.floats(0, 1), flip=st.integers(0, 1 << 30))
def test_damaged_archives_never_escape(cut: float, flip: int) -> None:
    """A damaged ZIP raises Corrupt or yields members, each with data or an error."""
    data = bytearray(fixtures().build_zip({"目录/a.txt": b"a" * 500, "b.doc": document("seed.doc")}))
    data[flip % len(data)] ^= 0xFF
    try:
        for member in iter_archive(bytes(data[:max(1, int(len(data) * cut))]), MB, 4 * MB):
            assert (member.data is None) != (member.error is None)
    except Corrupt:
        pass


def test_zip_member_names_without_the_utf8_flag_read_as_chinese() -> None:
    """A short GBK name may also be valid UTF-8 (图片 -> ͼƬ): the reading holding Chinese wins."""
    def unflagged(raw: bytes) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(raw.decode("cp437"))
        info.flag_bits = 0
        return info

    assert member_name(unflagged("图片.png".encode("gbk"))) == "图片.png"
    assert member_name(unflagged("质检报告.txt".encode("gbk"))) == "质检报告.txt"
    assert member_name(unflagged("抽查结果.doc".encode())) == "抽查结果.doc"
