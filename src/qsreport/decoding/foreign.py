"""Text that is not Chinese: a declared charset of another language, or chardet's answer.

The ranking (``rank``) knows only the codecs Chinese is written in, and reads anything as
well as they can: Korean in EUC-KR becomes common hanzi in random order, Russian in CP1251
hanzi with a damaged byte after every odd-length word. When its reading does not read as
Chinese (``language.reads_as_chinese``), or nothing reads at all, the bytes get a second
hearing here: first UTF-8 (valid UTF-8 of two-byte sequences, such as Russian, is read by
GBK as common hanzi), then the charset the page declares, if it belongs to another
language, then chardet, imported only now. A reading is taken only if its codec decodes every byte and
``language.reads_as_language`` finds one language's writing in it.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .language import reads_as_language

# The codecs a non-Chinese text is read in, by the Python name of a label's codec: the
# superset first (as browsers read them: EUC-KR as Windows-949, Shift-JIS as Windows-31J,
# Latin-1 as Windows-1252), then the label's own codec.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "shift_jis": ("cp932", "shift_jis"),
    "cp932": ("cp932",),
    "shift_jis_2004": ("cp932", "shift_jis_2004"),
    "shift_jisx0213": ("cp932", "shift_jisx0213"),
    "euc_jp": ("euc_jp", "euc_jis_2004"),
    "euc_jis_2004": ("euc_jp", "euc_jis_2004"),
    "euc_jisx0213": ("euc_jp", "euc_jisx0213"),
    "iso2022_jp": ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2"),
    "iso2022_jp_ext": ("iso2022_jp_ext", "iso2022_jp_2"),
    "iso2022_jp_2": ("iso2022_jp_2",),
    "euc_kr": ("cp949", "euc_kr"),
    "cp949": ("cp949",),
    "iso2022_kr": ("iso2022_kr",),
    "ascii": ("cp1252", "iso8859_1"),
    "iso8859_1": ("cp1252", "iso8859_1"),
    "iso8859_15": ("cp1252", "iso8859_15"),
    "iso8859_9": ("cp1254", "iso8859_9"),
    "iso8859_11": ("cp874", "iso8859_11"),
    "tis_620": ("cp874", "tis_620"),
    **{f"cp125{digit}": (f"cp125{digit}",) for digit in range(9)},
    **{f"iso8859_{part}": (f"iso8859_{part}",) for part in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 16)},
    "cp874": ("cp874",),
    "koi8_r": ("koi8_r",),
    "koi8_u": ("koi8_u",),
    "mac_roman": ("mac_roman",),
    "mac_cyrillic": ("mac_cyrillic",),
}
# Labels pages use that Python does not know (WHATWG's), as labels it does.
_ALIASES = {
    "x-sjis": "shift_jis", "windows-31j": "cp932", "x-euc-jp": "euc_jp", "windows-874": "cp874",
    "windows-949": "cp949", "x-mac-cyrillic": "mac_cyrillic", "x-mac-roman": "mac_roman",
    "iso-8859-8-i": "iso8859_8", "x-cp1250": "cp1250", "x-cp1251": "cp1251",
}
# What chardet is asked to choose among: the families above as chardet names them. Its DOS,
# Mac and mainframe code pages read any damaged GBK file as something, and Thai (TIS-620
# puts a letter on nearly every byte GB2312 uses, and writes no spaces) would read any GB2312
# text: those are left out, and only a declaration reads them.
_ASK_CHARDET = (
    "cp932", "shift_jis_2004", "euc_jis_2004", "iso2022_jp_2", "iso2022_jp_ext", "cp949",
    "euc_kr", "iso2022_kr", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255",
    "cp1256", "cp1257", "cp1258", "iso8859-1", "iso8859-2", "iso8859-4", "iso8859-5",
    "iso8859-7", "iso8859-9", "iso8859-13", "iso8859-15", "koi8-r", "koi8-u",
)
_CHARDET_BYTES = 200_000  # what chardet reads of a long file (its own default)


SettledBy = Literal["utf-8", "meta", "chardet"]


@dataclass(frozen=True)
class Foreign:
    """A non-Chinese reading of all the bytes."""

    text: str
    codec: str  # the Python codec that decoded every byte
    language: str  # ISO 639-1 (chardet's word, or the script's) or und-<script>
    settled_by: SettledBy  # valid UTF-8, the declared charset, or chardet's answer


def foreign_codec(label: str) -> str | None:
    """The codec the decoder reads a non-Chinese charset label with (``euc-kr`` → ``cp949``,
    ``iso-8859-1`` → ``cp1252``), or None if the label names no language's text codec."""
    family = _family(label)
    return family[0] if family else None


def _family(label: str) -> tuple[str, ...]:
    """The codecs a label's text is read with, the likeliest first; () for a label that
    names no language's codec (a Chinese one, UTF-8, or nothing Python knows)."""
    label = label.strip().lower()
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name.replace("-", "_")
    except (LookupError, ValueError):
        return ()
    return _FAMILIES.get(name, ())


def read_foreign(data: bytes, declared: str | None) -> Foreign | None:
    """The bytes as the text of another language, if UTF-8, its declared charset or
    chardet's answer decodes every byte into plausible writing; else None. (UTF-8 first:
    Russian or Greek in UTF-8 has only two-byte sequences, which GBK reads as common hanzi.)"""
    found = _accepted(data, "utf-8", None, "utf-8")
    if found is not None:
        return found
    if declared is not None:
        for codec in _family(declared):
            found = _accepted(data, codec, None, "meta")
            if found is not None:
                return found
    for encoding, language in _chardet_answers(data):
        for codec in _same_reading(data, encoding):
            found = _accepted(data, codec, language, "chardet")
            if found is not None:
                return found
    return None


def _same_reading(data: bytes, encoding: str) -> list[str]:
    """The codecs to read chardet's answer with: the first member of its family that reads
    the bytes exactly as its own codec does (Windows-1252 for Latin-1 text without the
    bytes they differ on), else the members that read all the bytes."""
    own = _decoded(data, encoding)
    family = _family(encoding)
    if own is None:
        return list(family)
    return [next((codec for codec in family if _decoded(data, codec) == own), encoding)]


def _decoded(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _accepted(
    data: bytes, codec: str, language: str | None, settled_by: SettledBy
) -> Foreign | None:
    """The reading of ``data`` in ``codec`` if it decodes every byte into one language."""
    text = _decoded(data, codec)
    if text is None:
        return None
    script_language = reads_as_language(text)
    if script_language is None:
        return None
    if language is None or not _agrees(language, script_language):
        language = script_language
    return Foreign(text, codecs.lookup(codec).name, language, settled_by)


# chardet's language codes by the script they are written in.
_SCRIPT_OF = {
    "ja": "ja", "ko": "ko", **dict.fromkeys(("ru", "uk", "bg", "sr", "mk", "be", "kk"), "Cyrl"),
    "el": "Grek", "he": "Hebr", **dict.fromkeys(("ar", "fa", "ur"), "Arab"), "th": "Thai",
}


def _agrees(language: str, script_language: str) -> bool:
    """Whether chardet's language is written in the script the text shows."""
    script = _SCRIPT_OF.get(language, "Latn")
    return script_language in (script, f"und-{script}")


def _chardet_answers(data: bytes) -> Iterator[tuple[str, str | None]]:
    """chardet's candidate codecs for ``data``, likeliest first, with their languages."""
    try:
        import chardet
    except ImportError:  # chardet is what qsreport asks; without it, only declarations count
        return
    answers = chardet.detect_all(
        data[:_CHARDET_BYTES], compat_names=False, include_encodings=_ASK_CHARDET
    )
    for answer in answers:  # however low chardet's confidence: the reading is checked here
        encoding = answer.get("encoding")
        if encoding is not None:
            yield encoding, answer.get("language")
