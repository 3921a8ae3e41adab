"""A headline about many places (多地, 多个城市) is a round-up of no one place; the 多 of a word
(许多城市, 很多地方) or of land and lines (出让多地块, 多地铁站) is not one. A great region heading
a headline (华东电网) is a region; heading a firm's or an animal's name (华北制药, 华南虎) it is
none (texts written for the test)."""

from __future__ import annotations

import pytest

from tests.region_helpers import region

BODY = "本报讯 昨日，南宁市市场监管局公布了电动自行车抽检结果，共抽检20批次，合格18批次。\n"


@pytest.mark.parametrize("title", ["许多城市居民换上了新国标电动车", "很多地方的电动车仍未上牌",
                                   "新国标电动车覆盖多地铁站周边"])
def test_a_word_s_many_is_no_round_up(title: str) -> None:
    assert region(f"{title}\n{BODY}") == "南宁市"


def test_a_round_up_headline_takes_no_place_from_one_office_s_province() -> None:
    text = ("多地调整公交换乘优惠\n"
            "本报讯 今年春季，多个城市先后调整了换乘优惠。福建省交通厅要求在全省范围内统一换乘规则。\n")
    assert region(text) is None


@pytest.mark.parametrize("title", ["华南虎野外踪迹调查启动", "华北制药新建一条生产线", "华东某某集团发布年报"])
def test_a_great_region_heading_an_animal_s_or_a_firm_s_name_is_no_region(title: str) -> None:
    text = f"{title}\n记者从相关方面获悉，这项工作将持续三年，预计投入资金2000万元。\n"
    assert region(text) is None
