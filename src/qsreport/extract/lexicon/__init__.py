"""The words the extraction rules look for, as data, one module per area (simplified script:
rules read the match view). A table maps a phrase pattern to a vocabulary key of the schema;
earlier rows win where two could match at the same place. Exclusions are rows too: what a
figure or a name is not.
"""

from __future__ import annotations

import re

from ...regex_prefilter import compile_fast


class Vocabulary:
    """A table of (pattern, key) rows compiled into one alternation; earlier rows win where
    two could match at the same place. ``key(match)`` says which row matched. Compiled with
    :func:`compile_fast`: a row may start with a place name or an optional qualifier."""

    def __init__(self, rows: tuple[tuple[str, str], ...], suffix: str = "") -> None:
        self.rows = rows
        body = "|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _) in enumerate(rows))
        self.pattern = compile_fast(f"(?:{body}){suffix}")

    def key(self, match: re.Match[str]) -> str:
        return self.rows[int((match.lastgroup or "v0")[1:])][1]
