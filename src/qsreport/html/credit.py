"""The publisher a page names off its publish line: in a credit at the foot of its article, in
a labelled 来源 after it, in a byline above the date.

A credit line (a reprint's ``本文来自微信公众号“某某”，作者：…，经授权发布``, a site's own column's
``本文来自某某日报``) names where the story came from; the name beside the date at the top of a
reprint is often the account that reposted it (某某的朋友们 · 2025年04月22日), so an unlabelled
publisher there, or the account a portal's ``<meta name=mediaid>`` names, gives way to the credit. A labelled one (来源：…) does not. The name must be
quoted, or be all that follows 本文来自 on its line, or labelled (（本文来源：某某日报 作者：…）):
``本文来自某某客户端自媒体，不代表…`` is a disclaimer, and ``本文来自某某，更多资讯请下载…`` a prompt, not a credit. With no credit and no
publisher at the top, a labelled 来源 on a short line at the article's foot names it. Above a
dated publish line, a byline names the outlet (某某网, 新华社, 记者名/某某青年报); between the
headline and a labelled publish time, an account's post prints the account's name alone.

A broadcaster's or a paper's story may close on its credit in brackets, glued to the last
paragraph: the outlet, its reporters, and the desk's place before 報導, 报道 or 电
(（某某新聞王某、李某甲地報導）, （某某报记者王某乙县报道）). With nothing else naming them,
the outlet is the publisher and the place (one the gazetteer knows, right before the verb)
where the story was filed from.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..cleaning import match_view
from ..places.finder import whole_place
from ..segmenting.metaline import (
    DATE_LABEL,
    FULL_STOP,
    MAX_META_LINE,
    SOURCE,
    is_meta_line,
    is_publisher,
    read_meta_line,
)
from .lines import page_lines
from .node import Node
from .page import Page

if TYPE_CHECKING:
    from .head import Head

_CREDIT = re.compile(
    r"\s*[(（]?本文(?:(?:来自|转自|转载自)\s*(?:微信)?(?:公众号)?\s*"
    r"(?:[“\"「『《](?P<quoted>[^”\"」』》\s]{2,20})[”\"」』》]|(?P<whole>[\w·]{2,16})\s*$)"
    # （本文来源：某某日报 作者：…）: the labelled source, before the author or the bracket
    r"|来源\s*[:：]\s*(?P<labelled>[\w·]{2,16}?)(?=\s|[)）]|作者|$))")
# Where an unlabelled publisher was found (head.found), that a credit outranks: beside the
# date, or the account a portal's <meta> names (the one that reposted the story).
_UNLABELLED = frozenset(["publish line", "the line above the publish line", "<meta mediaid>",
                         "<meta media>"])
_FOOT_LINES = 6  # lines at the article's foot read for a credit
_AFTER, _AFTER_LINES = 100, 3  # and parse events and lines just after the article
# A byline line above a publish time: the outlet, or the reporter's name, a slash and the outlet.
# Or the outlet, then its reporters and editors by role (某某报 记者 王某 编辑 李某).
_BYLINE = re.compile(r"(?:[\u4e00-\u9fff·]{2,8}\s*[/／]\s*)?"
                     r"(?P<outlet>[\u4e00-\u9fff]{2,12}(?:网|报|报社|通讯社|新闻社|社|新闻|客户端))"
                     r"(?:\s+(?:记者|通讯员|实习生|编辑|责编|摄影)\s*[\u4e00-\u9fff·]{2,4}"
                     r"(?:\s+[\u4e00-\u9fff·]{2,4})*)*")
# A closing credit: the outlet (as an outlet's name ends), its reporters, the desk's place, the
# verb; in brackets at the end of the article's last paragraph.
_CLOSING = re.compile(r"[(（](?P<outlet>[\u4e00-\u9fffA-Za-z]{1,10}?(?:新聞|新闻|電視台|电视台|電視|电视|"
                      r"日報|日报|晚報|晚报|時報|时报|網|网|通訊社|通讯社|社))\s*(?:記者|记者)?\s*"
                      r"(?P<tail>[\u4e00-\u9fff·、，,／/\s]{2,30}?)\s*(?:報導|報道|报道|报导|電|电)[)）]\s*$")
_PLACE_LENGTHS = (4, 3, 2)  # characters of the desk's place, tried longest first
# An account's or a unit's name alone on its line: Han, Latin letters, digits, no mark.
_ACCOUNT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9_·]{2,16}")

def byline_outlet(line: str, dated: bool, publish: str, under_headline: bool) -> str | None:
    """The outlet a byline line names, alone or after the reporter's name and a slash (某某网,
    新华社, 记者名/某某青年报), as a publish block prints it above the date (``dated``: the
    publish line gave one); or any name alone on the line between the headline and a publish
    line labelled as the publish time (标题 / 某某账号 / 发布时间：…), as an account's post
    prints it."""
    if dated and (found := _BYLINE.fullmatch(line.strip())):
        return found["outlet"]
    if under_headline and DATE_LABEL.match(publish) and (name := _ACCOUNT.fullmatch(line.strip())) \
            and not is_meta_line(match_view(line)) and is_publisher(match_view(name[0])):
        return name[0]
    return None


def foot_credit(page: Page, head: Head, article: Node, publish: str | None) -> None:
    """Takes the credit at the article's foot as the publisher when ``head`` has none, or has
    only an unlabelled one from the publish line ``publish`` or the line above it."""
    if head.source is not None and (head.found.get("source") not in _UNLABELLED or publish is None
                                    or SOURCE.search(match_view(publish))):
        return
    after = [line for line in page_lines(page, article.end, min(len(page), article.end + _AFTER))
             if line.strip()]
    foot = _last_lines(page, article) + after[:_AFTER_LINES]
    for line in reversed(foot):
        found = _CREDIT.match(unicodedata.normalize("NFKC", line))
        if found is None:
            continue
        name = found["quoted"] or found["labelled"]
        if name is None:
            # The name alone after 本文来自: read from its own string, not the line, which may
            # run on into a button's caption (本文来自某某日报扫码查看).
            name = next((whole for text in _strings(page, article) if (
                credit := _CREDIT.match(unicodedata.normalize("NFKC", text.strip())))
                and (whole := credit["whole"])), None)
        if name is not None and name != head.source:
            head.source, head.found["source"] = name, "the credit at the article's foot"
        return
    if head.source is None:
        _labelled_at_foot(head, foot)


def _labelled_at_foot(head: Head, foot: list[str]) -> None:
    """A labelled publisher (来源：某某报) on a short line of the article's foot or just after
    it, as a page with nothing beside its publish time prints it with the editor's name. (Not
    over an unlabelled name beside the publish time: the foot's 来源 is as often the account a
    post quotes, or a person, as the original publisher.)"""
    for line in reversed(foot):
        view = match_view(line)
        if len(line) <= MAX_META_LINE and SOURCE.search(view) and not FULL_STOP.search(view) \
                and (found := read_meta_line(view).source) is not None:
            head.source, head.found["source"] = line[slice(*found)].strip(), "来源 at the article's foot"
            return


def _last_lines(page: Page, article: Node) -> list[str]:
    """The article's last _FOOT_LINES lines, read from its last events: the window's first
    line may be cut, so it is read again whole when fewer lines than that follow it."""
    start = max(article.start, article.end - _AFTER)
    lines = [line for line in page_lines(page, start, article.end) if line.strip()]
    if len(lines) <= _FOOT_LINES and start > article.start:
        lines = [line for line in page_lines(page, article.start, article.end) if line.strip()]
    return lines[-_FOOT_LINES:]


def _strings(page: Page, article: Node) -> list[str]:
    """The strings at the article's foot and just after it, last first."""
    start = max(article.start, article.end - _AFTER)
    return [text for text in page.lines[start:min(len(page), article.end + _AFTER)][::-1]
            if "本文" in text]


def closing_credit(page: Page, head: Head, article: Node) -> str | None:
    """The outlet and the desk's place a closing credit in brackets names (（某某新聞王某甲地報導）):
    the outlet becomes the publisher when ``head`` has none; the place is returned (None when
    the gazetteer knows no place right before the verb)."""
    for line in reversed(_last_lines(page, article)[-2:]):
        found = _CLOSING.search(unicodedata.normalize("NFKC", line.strip()))
        if found is None:
            continue
        if head.source is None:
            head.source, head.found["source"] = found["outlet"], "the closing credit in brackets"
        tail = match_view(found["tail"].strip())
        for length in _PLACE_LENGTHS:
            if len(tail) > length and whole_place(tail, len(tail) - length) is not None:
                return found["tail"].strip()[-length:]
        return None
    return None
