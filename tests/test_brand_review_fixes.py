"""Review fixes of the winners and 老字号 readers: a shop's trade name in brackets is read only
under a time-honoured title (a run of winners one a line is never dropped for it); a word
that praises a firm as old (“百年老字号”) is no title; the applicants' check reads only the
text it is asked about; each distinctions row stands for one brand count. Every text here is
written for the test, with made-up places and firms."""

from __future__ import annotations

from typing import Any

from qsreport.extract.brands_honours_checks import not_won_yet
from qsreport.extract.brands_moved import move_to_distinctions
from qsreport.models import BrandCount, DistinctionStat
from qsreport.pipeline import parse_bytes

from .report_helpers import report_json

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def report(text: str) -> Any:
    return report_json(HEADER + text + "\n")


def winners(text: str) -> list[str]:
    return [h["name"] for h in report(text)["brands"]["honours"]]


def test_a_firm_with_a_bracket_under_a_brand_title_keeps_the_whole_run() -> None:
    """Under a title that is no 老字号, a firm with a place in brackets is a plain name: the
    other winners one a line stay."""
    text = ("今年甲市以下企业的产品获得省名牌产品称号：\n甲乙牌阀门\n丙丁牌面粉\n戊己牌电缆\n"
            "某某纺织有限公司（甲市）\n")
    assert winners(text)[:3] == ["甲乙牌阀门", "丙丁牌面粉", "戊己牌电缆"]
    assert len(winners(text)) == 4
    text = ("去年乙县下列企业的产品荣获市名牌产品称号：\n某某电器有限公司（乙县）\n青松牌茶叶\n"
            "白云牌瓷砖\n红日牌电线\n")
    assert winners(text)[-3:] == ["青松牌茶叶", "白云牌瓷砖", "红日牌电线"]


def test_a_time_honoured_run_opening_with_a_plain_name_keeps_its_trade_names() -> None:
    """Under a 老字号 title a plain first line, then shops with their trade names: all won."""
    text = ("本次认定的“江东老字号”名单如下：\n甲市丰源酱菜厂\n乙县德和堂药店（德和堂）\n"
            "甲市醉仙楼饭店（醉仙楼）\n丙县长兴布鞋坊（长兴）\n")
    assert winners(text) == ["甲市丰源酱菜厂", "德和堂", "醉仙楼", "长兴"]


def test_a_word_of_praise_before_lao_zihao_is_no_title() -> None:
    """是一家“百年老字号”, then a count of products checked: no count of time-honoured names."""
    for text in ("甲市某某酱园是一家“百年老字号”，今年共有3个产品通过抽检。",
                 "乙县某某酒坊是一家“千年老字号”，去年共有2个产品通过了抽检。"):
        data = report(text)
        assert data["brands"]["counts"] == []
        assert [s for s in data["distinctions"]["stats"]
                if s["distinction"] == "time_honoured_brand"] == []


def test_a_place_nickname_title_still_counts_when_it_is_won() -> None:
    """4家企业被认定为“某都老字号”: a nickname title with its verb of recognition is counted."""
    data = report("今年，甲市又有4家企业被认定为“甲都老字号”。")
    assert [(s["distinction"], s["value"]) for s in data["distinctions"]["stats"]] == [
        ("time_honoured_brand", 4)]


class _Slices(str):
    """A text that records the length of every slice taken of it."""

    longest = 0

    def __getitem__(self, key: Any) -> str:
        if isinstance(key, slice):
            got = str.__getitem__(self, key)
            _Slices.longest = max(_Slices.longest, len(got))
            return got
        return str.__getitem__(self, key)


def test_the_applicants_check_reads_only_near_the_text_asked_about() -> None:
    """not_won_yet(view, start, end) on a long view copies no more than a little of it, with
    the same answers: an application or a shortlist in the stretch, or the steps passed."""
    filler = "甲市某某公司的产品质量稳定，顾客满意。" * 2000
    cases = [("乙县3家企业申报了省名牌产品。", True),
             ("经企业申报、专家评审和社会公示等程序，认定乙县3家企业为省名牌。", False),
             ("以下5个产品进入公示名单。", True),
             ("乙县3家企业获得省名牌产品称号。", False)]
    for sentence, expected in cases:
        text = _Slices(filler + sentence + filler)
        _Slices.longest = 0
        start = len(filler)
        assert not_won_yet(text, start, start + len(sentence)) is expected
        assert _Slices.longest <= len(sentence) + 50
        assert not_won_yet(str(text), start, start + len(sentence)) is expected


def _count(label: str, value: int, span: tuple[int, int], evidence: str) -> BrandCount:
    return BrandCount(category="other", label=label, value=value, unit="家", span=span,
                      evidence=evidence)


def test_each_distinctions_row_absorbs_one_brand_count() -> None:
    """中华老字号3家、省老字号3家: two counts of the same number close together; the row
    the distinctions area read for the first stands for it alone, the second becomes a row."""
    data = parse_bytes((HEADER + "甲市质量工作情况。\n").encode("utf-8"), None)
    evidence = "全市现有中华老字号3家、省老字号3家。"
    data.brands.counts = [_count("中华老字号", 3, (10, 16), evidence),
                          _count("省老字号", 3, (17, 22), evidence)]
    data.distinctions.stats = [DistinctionStat(
        metric="awarded", distinction="time_honoured_brand", label="中华老字号", value=3,
        unit="家", span=(10, 16), evidence=evidence)]
    move_to_distinctions(data)
    assert data.brands.counts == []
    assert [(s.label, s.span) for s in data.distinctions.stats] == [
        ("中华老字号", (10, 16)), ("省老字号", (17, 22))]


def test_a_time_honoured_count_in_traditional_script_moves_as_in_simplified() -> None:
    """The move reads the count's label in the match view: 老字號 is 老字号, so a report in
    traditional script states its counts once, as distinctions, as a simplified one does."""
    for text in ("全市現有中華老字號12家，今年又有3家被認定為省老字號。",
                 "全市现有中华老字号12家，今年又有3家被认定为省老字号。"):
        found = report(text)
        assert [c["value"] for c in found["brands"]["counts"]] == []
        assert sorted(s["value"] for s in found["distinctions"]["stats"]
                      if s["distinction"] == "time_honoured_brand") == [3, 12]
