"""bytes → Decoded: choose the codec, decode with errors replaced, and say why.

(First cut: BOM, strict UTF-8, then chardet over the Chinese encodings. Issue 4 hardens it.)
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import EmptyInput, NotText

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A detector's answer → the superset codec that decodes every file of that family.
_SUPERSET = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "cp950": "cp950",
    "big5hkscs": "big5hkscs",
}


@dataclass(frozen=True)
class Decoded:
    """The text of some bytes, with the codec chosen and the evidence for it."""

    text: str
    encoding: str
    confidence: float
    bom: bool
    replaced: int
    source: str  # bom | utf-8 | meta | detector | repair


def decode(data: bytes) -> Decoded:
    """Decode report bytes to text, choosing the codec that explains them best."""
    if not data.strip():
        raise EmptyInput("the input is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return Decoded(text, codec, 1.0, True, text.count("\ufffd"), "bom")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0, False, 0, "utf-8")
    except UnicodeDecodeError:
        pass
    import chardet  # heavy: only files that are not UTF-8 pay for it

    guess = chardet.detect(
        data, include_encodings=["gb18030", "big5", "utf-16", "utf-8"], prefer_superset=True
    )
    name = (guess.get("encoding") or "").lower().replace("-", "")
    codec = _SUPERSET.get(name)
    if codec is None:
        raise NotText("the bytes are not text in a Chinese encoding")
    text = data.decode(codec, errors="replace")
    return Decoded(text, codec, float(guess.get("confidence") or 0.0), False,
                   text.count("\ufffd"), "detector")
