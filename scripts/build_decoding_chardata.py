"""Build the decoder's language data: how common each Chinese character and character pair is.

Writes ``src/qsreport/decoding/data/chardata.py`` (character costs) and
``src/qsreport/decoding/data/bigrams.py`` (character pairs that make up common words).

The decoder scores a candidate decoding by how likely its characters are in Chinese text, so
it needs a cost (negative log frequency, in nats) per character. The frequencies come from the
word list of jieba 0.42.1 (MIT licence; ``jieba/dict.txt``, words with corpus counts): a
character's count is the sum of the counts of the words it appears in. Traditional forms get
the cost of their simplified counterpart, found with OpenCC (t2s, tw2s, hk2s and s2t), so
text in either script scores alike. The pairs are the adjacent characters inside the list's
words, in both scripts (each word converted whole with OpenCC s2t), kept where their summed
word counts reach ``PAIR_THRESHOLD``: repair uses them to tell which of two readings of a
damaged stretch makes words.

Usage (the word list is inside the jieba sdist; nothing is installed)::

    pip download --no-deps --no-binary :all: jieba==0.42.1 -d /tmp/jieba
    tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba
    python scripts/build_decoding_chardata.py /tmp/jieba/jieba-0.42.1/jieba/dict.txt
"""

from __future__ import annotations

import argparse
import itertools
import math
from collections import Counter
from pathlib import Path

import opencc

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "qsreport"
OUTPUT = PACKAGE / "decoding" / "data" / "chardata.py"
PAIRS_OUTPUT = PACKAGE / "decoding" / "data" / "bigrams.py"
PAIR_THRESHOLD = 30
MAX_COST = 14  # nats; rarer characters share the decoder's "rare hanzi" cost
VARIANT_PENALTY = 3  # a traditional variant that OpenCC does not produce from simplified text
HANZI = [chr(c) for c in range(0x3400, 0xA000)]  # Ext A and the URO; not the compatibility block


def is_hanzi(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def count_characters(word_list: Path) -> Counter[str]:
    """Each character's count: the summed corpus counts of the words containing it."""
    counts: Counter[str] = Counter()
    for line in word_list.read_text(encoding="utf-8").splitlines():
        word, count, *_ = line.split(" ")
        for char in word:
            if is_hanzi(char):
                counts[char] += int(count)
    return counts


def costs_by_character(counts: Counter[str]) -> dict[str, int]:
    """Negative log frequency in whole nats, for both scripts, up to ``MAX_COST``."""
    total = sum(counts.values())
    costs = {
        char: max(1, round(-math.log(n / total))) for char, n in counts.items()
    }
    simplified_costs = {char: cost for char, cost in costs.items() if cost <= MAX_COST}
    costs = dict(simplified_costs)
    # The form OpenCC writes for a simplified character is as common as that character ...
    for config in ("s2t", "s2tw", "s2hk"):
        converter = opencc.OpenCC(config)
        for char, cost in simplified_costs.items():
            traditional = converter.convert(char)
            if len(traditional) == 1 and is_hanzi(traditional):
                costs[traditional] = min(costs.get(traditional, MAX_COST), cost)
    # ... while rarer variants that merely map back to it (噹 → 当) are only likely-ish.
    for config in ("t2s", "tw2s", "hk2s"):
        converter = opencc.OpenCC(config)
        for char in HANZI:
            simplified = converter.convert(char)
            if char not in costs and simplified in simplified_costs:
                cost = simplified_costs[simplified] + VARIANT_PENALTY
                if cost <= MAX_COST:
                    costs[char] = cost
    return costs


def word_pairs(word_list: Path) -> list[str]:
    """Adjacent hanzi pairs inside words, in both scripts, common enough to keep."""
    counts: Counter[str] = Counter()
    to_traditional = opencc.OpenCC("s2t")
    for line in word_list.read_text(encoding="utf-8").splitlines():
        word, count, *_ = line.split(" ")
        if len(word) < 2 or int(count) < 3:
            continue
        forms = {word, to_traditional.convert(word)}
        for form in forms:
            for first, second in itertools.pairwise(form):
                if is_hanzi(first) and is_hanzi(second):
                    counts[first + second] += int(count)
    return sorted(pair for pair, n in counts.items() if n >= PAIR_THRESHOLD)


def render_pairs(pairs: list[str]) -> str:
    followers: dict[str, list[str]] = {}
    for pair in pairs:
        followers.setdefault(pair[0], []).append(pair[1])
    groups = [first + "".join(seconds) for first, seconds in sorted(followers.items())]
    lines = [
        '"""Character pairs inside common Chinese words: generated, do not edit.',
        "",
        "Made by scripts/build_decoding_chardata.py from jieba 0.42.1's word list (MIT), both",
        "scripts (OpenCC s2t). Each word of WORD_PAIRS is a first character followed by every",
        "character that follows it inside a common word.",
        '"""',
        "",
        'WORD_PAIRS = """',
    ]
    line = ""
    for group in groups:
        if line and len(line) + len(group) > 60:
            lines.append(line)
            line = ""
        line = f"{line} {group}" if line else group
    lines += [line, '"""']
    return "\n".join(lines) + "\n"


def script_specific(costs: dict[str, int]) -> tuple[str, str]:
    """The listed characters only one script writes: (simplified-only, traditional-only).

    OpenCC changes them when changing script, and the other script's standard character
    set lacks them: 准 and 后 are converted by OpenCC yet Big5 has both, so traditional text
    may use them; 們 is converted and GB2312 lacks it.
    """
    to_traditional, to_simplified = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    simplified_only = [
        c for c in sorted(costs) if to_traditional.convert(c) != c and not _encodes(c, "cp950")
    ]
    traditional_only = [
        c for c in sorted(costs) if to_simplified.convert(c) != c and not _encodes(c, "gb2312")
    ]
    return "".join(simplified_only), "".join(traditional_only)


def _encodes(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _string_lines(name: str, chars: str) -> list[str]:
    lines = [f"{name}: str = ("]
    for start in range(0, len(chars), 40):
        lines.append(f'    "{chars[start:start + 40]}"')
    return [*lines, ")"]


def render_module(costs: dict[str, int]) -> str:
    tiers: dict[int, list[str]] = {}
    for char in sorted(costs):
        tiers.setdefault(costs[char], []).append(char)
    lines = [
        '"""How common each Chinese character is: generated, do not edit.',
        "",
        "Made by scripts/build_decoding_chardata.py from jieba 0.42.1's word list (MIT) with",
        "OpenCC for traditional forms. Each tier maps a cost in nats (-ln frequency) to its",
        "characters; characters not listed are rarer than the last tier. SIMPLIFIED_ONLY and",
        "TRADITIONAL_ONLY are the listed characters OpenCC converts when changing script.",
        '"""',
        "",
        "HANZI_COST_TIERS: dict[int, str] = {",
    ]
    for cost in sorted(tiers):
        chars = "".join(tiers[cost])
        lines.append(f"    {cost}: (")
        for start in range(0, len(chars), 40):
            lines.append(f'        "{chars[start:start + 40]}"')
        lines.append("    ),")
    lines.append("}")
    simplified_only, traditional_only = script_specific(costs)
    lines += ["", *_string_lines("SIMPLIFIED_ONLY", simplified_only)]
    lines += ["", *_string_lines("TRADITIONAL_ONLY", traditional_only)]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("word_list", type=Path, help="jieba's dict.txt")
    args = parser.parse_args()
    costs = costs_by_character(count_characters(args.word_list))
    OUTPUT.write_text(render_module(costs), encoding="utf-8")
    print(f"wrote {len(costs)} characters to {OUTPUT}")
    pairs = word_pairs(args.word_list)
    PAIRS_OUTPUT.write_text(render_pairs(pairs), encoding="utf-8")
    print(f"wrote {len(pairs)} pairs to {PAIRS_OUTPUT}")


if __name__ == "__main__":
    main()
