"""What the page tests share: a page made of a head and a body, and the page reader's lines and
header for it."""

from __future__ import annotations

from qsreport.html import read_html
from qsreport.segmenting.metaline import PageHead


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def read(markup: str) -> tuple[list[str], PageHead]:
    """The page reader's text as lines (the first is the headline) and its header."""
    text, head = read_html(markup)
    assert head is not None
    return text.split("\n"), head
