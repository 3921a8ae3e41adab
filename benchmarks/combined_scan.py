"""What issue 16's one combined trigger scan would cost a document, and what asking each rule's
words one pattern at a time costs beside the rule's own scan.

    python benchmarks/combined_scan.py [--rounds 10]

The words are the rules' own: every string of :func:`qsreport.regex_triggers.needle_sets` of
every compiled pattern the extraction modules hold (the lexicons' tables and the rules'
patterns alike), so nothing here is a list kept by hand. Over the samples' match views, in CPU
microseconds a document (best round):

- the scan that tells which of the words a document holds, written five ways: one alternation
  (longest first); the same as a trie (``全(?:国|省)|…``); by first character, with a
  lookahead inside a lookbehind (what :class:`qsreport.extract.lexicon.Vocabulary` scans a
  table's needles with); ``word in view`` for each word; and the set of the view's character
  pairs, each word then looked up by its first two characters;
- for each pattern the rules scan over a whole document (``Doc.matches_by_sentence`` and the
  context pass's ``Marks``), its scan alone beside the scan behind a test of its words
  (:func:`qsreport.regex_triggers.holds_needles`): what a per-document gate costs and saves.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from operator import add
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def views() -> list[str]:
    """The samples' match views."""
    from qsreport.cleaning import match_view
    from qsreport.pipeline import ParseOptions, prepare

    paths = sorted([*ROOT.glob("samples/**/*.txt"), *ROOT.glob("samples/**/*.html")])
    return [match_view(prepare(p.read_bytes(), ParseOptions()).cleaned.text) for p in paths]


def rule_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the extraction modules hold at module level, once each."""
    import qsreport.extract.context  # noqa: F401 - the context pass's modules too
    from qsreport.extract import areas

    areas()
    found: dict[int, re.Pattern[str]] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("qsreport.extract"):
            for value in vars(module).values():
                if isinstance(value, re.Pattern):
                    found[id(value)] = value
    return list(found.values())


def trie(words: list[str]) -> str:
    """The words as one pattern, a branch per character they share (``全(?:国|省)``)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def by_first_char(words: list[str]) -> str:
    """The words found as Vocabulary finds a table's needles: the first characters as a class
    (the engine skips to them), the longest word there by a lookahead in a lookbehind."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    longest = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})"
                       for first, rest in by_first.items())
    return f"[{''.join(map(re.escape, by_first))}](?<=(?=({longest})).)"


def timed(run: Callable[[str], object], texts: list[str], rounds: int) -> float:
    """The best round's CPU microseconds a text."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            run(text)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    from qsreport.regex_triggers import holds_needles, needle_sets

    texts = views()
    patterns = rule_patterns()
    words = sorted({w for p in patterns for words in needle_sets(p) for w in words},
                   key=lambda w: (-len(w), w))
    held = sum(sum(w in text for w in words) for text in texts) / len(texts)
    print(f"{len(texts)} documents, {sum(map(len, texts)) / len(texts):.0f} characters each; "
          f"{len(patterns)} patterns, {len(words)} words, {held:.0f} of them held a document")
    one = re.compile("|".join(map(re.escape, words)))
    as_trie = re.compile(trie(words))
    first = re.compile(by_first_char(words))
    pairs = {}
    for word in words:
        pairs.setdefault(word[:2], []).append(word)
    print("which words a document holds, µs a document:")
    for name, run in (
        ("one alternation", lambda t: set(one.findall(t))),
        ("a trie", lambda t: set(as_trie.findall(t))),
        ("by first character", lambda t: set(first.findall(t))),
        ("word in view, each", lambda t: [w for w in words if w in t]),
        ("character pairs", lambda t: [w for w in pairs.keys() & (set(map(add, t, t[1:])) | set(t))
                                       for w in pairs[w] if w in t]),
    ):
        print(f"  {name:<22} {timed(run, texts, args.rounds):8.1f}")

    # The patterns scanned over whole documents: each alone, and behind its words' test.
    from qsreport import parse
    from qsreport.extract import common, context_marks

    scanned: dict[int, re.Pattern[str]] = {}
    asked, marks = common.Doc.matches_by_sentence, context_marks.Marks.__init__

    def note(pattern: re.Pattern[str]) -> None:
        scanned[id(pattern)] = pattern

    common.Doc.matches_by_sentence = lambda self, p, sparse=False: (  # type: ignore[method-assign]
        note(p), asked(self, p, sparse))[1]
    context_marks.Marks.__init__ = lambda self, p, view, keep=None: (  # type: ignore[method-assign]
        note(p), marks(self, p, view, keep))[1]
    for path in sorted(ROOT.glob("samples/**/*.txt")):
        parse(path.read_bytes())
    common.Doc.matches_by_sentence, context_marks.Marks.__init__ = asked, marks  # type: ignore[method-assign]
    alone = behind = best = 0.0
    for pattern in scanned.values():
        plain = timed(lambda t, p=pattern: list(p.finditer(t)), texts, args.rounds)
        gated = timed(lambda t, p=pattern: list(p.finditer(t)) if holds_needles(p, t, 0, len(t))
                      else [], texts, args.rounds)
        alone, behind, best = alone + plain, behind + gated, best + min(plain, gated)
    print(f"{len(scanned)} patterns scanned over whole documents, µs a document: "
          f"{alone:.1f} alone, {behind:.1f} behind a test of their words, {best:.1f} "
          f"with the test only where it pays")


if __name__ == "__main__":
    main()
