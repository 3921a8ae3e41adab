"""Honest decoding (issue 15): bytes that decode are never changed, damage is read where it
is, and text that is not Chinese is read in its own codec and named."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from qsreport.decoding import decode
from qsreport.errors import NotText

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "samples" / "corpus"
FOREIGN = ROOT / "benchmarks" / "foreign_texts.json"


@cache
def corpus_text() -> str:
    """Every corpus report, read once, joined: real text with rare words (涤纶) in it."""
    texts = [decode(path.read_bytes()).text for path in sorted(CORPUS.glob("*.txt"))]
    return "\n".join(texts)


def valid_file(codec: str, size: int) -> bytes:
    """About ``size`` bytes of corpus text in ``codec``, ending between characters."""
    import opencc

    text = corpus_text()
    if codec == "cp950":
        text = opencc.OpenCC("s2t").convert(text)
    unit = text.encode(codec, "ignore")
    data = (unit * (size // len(unit) + 1))[:size]
    return data[: data.rfind(b"\n") + 1]


# ---------------------------------------------------------------- bytes that decode


@pytest.mark.parametrize("codec", ["gb18030", "cp950"])
@pytest.mark.parametrize("size", [100_000, 1_000_000])
def test_a_large_valid_file_comes_back_as_it_decodes(codec: str, size: int) -> None:
    """A valid GB18030 or Big5 file of 100 KB or 1 MB is never "repaired": its text is the
    strict decoding, with nothing replaced (恒力牌涤纶长丝 stays itself)."""
    data = valid_file(codec, size)
    decoded = decode(data)
    assert decoded.text == data.decode(codec)
    assert (decoded.encoding, decoded.replaced, decoded.source) == (codec, 0, "detector")
    assert decoded.confidence == 1.0


def test_the_word_that_was_repaired_is_left_alone() -> None:
    """The phrase issue 15 saw turned into 恒力诺�于�长丝 decodes as written, far into a file."""
    data = valid_file("gb18030", 100_000)
    assert "恒力牌涤纶长丝" in decode(data).text


def test_damage_in_a_large_file_is_mended_where_it_is() -> None:
    """One undecodable byte in the middle of 1 MB becomes one U+FFFD; every other character
    is the strict decoding of its bytes."""
    data = valid_file("gb18030", 1_000_000)
    middle = data.index(b"\n", len(data) // 2) + 1
    decoded = decode(data[:middle] + b"\xff" + data[middle:])
    expected = data[:middle].decode("gb18030") + "\ufffd" + data[middle:].decode("gb18030")
    assert (decoded.text, decoded.replaced, decoded.source) == (expected, 1, "repair")


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "cp950", "utf-8"])
def test_a_file_cut_inside_its_last_character_is_read_as_cut(codec: str) -> None:
    """Wherever a file is cut, the characters before the cut stay as they were and the cut
    one is a single U+FFFD (issue 15 saw three characters read out of step)."""
    text = corpus_text()[:3000]
    if codec == "cp950":
        import opencc

        text = opencc.OpenCC("s2t").convert(text)
    text = "".join(char for char in text if _writes(char, codec))
    data = text.encode(codec)
    checked = 0
    boundaries, position = set(), 0
    for char in text:
        position += len(char.encode(codec))
        boundaries.add(position)
    for cut in range(len(data) // 2, len(data), 97):
        if cut in boundaries:
            continue
        whole = data[:cut].decode(codec, "ignore")
        assert decode(data[:cut]).text == whole + "\ufffd", cut
        checked += 1
    assert checked > 5


def _writes(char: str, codec: str) -> bool:
    try:
        return char.encode(codec).decode(codec) == char
    except UnicodeError:
        return False


# Each of these cuts was read three characters out of step before issue 15 (the last whole
# character read with the cut one as a different character, then U+FFFD).
@pytest.mark.parametrize(("text", "codec"), [
    ("全市今年举办名牌培训会6次，举办名牌", "gb18030"),
    ("全市共查获窝点37个。组织", "gbk"),
    ("重点打击鞋革、眼镜、服装", "gbk"),
    ("本局將重點做好紡織", "cp950"),
])
def test_cut_endings_that_once_went_out_of_step(text: str, codec: str) -> None:
    """A file cut after the first byte of its last character keeps every whole character."""
    data = text.encode(codec)[:-1]
    assert decode(data).text == text[:-1] + "\ufffd"


# ---------------------------------------------------------------- text that is not Chinese


@cache
def foreign_texts() -> list[dict[str, object]]:
    entries: list[dict[str, object]] = json.loads(FOREIGN.read_text("utf-8"))["texts"]
    return entries


# What qsreport calls the codec each sample is written in: the family's superset, the way
# browsers read it, unless the bytes read differently in it.
READ_AS = {"shift_jis": "cp932", "euc_kr": "cp949", "latin_1": "cp1252",
           "iso8859_15": "cp1252", "koi8_r": "koi8-r", "koi8_u": "koi8-u",
           "iso8859_5": "iso8859-5"}


def foreign_cases() -> list[tuple[str, str, str, str]]:
    """(name, language, codec, text) for every sample and codec, whole and first line."""
    cases = []
    for entry in foreign_texts():
        text = str(entry["text"])
        for codec in entry["codecs"]:  # type: ignore[attr-defined]
            for part in (text, text.split("\n")[0]):
                cases.append((str(entry["name"]), str(entry["language"]), codec, part))
    return cases


@pytest.mark.parametrize(("name", "language", "codec", "text"), foreign_cases())
def test_non_chinese_text_is_read_in_its_codec_and_named(
    name: str, language: str, codec: str, text: str
) -> None:
    """Japanese, Korean, Western European and Cyrillic text comes back exactly, with its codec
    and language named, a not_chinese warning, and a confidence short of certain."""
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == READ_AS.get(codec, codec)
    assert decoded.language == language
    assert decoded.source == "chardet" and decoded.replaced == 0
    assert decoded.confidence < 0.99
    assert decoded.warnings == [f"not_chinese: the text is not Chinese (language {language}, "
                                f"read as {decoded.encoding})"]


def _korean() -> str:
    return str(next(e["text"] for e in foreign_texts() if e["name"] == "ko-inspection"))


def _page(meta: str, body: str) -> str:
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>\n"


def test_a_declared_non_chinese_charset_that_decodes_is_honoured() -> None:
    """An EUC-KR page that says so is read as Korean (issue 15: GB18030 at confidence 1.00)."""
    page = _page('<meta charset="euc-kr">', _korean())
    decoded = decode(page.encode("euc_kr"))
    assert (decoded.text, decoded.encoding, decoded.source) == (page, "cp949", "meta")
    assert (decoded.declared, decoded.language) == ("cp949", "ko")
    assert decoded.confidence < 0.99


def test_a_declaration_is_honoured_without_chardet(monkeypatch: pytest.MonkeyPatch) -> None:
    """With chardet missing, a page's own declaration still reads it."""
    monkeypatch.setitem(sys.modules, "chardet", None)  # import chardet now fails
    page = _page('<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR">',
                 _korean())
    decoded = decode(page.encode("euc_kr"))
    assert (decoded.text, decoded.encoding, decoded.source) == (page, "cp949", "meta")


@pytest.mark.parametrize("label", ["iso-8859-1", "euc-kr", "shift_jis", "windows-1251"])
def test_a_chinese_page_that_claims_another_language_is_read_as_chinese(label: str) -> None:
    """Old Chinese sites often declare ISO-8859-1 (or something else) and write GBK: text
    that reads as Chinese is read as Chinese, whatever the page claims."""
    body = corpus_text()[:400]
    page = _page(f'<meta charset="{label}">', body)
    decoded = decode(page.encode("gb18030"))
    assert (decoded.text, decoded.encoding, decoded.language) == (page, "gb18030", "zh")
    assert decoded.warnings == []


@pytest.mark.parametrize(("name", "language"), [
    ("ja-inspection", "ja"), ("ko-library", "ko"), ("ru-evening", "und-Cyrl"),
])
def test_utf8_text_that_is_not_chinese_is_named(name: str, language: str) -> None:
    """UTF-8 needs no detective work, but a text in another language still says so."""
    text = str(next(e["text"] for e in foreign_texts() if e["name"] == name))
    decoded = decode(text.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.language) == (text, "utf-8", language)
    assert decoded.warnings and decoded.warnings[0].startswith("not_chinese:")


def test_chinese_text_has_no_language_warning() -> None:
    """A Chinese report is zh, in every codec, and warns of nothing."""
    text = corpus_text()[:2000]
    for codec in ("utf-8", "gb18030", "utf-16"):
        decoded = decode(text.encode(codec))
        assert (decoded.language, decoded.warnings) == ("zh", [])


def test_a_page_whose_words_come_late_is_still_chinese() -> None:
    """The language is read from the text, not from a long head of scripts and styles."""
    page = "<html><head><script>" + "var x = 1;\n" * 8000 + "</script></head><body>"
    page += corpus_text()[:500] + "</body></html>"
    decoded = decode(page.encode("utf-8"))
    assert decoded.language == "zh"


@pytest.mark.parametrize("data", [
    bytes(range(0x80, 0x100)) * 20,
    bytes((i * 97 + 13) % 256 for i in range(5000)),
])
def test_noise_stays_not_text_with_chardet_asked(data: bytes) -> None:
    """chardet always has an answer; noise still raises NotText, because no reading of it
    passes as any language's writing."""
    with pytest.raises(NotText):
        decode(data)


def test_reading_chinese_never_imports_chardet() -> None:
    """chardet is asked only about text that does not read as Chinese: a GBK or Big5 report
    never imports it."""
    code = ("import sys; from qsreport.decoding import decode; "
            "decode('本县今年抽检了一批建材，合格的占九成以上。'.encode('gbk')); "
            "decode('本縣今年抽檢了一批建材，合格的佔九成以上。'.encode('cp950')); "
            "print('chardet' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False"]


def test_a_stray_byte_that_leaves_the_bytes_decodable_is_read_as_they_decode() -> None:
    """Big5 falls back into step on a trail byte read as an ASCII letter: the bytes decode,
    so they are read as they decode (nothing replaced), but the trace makes it less sure."""
    text = "全市現有中國名牌產品二十二個、浙江名牌九十九個，標準化工作取得明顯成效。\n" * 4
    data = text.encode("cp950")
    at = len("全市現有".encode("cp950")) + 1  # inside 中
    damaged = data[:at] + b"\xb0" + data[at:]
    decoded = decode(damaged)
    assert (decoded.text, decoded.replaced) == (damaged.decode("cp950"), 0)
    assert decoded.text != text and decoded.confidence < 0.99


@pytest.mark.parametrize(("han", "others", "expected"), [
    (100, "é", "zh"), (100, "かなかなか", "zh"), (95, "かなかなか", "ja"),
    (12, "한국어검사", "ko"), (40, "ĀáǎàĒéěè" * 7, "und-Latn"), (2000, "Ωμέγα" * 10, "zh"),
])
def test_language_without_a_census_is_the_census_answer(han: int, others: str,
                                                        expected: str) -> None:
    """A few letters of another script among many Han characters are told Chinese without a
    census; the answer is the census's own, at the edge too (five kana among 95 Han are
    Japanese, among 100 they are not)."""
    from qsreport.decoding.language import _language, census, language_of

    text = ("抽检合格率" * han)[:han] + "，" + others + "。"
    assert language_of(text) == _language(census(text)) == expected


@pytest.mark.parametrize(("han", "others", "expected"), [
    (100, "é", "zh"), (100, "かなかなか", "zh"), (95, "かなかなか", "ja"),
    (12, "한국어검사", "ko"), (40, "ĀáǎàĒéěè" * 7, "und-Latn"), (2000, "Ωμέγα" * 10, "zh"),
])
def test_language_of_markup_is_the_census_answer(han: int, others: str, expected: str) -> None:
    """In a page's markup, mostly ASCII (left out before the scans for other scripts), the
    letters of other scripts are counted as in plain text: the census's answer, at the edge too."""
    from qsreport.decoding.language import _language, census, language_of

    markup = "<div class='row'><a href='/list/2.html'>more</a></div>\n" * 60
    text = markup + "<p>" + ("抽检合格率" * han)[:han] + "<br/>" + others + "</p>" + markup
    assert language_of(text) == _language(census(text)) == expected


@pytest.mark.parametrize("text", [
    "区县质监部门共检查商场超市四十二家，立案九起。",  # Chinese words
    "かなかなかなかなかなかな抽检",  # kana: another language
    "侣鹦螵鳝瞀瘗",  # Han with no common word among them
    "plain ascii words only",
])
def test_a_language_handed_on_gives_the_tests_answer(text: str) -> None:
    """The decoder tells a reading's language once and hands it to the doubt's tests: each
    answers as it does when it tells the language itself."""
    from qsreport.decoding.language import language_of, looks_foreign, reads_as_chinese

    language = language_of(text)
    assert reads_as_chinese(text, language) == reads_as_chinese(text)
    assert looks_foreign(text, language) == looks_foreign(text)
