"""Where a report's publisher is read when its header's publish line names none or a person
(:mod:`.header`): the byline's outlet, the lead's dateline, or the 来源 line at the foot."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from .. import regex_cache as rx
from ..chars import HAN, HAN_CHAR
from ..places.finder import SURNAMES
from .metaline import MAX_META_LINE, read_meta_line
from .spans import LINE, last_lines

if TYPE_CHECKING:
    from .header import Header

# A publisher's name ends like one (某某网, 某某日报, 某某社); a person's seldom does.
_ORGANISATION_END = rx.compile(r"(?:网|报|社|台|刊|站|局|部|委|厅|办|院|所|会|馆|讯|号|圈|家|界|中心|新闻|在线)$")
_PERSON = rx.compile(rf"{HAN}{{2,3}}")
_BYLINE_LINES = 3  # body lines read for the byline (某某网 记者 某某)
# A byline's publisher and the label before the author's name.
_BYLINE = rx.compile(rf"\s*(?P<publisher>{HAN}{{2,10}}?(?:网|报|社|台|新闻))\s*(?:特约记者|记者|通讯员)?\s*")


def is_person(source: str) -> bool:
    """A publisher that reads as a person's name (王某某): the byline's author, glued to the
    date of a publish line (王某某2018-06-08 17:35)."""
    return bool(_PERSON.fullmatch(source)) and source[0] in SURNAMES \
        and not _ORGANISATION_END.search(source)


def publisher_from_byline(text: str, view: str, header: Header) -> None:
    """The publisher when the publish line named the author: the name before the author's in
    the body's byline (某某网 记者 王某某, 某某报 王某某/文), else none."""
    author = header.source or ""
    header.source = None
    header.found.pop("source", None)
    for line in itertools.islice(LINE.finditer(text, header.end), _BYLINE_LINES):
        found = _BYLINE.match(view, line.start(), line.end())
        at = found.end() if found else -1
        if found and view.startswith(author, at) and not HAN_CHAR.match(view, at + len(author)):
            header.source = text[slice(*found.span("publisher"))]
            header.found["source"] = "byline, before the author the publish line named"
            return


# A byline naming the reporter's periodical: 作者：《某某周刊》记者 王某, 文/《某某报》记者 王某.
_OUTLET_BYLINE = rx.compile(rf"\W*(?:(?:作者|文)\s*[:：/]?\s*)?《(?P<publisher>{HAN}{{2,12}})》\s*"
                            r"(?:特约|首席|实习)?记者")
# A lead that opens with its outlet and the day: 某某网5月3日讯, 某某之家6月12日消息, 某某社某地3月5日电
# (本报讯 and 本网讯 name no one); a wire's dispatch may leave the day out, and a paper
# printing it writes 据 before it (据某某社某地电).
_OUTLET_DATELINE = rx.compile(
    rf"\s*据?\s*(?P<publisher>[A-Za-z0-9·]{{0,6}}{HAN}{{0,10}}(?:网|社|报|台|之家|新闻|客户端|频道))"
    rf"(?:\s*(?:{HAN}{{2,6}}?)?\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:消息|讯|电)"
    rf"|(?<=社)(?:{HAN}{{2,6}}?)?电(?!{HAN}))")
# A byline crediting a paper and its app or site together, the names joined by a dot (某某日报·
# 某某客户端记者 王某, 整合 某某网·某某晚报记者 李某): the paper is the publisher, else the first.
_JOINED_BYLINE = rx.compile(rf"\W*(?:(?:整合|文|撰文|采写|作者)\s*[:：/]?\s*)?"
                            rf"(?P<outlets>{HAN}{{2,8}}(?:\s*[·・•]\s*{HAN}{{2,8}})+?)\s*"
                            r"(?:特约|首席|实习|全媒体)?记者")
_DOT = rx.compile(r"\s*[·・•]\s*")
_PAPER = rx.compile(r"(?:报|報)$")
_CLAUSE = rx.compile(r"[，,。；！？]")
_SOURCE_FOOT_LINES = 8  # a reprint's 来源 may stand above a few lines of links
_SOURCE_AT_FOOT = rx.compile(r"\W*(?:信息|文章|新闻)?(?:来源|稿源|出处)\s*[:：]")
# A reprint's credit alone on its line at the foot: 转自《某某报》, 摘自《某某周刊》, 原载《某某》.
_TAKEN_FROM = rx.compile(rf"\W*(?:本文)?(?:转自|摘自|转载自|原载)\s*[:：]?\s*《(?P<publisher>{HAN}{{2,12}})》\W*")


def publisher_elsewhere(text: str, view: str, header: Header) -> None:
    """A publisher when the header names none: the periodical of the byline under it (作者：
    《某某周刊》记者 王某), else the 来源 line or a credit alone on its line (转自《某某报》) at
    the article's foot, where a reprint names the paper it was taken from; not a person's name
    there (来源：王某某)."""
    for line in itertools.islice(LINE.finditer(text, header.end), _BYLINE_LINES):
        if _joined_byline(text, view, line.start(), line.end(), header):
            return
        if found := _OUTLET_BYLINE.match(view, line.start(), line.end()):
            header.source = text[slice(*found.span("publisher"))]
            header.found["source"] = "byline's 《periodical》 记者"
            return
        if (found := _OUTLET_DATELINE.match(view, line.start(), line.end())) \
                and len(found["publisher"]) >= 2 and not found["publisher"].startswith("本"):
            header.source = text[slice(*found.span("publisher"))]
            header.found["source"] = "the lead's dateline (某某网5月3日讯)"
            return
    for foot in reversed(last_lines(text, _SOURCE_FOOT_LINES)):
        line_view = view[foot.start:foot.end]
        if found := _TAKEN_FROM.fullmatch(view, foot.start, foot.end):
            header.source = text[slice(*found.span("publisher"))]
            header.found["source"] = "the reprint's credit at the foot (转自《…》)"
            return
        if len(line_view) <= MAX_META_LINE and _SOURCE_AT_FOOT.match(line_view) \
                and (span := read_meta_line(line_view).source) \
                and not is_person(line_view[span[0]:span[1]]):  # (来源：王某某: the author)
            header.source = text[foot.start + span[0]:foot.start + span[1]]
            header.found["source"] = "来源 at the foot"
            return
    for foot in reversed(last_lines(text, _BYLINE_LINES)):
        if _joined_byline(text, view, foot.start, foot.end, header):
            return


def _joined_byline(text: str, view: str, start: int, end: int, header: Header) -> bool:
    """Takes the publisher of a byline naming its outlets joined by a dot (某某日报·某某客户端记者):
    the one that is a paper (ends in 报), else the first."""
    if end - start > MAX_META_LINE or _CLAUSE.search(view, start, end) \
            or (found := _JOINED_BYLINE.match(view, start, end)) is None:
        return False  # (某某告诉某某网·某某晚报记者，…: a sentence of the story)
    names = _DOT.split(text[slice(*found.span("outlets"))])
    header.source = next((name for name in names if _PAPER.search(name)), names[0])
    header.found["source"] = "byline's outlets joined by a dot (某某日报·某某客户端记者)"
    return True
