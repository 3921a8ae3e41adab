"""The encoding benchmark's corpus: every file it decodes, what it holds, and what is right.

Built from the report samples (``samples/*.txt`` and ``samples/corpus/*``, read with
qsreport.decode first, then turned into both scripts with OpenCC) and from texts in other
languages written for qsreport (``benchmarks/foreign_texts.json``): every supported
encoding, lengths from 8-character titles to whole reports, HTML pages whose ``<meta>``
tells the truth or lies, damaged files (a stray byte, a run of garbage, a file cut
mid-character), files that are not text at all, and Japanese, Korean, Western European and
Cyrillic text in their legacy codecs, plain and as pages.

A decoding is right when its text equals the original; for a damaged file, when it differs
only around the damage (at most two characters changed per damaged byte), or when it is
exactly what the damaged bytes decode to in their codec's family (bytes that decode are
never changed: a decoder cannot know they were damaged). For non-text files it is right
when the tool says "not text".

Characters whose bytes mean different things in different members of one family (Big5
0xA145 is "•" in Python's big5 but "‧" in cp950; GB2312 0xA1AA is "―" but GBK's "—") are
left out of the texts: no detector can tell those apart, so they would measure luck.
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import sys
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import opencc

from qsreport.decoding import decode
from qsreport.evaluate import changed_characters

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SEED = 20240604
SHORT_LENGTHS = (8, 12, 16, 24, 32)
EXCERPT = 200  # characters: a short notice rather than a whole report

# Where Big5 and GB family members disagree on a byte sequence, every decoder that can read
# a character's bytes must read them back as that character, or the character is left out.
FAMILY_READERS: dict[str, tuple[str, ...]] = {
    "gb2312": ("gb2312", "gbk", "gb18030"),
    "gbk": ("gbk", "gb18030"),
    "gb18030": ("gb18030",),
    "big5": ("big5", "cp950", "big5hkscs"),
    "cp950": ("big5", "cp950", "big5hkscs"),
    "big5hkscs": ("big5", "cp950", "big5hkscs"),
}


@dataclass(frozen=True)
class Case:
    """One benchmark file: its bytes, the text it holds (None: not text) and its damage."""

    group: str
    name: str
    data: bytes
    text: str | None
    damaged: int = 0
    # A damaged file whose bytes still decode in its family: those decodings are right too,
    # since a decoder must not change bytes that decode (it cannot know they were damaged).
    as_decoded: tuple[str, ...] = ()


# ---------------------------------------------------------------- the source texts


def source_texts() -> list[tuple[str, str]]:
    """(name, text) for every sample, in both scripts, read with qsreport.decode."""
    paths = sorted(SAMPLES.glob("*.txt")) + sorted(
        p for p in (SAMPLES / "corpus").glob("*") if p.suffix in (".txt", ".html")
    )
    to_simplified, to_traditional = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    texts = []
    for path in paths:
        text = decode(path.read_bytes()).text.lstrip("\ufeff")
        if path.suffix == ".html":
            text = re.sub(r"<[^>]*>", "", text)  # the pages' words; the HTML class wraps anew
        text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
        texts.append((f"{path.stem}.s", to_simplified.convert(text)))
        texts.append((f"{path.stem}.t", to_traditional.convert(text)))
    return texts


def representable(text: str, codec: str) -> str:
    """``text`` without the characters ``codec`` cannot write unambiguously."""
    readers = FAMILY_READERS.get(codec, (codec,))
    return "".join(char for char in text if _unambiguous(char, codec, readers))


def _unambiguous(char: str, codec: str, readers: tuple[str, ...]) -> bool:
    try:
        encoded = char.encode(codec)
    except UnicodeEncodeError:
        return False
    for reader in readers:
        try:
            if encoded.decode(reader) != char:
                return False
        except UnicodeDecodeError:
            continue  # that member cannot read it at all: no ambiguity
    return True


def encode(text: str, codec: str) -> bytes:
    """``text`` in ``codec``; the "-bom" codecs write an explicit byte-order mark."""
    if codec == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if codec == "utf-32-be-bom":
        return b"\x00\x00\xfe\xff" + text.encode("utf-32-be")
    return text.encode(codec)


def read_back(text: str, codec: str) -> str:
    """The text a perfect decoder finds in ``encode(text, codec)``."""
    return representable(text, codec.removesuffix("-bom") if "bom" in codec else codec)


def chinese_window(text: str, length: int, rng: random.Random) -> str | None:
    """``length`` consecutive characters of Chinese writing (no ASCII), like a title."""
    runs = [m.group() for m in re.finditer(r"[^\x00-\x7f]+", text) if len(m.group()) >= length]
    if not runs:
        return None
    run = rng.choice(runs)
    start = rng.randrange(len(run) - length + 1)
    return run[start : start + length]


# ---------------------------------------------------------------- the classes


def intact_cases(texts: list[tuple[str, str]], rng: random.Random) -> Iterator[Case]:
    groups = {
        "BOM (UTF-8/16/32)": ("utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32", "utf-32-be-bom"),
        "UTF-8": ("utf-8",),
        "UTF-16 without BOM": ("utf-16-le", "utf-16-be"),
        "GB2312/GBK/GB18030": ("gb2312", "gbk", "gb18030"),
        "Big5/CP950/HKSCS": ("big5", "cp950", "big5hkscs"),
    }
    for group, codecs in groups.items():
        for name, text in texts:
            if _script_fits(name, codecs[0]):
                for codec in codecs:
                    for variant, part in (("whole", text), ("excerpt", text[:EXCERPT])):
                        original = read_back(part, codec)
                        yield Case(group, f"{name}.{codec}.{variant}", encode(original, codec),
                                   original)


def _script_fits(name: str, codec: str) -> bool:
    """GB2312 holds simplified text and Big5 traditional; the others take both scripts."""
    if codec == "gb2312":
        return name.endswith(".s")
    return codec not in ("big5", "cp950", "big5hkscs") or name.endswith(".t")


def short_cases(texts: list[tuple[str, str]], rng: random.Random) -> Iterator[Case]:
    codecs = ("gbk", "gb18030", "big5", "cp950", "utf-8", "utf-16-le")
    for name, text in texts:
        for codec in codecs:
            if not _script_fits(name, codec):
                continue
            for length in SHORT_LENGTHS:
                window = chinese_window(representable(text, codec), length, rng)
                if window is not None:
                    yield Case(f"short ({SHORT_LENGTHS[0]}-{SHORT_LENGTHS[-1]} chars)",
                               f"{name}.{codec}.{length}", window.encode(codec), window)


PAGE = (
    "<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{title}</title>\n</head>\n<body>\n"
    "<div class=\"article\">\n{body}\n</div>\n</body>\n</html>\n"
)
META_FORMS = (
    '<meta http-equiv="Content-Type" content="text/html; charset={label}">',
    '<meta charset="{label}">',
)
# (real codec, declared label) pairs: the truth, and the lies old sites tell.
TRUE_META = (("utf-8", "utf-8"), ("gbk", "gb2312"), ("gb18030", "gbk"), ("cp950", "big5"))
LYING_META = (("gbk", "utf-8"), ("cp950", "gb2312"), ("gbk", "big5"), ("utf-8", "gbk"),
              ("cp950", "utf-8"))


def html_cases(texts: list[tuple[str, str]], rng: random.Random) -> Iterator[Case]:
    for group, pairs in (("HTML, true meta", TRUE_META), ("HTML, lying meta", LYING_META)):
        for name, text in texts:
            for codec, label in pairs:
                if not _script_fits(name, codec):
                    continue
                lines = representable(text, codec).split("\n")
                body = "\n".join(f"<p>{line}</p>" for line in lines[1:] if line.strip())
                meta = rng.choice(META_FORMS).format(label=label)
                page = PAGE.format(meta=meta, title=lines[0], body=body)
                yield Case(group, f"{name}.{codec}.as-{label}", page.encode(codec), page)


def damaged_cases(texts: list[tuple[str, str]], rng: random.Random) -> Iterator[Case]:
    codecs = ("utf-8", "gbk", "gb18030", "cp950", "big5")
    for name, text in texts:
        for codec in codecs:
            if not _script_fits(name, codec):
                continue
            for variant, part in (("whole", text), ("excerpt", text[:EXCERPT])):
                original = representable(part, codec)
                data = original.encode(codec)
                label = f"{name}.{codec}.{variant}"
                at = rng.randrange(len(data) + 1)
                stray = data[:at] + bytes([rng.randrange(0x80, 0x100)]) + data[at:]
                yield Case("damaged: one stray byte", label, stray, original, 1,
                           strict_decoding(stray, codec))
                garbage = rng.randbytes(rng.randrange(8, 33))
                spliced = data[:at] + garbage + data[at:]
                yield Case("damaged: a garbage run", label, spliced, original, len(garbage),
                           strict_decoding(spliced, codec))
                yield from _cut_cases(label, original, codec)


def _cut_cases(label: str, original: str, codec: str) -> Iterator[Case]:
    """The file cut inside a multi-byte character: at its end, and at its start."""
    last = max((i for i, c in enumerate(original) if len(c.encode(codec)) > 1), default=None)
    first = min((i for i, c in enumerate(original) if len(c.encode(codec)) > 1), default=None)
    if last is None or first is None:
        return
    head, tail = original[:last].encode(codec), original[last].encode(codec)
    yield Case("damaged: cut mid-character", f"{label}.end", head + tail[:-1],
               original[: last + 1], len(tail) - 1)
    char, rest = original[first].encode(codec), original[first + 1 :].encode(codec)
    yield Case("damaged: cut mid-character", f"{label}.start", char[1:] + rest,
               original[first:], len(char) - 1, strict_decoding(char[1:] + rest, codec))


# The codecs a damaged file's family is decoded with when its bytes still decode.
SUPERSETS = {"gb2312": ("gb18030",), "gbk": ("gb18030",), "gb18030": ("gb18030",),
             "big5": ("cp950", "big5hkscs"), "cp950": ("cp950", "big5hkscs")}


def strict_decoding(data: bytes, codec: str) -> tuple[str, ...]:
    """What ``data`` decodes to in the members of ``codec``'s family that decode it all."""
    decodings = []
    for member in SUPERSETS.get(codec, (codec,)):
        try:
            decodings.append(data.decode(member))
        except UnicodeDecodeError:
            continue
    return tuple(decodings)


def not_text_cases(rng: random.Random) -> Iterator[Case]:
    group = "not text (PNG/ZIP/PDF/ELF/random)"
    for index in range(6):
        payload = rng.randbytes(rng.randrange(64, 4096))
        yield Case(group, f"png{index}", _png(payload), None)
        yield Case(group, f"zip{index}", _zip(payload), None)
        yield Case(group, f"pdf{index}", _pdf(payload), None)
        yield Case(group, f"random{index}", rng.randbytes(rng.randrange(32, 1 << 16)), None)
    elf = Path(sys.executable).read_bytes()[: 1 << 16]
    yield Case(group, "elf", elf, None)


def _png(payload: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(payload)) \
        + chunk(b"IEND", b"")


def _zip(payload: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("report.bin", payload)
    return buffer.getvalue()


def _pdf(payload: bytes) -> bytes:
    stream = zlib.compress(payload)
    header = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Filter /FlateDecode /Length "
    return header + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream\n%%EOF\n"


FOREIGN = ROOT / "benchmarks" / "foreign_texts.json"
# The label a page written in each codec declares.
FOREIGN_LABELS = {
    "shift_jis": "shift_jis", "cp932": "windows-31j", "euc_jp": "euc-jp", "euc_kr": "euc-kr",
    "cp949": "ks_c_5601-1987", "cp1252": "windows-1252", "latin_1": "iso-8859-1",
    "iso8859_15": "iso-8859-15", "cp1251": "windows-1251", "koi8_r": "koi8-r",
    "koi8_u": "koi8-u", "iso8859_5": "iso-8859-5",
}


def foreign_texts() -> list[dict[str, object]]:
    """The non-Chinese texts: name, language, the codecs that write it, text."""
    texts: list[dict[str, object]] = json.loads(FOREIGN.read_text("utf-8"))["texts"]
    return texts


def foreign_cases(rng: random.Random) -> Iterator[Case]:
    """Each non-Chinese text in each of its codecs: whole, its first line, and as a page that
    declares its charset and one that declares nothing."""
    for entry in foreign_texts():
        text, name = str(entry["text"]), str(entry["name"])
        for codec in entry["codecs"]:  # type: ignore[attr-defined]
            for variant, part in (("whole", text), ("line", text.split("\n")[0])):
                yield Case("not Chinese: plain text", f"{name}.{codec}.{variant}",
                           part.encode(codec), part)
            lines = text.split("\n")
            body = "\n".join(f"<p>{line}</p>" for line in lines[1:])
            for variant, label in (("meta", FOREIGN_LABELS[codec]), ("no-meta", None)):
                meta = "" if label is None else rng.choice(META_FORMS).format(label=label)
                page = PAGE.format(meta=meta, title=lines[0], body=body)
                yield Case("not Chinese: HTML page", f"{name}.{codec}.{variant}",
                           page.encode(codec), page)


def build_corpus(seed: int = SEED) -> list[Case]:
    rng = random.Random(seed)
    texts = source_texts()
    cases: list[Case] = []
    for make in (intact_cases, short_cases, html_cases, damaged_cases):
        cases.extend(make(texts, rng))
    cases.extend(foreign_cases(rng))
    cases.extend(not_text_cases(rng))
    return cases


def is_right(case: Case, output: str | None) -> bool:
    if case.text is None or output is None:
        return case.text is None and output is None
    output = output.removeprefix("\ufeff")
    if not case.damaged:
        return output == case.text
    return output in case.as_decoded or changed_characters(case.text, output) <= 2 * case.damaged


def describe_miss(case: Case, output: str | None) -> str:
    """Where a wrong answer went wrong: the differing stretch with a little context."""
    if case.text is None or output is None:
        return f"expected {'not text' if case.text is None else 'text'}, got {output!r:.60}"
    output = output.removeprefix("\ufeff")
    prefix = 0
    while prefix < min(len(case.text), len(output)) and case.text[prefix] == output[prefix]:
        prefix += 1
    changed = changed_characters(case.text, output)
    start = max(0, prefix - 5)
    return (f"{changed} changed at {prefix}: {case.text[start:prefix + changed + 5]!r} -> "
            f"{output[start:prefix + changed + 5]!r}")
