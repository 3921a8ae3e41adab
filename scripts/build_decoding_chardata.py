"""Build ``src/qsreport/_decoding_chardata.py``: how common each Chinese character is.

The decoder scores a candidate decoding by how likely its characters are in Chinese text, so
it needs a cost (negative log frequency, in nats) per character. The frequencies come from the
word list of jieba 0.42.1 (MIT licence; ``jieba/dict.txt``, words with corpus counts): a
character's count is the sum of the counts of the words it appears in. Traditional forms get
the cost of their simplified counterpart, found with OpenCC (t2s, tw2s, hk2s and s2t), so
text in either script scores alike.

Usage (the word list is inside the jieba sdist; nothing is installed)::

    pip download --no-deps --no-binary :all: jieba==0.42.1 -d /tmp/jieba
    tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba
    python scripts/build_decoding_chardata.py /tmp/jieba/jieba-0.42.1/jieba/dict.txt
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path

import opencc

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "qsreport" / "_decoding_chardata.py"
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


def render_module(costs: dict[str, int]) -> str:
    tiers: dict[int, list[str]] = {}
    for char in sorted(costs):
        tiers.setdefault(costs[char], []).append(char)
    lines = [
        '"""How common each Chinese character is: generated, do not edit.',
        "",
        "Made by scripts/build_decoding_chardata.py from jieba 0.42.1's word list (MIT) with",
        "OpenCC for traditional forms. Each tier maps a cost in nats (-ln frequency) to its",
        "characters; characters not listed are rarer than the last tier.",
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
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("word_list", type=Path, help="jieba's dict.txt")
    args = parser.parse_args()
    costs = costs_by_character(count_characters(args.word_list))
    OUTPUT.write_text(render_module(costs), encoding="utf-8")
    print(f"wrote {len(costs)} characters to {OUTPUT}")


if __name__ == "__main__":
    main()
