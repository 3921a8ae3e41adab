"""A headline that opens on one of the country's own bodies as its doer (证监会查处…, 国家发改委：…,
八部委…) is a story of the whole country: a city its body tells of as one case among others is
not its region, however often it is named; a place the headline itself names still is, and a
headline that speaks of its own province (商务部认定… 我省…) is that province's (texts written for
the test: the cases, people and firms are made up)."""

from __future__ import annotations

import pytest

from tests.region_helpers import region

# A case told in a national body's story: 宁波 three times, no other place.
CASES = ("日前通报了三起编造、传播虚假信息的案件。\n"
         "一是宁波市民陈某编造虚假并购消息案。经查，陈某今年2月在宁波的住处使用"
         "多个账号发帖，获利约4万元。宁波警方已依法立案。\n"
         "二是某财经网站转载未经核实的传言案，该网站已被责令整改。\n")


@pytest.mark.parametrize("headline", ["证监会通报三起编造虚假信息案", "国家发改委：严查价格欺诈",
                                      "五部委联合整治网络谣言", "央行：三起案件已移送公安"])
def test_a_central_body_s_headline_takes_no_place_from_its_cases(headline: str) -> None:
    assert region(f"{headline}\n2024年3月12日 10:20 某某财经\n{headline[:2]}{CASES}") is None


def test_the_same_cases_under_a_headline_of_no_such_body_keep_their_city() -> None:
    assert region(f"三起编造虚假信息案查结\n2024年3月12日 10:20 某某财经\n有关方面{CASES}") == "宁波市"


def test_a_place_the_central_body_s_headline_names_is_still_the_region() -> None:
    text = f"证监会：宁波两家公司涉嫌信披违规\n2024年3月12日 10:20 某某财经\n证监会{CASES}"
    assert region(text) == "宁波"


def test_a_headline_of_its_own_province_is_the_province_s() -> None:
    text = ("商务部认定第三批老字号 我省9家企业入选\n2024年3月12日 10:20 某某日报\n"
            "近日，商务部公布第三批老字号名单，我省共有9家企业入选，数量居西部前列。"
            "甘肃省商务厅表示，将加大扶持力度。\n")
    assert region(text) == "甘肃省"


@pytest.mark.parametrize("headline", ["商务部门通报三起编造虚假信息案", "公安部门通报三起编造虚假信息案"])
def test_a_department_of_a_kind_is_no_central_body(headline: str) -> None:
    """商务部门, 公安部门: any place's department of that kind, not the ministry."""
    assert region(f"{headline}\n2024年3月12日 10:20 某某财经\n有关方面{CASES}") == "宁波市"
