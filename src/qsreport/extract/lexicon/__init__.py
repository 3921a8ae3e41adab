"""The words the extraction rules look for, as data, one module per area (simplified script:
rules read the match view). A table maps a phrase pattern to a vocabulary key of the schema;
earlier rows win where two could match at the same place. Exclusions are rows too: what a
figure or a name is not.
"""

from __future__ import annotations

import re

from ...regex_prefilter import compile_fast, start_guard


class Vocabulary:
    """A table of (pattern, key) rows compiled into one alternation; earlier rows win where
    two could match at the same place. ``key(match)`` says which row matched. Compiled with
    :func:`compile_fast`: a row may start with a place name or an optional qualifier, and
    each such row has the test of its own first characters in front too, so that where the
    table is tried, a row that cannot begin there fails at once (the engine skips a row
    only when it opens on a plain character: the brand-title table's 45 rows, tried near
    their anchors, took 2.8 µs a place, 1.9 µs with the tests)."""

    def __init__(self, rows: tuple[tuple[str, str], ...], suffix: str = "") -> None:
        self.rows = rows
        body = "|".join(f"{_class_guard(pattern)}(?P<v{i}>{pattern})"
                        for i, (pattern, _) in enumerate(rows))
        self.pattern = compile_fast(f"(?:{body}){suffix}")

    def key(self, match: re.Match[str]) -> str:
        return self.rows[int((match.lastgroup or "v0")[1:])][1]


def _class_guard(pattern: str) -> str:
    """The test of a row's first characters (``(?=[…])``) for the front of its alternative;
    none where the engine skips the row by itself, or where the test would be lookbehinds
    (slower than a row that opens on them: a campaign table's)."""
    guard = start_guard(pattern)
    return guard if guard is not None and guard.startswith("(?=[") else ""
