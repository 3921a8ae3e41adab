"""A bracket right after a count of firms, places or batches that holds only its parts, each a
kind and its count (抽查企业1200家（生产领域300家、流通领域900家）), adds nothing to the total, as
one opening on 其中 does; so does a bracket after a count that names its thing after the unit
(70家企业（…）) and one breaking down places. A change or a share told in brackets is no
breakdown. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"甲省公布监督抽查情况\n发布时间：2031-08-09  来源：测试日报\n{body}",
                  "supervision", "stats", ("metric", "value"))


def test_a_bracket_of_parts_alone_adds_nothing() -> None:
    """（生产领域300家、流通领域900家）: the total only."""
    got = _stats("乙省共抽查企业1200家（生产领域300家、流通领域900家），涉及产品2500批次。")
    assert got == [("enterprises_inspected", 1200), ("batches_sampled", 2500)]


def test_the_total_may_name_its_thing_after_the_unit() -> None:
    """70家企业（其中生产企业15家，经销企业55家）的140批次: 70 and 140 only."""
    got = _stats("本次共抽检了70家企业（其中生产企业15家，经销企业55家）的140批次产品。")
    assert got == [("enterprises_inspected", 70), ("batches_sampled", 140)]


def test_a_single_part_in_brackets_adds_nothing() -> None:
    """9家企业（经销企业9家）: one part, the whole."""
    got = _stats("本次抽检了9家企业（经销企业9家）12批次电线产品。")
    assert got == [("enterprises_inspected", 9), ("batches_sampled", 12)]


def test_places_broken_down_in_brackets() -> None:
    """排查商店300家（其中书店120家、药店180家）: the places' total only."""
    got = _stats("累计排查商店300家（其中书店120家、药店180家），发现隐患40处。")
    assert ("places_inspected", 120) not in got
    assert ("places_inspected", 180) not in got


def test_a_change_in_brackets_is_no_part() -> None:
    """（比上年增加5家）: a change, not a part; the bracket guard leaves it to the other rules."""
    got = _stats("今年共检查食品生产企业85家（比上年增加5家），抽检产品160批次。")
    assert got[0] == ("enterprises_inspected", 85)
    assert ("batches_sampled", 160) in got


def test_other_forms_of_the_family() -> None:
    """Sentences written after the rule: 户, three parts, ；between parts, 个批次."""
    assert _stats("共检查经营户640户（城区200户、乡镇380户、景区60户）。") == [
        ("enterprises_inspected", 640)]
    assert ("batches_sampled", 30) not in _stats(
        "共抽检食品150个批次（生产环节30个批次；流通环节120个批次）。")


def test_more_forms_written_after_the_rule() -> None:
    """Places as parts of firms, 其中 with a colon, three stages of batches, a change in
    brackets, shops as parts of shops: the parts add nothing in each."""
    got = _stats("本次共抽查经销单位48家（商场12家、超市36家），抽检产品100批次。")
    assert ("places_inspected", 12) not in got and ("places_inspected", 36) not in got
    assert _stats("共检查生产企业150家（其中：大型企业20家，小型企业130家）。") == [
        ("enterprises_inspected", 150)]
    assert _stats("全年抽检食品3000批次（生产环节800批次、流通环节1700批次、餐饮环节500批次）。") == [
        ("batches_sampled", 3000)]
    assert ("enterprises_inspected", 55) in _stats("抽查企业55家（较上年增加6家），合格率96%。")
    got = _stats("共检查门店70家（其中药店30家、眼镜店40家），发现问题12个。")
    assert ("places_inspected", 30) not in got and ("places_inspected", 40) not in got
