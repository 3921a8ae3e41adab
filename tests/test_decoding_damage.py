"""Decoding damaged files: stray, invalid and garbage bytes, files cut inside a character, damage
past a long file's ranked sample, and the trace a stray byte leaves (moved from
test_decoding)."""

from __future__ import annotations

import random
import re

import pytest

from qsreport.decoding import decode
from qsreport.evaluate import changed_characters

from .decoding_helpers import REPORT_SIMPLIFIED, REPORT_TRADITIONAL, SIMPLIFIED

# ---------------------------------------------------------------- damaged files


@pytest.mark.parametrize("codec", ["utf-8", "gbk", "cp950"])
@pytest.mark.parametrize("at", [37, 101, 250, 251])
def test_one_stray_byte_costs_at_most_two_characters(codec: str, at: int) -> None:
    """A stray byte that makes some byte fail is replaced and counted, and the text around it
    survives; one that leaves every byte decodable is read as the bytes say (a decoder
    cannot know such bytes were damaged, and never changes bytes that decode). The start of
    a file is the exception: see the next test."""
    text = REPORT_TRADITIONAL if codec == "cp950" else REPORT_SIMPLIFIED
    data = text.encode(codec)
    damaged = data[:at] + b"\xb0" + data[at:]
    decoded = decode(damaged)
    assert decoded.encoding == ("gb18030" if codec == "gbk" else codec)
    try:
        as_decoded = damaged.decode(decoded.encoding)
    except UnicodeDecodeError:
        assert changed_characters(text, decoded.text) <= 2
        assert (decoded.replaced, decoded.source) == (1, "repair")
    else:
        assert (decoded.text, decoded.replaced, decoded.source) == (as_decoded, 0, "detector")


@pytest.mark.parametrize("codec", ["gbk", "cp950"])
def test_a_stray_byte_in_the_first_character_is_found_by_the_start_check(codec: str) -> None:
    """A file that reads better from its second byte was cut (or hit) inside its first
    character: the one place bytes that decode are re-read, at the cost of one byte."""
    text = REPORT_TRADITIONAL if codec == "cp950" else REPORT_SIMPLIFIED
    data = text.encode(codec)
    decoded = decode(data[:1] + b"\xb0" + data[1:])
    assert changed_characters(text, decoded.text) <= 2
    assert (decoded.replaced, decoded.source) == (1, "repair")


def test_a_stray_invalid_byte_is_counted_in_replaced() -> None:
    """A byte no codec can read is counted exactly once, and the source says repair."""
    data = REPORT_SIMPLIFIED.encode("gbk")
    decoded = decode(data[:60] + b"\xff" + data[60:])
    assert (decoded.replaced, decoded.source) == (1, "repair")
    assert decoded.text == REPORT_SIMPLIFIED[:30] + "\ufffd" + REPORT_SIMPLIFIED[30:]


@pytest.mark.parametrize("codec", ["gbk", "cp950"])
def test_damage_past_the_ranked_sample_is_counted_and_a_clean_file_has_none(codec: str) -> None:
    """A long file is ranked on a sample, then its winner reads the whole file (strictly
    first: a reading that decodes in full holds no marker). A byte no codec reads, past the
    sample, is still counted and marked; the same file without it reports no damage."""
    text = (REPORT_TRADITIONAL if codec == "cp950" else REPORT_SIMPLIFIED) * 12
    data = text.encode(codec)
    assert len(data) > 4 * 1024
    clean = decode(data)
    assert (clean.text, clean.replaced, clean.source) == (text, 0, "detector")
    at = len(text[:-20].encode(codec))  # (between two characters, near the end)
    damaged = decode(data[:at] + b"\xff" + data[at:])
    assert (damaged.replaced, damaged.source) == (1, "repair")
    assert changed_characters(text, damaged.text) <= 2


@pytest.mark.parametrize("at", range(17))
def test_a_stray_byte_in_a_short_gbk_line_is_no_noise(at: int) -> None:
    """Eight characters of GBK with an invalid byte anywhere read as text with one mark: the
    cheapest plain reading of a misaligned tail (private-use characters in GB18030) is not the
    only one the noise check weighs (a case the decoding property tests drew at random)."""
    data = "上下上争动上争下".encode("gbk")
    decoded = decode(data[:at] + b"\xff" + data[at:])
    assert decoded.encoding == "gb18030"
    assert decoded.replaced == 1
    assert changed_characters("上下上争动上争下", decoded.text) <= 2


def test_big5_whose_trail_bytes_are_ascii_is_no_cyrillic_text() -> None:
    """Eight Big5 characters whose trail bytes are ASCII (一 is A4 40, "@") with a stray byte
    read as Chinese with one mark, not as Cyrillic capitals glued to @ and O (a reading the
    decoding property tests drew at random)."""
    data = "一 一与一与一丰一".encode("big5")
    for at in (0, 5, len(data)):
        decoded = decode(data[:at] + b"\xff" + data[at:])
        assert (decoded.encoding, decoded.replaced) == ("cp950", 1)


@pytest.mark.parametrize("codec", ["utf-8", "gbk", "cp950"])
def test_a_garbage_run_changes_only_its_own_stretch(codec: str) -> None:
    """Twenty random bytes in the middle change at most two characters per garbage byte."""
    text = REPORT_TRADITIONAL if codec == "cp950" else REPORT_SIMPLIFIED
    data = text.encode(codec)
    garbage = random.Random(4).randbytes(20)
    decoded = decode(data[:200] + garbage + data[200:])
    assert decoded.encoding in {"utf-8": ["utf-8"], "gbk": ["gb18030"],
                                "cp950": ["cp950", "big5hkscs"]}[codec]
    assert changed_characters(text, decoded.text) <= 2 * len(garbage)
    assert 0 < decoded.replaced <= len(garbage)


@pytest.mark.parametrize(("codec", "expected"), [
    ("utf-8", "utf-8"), ("gbk", "gb18030"), ("cp950", "cp950")])
def test_a_truncated_last_character_becomes_one_replacement(codec: str, expected: str) -> None:
    """A file cut inside its last character keeps everything before it."""
    text = (REPORT_TRADITIONAL if codec == "cp950" else REPORT_SIMPLIFIED).rstrip("\n")
    data = text.encode(codec)
    cut = len(text[-1].encode(codec)) - 1
    decoded = decode(data[:-1])
    assert decoded.text == text[:-1] + "\ufffd"
    assert (decoded.encoding, decoded.replaced, decoded.source) == (expected, cut, "repair")


@pytest.mark.parametrize("codec", ["utf-8", "gbk", "cp950"])
def test_a_file_cut_inside_its_first_character_reads_on_in_step(codec: str) -> None:
    """A file that starts mid-character loses only that character, not the line."""
    text = REPORT_TRADITIONAL if codec == "cp950" else REPORT_SIMPLIFIED
    decoded = decode(text.encode(codec)[1:])
    assert decoded.text == "\ufffd" + text[1:]
    assert decoded.replaced == len(text[0].encode(codec)) - 1


def test_replacement_characters_in_the_source_are_not_counted() -> None:
    """U+FFFD written in the file itself is text, not damage: replaced stays 0."""
    text = SIMPLIFIED + "（原文如此：\ufffd）\n"
    assert decode(text.encode("utf-8")).replaced == 0
    decoded = decode((text * 3).encode("gb18030"))
    assert (decoded.text, decoded.replaced) == (text * 3, 0)


def test_the_trace_of_a_stray_byte_is_found_the_same_in_markup_and_in_prose() -> None:
    """looks_misaligned finds its places from the letter in prose and from the character
    before it in markup (by a pattern, and by the characters' classes): the same places."""
    from qsreport.decoding import trace

    text = "<p class=x>宁波抽查32批次a，合格ü率K高。</p>\n<b>é</b>Q样品z" * 3
    found = [match.start() for match in trace._RESYNCED.finditer(text)]
    # (the same places found from the character before the letter)
    after = re.compile(r"[^\x00-\x7f][\x40-\x7e](?![\x40-\x7e])")
    assert found == [match.start() + 1 for match in after.finditer(text)]
    assert found == list(trace._letters_in_markup(text))
    # A question mark is not a character that is not ASCII; a letter closing the text is one.
    assert list(trace._letters_in_markup("?a 中?b 中c")) == [len("?a 中?b 中c") - 1]
    assert len(found) == 9  # a after 次, K after ü, z after 品; not Q after >, nor x after =
