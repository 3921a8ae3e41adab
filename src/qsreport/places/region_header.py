"""The publish lines between a report's title and its body (日期 某科室/某省某中心), for
:func:`.region.region_of`: where they stand, and whether a place there heads an
organisation's name that stands alone."""

from __future__ import annotations

from .. import regex_cache as rx
from ..chars import HAN_CHAR
from .finder import Mention

_PUBLISH_LINES = 200  # characters a page's publish lines take up at most
# The rest of an organisation's name after its place, to where the words end (人类精子库, 第一医院).
_UNIT_NAME = rx.compile(r"[\u4e00-\u9fff]{0,12}?(?:库|院|局|中心|所|站|馆|委员会|厅|办公室|学校|中学|小学|"
                        r"大学|学院|医院|集团|公司|协会|学会)(?![\u4e00-\u9fff])")


def publish_lines(title: tuple[int, int] | None, body: int,
                   source: tuple[int, int] | None) -> tuple[int, int] | None:
    """The lines between the title and the body (the publish line: 日期 某科室/某省某中心),
    where the publisher is not the one read from them (``source``) or follows it."""
    if title is None or not 0 < body - title[1] <= _PUBLISH_LINES:
        return None  # (the whole text, when the caller asks about the title alone)
    start = title[1] if source is None or not title[1] <= source[0] < body else source[1]
    return (start, body) if start < body else None


def names_organisation(view: str, mention: Mention) -> bool:
    """A place at the head of an organisation's name that stands alone in a publish line
    (日期 某科室/某省某中心, 某市第一医院): after a mark or a space, and the name ends in an
    organisation's word where the words end (not a headline that goes on: 某省某地萝卜获…)."""
    return mention.start > 0 and not HAN_CHAR.match(view, mention.start - 1) \
        and bool(_UNIT_NAME.match(view, mention.end))
