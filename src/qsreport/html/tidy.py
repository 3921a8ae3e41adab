"""Text of a page folded as its reader shows it: runs of blanks made one space, lines
stripped, empty lines dropped (:func:`tidy`)."""

from __future__ import annotations

import re

_SPACES = re.compile(" {2,}")


def tidy(text: str) -> str:
    """Runs of blanks (spaces, tabs, no-break spaces) folded to one space, lines stripped,
    empty lines dropped."""
    return "\n".join(tidy_lines(text))


def tidy_lines(text: str) -> list[str]:
    """The lines of ``tidy(text)`` (none when it is empty)."""
    # (Tabs and no-break spaces made spaces first: a search for runs of spaces alone is
    # twice as quick as one for runs of the three, on a page's indented markup.)
    if "\t" in text:
        text = text.replace("\t", " ")
    if "\xa0" in text:
        text = text.replace("\xa0", " ")
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return list(filter(None, map(str.strip, text.split("\n"))))
