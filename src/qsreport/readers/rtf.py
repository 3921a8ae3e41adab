"""RTF documents, read by our own small reader (no library).

Chinese RTF is ASCII on the wire: text is \\'xx escapes of the code page's bytes
(\\ansicpg936: GBK, two escapes a character, decoded together) or \\uN with \\ucN fallback
characters to skip. A font's \\fcharset can switch the code page. The groups that hold no
text of the document — font, colour and style tables, info, pictures, headers and footers,
field instructions, every \\* destination — are skipped whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import Corrupt
from .document import ReadDocument

READER = "qsreport rtf"
# Destinations whose text is not the document's; pictures are counted as dropped images.
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "nonshppict", "header", "headerl",
    "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "object",
    "themedata", "colorschememapping", "datastore", "latentstyles", "listtable",
    "listoverridetable", "rsidtbl", "revtbl", "xmlnstbl", "generator", "filetbl", "footnote",
    "annotation", "atnid", "atnauthor", "bkmkstart", "bkmkend", "pgdsctbl", "mmathPr",
})
_BREAKS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t",
           "tab": "\t", "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘",
           "rquote": "’", "ldblquote": "“", "rdblquote": "”", "emspace": " ", "enspace": " ",
           "qmspace": " "}
_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}", "\n": "\n",
            "\r": "\n", "\t": "\t"}
# \fcharsetN → code page, for fonts that switch the encoding of \'xx escapes.
_CHARSETS = {0: "cp1252", 128: "cp932", 129: "cp949", 134: "gbk", 136: "cp950", 161: "cp1253",
             162: "cp1254", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251",
             222: "cp874", 238: "cp1250"}
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?[0-9]{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])"
    rb"|([^\\{}\r\n]+)|[\r\n]+|(\\)$"
)


@dataclass
class _Group:
    """What a group inherits and may change: the skip flag, \\uc count and code page."""

    skipping: bool = False
    uc: int = 1
    codepage: str = "cp1252"
    destination: str = ""


@dataclass
class _State:
    stack: list[_Group] = field(default_factory=lambda: [_Group()])
    out: list[str] = field(default_factory=list)
    pending: bytearray = field(default_factory=bytearray)
    skip_fallback: int = 0
    fonts: dict[int, str] = field(default_factory=dict)
    font_number: int | None = None
    images: int = 0


def read(data: bytes, fmt: str = "rtf") -> ReadDocument:
    """The text of an RTF document."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise Corrupt("not an RTF document: it does not start with {\\rtf")
    state = _State()
    _parse(data, state)
    _flush(state)
    text = "".join(state.out)
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    return ReadDocument(format=fmt, reader=READER, text=text,
                        dropped={"images": state.images} if state.images else {})


def _parse(data: bytes, state: _State) -> None:
    position = 0
    while position < len(data):
        match = _TOKEN.match(data, position)
        if match is None:  # a lone byte the tokenizer does not know: take it as text
            _text(state, data[position:position + 1])
            position += 1
            continue
        position = match.end()
        word, hex_byte, symbol, brace, text = match.group(1, 3, 4, 5, 6)
        group = state.stack[-1]
        if brace == b"{":
            _flush(state)
            state.stack.append(_Group(group.skipping, group.uc, group.codepage))
            state.skip_fallback = 0
        elif brace == b"}":
            _close_group(state)
            if not state.stack:
                return
        elif word is not None:
            position = _control_word(state, word.decode(), match.group(2), data, position)
        elif hex_byte is not None:
            if state.skip_fallback:
                state.skip_fallback -= 1
            elif not group.skipping:
                state.pending.append(int(hex_byte, 16))
        elif symbol is not None:
            _control_symbol(state, symbol.decode("latin-1"))
        elif text is not None:
            _text(state, text)


def _close_group(state: _State) -> None:
    _flush(state)
    closed = state.stack.pop()
    if closed.destination == "fonttbl" or (state.stack and
                                           state.stack[-1].destination == "fonttbl"):
        state.font_number = None
    state.skip_fallback = 0


def _control_word(state: _State, word: str, argument: bytes | None, data: bytes,
                  position: int) -> int:
    group = state.stack[-1]
    number = int(argument) if argument is not None else None
    if word == "bin":  # binary data: skip its bytes whatever they hold
        return position + max(number or 0, 0)
    if word == "u" and number is not None:
        if not group.skipping:
            _flush(state)
            state.out.append(_unicode(number))
        state.skip_fallback = group.uc
        return position
    if state.skip_fallback:  # a control word inside the \uN fallback counts as one character
        state.skip_fallback -= 1
        return position
    if word == "uc" and number is not None:
        group.uc = max(number, 0)
    elif word == "ansicpg" and number is not None:
        group.codepage = _codepage(number, group.codepage)
        for outer in state.stack:
            outer.codepage = group.codepage
    elif word in ("f", "fcharset") and number is not None:
        _font(state, word, number)
    elif word in _SKIPPED or (group.destination == "*" and not group.skipping):
        _flush(state)
        group.skipping = True  # the font table too: its \f and \fcharset are still read
        group.destination = word
        state.images += word == "pict"
    elif not group.skipping and word in _BREAKS:
        _flush(state)
        state.out.append(_BREAKS[word])
    return position


def _font(state: _State, word: str, number: int) -> None:
    """Font numbers and charsets: recorded in the font table, applied in the text."""
    group = state.stack[-1]
    in_table = any(g.destination == "fonttbl" for g in state.stack)
    if in_table:
        if word == "f":
            state.font_number = number
        elif state.font_number is not None and number in _CHARSETS:
            state.fonts[state.font_number] = _CHARSETS[number]
    elif word == "f" and number in state.fonts and state.fonts[number] != "cp1252":
        _flush(state)
        group.codepage = state.fonts[number]


def _control_symbol(state: _State, symbol: str) -> None:
    group = state.stack[-1]
    if symbol == "*":
        group.destination = "*"
        return
    if state.skip_fallback:
        state.skip_fallback -= 1
    elif not group.skipping and symbol in _SYMBOLS:
        _flush(state)
        state.out.append(_SYMBOLS[symbol])


def _text(state: _State, text: bytes) -> None:
    if state.skip_fallback:
        skipped = min(state.skip_fallback, len(text))
        state.skip_fallback -= skipped
        text = text[skipped:]
    if text and not state.stack[-1].skipping:
        state.pending.extend(text)  # raw 8-bit text is in the code page too


def _flush(state: _State) -> None:
    """Decode the bytes gathered from \\'xx escapes together, so a GBK pair stays a pair."""
    if state.pending:
        state.out.append(bytes(state.pending).decode(state.stack[-1].codepage if state.stack
                                                     else "cp1252", "replace"))
        state.pending.clear()


def _unicode(number: int) -> str:
    code = number + 65536 if number < 0 else number
    return chr(code) if 0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _codepage(number: int, current: str) -> str:
    name = "gbk" if number == 936 else f"cp{number}"
    try:
        "".encode(name)
    except LookupError:
        return current
    return name
