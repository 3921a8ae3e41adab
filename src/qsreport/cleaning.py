"""Decoded text → cleaned text: small named repair steps that keep an offset map.

Each step is a pure function ``str -> list[Edit]``; :func:`clean` applies the steps in order and
composes their offset maps, so every character of the cleaned text knows where it stood in the
decoded text. Spans in a Report point into the cleaned text (what ``qsreport decode`` prints).

The *match view* (:func:`match_view`) is a same-length copy of the cleaned text folded for
matching: full-width digits, letters and punctuation to ASCII, traditional characters to
simplified. Rules match on it; reports quote the cleaned text at the same offsets.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ._chars import HAN


class Edit(NamedTuple):
    """Replace ``text[start:end]`` by ``replacement``."""

    start: int
    end: int
    replacement: str = ""


Step = Callable[[str], list[Edit]]


@dataclass(frozen=True)
class CleanOptions:
    """One switch per cleaning step."""

    normalize_line_endings: bool = True
    strip_control_characters: bool = True
    strip_pinyin_annotations: bool = True
    drop_page_furniture: bool = True
    trim_lines: bool = True


@dataclass
class Cleaned:
    """The cleaned text, where each character came from, and what each step did."""

    text: str
    offsets: list[int]  # offsets[i] = index in the decoded text of cleaned char i
    counts: dict[str, int] = field(default_factory=dict)  # step name → edits made

    @property
    def pinyin_removed(self) -> int:
        return self.counts.get("strip_pinyin_annotations", 0)


def normalize_line_endings(text: str) -> list[Edit]:
    """CRLF and lone CR become LF; Unicode line/paragraph separators too."""
    return [Edit(m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?|[\u2028\u2029\x85]", text)]


_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)


def strip_control_characters(text: str) -> list[Edit]:
    """Drop C0 and C1 controls (but tab and newline), zero-width and bidi marks, stray BOMs."""
    return [Edit(m.start(), m.end()) for m in _CONTROL.finditer(text)]


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_PINYIN = re.compile(
    rf"(?<={HAN})[(（]([a-z{_TONED}]{{1,7}})[)）]"
)
_SYLLABLE = re.compile(r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv][a-z]{0,4}$")


def strip_pinyin_annotations(text: str) -> list[Edit]:
    """Remove pinyin glued after a character, ``質(zhì)`` → ``質``; keep ``標準(項目)``.

    A parenthesis counts as pinyin when it holds one syllable of Latin letters with a tone mark.
    Toneless syllables (``(de)``) are removed only in documents that already carry toned ones,
    so that a stray ``(a)`` in an ordinary report is left alone.
    """
    matches = list(_PINYIN.finditer(text))
    toned = [m for m in matches if any(c in _TONED for c in m.group(1))]
    if not toned:
        return []
    toned_at = {m.start() for m in toned}
    keep = [m for m in matches if m.start() in toned_at or _SYLLABLE.match(m.group(1))]
    return [Edit(m.start(), m.end()) for m in keep]


# Page furniture: counters, print/close links, font switches, QR prompts. Rules as data; each
# pattern matches a whole piece of furniture, wherever it sits on a line.
PAGE_FURNITURE: tuple[str, ...] = (
    r"[点點][击擊](?:数|數|率|量)?[:：][ \t]*\d*[ \t]*次?",
    r"(?:浏览|瀏覽|阅读|閱讀)(?:次数|次數|量)?[:：][ \t]*\d*[ \t]*次?",
    r"[扫掃][码碼](?:投诉|投訴|分享|阅读|閱讀)",
    r"[【\[][ \t]*字[体體][ \t]*[:：]?[ \t]*[大中小 \t]+[】\]]",
    r"(?:[【\[]|(?<![ \t]))[ \t]*(?:打印本[页頁]|打印文章|[关關]闭窗口|[关關]閉窗口|返回[顶頂]部|加入收藏)"
    r"[ \t]*[】\]]?",
    r"(?:上一篇|下一篇)[:：][^\n]*",
)
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in PAGE_FURNITURE))


def drop_page_furniture(text: str) -> list[Edit]:
    """Remove page furniture such as ``點擊:次``, ``掃碼投訴``, ``【字体：大 中 小】``."""
    return [Edit(m.start(), m.end()) for m in _FURNITURE.finditer(text) if m.end() > m.start()]


def trim_lines(text: str) -> list[Edit]:
    """Strip white space (full-width too) at both ends of lines; collapse runs of blank lines
    to one blank line; drop blank lines at the start and end of the text."""
    edits = [Edit(m.start(), m.end())
             for m in re.finditer(r"(?<![ \t\u3000\xa0])[ \t\u3000\xa0]+(?=\n)", text)]
    edits += [Edit(m.start(), m.end()) for m in re.finditer(r"(?<=\n)[ \t\u3000\xa0]+", text)]
    edits += [Edit(m.start(), m.end(), "\n\n")
              for m in re.finditer(r"\n(?:[ \t\u3000\xa0]*\n){2,}", text)]
    stripped = text.strip()
    if stripped:
        head = text.index(stripped[0])
        tail = len(text.rstrip())
        if head:
            edits.append(Edit(0, head))
        if tail < len(text):
            edits.append(Edit(tail, len(text)))
    return _merge(edits)


STEPS: tuple[tuple[str, Step], ...] = (
    ("normalize_line_endings", normalize_line_endings),
    ("strip_control_characters", strip_control_characters),
    ("strip_pinyin_annotations", strip_pinyin_annotations),
    ("drop_page_furniture", drop_page_furniture),
    ("trim_lines", trim_lines),
)


def _merge(edits: Sequence[Edit]) -> list[Edit]:
    """Sort deletions and drop any that overlap an earlier one."""
    merged: list[Edit] = []
    for edit in sorted(edits):
        if merged and edit.start < merged[-1].end:
            if edit.end > merged[-1].end and not edit.replacement and not merged[-1].replacement:
                merged[-1] = Edit(merged[-1].start, edit.end)
            continue
        merged.append(edit)
    return merged


def apply_edits(text: str, offsets: list[int], edits: Sequence[Edit]) -> tuple[str, list[int]]:
    """Apply non-overlapping edits; a replacement's characters map to the start of what it
    replaced."""
    pieces: list[str] = []
    new_offsets: list[int] = []
    cursor = 0
    for edit in _merge(edits):
        pieces.append(text[cursor:edit.start])
        new_offsets.extend(offsets[cursor:edit.start])
        pieces.append(edit.replacement)
        origin = offsets[edit.start] if edit.start < len(offsets) else (offsets[-1] + 1 if offsets else 0)
        new_offsets.extend([origin] * len(edit.replacement))
        cursor = edit.end
    pieces.append(text[cursor:])
    new_offsets.extend(offsets[cursor:])
    return "".join(pieces), new_offsets


def clean(text: str, options: CleanOptions | None = None) -> Cleaned:
    """Run every enabled step in order and return the cleaned text with its offset map."""
    options = options or CleanOptions()
    offsets = list(range(len(text)))
    counts: dict[str, int] = {}
    for name, step in STEPS:
        if not getattr(options, name):
            continue
        edits = step(text)
        counts[name] = len(edits)
        if edits:
            text, offsets = apply_edits(text, offsets, edits)
    return Cleaned(text, offsets, counts)


# --- the match view -------------------------------------------------------------------------

# Full-width ASCII (U+FF01–U+FF5E) and the ideographic space, folded to ASCII one for one.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    import opencc  # ~15 ms; only parse needs it

    converter = opencc.OpenCC("t2s")
    return converter.convert  # type: ignore[no-any-return,unused-ignore]


def to_simplified(text: str) -> str:
    """Simplified script, same length: phrase-level conversion where it keeps the length,
    character by character where it would not."""
    converted = _t2s()(text)
    if len(converted) == len(text):
        return converted
    chars = list(text)
    convert = _t2s()
    for i, char in enumerate(chars):
        if "\u3400" <= char <= "\u9fff":
            single = convert(char)
            if len(single) == 1:
                chars[i] = single
    return "".join(chars)


def match_view(text: str) -> str:
    """The text folded for matching; same length as ``text``, so offsets are shared."""
    return to_simplified(text.translate(_WIDTH_TABLE))


# Common characters that exist only in simplified script (their traditional forms differ).
_SIMPLIFIED_ONLY = frozenset(
    "们这个为会说来时过国对学发经还后点动种样现两进产业质监标准检验关于区监门开长问题认证书"
    "应该实际总规划务条机构实现农业环节体导报项举办级华网络执东单价节约车电厂场乡镇县"
)


_SIMPLIFIED_ONLY_RE = re.compile("[" + "".join(sorted(_SIMPLIFIED_ONLY)) + "]")


def detect_script(text: str, view: str | None = None) -> str:
    """'simplified', 'traditional' or 'mixed', from characters only one script uses.

    ``view`` is the text's match view when the caller has it (saves a conversion).
    """
    folded = text.translate(_WIDTH_TABLE)
    simplified = view if view is not None else to_simplified(folded)
    traditional = sum(map(operator.ne, folded, simplified))  # only script differs between them
    simplified_only = len(_SIMPLIFIED_ONLY_RE.findall(text))
    if traditional <= simplified_only // 20:
        return "simplified"
    if simplified_only <= traditional // 20:
        return "traditional"
    return "mixed"


@lru_cache(maxsize=1)
def _s2t() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("s2t").convert  # type: ignore[no-any-return,unused-ignore]


def convert_script(text: str, script: str) -> str:
    """The text in simplified or traditional script (``qsreport decode --to``)."""
    return to_simplified(text) if script == "simplified" else _s2t()(text)
