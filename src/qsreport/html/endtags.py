"""A page's stray ``</html>`` and ``</body>``: a server-side include can leave one mid-page,
and libxml2 reads nothing of the page after it (:func:`last_end_tags` drops them first)."""

from __future__ import annotations

import re

_END_TAG = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
# Where one can start, in the page's UTF-8 bytes: a case-blind match of html or body is ASCII
# (no other character folds to one of their letters), so these are as many as _END_TAG's
# matches at least, and a search of bytes is a third quicker than one of the text.
_END_TAG_START = re.compile(rb"</(?:html|body)", re.IGNORECASE)


def last_end_tags(markup: str, utf8: bytes | None = None) -> str:
    """The page without the ``</html>`` and ``</body>`` that come before its last one.
    ``utf8``: the bytes ``markup`` is the exact UTF-8 reading of, or None."""
    if utf8 is not None and len(_END_TAG_START.findall(utf8)) <= 2:
        return markup  # (the page as a rule: one </body>, one </html>)
    ends = list(_END_TAG.finditer(markup))
    if len(ends) <= 2:
        return markup
    keep_from = ends[-2].start() if ends[-1].group().lower().startswith("</html") else ends[-1].start()
    head = _END_TAG.sub("", markup[:keep_from])
    return head + markup[keep_from:]
