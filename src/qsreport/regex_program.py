"""What a compiled program tells the engine beyond what ``re``'s compiler tells it: the
characters every match can begin with, for the patterns whose first characters ``re``
leaves untold. :mod:`.regex_cache` builds each program once and keeps it, so the work done
here is paid only when a pattern is compiled afresh.

The engine's compiler parts used here (``_optimize_charset``, ``_compile_charset``) are
private to ``re``; a Python whose parts have another shape gets the program as ``re``
made it.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The engine's compiler and the parser behind re.compile (re._compiler and re._parser from
# Python 3.11, sre_compile and sre_parse before), imported here once for every module that
# reads or builds patterns' programs.
try:
    compiler: Any = importlib.import_module("re._compiler")
    parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    compiler = importlib.import_module("sre_compile")
    parser = importlib.import_module("sre_parse")

# What the compiler's private parts raise when their shape is not the one used here (a part
# renamed, another signature, another result to unpack).
_SHAPE_CHANGED = (AttributeError, TypeError, ValueError)


def tell_first_characters(code: list[Any], pattern: str | bytes, parsed: Any,
                          flags: int) -> list[Any]:
    """``code`` with its first characters told to the engine where ``re``'s compiler told
    none: it records them (the INFO block's charset, which lets a search skip in C to the
    next position a match can start at) only for a literal, a class or an alternation of
    literals at the very start. Told here: the class of a lookahead the pattern opens on
    (``(?=[甲乙])…``, as :mod:`.regex_prefilter`'s fast forms do), else the class every match's
    first character is in as :func:`.regex_prefilter.first_chars` works it out
    (``[|>]|当前位置``, ``(?<!…)关人|困人``).

    A search then tries the pattern only where such a character stands, instead of at every
    position; the pattern itself is unchanged and still checks every character, so the
    matches are the same. A pattern that can match nothing, and case-blind ones, are left
    as ``re`` makes them."""
    info, skip, mask, low = code[:4]
    nodes = parsed.data
    if info != compiler.INFO or mask or not low or not nodes or flags & (
            re.IGNORECASE | re.LOCALE):
        return code  # (the compiler's own first characters, or none are safe to tell)
    op, argument = nodes[0]
    if op == compiler.ASSERT and argument[0] == 1 and len(argument[1].data) == 1:
        inner, value = argument[1].data[0]  # a lookahead of one item
    else:
        told = _first_chars(pattern, flags)
        if told is None or len(nodes := parser.parse(told).data) != 1:
            return code
        inner, value = nodes[0]
    if inner == compiler.LITERAL:
        members = [(inner, value)]
    elif inner == compiler.IN:
        members = list(value)
    else:
        return code
    try:
        charset, _ = compiler._optimize_charset(members)
        head = [info, 0, compiler.SRE_INFO_CHARSET, low, code[4]]
        compiler._compile_charset(charset, flags, head)
    except _SHAPE_CHANGED:  # the engine's inner parts changed: the code as re made it
        return code
    head[1] = len(head) - 1
    return head + code[1 + skip:]


def _first_chars(pattern: str | bytes, flags: int) -> str | None:
    """:func:`.regex_prefilter.parse_first_chars` of a pattern being compiled afresh (its
    saved program keeps the answer), None for a pattern of bytes or a verbose one.

    The prefilter is imported here, not at the top: it compiles its own rules through
    :mod:`.regex_cache`, which builds their programs with this module. One of those rules
    compiled before the prefilter has defined the function (none is today) gets the program
    as ``re`` made it."""
    if not isinstance(pattern, str) or flags & re.VERBOSE:
        return None
    prefilter = importlib.import_module(__name__.rpartition(".")[0] + ".regex_prefilter")
    try:
        read: Any = prefilter.parse_first_chars
    except AttributeError:  # the prefilter is still loading (see above)
        return None
    return read(pattern, flags)  # type: ignore[no-any-return]
