"""A page read without a tree: for pages too large or too strange for the parser.

One pass of one regular expression that cannot backtrack: no recursion, and memory a few times
the page's.
"""

from __future__ import annotations

import html
import re

from .page import BLOCKS
from .tidy import tidy

_TITLE_SEPARATOR = re.compile(r"\s*[-_|｜—]{1,2}\s*(?=[^-_|｜—]*$)")
MAX_TITLE = 300  # a longer <title> is not a title

# One piece of markup: a comment, a tag, or a declaration; an unclosed one runs to the end of
# the page. No part can run past the next "<" (but a comment's), so nothing is scanned twice.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)|<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*(?:>|\Z)|<[!?][^<>]*(?:>|\Z)", re.DOTALL
)
# Elements whose content is never text. (The tree reading also drops navigation, headers,
# footers and forms; read flat, an unclosed <form> would take the whole page with it.)
_FLAT_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "object", "select")
_DROP_END = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _FLAT_DROP}


def flat_text(markup: str) -> str:
    """The text of a page without building a tree: tags dropped, the insides of scripts and
    styles too, a line break for every block tag, entities decoded; the page's title first.

    One pass of one regular expression that cannot backtrack: no recursion, and memory a few
    times the page's.
    """
    parts: list[str] = []
    title: str | None = None
    title_start: int | None = None
    position = 0
    while (piece := _MARKUP.search(markup, position)) is not None:
        parts.append(_flat(markup[position:piece.start()]))
        position = piece.end()
        name = piece.group(2)
        if name is None:
            continue  # a comment, <!DOCTYPE ...>, <?xml ...?>
        name, closing = name.lower(), piece.group(1) == "/"
        if name in BLOCKS:
            parts.append("\n")
        elif name == "title" and title is None:
            if not closing and title_start is None:
                title_start = len(parts)
            elif closing and title_start is not None:
                title = "".join(parts[title_start:])
                del parts[title_start:]
        elif name in _DROP_END and not closing:
            end = _DROP_END[name].search(markup, position)
            position = len(markup) if end is None else end.end()
    parts.append(_flat(markup[position:]))
    lines = tidy(html.unescape("".join(parts))).split("\n")
    heading = clean_title(html.unescape(title)) if title else ""
    if heading and not any(heading in line for line in lines[:3]):
        lines.insert(0, heading)
    return "\n".join(line for line in lines if line)


def _flat(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ")


def clean_title(title: str) -> str:
    """The page title without its site name (``报告 - 某某网`` → ``报告``)."""
    title = " ".join(title.split())
    if not title or len(title) > MAX_TITLE:
        return ""
    return _TITLE_SEPARATOR.split(title)[0].strip()
