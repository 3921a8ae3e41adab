"""Years of the Republic's calendar as Taiwan writes them bare (113年 is 2024, 112年度 is
2023, 105年度至109年6月底; in Chinese numerals, 九十八年度 is 2009, 一一二年 is 2023), read
as years by :mod:`.context_period` in Taiwan's texts only.

The year reader's view keeps the text's length, which 113年 -> 2024年 cannot: a bare
year of four characters with its 年 (113年, 九十六年) becomes its Western year in full-width
digits with 年 left out (113年 -> ２０２４), which the match view never holds (it folds
full-width digits to ASCII); the year
pattern takes such a year as a year (:data:`ROC_MARKED`), and :func:`western` turns a period
read from it back into ASCII. A year with 年度 after it has room for its four digits and 年
(104年度 -> 2015年); a two-digit one only before 年度 (96年度 -> ２００７).

Read only where the text is Taiwan's: in traditional script, with a sign of Taiwan (民国, a
body of Taiwan's government, one of its counties or cities, a .tw address, or a report's
region there); and only a year in range (60-130: 1971-2041), not a count of years
(100年老店, 创立近100年, 第110年) nor a number in a longer one (3.113年, 2,100年)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..numbers import ROC_BEGAN, ROC_YEARS

# Signs a text is Taiwan's, in the match view (simplified script).
TAIWAN_SIGNS = (
    "民国", "台湾", "行政院", "经济部", "标准检验局", "标检局", "消保会", "立法院", ".tw",
    "台北", "新北市", "桃园市", "台中市", "台南市", "高雄市", "基隆市", "新竹县", "新竹市",
    "苗栗县", "彰化县", "南投县", "云林县", "嘉义县", "嘉义市", "屏东县", "宜兰县", "花莲县",
    "台东县", "澎湖县", "金门县", "连江县",
)
_SIGN = rx.compile("|".join(re.escape(sign) for sign in TAIWAN_SIGNS))

# A bare year of the Republic: three digits (100-130), or two (60-99) before 年度; not
# after a digit, a point, a slash or a thousands' comma, not in a count of years (before 老,
# 历史, 以上, 之久, 多, 前, 来: 百年老店; after 近, 逾, 第, 长达, 了: 成立了100年).
# And in Chinese numerals (九十八年度, 一一二年, 一百零一年; not 八十年代, the eighties).
_CHINESE = r"[六七八九]十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|[一二]十[一二三四五六七八九]?|三十)?" \
    r"|一[〇零○一二][〇零○一二三四五六七八九]"
_BARE = rx.compile(r"(?<![\d./／])(?<!\d,)(?<!近|逾|第|达|了|满|约|有|共|历)"
                   r"(?:(?P<n>1[0-2]\d|130|[6-9]\d(?=\s*年度))"
                   r"|(?<![〇零○一二三四五六七八九十百])(?P<cn>" + _CHINESE + r"))\s*年(?P<du>度)?"
                   r"(?!\s*(?:老|历史|的历史|以上|之久|多|前|来|左右|以来|代))")
_CHINESE_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")

# A year the rewrite marks (full-width, no 年 after it): for the year pattern's first group.
ROC_MARKED = r"[１２][０９][０-９]{2}"


def in_taiwan(name: str, province: str) -> bool:
    """Whether a gazetteer entry (its name and its province's) lies in Taiwan."""
    return name == "台湾省" or province == "台湾"


def taiwan_text(view: str, script: str, region_in_taiwan: bool) -> bool:
    """Whether a report is Taiwan's: in traditional (or mixed) script, and its region lies in
    Taiwan or its text names a sign of it (:data:`TAIWAN_SIGNS`)."""
    return script != "simplified" and (region_in_taiwan or _SIGN.search(view) is not None)


def roc_years(view: str) -> str:
    """``view`` with every bare year of the Republic written as its Western year, the same
    length (104年度 -> 2015年, 113年 -> ２０２４, 九十六年 -> ２００７)."""
    if _BARE.search(view) is None:
        return view
    return _BARE.sub(_western_year, view)


def _western_year(match: re.Match[str]) -> str:
    number = int(match["n"]) if match["n"] else _chinese_number(match["cn"])
    if number not in ROC_YEARS:
        return match[0]
    year = str(ROC_BEGAN + number)
    if len(match[0]) > len(year):  # 104年度 -> 2015年, 113 年度 -> 2024 年
        return year + " " * (len(match[0]) - len(year) - 1) + "年"
    if len(match[0]) == len(year):
        return year.translate(_FULL_WIDTH)  # 113年 -> ２０２４, 96年度 -> ２００７
    return match[0]


def _chinese_number(words: str) -> int:
    """九十八 -> 98, 一百零一 -> 101, 一一二 -> 112 (the forms :data:`_CHINESE` reads)."""
    if "百" in words:
        rest = words[2:].lstrip("零")
        return 100 + (_chinese_number(rest) if rest else 0)
    if "十" in words:
        tens, _, ones = words.partition("十")
        return 10 * _CHINESE_DIGITS[tens] + (_CHINESE_DIGITS[ones] if ones else 0)
    return int("".join(str(_CHINESE_DIGITS[c]) for c in words))


def western(period: str | None) -> str | None:
    """A period read from a marked year, in ASCII digits (２０２４ -> 2024)."""
    return period.translate(_ASCII) if period else period
