"""A page's publish line that glues its 来源 to the next field's label, with no space between
them (来源：某某网作者：王某): the line reader, shared with plain text, reads that as an empty
来源 before a field named 某某网作者, or as a publisher named 某某网作者：王某, so a page's publish
line is read for that shape first.
"""

from __future__ import annotations

import re

from ..chars import HAN

# 来源：某某网作者：… — the name, then a label of the byline's fields glued to it.
_GLUED = re.compile(rf"(?:来源|稿源|出处)\s*[:：]\s*(?P<name>{HAN}[\w·]{{1,15}}?)"
                    r"(?:作者|责任编辑|责编|编辑|记者|通讯员)\s*[:：]")


def glued_publisher(view: str) -> tuple[int, int] | None:
    """The span of the publisher that the publish line's match view ``view`` glues to the next
    field's label, or None."""
    glued = _GLUED.search(view)
    return glued.span("name") if glued is not None else None
