"""Dates a report states outside its header, in shapes of their own, read last: a news agency's
dateline of the day alone (某某社记者某某台北11日电) completed by the code the agency prints at
the story's foot, the day in the Republic's calendar (…改正。(编辑:某某)1240711), and a
bulletin's masthead, its issuing office, its date and its issue number run together
(甲市某局办公室 2031年4月7日 第9期)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..numbers import ROC_BEGAN, ROC_YEARS
from .metaline import iso_date, iso_day

# A dateline of the day, its month written or not (台北2日电, 甲地3月12日电, 乙市14日讯), after the
# place's last character; not a day inside a span of days (5至12日电) nor one a year opens.
_DAY_ONLY_DATELINE = rx.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日\s*(?:电|讯)"
    r"(?![\u4e00-\u9fff]{0,1}(?:梯|缆|线|器|池|站|网|视|话|力|商|子|动|气)|能表|信)")
_DATELINE_REACH = 400  # the text's first characters, where the lead and its dateline stand
# The agency's code at the story's foot: the Republic's year (two or three digits), the month
# and the day in two digits each, glued to the last sentence's end or the editor's bracket and
# closing its line (…为止。1220315, …(编辑:某某)1240711 |).
_FOOT_CODE = rx.compile(
    r"(?m)(?<=[。！？”」』）)\]])[ \t\u3000]*(?P<y>\d{2,3})(?P<m>\d{2})(?P<d>\d{2})[ \t\u3000|｜]*$")

# A bulletin's masthead: the issuing office, then its date in 年月日 and the issue's number, or
# the number first (第3期 某局办公室 2010年5月6日): within the text's first characters.
_OFFICE = r"(?:办公室|局|厅|委员会|政府|中心|协会|学会)"
_YMD = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_ISSUE = r"第\s*[\d一二三四五六七八九十百〇零]{1,5}\s*期"
_MASTHEADS = (
    rx.compile(_OFFICE + r"[ \t\u3000]*" + _YMD
               + r"[ \t\u3000\n]*(?:[(（][^()（）\n]{0,12}[)）][ \t\u3000]*)?" + _ISSUE),
    rx.compile(_ISSUE + r"[ \t\u3000\n]+[^\s。，,；;]{2,30}?" + _OFFICE + r"[ \t\u3000\n]*" + _YMD))
_MASTHEAD_REACH = 800


def agency_code_date(view: str) -> str | None:
    """The day of a dateline of the day alone in the lead (某某社记者某某台北11日电), in the year
    and month of the agency's code at the story's foot (1240711: the Republic's 124th year,
    2035-07-11), where the code's day is the dateline's (and its month, where the dateline
    writes one); one such day only, else none."""
    lead = _DAY_ONLY_DATELINE.search(view, 0, min(len(view), _DATELINE_REACH))
    if lead is None:
        return None
    month, day = (int(lead["m"]) if lead["m"] else None), int(lead["d"])
    days: set[tuple[int, int, int]] = set()
    for code in _FOOT_CODE.finditer(view, lead.end()):
        year = int(code["y"])
        if year not in ROC_YEARS or int(code["d"]) != day \
                or (month is not None and int(code["m"]) != month):
            continue
        days.add((year + ROC_BEGAN, int(code["m"]), day))
    if len(days) != 1:
        return None
    return iso_day(*days.pop())


def masthead_date(view: str) -> str | None:
    """The date of a bulletin's masthead in the text's first characters: the issuing office,
    its date and the issue's number (甲市某局办公室 2031年4月7日 第9期), in either order."""
    end = min(len(view), _MASTHEAD_REACH)
    found = [match for pattern in _MASTHEADS if (match := pattern.search(view, 0, end))]
    return iso_date(min(found, key=lambda match: match.start())) if found else None
