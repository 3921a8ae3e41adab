"""bytes → Decoded: choose the codec, decode with damaged bytes replaced, and say why.

The evidence, in order: a binary signature (not text); a byte-order mark; strict UTF-8 (the
fast path, and nothing else decodes Chinese text as valid UTF-8 by accident); otherwise every
candidate codec of Chinese text reads the bytes and the readings are ranked by how plausible
they are as Chinese (``rank``, ``score``), an HTML or XML declaration counting as a nudge the
bytes can overrule. Bytes that decode are never changed; only those that fail are re-read,
so that one stray byte costs one character, not a line (``repair``). A reading that shows no
Chinese words, or bytes that read as nothing, get a second hearing (``foreign``): a declared
charset of another language, then chardet. Every answer names the language its text is in
(``language``), and a text that is not Chinese says so in ``warnings``.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .. import regex_cache as rx
from ..errors import EmptyInput, NotText
from .language import language_of, looks_foreign, reads_as_chinese
from .marks import unmark
from .sniff import binary_format, codec_for_label, declared_label

# The ranking of readings (with its bounds and repair) and the second hearing of other
# languages are imported where bytes need them: valid UTF-8, most reports, needs neither,
# and a cold start spent ~3 ms importing them.
if TYPE_CHECKING:
    from .foreign import Foreign
    from .rank import Ranked

# What settled the codec; reader: a document format's library handed over Unicode.
Source = Literal["bom", "utf-8", "meta", "detector", "repair", "chardet", "reader"]

# (mark, the codec reported, the codec that reads the bytes after the mark)
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),  # before UTF-16 LE, whose mark it extends
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
_BOM_TRUST = 0.05  # a BOM whose codec fails on more of the bytes than this is ignored
_LEGACY_CHINESE = ("gb18030", "cp950", "big5hkscs")  # codecs that read any bytes as hanzi
# Confidence where the cost model cannot speak (measured on the encoding benchmark: see the
# calibration table in docs/encoding.md). A Chinese reading that shows no Chinese words is
# kept when nothing else reads, but less surely, as is one whose bytes all decode but show
# the trace of a stray byte (``trace.looks_misaligned``), and one whose damage was re-read
# (the re-reading is a guess, right about 998 times in 1,000); a non-Chinese reading is as sure
# as the check that accepted it (``language.reads_as_language``), never quite certain.
_UNCONFIRMED = 0.9
_MISALIGNED = 0.9  # a reading that decoded in full but shows a stray byte's trace
_REPAIRED = 0.98  # a re-reading around damage is a guess: never reported as 0.99 sure
_FOREIGN_CONFIDENCE = {"utf-8": 0.95, "meta": 0.95, "chardet": 0.9}
_THREE_BYTE_LEAD = rx.compile(rb"[\xe0-\xef]")
# The control bytes of :func:`_plainly_utf8` (all below 0x20 but tab, line breaks and ESC, and
# DEL), deleted by ``bytes.translate``: four times quicker over a page than a regex search.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
# Text in UTF-16 that is all Han and full-width punctuation has no NUL and may be valid UTF-8
# too (查首 is 67 E5 99 96 in UTF-16-BE: "g" and a rare three-byte character). Such a start is
# weighed against every codec, not taken as UTF-8.
_ALL_HAN = rx.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")
_UTF16_PROBE = 512  # bytes of the start read as UTF-16 for that


@dataclass(frozen=True)
class Decoded:
    """The text of some bytes, with the codec chosen and the evidence for it."""

    text: str
    encoding: str  # the Python codec that, with damaged bytes replaced, produced ``text``
    confidence: float  # 0..1: how likely ``text`` is what the bytes were written as
    bom: bool  # the bytes began with a byte-order mark
    replaced: int  # bytes that could not be decoded (each damaged stretch is one U+FFFD)
    source: Source  # bom | utf-8 | meta | detector | repair | chardet: what settled the codec
    declared: str | None = None  # the codec an HTML/XML declaration named, if any
    # zh, ja, ko, ru, ... (ISO 639-1), und-Latn/und-Cyrl/... when only the script is known;
    # None: not determined (a document reader's text) or no letters at all.
    language: str | None = None
    # The bytes themselves when ``text`` is exactly their UTF-8 reading (valid UTF-8 taken at
    # its word): a page's parser reads them rather than the text encoded again.
    utf8: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def warnings(self) -> list[str]:
        """What a report read from this text should warn about: a text that is not Chinese
        (``not_chinese: ...``, a prefix batch summaries count by)."""
        if self.language is None or self.language == "zh":
            return []
        return [f"not_chinese: the text is not Chinese (language {self.language}, "
                f"read as {self.encoding})"]


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode report bytes to text, choosing the codec that explains them best.

    ``declared`` is a charset the bytes' container names (a web archive's part header); it
    counts as a page's own ``<meta>`` declaration does, and before it.

    Raises ``EmptyInput`` for empty or white-space-only input and ``NotText`` for bytes that
    are not text (images, archives, executables, noise).
    """
    if not data or data.isspace():  # (not data.strip(): that copies the bytes)
        raise EmptyInput("the input is empty or holds only white space")
    binary = binary_format(data)
    if binary is not None:
        raise NotText(f"the input looks like {binary}, not text")
    for mark, codec, body_codec in _BOMS:
        if data.startswith(mark):
            return _decode_after_bom(data, mark, codec, body_codec)
    if _THREE_BYTE_LEAD.search(data) is not None:
        # (Decoded before _plainly_utf8's checks of the whole file: GBK fails on one of its
        # first characters, and a GBK page is spared them, 0.1 ms.)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _plainly_utf8(data):
                return Decoded(text, "utf-8", 1.0, False, 0, "utf-8", None, language_of(text),
                               data)
    return _detect(data, bom=False, label=declared)


def _plainly_utf8(data: bytes) -> bool:
    """Whether valid UTF-8 that holds a three-byte sequence's lead (the caller has found one)
    can be taken at its word: Chinese UTF-8 has three-byte sequences, while GBK that happens
    to be valid UTF-8 (一一 is D2 BB D2 BB, "һһ") has only two-byte ones, and ASCII may be
    UTF-16 in disguise (三传 is 09 4E 20 4F); NULs and other controls may mean UTF-16 or
    binary. The others are weighed against every codec."""
    return len(data.translate(None, _CONTROL_BYTES)) == len(data) \
        and not _utf16_han(data[:_UTF16_PROBE])


def _utf16_han(start: bytes) -> bool:
    """Whether ``start`` (cut to an even length) reads as Han alone in UTF-16, either order."""
    start = start[:len(start) & ~1]
    for codec in ("utf-16-be", "utf-16-le"):
        try:
            if _ALL_HAN.fullmatch(start.decode(codec)):
                return True
        except UnicodeDecodeError:
            continue
    return False


def _decode_after_bom(data: bytes, mark: bytes, codec: str, body_codec: str) -> Decoded:
    from .rank import read_whole, refuse_non_text
    from .score import profile

    body = data[len(mark) :]
    marked = read_whole(body, body_codec)
    score = profile(marked)
    if score.damaged > _BOM_TRUST * max(len(body), 1):
        return _detect(body, bom=True)  # a mark pasted onto text in another encoding
    refuse_non_text(score)
    confidence = round(1.0 - score.damaged / max(len(body), 1), 4)
    text = _text(marked)
    return Decoded(text, codec, confidence, True, score.damaged, "bom", None, language_of(text))


def _detect(data: bytes, *, bom: bool, label: str | None = None) -> Decoded:
    """The likeliest Chinese reading of ``data``, or another language's where that one shows
    no Chinese. ``label``: a charset declared outside the bytes, weighed before their own."""
    from .foreign import foreign_codec, read_foreign
    from .rank import rank
    from .trace import looks_misaligned

    label = label if label and _known_label(label) else declared_label(data)
    chinese_declared = codec_for_label(label) if label else None
    foreign_declared = label if label and foreign_codec(label) else None
    declared = chinese_declared or (foreign_codec(label) if label else None)
    try:
        ranked = rank(data, chinese_declared)
    except NotText:
        foreign = read_foreign(data, foreign_declared)
        if foreign is None:
            raise
        return _foreign_decoded(foreign, bom, declared)
    # (A reading with no damage holds no marker: unmark's check of the whole text, 0.05 ms
    # on a GBK page, is spared.)
    text = _text(ranked.marked, damaged=bool(ranked.damaged))
    language = language_of(text)  # (told once: the doubt's tests and the answer read it)
    doubtful = _doubtful(ranked, text, language)
    if doubtful:
        foreign = read_foreign(data, foreign_declared)
        if foreign is not None:
            return _foreign_decoded(foreign, bom, declared)
    confidence = ranked.posterior * (1.0 - ranked.damaged / len(data))
    if ranked.damaged:
        confidence *= _REPAIRED
    if doubtful:
        confidence *= _UNCONFIRMED
    elif ranked.codec in _LEGACY_CHINESE and not ranked.damaged and looks_misaligned(text):
        confidence *= _MISALIGNED
    source: Source
    if ranked.damaged:
        source = "repair"
    elif ranked.codec == "utf-8":
        source = "utf-8"  # the bytes are valid UTF-8 after all
    elif ranked.declared_matches:
        source = "meta"
    else:
        source = "detector"
    return Decoded(text, ranked.codec, round(confidence, 4), bom, ranked.damaged, source,
                   declared, language)


def _known_label(label: str) -> bool:
    from .foreign import foreign_codec

    return codec_for_label(label) is not None or foreign_codec(label) is not None


def _doubtful(ranked: Ranked, text: str, language: str | None) -> bool:
    """Whether a reading may be another language's text: a GBK or Big5 reading (they read
    anything as hanzi), or a damaged one, that shows no Chinese words and is damaged or
    looks like another language's bytes; or escape sequences (ISO-2022 Japanese and Korean
    are ASCII with escapes)."""
    if "\x1b" in text:
        return True
    if ranked.codec not in _LEGACY_CHINESE and not ranked.damaged:
        return False
    return not reads_as_chinese(text, language) \
        and (ranked.damaged > 0 or looks_foreign(text, language))


def _foreign_decoded(foreign: Foreign, bom: bool, declared: str | None) -> Decoded:
    if not foreign.text.strip():
        raise EmptyInput("the input holds only white space")
    confidence = _FOREIGN_CONFIDENCE[foreign.settled_by]
    return Decoded(foreign.text, foreign.codec, confidence, bom, 0, foreign.settled_by,
                   declared, foreign.language)


def _text(marked: str, damaged: bool = True) -> str:
    """The text a reader sees of ``marked`` (``damaged``: False when it surely holds no
    marker)."""
    text = unmark(marked) if damaged else marked
    if not text or text.isspace():
        raise EmptyInput("the input holds only white space")
    return text
