"""Lists of other stories that text saved from a page keeps in its body: a heading (相关新闻,
延伸阅读, 推荐阅读, 热点推荐, 相关链接, 更多新闻, alone or bracketed, 【延伸阅读】, with a headline
glued after it) and the headlines under it. Their figures are other articles', so the layout
reads none of their lines as the body's, as it reads none of the header's.

The block runs from its heading to the next line of body text (a full stop or a semicolon in
it, or longer than any headline) or the text's end: a heading over a paragraph of the report
(a real section a report names 相关链接) goes alone, and the paragraph stays. Read on the
match view, so a traditional page's 相關閱讀 is the same heading. (A page's own reader,
``html.tail``, cuts such a list at the article's foot before this; what it leaves, this reads.)
"""

from __future__ import annotations

from .. import regex_cache as rx
from .spans import Segment

# The heading's words: what the list is (新闻, 阅读, 链接, …) after what ties it to the story
# (相关, 延伸, 更多, …), or the list's kind before 推荐 (新闻推荐, 文章推荐). Rows, so a new
# wording is one more word.
_TIES = ("相关", "延伸", "推荐", "更多", "热点", "热门", "精彩")
_KINDS = ("新闻", "阅读", "文章", "报道", "报导", "推荐", "链接", "连结", "资讯")
_WORDS = (rf"(?:{'|'.join(_TIES)})[·•・]?(?:{'|'.join(_KINDS)})"
          rf"|(?:{'|'.join(_KINDS)})推荐")
# The heading on a line of the view: marks before it (▲, 【, >>), the words, then what parts
# it from a headline glued after it (a closing bracket, a colon, a dash, a space) and the rest.
RELATED_HEADING = rx.compile(
    rf"\s*[^\w\s]{{0,3}}(?:{_WORDS})(?P<mark>[\]】)）>》»]+|\s*[:：]|\s*[-—–]+|\s+)?\W*(?P<rest>.*?)\s*")
# A line after the first that opens on a heading's first words, which every heading's line
# does (its marks aside): a text with none past its first line has no heading there, and its
# lines are not each looked at. (It opens on the line break: the engine skips to each in C.)
_TIED_LINE = rx.compile(rf"\n\s*[^\w\s]{{0,3}}(?:{'|'.join(_TIES)}|(?:{'|'.join(_KINDS)})推荐)")
# What a heading's line may end on that is still no headline: a link to more (更多>>).
_MORE = rx.compile(r"更多\W*$")
# Body text: a line with a full stop or a semicolon in it, or longer than a headline runs
# (one with its date or its source beside it).
_BODY_MARK = rx.compile(r"[。;；]")
_HEADLINE_MAX = 60


def is_body_text(view: str, line: Segment) -> bool:
    """Whether a line of the view is body text, not a headline of a list."""
    return line.end - line.start > _HEADLINE_MAX \
        or _BODY_MARK.search(view, line.start, line.end) is not None


def is_related_heading(view: str, line: Segment) -> bool:
    """Whether a line of the view heads a list of other stories: the heading alone (相关新闻,
    相关阅读：, 更多新闻>>), or with a headline after its mark (【延伸阅读】某地…, 相关阅读：某地…)
    — not a sentence that opens on the words (相关报道称…)."""
    heading = RELATED_HEADING.fullmatch(view, line.start, line.end)
    if heading is None:
        return False
    rest = _MORE.sub("", heading["rest"])
    return not rest or (heading["mark"] is not None and not is_body_text(view, line))


def without_related(view: str, lines: list[Segment]) -> list[Segment]:
    """``lines`` (of the view) without the blocks of other stories' headlines and their
    headings."""
    if not lines or (_TIED_LINE.search(view, lines[0].start, lines[-1].end) is None
                     and not is_related_heading(view, lines[0])):
        return lines  # (most texts: one scan of the view)
    kept: list[Segment] = []
    inside = False  # whether the line looked at is in a block
    for line in lines:
        if is_related_heading(view, line):
            inside = True
        elif inside and is_body_text(view, line):
            inside = False
        if not inside:
            kept.append(line)
    return kept
