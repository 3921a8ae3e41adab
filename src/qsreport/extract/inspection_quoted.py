"""Facilities a list names by quoted short names after the kind they share.

A notice that approves a batch of key laboratories or innovation centres names each by its
field in quotation marks, the kind written once before them: ``批准建设的重点实验室包括“A”、
“B”等`` — A and B are the facilities, at the state before the kind.
"""

from __future__ import annotations

from .. import regex_cache as rx
from .inspection_names import Span

# The kind a batch shares, then the word that opens its list (包括, 有, 分别是, a colon).
# (重点实验室, 技术创新中心, 工程技术研究中心: the classes a regulator approves in batches)
_KIND_THEN_LIST = rx.compile(
    r"[^，,；;。！？!?\n“”\"]{0,16}?(?:重点实验室|技术创新中心|创新中心|工程技术研究中心|研究中心"
    r"|质检中心|检验检测中心|检测中心|实验室)(?:分别)?(?:包括|包含|有|是|为)?[:：]?"
)
# One quoted name, with the mark that joins it to the next (、, 和, 及, 以及).
_QUOTED = rx.compile(r"[“\"「](?P<name>[^“”\"「」，,；;。！？!?\n]{2,30})[”\"」](?:[、，,]|和|及|以及)?")


def quoted_members(view: str, start: int, end: int) -> list[Span]:
    """The quoted names listed after a shared kind at ``view[start:end]`` (``重点实验室包括
    “A”、“B”等``); empty unless at least two names are quoted one after another."""
    kind = _KIND_THEN_LIST.match(view, start, end)
    if kind is None or kind.end() == start:
        return []
    names: list[Span] = []
    position = kind.end()
    while (quoted := _QUOTED.match(view, position, end)) is not None:
        names.append(quoted.span("name"))
        position = quoted.end()
    return names if len(names) > 1 else []
