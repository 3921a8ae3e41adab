"""A page's region from its reporter's byline (〔记者某某／甲地报导〕, （某某／甲地报导）) and an
agency's dateline that names its reporter first (中央社记者某某甲地3日电); none from a national
story that asked a roll of bodies, most of them the country's, with one local office among them
(pages written for the test, with made-up people and events)."""

from __future__ import annotations

import pytest

from qsreport import parse


def page_region(title: str, body: str) -> str | None:
    """The region of a page with ``title`` as its <title> and headline and ``body`` below its
    publish line."""
    markup = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
              f"<h1>{title}</h1><div class='info'>出版時間：2025/03/12 10:20</div>"
              f"<div class='story'>{body}</div></body></html>")
    return parse(markup.encode()).meta.region


ROOF = ("<p>一處老舊公寓的頂樓加蓋昨晚傳出火警，住戶自行逃出，無人受傷。</p>"
        "<p>消防人員到場後十分鐘撲滅火勢，起火原因仍待調查。</p>")


@pytest.mark.parametrize(("story", "region"), [
    # the byline heading the story in brackets, the place named again in its lead
    ("<p>〔記者陳某／台中報導〕台中市北屯區一處老舊公寓的頂樓加蓋昨晚傳出火警。</p>" + ROOF, "台中市"),
    # the credit closing the story
    ("<p>嘉義市一處老舊公寓昨晚傳出火警。</p>" + ROOF + "<p>消防局將釐清責任。（林某／嘉義報導）</p>", "嘉義市"),
    # the byline on a line of its own, two reporters
    ("<p>記者王某、李某／高雄報導</p><p>高雄市一處老舊公寓的頂樓加蓋昨晚傳出火警。</p>" + ROOF, "高雄市"),
    # in simplified script, 报道
    ("<p>【记者赵某/宜兰报道】宜兰县一处老旧公寓昨晚传出火警。</p>" + ROOF, "宜兰县"),
])
def test_a_byline_s_place_named_in_the_story_is_the_region(story: str, region: str) -> None:
    """Where the reporter filed from, when the story names that place too: its place, as a
    local paper's dateline gives its own."""
    assert page_region("老舊公寓頂樓火警", story) == region


@pytest.mark.parametrize(("dateline", "region"), [
    ("（中央社記者周某花蓮12日電）", "花蓮"),
    ("（中央社記者周某、林某花蓮12日電）", "花蓮"),  # two reporters
])
def test_an_agency_s_dateline_naming_its_reporter_first_gives_the_bureau_s_place(
        dateline: str, region: str | None) -> None:
    """（中央社記者某某甲地3日電）: the agency's bureau in that place."""
    story = f"<p>{dateline}一處老舊公寓的頂樓加蓋昨晚傳出火警。</p>" + ROOF
    assert page_region("老舊公寓頂樓火警", story) == region


@pytest.mark.parametrize("story", [
    # the byline's place, never named in the story itself: a desk's, not the story's
    "<p>〔記者陳某／台中報導〕一處老舊公寓的頂樓加蓋昨晚傳出火警。</p>" + ROOF,
    # a byline naming no place
    "<p>〔即時新聞／綜合報導〕一處老舊公寓的頂樓加蓋昨晚傳出火警。</p>" + ROOF,
    # the capitals' desks, where national papers and agencies file from
    "<p>〔记者陈某／北京报道〕一处老旧公寓的顶楼昨晚传出火警，北京市一家物业公司回应。</p>" + ROOF,
    "<p>〔記者陳某／台北報導〕一處老舊公寓的頂樓加蓋昨晚傳出火警，台北市消防局說明。</p>" + ROOF,
    "<p>（中央社記者周某台北12日電）行政院某處今天公布查核結果，多處場所不合規定。</p>" + ROOF,
])
def test_a_byline_alone_or_from_the_capital_gives_no_region(story: str) -> None:
    """The near misses: no region from a byline the story does not back, nor from the desk
    of 北京 or 台北, where the country's or the island's news is filed."""
    assert page_region("老舊公寓頂樓火警", story) is None


ASKED = ("<p>两个月来，记者先后向{roll}等部门求证，得到的答复均为正在研究。</p>"
         "<p>业内人士表示，有关标准仍需进一步论证，消费者购买时应留意标签。</p>")


@pytest.mark.parametrize("roll", [
    "农业农村部、国家标准化管理委员会、浙江省丽水市市场监督管理局、中国消费者协会",
    "国家市场监督管理总局、商务部、中国某某行业协会、衢州市市场监管局",
    "温州市鹿城区市场监管局、国家卫健委、全国某某标准化技术委员会",
])
def test_a_roll_of_mostly_national_bodies_asked_gives_no_region(roll: str) -> None:
    """One local office among the country's bodies a national story asked: no place's news."""
    assert page_region("冷链食品标准仍在研究", ASKED.format(roll=roll)) is None


@pytest.mark.parametrize(("roll", "region"), [
    # one national body beside the local office: the office's news
    ("国家市场监督管理总局、浙江省丽水市市场监督管理局", "丽水市"),
    # local offices of the same place outnumber the country's one
    ("丽水市市场监管局、丽水市公安局、国家卫健委", "丽水市"),
])
def test_a_roll_not_mostly_national_keeps_the_local_office(roll: str, region: str) -> None:
    """The near miss: a local office with no more national bodies than local ones beside it."""
    assert page_region("冷链食品标准仍在研究", ASKED.format(roll=roll)) == region
