"""A page's publish line that glues its 来源 to the next field's label, with no space between
them (来源：某某网作者：王某): the line reader, shared with plain text, reads that as an empty
来源 before a field named 某某网作者, or as a publisher named 某某网作者：王某, so a page's publish
line is read for that shape first.
"""

from __future__ import annotations

import re

from ..chars import HAN

# 来源：某某网作者：… — the name, then a label of the byline's fields glued to it, or of the
# publish time's (来源：某某学院发布时间：…).
_GLUED = re.compile(rf"(?:来源|稿源|出处)\s*[:：]\s*(?P<name>{HAN}[\w·]{{1,15}}?)"
                    r"(?:作者|责任编辑|责编|编辑|记者|通讯员|(?:发布|发表|更新)(?:时间|日期))\s*[:：]")


def glued_publisher(view: str) -> tuple[int, int] | None:
    """The span of the publisher that the publish line's match view ``view`` glues to the next
    field's label, or None."""
    glued = _GLUED.search(view)
    return glued.span("name") if glued is not None else None


# The page's tools a publish line ends on (字号：大中小, 【大 中 小】, 分享至：, 【内容纠错】,
# 【打印】【关闭】): one of them, then only tools, the places a page shares to, marks and white
# space to the line's end. (Not a name after a label, 来源： 微信, 作者： 大中.)
_TOOL = (r"字号|字体|[【\[]?\s*大\s*中\s*小\s*[】\]]?|[【\[]\s*[大中小]\s*[】\]]|分享(?:至|到)?|"
         r"[【\[]?(?:内容)?纠错[】\]]?|[【\[]?(?:打印|关闭|收藏)(?:本页|此页|窗口|文章)?[】\]]?|扫一扫")
_SHARED_TO = r"微信|微博|QQ空间|QQ|朋友圈"
# The site's own account posting the page under a poster's label (发布者：网站管理员, 录入：admin):
# a placeholder, no author; dropped with the tools after it.
_POSTER = (r"(?:信息)?(?:发布人|发布者|录入人?|上传人?|发稿人)\s*[:：]\s*"
           r"(?:系统|超级|网站)?(?:管理员|admin(?:istrator)?)")
# The sizes a font-size bar offers after its label, spaced or bracketed, in any order (字号：默认
# 小 大, 字体：【标准】【放大】, 字号：A+ A-, 字号：T T T).
_SIZE = r"[【\[]?(?:默认|标准|超大|特大|较大|中等|放大|缩小|还原|[大中小]|A\s*[+\-＋－]|T)[】\]]?"
_TOOLS = re.compile(rf"(?<=\s)(?:{_POSTER}|{_TOOL})(?:[\s:：|｜/]*(?:{_TOOL}|{_SHARED_TO}|{_SIZE}))*"
                    r"[\s:：|｜/]*$")


def without_tools(line: str) -> str:
    """A publish line without the page's tools printed at its end (来源：某报 2024-01-02 字号：大
    中小 分享至： → 来源：某报 2024-01-02)."""
    found = _TOOLS.search(line)
    return line[:found.start()].rstrip() if found is not None else line


# A time the page announces, not the one it was published at: an event's field table or its
# notice's lines (开始时间：…, 活动日期：…, 报名截止时间：…, 展出时间：…), a labelled line a
# publish line never is.
_EVENT_TIME = re.compile(
    r"\s*[【\[]?\w{0,4}?(?:开始|结束|截止|起止|举办|举行|活动|报名|会议|开会|展会|展览|展出|开放|"
    r"演出|比赛|考试|培训|讲座|开幕|闭幕|申报|受理|办理|营业|征集|投票|公示期|有效期)(?:时间|日期)\s*[:：】\]]")


def is_event_time(view: str) -> bool:
    """Whether the line (a match view) is labelled as the time of what the page announces."""
    return _EVENT_TIME.match(view) is not None


# A field of the page's own table that names the place it is about (区域：甲区, 所属地区：乙县,
# 行政区划：丙市): the page's answer to where, as a breadcrumb's place is.
_AREA = re.compile(rf"\s*(?:所属|所在)?(?:区域|地区|区县|区划|行政区划?)\s*[:：]\s*(?P<name>{HAN}{{2,10}})\s*")
_AREA_LINE = 20  # characters an area field's line has at most


def labelled_area(lines: list[str]) -> str | None:
    """The value of the first line among ``lines`` that is a labelled area field, or None."""
    for line in lines:
        # (every label holds 区: a quick test first, as most lines are no field)
        if len(line) <= _AREA_LINE and "区" in line and (found := _AREA.fullmatch(line)) is not None:
            return found["name"]
    return None
