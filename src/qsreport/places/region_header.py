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


# The country's own office or check as a lead's subject (本月初市场监管总局通报…; 国家质检总局
#日前公布…), where the lead opens.
_NATIONAL_LEAD = rx.compile(r"(?m)^[ \t\u3000]*(?:(?:近日|日前|近期|目前|据|记者从)[,，]?\s*)?(?:国家)?"
                            r"(?:市场监管|质检|市场监督管理|质量监督检验检疫)总局")
_FULL_STOP = rx.compile(r"[。！？]")
_FIRST_SENTENCE = 200  # characters of the body its first sentence is read within
# A publisher that is a firm (来源：某某机械有限公司): a trader's site that reposts news.
# Not a newspaper's, a broadcaster's or a media group (某某日报报业集团, 某某广电传媒集团): an outlet.
# A credit of the outlets a text was compiled from (来源：综合自甲报、乙网): none of them its
# publisher, and the place one of them is named after not the report's.
_COMPILED = rx.compile(r"[【\[(（]?\s*综合")
_FIRM = rx.compile(r"(?!.*(?:报|广电|广播|传媒|新闻|电视|出版)).*(?:公司|厂|集团|商行)")


def mirror_publisher(view: str, source: tuple[int, int] | None, body: int,
                     window: list[Mention], title_places: bool) -> bool:
    """Whether the publisher's place says nothing of where the report is: a firm's site that
    reposts it, a credit of the outlets a round-up was compiled from (综合自…), or an outlet's repost of the country's own news, whose lead opens on the
    national office and whose first sentence names no place of its own (nor does its title)."""
    if source is None:
        return False
    if _FIRM.fullmatch(view, *source) or _COMPILED.match(view, *source):
        return True
    lead = _NATIONAL_LEAD.search(view, body, min(len(view), body + _FIRST_SENTENCE))
    if title_places or lead is None or _FULL_STOP.search(view, body, lead.start()):
        return False
    stop = view.find("。", lead.end(), lead.end() + _FIRST_SENTENCE)
    end = stop if stop >= 0 else min(len(view), lead.end() + _FIRST_SENTENCE)
    return not any(body <= mention.start < end for mention in window)
