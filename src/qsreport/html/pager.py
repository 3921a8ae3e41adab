"""A page's pager printed inside the article's block: a line of nothing but the links that turn
the pages of a story or a book (上一页 | 下一页, [上一篇] [下一篇], 返回目录, 第1页/共3页 << 上一页),
above the article's text or under it. Such a line is the page's, never the report's; a line
that names the story it links to (上一篇：某某标题) is left to the tail's rules.
"""

from __future__ import annotations

import re

# The words of a pager, and the marks and numbers between them (an old page's icon may be a
# character of the private-use area, as its GBK bytes put it there).
_PAGER = re.compile(r"(?:上一页|下一页|上一篇|下一篇|上一章|下一章|上页|下页|首页|尾页|末页|"
                    r"(?:返回|返|回)?目录|返回|第\d{1,4}页|共\d{1,4}页|\d{1,4}|"
                    r"[\[\]【】<>《》«»|｜/／()（）:：·.…\-\ue000-\uf8ff])+")
# A word that turns a page: one at least makes the line a pager (a line of marks and digits
# alone may be a table's row).
_TURN = re.compile(r"上一页|下一页|上一篇|下一篇|上一章|下一章|上页|下页|返目录|返回目录|回目录")
_PAGER_LINE = 60  # characters of a pager's line at most, spaces left out


def drop_pagers(lines: list[str]) -> list[str]:
    """``lines`` without the lines that are a pager alone."""
    return [line for line in lines if not _is_pager(line)]


def _is_pager(line: str) -> bool:
    key = "".join(line.split())
    return len(key) <= _PAGER_LINE and _TURN.search(key) is not None \
        and _PAGER.fullmatch(key) is not None
