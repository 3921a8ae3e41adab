"""A place inside the title of a book or a song (《外婆的某某湾》): no place a report is about,
for :func:`.region.region_of`."""

from __future__ import annotations

from .. import regex_cache as rx
from .finder import Mention

# A work's title that is a place's own rules (《某省标准化条例（试行）》), not a book's or a song's.
_RULES_TITLE = rx.compile(r"(?:条例|办法|规定|细则|规划|纲要|意见|通知|决定|方案|标准|规范|报告|公告)"
                          r"(?:[(（][^)）]{0,6}[)）])?$")
_WORK_TITLE = 30  # characters a work's title (《…》) runs to on either side of a place


def in_work_title(view: str, mention: Mention) -> bool:
    """Whether a mention stands inside the title of a book or a song (《外婆的某某湾》); not a
    law's or a plan's (《某省标准化条例》: the place's own rules)."""
    opened = view.rfind("《", max(0, mention.start - _WORK_TITLE), mention.start)
    closed = view.find("》", mention.end, mention.end + _WORK_TITLE)
    return opened >= 0 and view.find("》", opened, mention.start) < 0 and closed >= 0 \
        and not _RULES_TITLE.search(view, mention.end, closed)
