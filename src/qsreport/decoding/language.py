"""What a decoded text is written in: a census of its scripts, and two tests built on it.

``census`` counts a text's characters by writing system (Han, kana, Hangul, Cyrillic, ...)
with one ``str.translate`` over a sample. ``language_of`` names the language the census
shows (``zh``, ``ja``, ``ko``, or ``und-Latn``/``und-Cyrl``/... where only the script is
known). ``chinese_evidence`` says how much a reading of some bytes reads as Chinese writing:
of the pairs of adjacent Han characters, how many occur inside common words; wrong readings
(Korean, Russian, Japanese or Western text read as GBK or Big5) make pairs no word has.
``reads_as_language`` is the check a non-Chinese reading must pass before the decoder takes
it: one writing system, words of a sane length, no control characters, letters of one case
inside words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import islice, pairwise, repeat

from .. import regex_cache as rx
from .score import profile, word_pairs

_SAMPLE = 1 << 16  # characters of a text the census reads, from where its letters start
_LEAD = 1024  # characters kept before the first non-ASCII one (the ASCII words around it)
_NON_ASCII = rx.compile(r"[^\x00-\x7f]")
_ASCII_BYTES = bytes(range(0x80))

# Each writing system's class letter, and the code point ranges that are its letters.
_RANGES: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("H", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))),  # Han
    ("K", ((0x3040, 0x30FF), (0x31F0, 0x31FF))),  # kana
    ("N", ((0xFF66, 0xFF9F),)),  # half-width katakana
    ("G", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))),  # Hangul
    ("C", ((0x0400, 0x052F),)),  # Cyrillic
    ("E", ((0x0370, 0x03FF), (0x1F00, 0x1FFF))),  # Greek
    ("L", ((0x00C0, 0x00D6), (0x00D8, 0x00F6), (0x00F8, 0x024F), (0x1E00, 0x1EFF))),  # Latin
    ("B", ((0x0590, 0x05FF),)),  # Hebrew
    ("R", ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),  # Arabic
    ("T", ((0x0E00, 0x0E7F),)),  # Thai
    # Punctuation text uses: general punctuation, CJK punctuation, full-width forms, and the
    # Latin-1 marks of Western text.
    ("U", ((0x2000, 0x206F), (0x3000, 0x303F), (0xFF01, 0xFF65), (0x00A1, 0x00A1),
           (0x00AB, 0x00AB), (0x00B7, 0x00B7), (0x00BB, 0x00BB), (0x00BF, 0x00BF))),
    ("X", ((0x0000, 0x0008), (0x000E, 0x001F), (0x007F, 0x009F), (0xD800, 0xDFFF))),  # controls
)
_ALPHABETS = {"L": "Latn", "C": "Cyrl", "E": "Grek", "B": "Hebr", "R": "Arab", "T": "Thai"}
_LETTER_CLASSES = "HKNGCELBRT"
_CLASS_LETTERS = "ADSPHKNGCELBRTUXO"

_WORD = rx.compile(r"[^\W\d_]+")  # a run of letters, any script
_HANGUL = rx.compile("[\uac00-\ud7af]")
# A letter of a non-Latin alphabet touching an ASCII letter or @ inside a word (ЩO, Є@): a
# double-byte reading's trail bytes, which are ASCII, read one byte at a time.
_GLUED_ASCII = rx.compile(r"[^\x00-\x7f\W\d_][A-Za-z@]|[A-Za-z@][^\x00-\x7f\W\d_]")
_SPACED_PAIR = rx.compile(r"[^\x00-\x7f] (?=[^\x00-\x7f])")  # one space between two others
_HAN_RUN = rx.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
_MAX_PAIRS = 500  # adjacent Han pairs enough to judge a text
# language_of tells Chinese without a census when a sample has at most _FEW_OTHERS letters of
# other scripts and _HAN_PER_OTHER times as many Han characters.
_FEW_OTHERS, _HAN_PER_OTHER = 50, 20
# A letter of a script other than Han (kana, Hangul, Cyrillic, Latin beyond ASCII ...): a text
# that has Han and none of these is Chinese whatever symbols it holds (what the census says
# of it, found by two scans rather than a translation of the whole sample).
_OTHER_LETTER = rx.compile("[" + "".join(
    f"{chr(first)}-{chr(last)}" for letter, ranges in _RANGES if letter in _LETTER_CLASSES[1:]
    for first, last in ranges) + "]")
_HAN = rx.compile("[" + "".join(f"{chr(first)}-{chr(last)}" for first, last in _RANGES[0][1]) + "]")

# A reading of some bytes reads as Chinese when this share of its adjacent Han pairs occur in
# common words: Chinese prose has about half (short titles a fifth and up), a non-Chinese
# text read as GBK or Big5 a few in a hundred.
_CHINESE_PAIR_SHARE = 0.1
# Mean cost (nats) of the non-ASCII characters of a reading beyond which it is no Chinese
# writing: reports average 7 to 8.5, GBK's readings of other languages 9.8 and up.
_FOREIGN_MEAN = 9.5


@cache
def _classes() -> str:
    """The ``str.translate`` table: every BMP code point → its class letter (a string of
    65,536 letters: built and held in a tenth of the time and memory a list of ints took)."""
    table = bytearray(b"O") * 0x10000  # O: other (symbols, private use, ...)
    for code in range(0x80):
        char = chr(code)
        table[code] = ord("A" if char.isalpha() else "D" if char.isdigit() else
                          "S" if char.isspace() else "P")
    table[0xA0] = ord("S")
    for letter, ranges in _RANGES:
        for first, last in ranges:
            table[first : last + 1] = letter.encode("ascii") * (last + 1 - first)
    for char in "\t\n\v\f\r":
        table[ord(char)] = ord("S")
    return table.decode("latin-1")


@dataclass(frozen=True)
class Census:
    """How many characters of a text (a sample of it) belong to each class."""

    counts: Counter[str]

    def __getitem__(self, letter: str) -> int:
        return self.counts[letter]

    @property
    def letters(self) -> int:
        """Letters that are not ASCII."""
        return sum(self.counts[letter] for letter in _LETTER_CLASSES)


def _sample(text: str) -> str:
    """Up to ``_SAMPLE`` characters of ``text`` from a little before its first non-ASCII
    character: a page's head of markup and scripts says nothing of its language."""
    if len(text) <= _SAMPLE:
        return text
    first = _NON_ASCII.search(text)
    start = max(0, first.start() - _LEAD) if first else 0
    return text[start : start + _SAMPLE]


def census(text: str) -> Census:
    """Count the characters of (a sample of) ``text`` by class: A ASCII letter, D digit,
    S space, P ASCII punctuation, H Han, K kana, N half-width katakana, G Hangul, C Cyrillic,
    E Greek, L Latin beyond ASCII, B Hebrew, R Arabic, T Thai, U punctuation, X control,
    O anything else (characters beyond the BMP are left out)."""
    classes = _sample(text).translate(_classes())  # characters beyond the BMP stay as they are
    return Census(Counter({letter: classes.count(letter) for letter in _CLASS_LETTERS}))


def language_of(text: str) -> str | None:
    """The language ``text`` is written in, as far as its scripts tell: ``zh``, ``ja``,
    ``ko``, ``und-Latn`` (some language in Latin letters), ``und-Cyrl``, ...; None for text
    with no letters at all."""
    sample = _sample(text)
    if _HAN.search(sample) is not None:
        # The common case, told by two scans: Han, and no letter of another script ...
        letters = _without_ascii(sample)
        others = len(list(islice(_OTHER_LETTER.finditer(letters), _FEW_OTHERS + 1)))
        if not others:
            return "zh"
        # ... or a few (a name in pinyin with its tones, an é), among twenty times as many Han
        # characters at least: then no census can name another language (kana would need a
        # twentieth of the Han, Hangul a quarter, an alphabet as many letters as there is Han).
        if others <= _FEW_OTHERS and next(islice(_HAN.finditer(letters), _HAN_PER_OTHER * others - 1,
                                                 None), None) is not None:
            return "zh"
    return _language(census(sample))


def _without_ascii(sample: str) -> str:
    """``sample`` without its ASCII characters, where they are most of it (a page's markup):
    the two scans above look for characters beyond ASCII only, and the rest are left out in C
    (the UTF-8 bytes below 0x80 deleted) in a third of the time a scan spends passing them.
    A text mostly of other characters is given whole."""
    encoded = sample.encode("utf-8", "surrogatepass")
    if len(encoded) > 2 * len(sample):  # (two bytes a character on average: little is ASCII)
        return sample
    return encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _language(counts: Census) -> str | None:
    han, kana, hangul = counts["H"], counts["K"] + counts["N"], counts["G"]
    if kana >= 3 and kana >= 0.05 * (han + kana):
        return "ja"
    if hangul >= 3 and hangul >= 0.2 * (han + hangul):
        return "ko"
    alphabets = {script: counts[letter] for letter, script in _ALPHABETS.items()}
    script, letters = max(alphabets.items(), key=lambda item: item[1])
    if han and han >= letters:
        return "zh"
    if letters:
        return f"und-{script}"
    return "und-Latn" if counts["A"] else None


def chinese_evidence(text: str) -> tuple[int, int]:
    """(adjacent Han pairs, those inside common words) over the start of ``text``."""
    runs, pairs = _han_runs(text)
    return pairs, sum(map(_word_pairs_in, runs))


def _han_runs(text: str) -> tuple[list[str], int]:
    """The runs of Han characters ``chinese_evidence`` reads, and their adjacent pairs: runs
    from the start of ``text`` until they hold ``_MAX_PAIRS`` pairs."""
    runs = []
    pairs = 0
    # (Runs found one at a time: the count stops early, and the search with it.)
    for found in _HAN_RUN.finditer(_sample(text)):
        run = found.group()
        runs.append(run)
        pairs += len(run) - 1
        if pairs >= _MAX_PAIRS:
            break
    return runs, pairs


def _word_pairs_in(run: str) -> int:
    """How many of the adjacent pairs of the Han ``run`` occur inside common words."""
    followers = word_pairs().get  # a character → the characters that follow it in words
    return sum(map(str.__contains__, map(followers, run[:-1], repeat("")), run[1:]))


# (A caller that has already told a text's language hands it on: telling it again would scan
# the sample again, a tenth of a millisecond on a page.)
UNTOLD = "?"  # no language handed on: the test tells it


def reads_as_chinese(text: str, language: str | None = UNTOLD) -> bool:
    """Whether a reading shows Chinese words: enough of its Han pairs occur in common words,
    and no kana or Hangul says it is Japanese or Korean. ``language``: ``language_of(text)``
    when the caller has it."""
    if (language_of(text) if language == UNTOLD else language) not in ("zh", "und-Latn", None):
        return False
    # chinese_evidence's test, its hits counted only until they pass it: hits only grow, so
    # the runs after that could not change the answer (Chinese prose passes within a fifth of
    # its pairs, where counting them all was a third of decoding a GBK report).
    runs, pairs = _han_runs(text)
    hits = 0
    for run in runs:
        hits += _word_pairs_in(run)
        if hits >= 1 and hits >= _CHINESE_PAIR_SHARE * pairs:
            return True
    return False


def looks_foreign(text: str, language: str | None = UNTOLD) -> bool:
    """Whether a reading that shows no Chinese words shows another language's bytes instead:
    kana or Hangul; Han characters with spaces between them (Korean and Russian space their
    words); or characters rarer on average than Chinese writing ever is (GBK's reading of
    Japanese, Western or Cyrillic text is a soup of rare characters). Random common
    characters, or a title of uncommon words, show none of these. ``language``: as for
    :func:`reads_as_chinese`."""
    if (language_of(text) if language == UNTOLD else language) not in ("zh", "und-Latn", None):
        return True
    sample = _sample(text)
    non_ascii = len(_NON_ASCII.findall(sample))
    if len(_SPACED_PAIR.findall(sample)) >= max(2, 0.05 * non_ascii):
        return True
    return profile(sample).mean_non_ascii_cost >= _FOREIGN_MEAN


def reads_as_language(text: str) -> str | None:
    """The language ``text`` reads as if it is plausible writing in one non-Chinese script
    (``ja``, ``ko``, ``und-Latn``, ``und-Cyrl``, ...), else None.

    What a wrong codec makes of bytes fails here: control characters; a mix of scripts or
    many symbols (Chinese read as Latin-1 or KOI8-R); Latin letters mostly beyond ASCII;
    no spaces between words (GBK read as Cyrillic or Hangul); capitals inside lower-case
    words (KOI8-R read as CP1251 swaps the cases); half-width katakana where Japanese has
    full-width kana (GBK read as Shift-JIS).
    """
    counts = census(text)
    letters = counts.letters
    if counts["X"]:
        return None
    if not letters:  # English: ASCII letters, perhaps with curly quotes and dashes
        plain = counts["A"] and not counts["O"] and _spaced(_sample(text).split(), 16)
        return "und-Latn" if plain else None
    language = _language(counts)
    if language in (None, "zh"):
        return None
    if language == "ja":
        kana = counts["K"] + counts["N"]
        return "ja" if counts["N"] <= 0.1 * kana and counts["H"] + kana >= 0.9 * letters else None
    if counts["O"] > 0.05 * (letters + counts["U"] + counts["O"]):
        return None  # symbols where a language has letters
    sample = _sample(text)
    tokens = sample.split()
    if language == "ko":
        if counts["G"] + counts["H"] < 0.9 * letters or not _spaced(tokens, 8):
            return None
        return "ko" if sum(_HANGUL.search(token) is not None for token in tokens) >= 2 else None
    letter = next(letter for letter, script in _ALPHABETS.items() if language.endswith(script))
    if counts[letter] < 0.9 * letters:
        return None
    if letter == "L" and counts["L"] > 0.4 * (counts["A"] + counts["L"]):
        return None  # Western languages write mostly ASCII letters
    if letter != "T" and not _spaced(tokens, 16):
        return None  # Thai alone writes no spaces between words
    if letter in "LCE" and _mixed_case(_WORD.findall(sample)) > 0.02 * len(tokens) + 1:
        return None
    if letter != "L" and len(_GLUED_ASCII.findall(sample)) > 0.02 * len(tokens) + 1:
        return None
    return language


def _spaced(tokens: list[str], longest_mean: int) -> bool:
    """Whether the text between spaces is as short as it is in languages that space their
    words (Chinese read as Hangul or Cyrillic has no spaces at all)."""
    return bool(tokens) and sum(map(len, tokens)) <= longest_mean * len(tokens)


def _mixed_case(words: list[str]) -> int:
    """How many words have a capital after a small letter."""
    return sum(
        any(a.islower() and b.isupper() for a, b in pairwise(word))
        for word in words
    )
