"""Markup a page holds as text inside the article's block: a hidden ``<textarea>`` keeping a
photo gallery's list for its script (<li> <a href="#p=…"><img src="…"></a></li>), which the
page's reader shows as a line of tags. Such a line, starting with a tag and holding others, is
the page's, never the report's.
"""

from __future__ import annotations

import re

# An element's tag written out: <li>, <a href="…">, <img …/>, </div>.
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>]*)?/?>")
_TAGS = 2  # tags on the line, at least


def drop_markup_lines(lines: list[str]) -> list[str]:
    """``lines`` without the lines that are markup held as text."""
    return [line for line in lines if not _is_markup(line)]


def _is_markup(line: str) -> bool:
    text = line.lstrip()
    return text.startswith("<") and _TAG.match(text) is not None \
        and len(_TAG.findall(text, 0, 2000)) >= _TAGS
