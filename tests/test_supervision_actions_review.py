"""Campaign titles after a review: a 自 or 按 that opens a word of the name is kept, a title
told with a product word more is another campaign, and a 为 that tells an aim names no
verification drive. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.extract.supervision_actions_names import core, same_campaign

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n发布日期：2032-03-14  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_a_title_opening_on_a_word_with_zi_keeps_it() -> None:
    """自来水…, 自行车…, 自查自纠…: the 自 opens the name, it is no "since"."""
    titles = [t for body in (
        "今年，自来水水质专项检查开展以来，甲市共抽检水样50批次。",
        "乙县，自行车专项整治行动开展以来，共检查经营户20家。",
        "丙县，自查自纠专项行动开展以来，共督促企业整改隐患12处。",
    ) for _, t in _actions("某地监管动态", body)]
    assert titles == ["自来水水质专项检查", "自行车专项整治行动", "自查自纠专项行动"]


def test_a_since_zi_is_still_left_out() -> None:
    """自食品安全专项整治行动开展以来: that 自 reads "since"."""
    got = _actions("丁县监管动态", "丁县，自食品安全专项整治行动开展以来，共检查企业20家。")
    assert [t for _, t in got] == ["食品安全专项整治行动"]


def test_a_title_keeps_a_word_opening_with_an() -> None:
    """足浴按摩场所, 按键手机: the 按 is part of the name, not "according to"."""
    got = _actions("丙区整治", "丙区市场监管局近日开展足浴按摩场所专项整治行动，检查场所30家。")
    assert [t for _, t in got] == ["足浴按摩场所专项整治行动"]
    got = _actions("戊市整治", "戊市质监局上月组织按键手机质量专项整治行动，抽检样品16批次。")
    assert [t for _, t in got] == ["按键手机质量专项整治行动"]


def test_a_product_word_more_names_another_campaign() -> None:
    """食品整治 and 食品添加剂整治, 燃气整治 and 燃气器具整治: two campaigns; 质量 or 产品
    left out is still the one told shorter."""
    assert not same_campaign(core("食品专项整治行动"), core("食品添加剂专项整治行动"))
    assert not same_campaign(core("农村燃气专项整治"), core("农村燃气器具专项整治"))
    assert same_campaign(core("肉品安全整治"), core("肉品质量安全整治"))
    assert same_campaign(core("防护用品质量专项整治"), core("防护用品产品质量专项整治"))
    got = _actions("丁市整治", "丁市市场监管局开展食品专项整治行动，同时开展食品添加剂专项整治行动。")
    assert len(got) == 2


def test_the_left_out_part_is_one_run() -> None:
    """Characters of the longer title scattered over the shorter are no qualifier left out."""
    assert not same_campaign(core("燃气安全专项整治"), core("燃气灶质量安全隐患专项整治"))
    assert not same_campaign(core("校园周边食品整治"), core("校园及周边小食品摊点整治"))


def test_an_aim_with_wei_is_not_what_was_checked() -> None:
    """为保障…开展了计量检查, 为确保…进行计量检查: an aim, not the object of a drive."""
    assert _actions("甲市计量", "甲市质监局为保障春节期间市场秩序开展了计量检查，检查商户30户。") == []
    assert _actions("乙市计量", "乙市市场监管局为确保中考期间考场公平进行了计量检查，共查看考点9个。") == []


def test_wei_with_instruments_is_still_a_drive() -> None:
    """为…计价器免费做检定 stays a verification drive: the instruments are its object."""
    got = _actions("丙市计量", "丙市计量所近日为全市出租车的计价器开展了免费检定，共检定120台。")
    assert [k for k, _ in got] == ["other"]
