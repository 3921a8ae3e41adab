"""Dens of fakes raided, counted before the den word whatever the raid's verb (查获1个加工假冒
消毒液的窝点, 兵分几路“围剿”了5个制假窝点) or with 一/两 after it (捣毁白酒造假窝点一个):
dens_closed, not goods seized; goods counted so stay goods. Invented reports, parsed end to
end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"寅县打假工作简报\n发布时间：2031-04-05\n{body}", "supervision", "stats", ("metric", "value"))


def test_a_den_counted_after_the_verb_of_seizing() -> None:
    """成功查获1个灌装假冒洗洁精的窝点: one den, not one piece of goods."""
    got = _stats("上周，寅县局成功查获1个灌装假冒洗洁精的窝点，涉案金额达6万余元。")
    assert ("dens_closed", 1) in got
    assert ("goods_seized", 1) not in got


def test_dens_raided_by_teams_at_once() -> None:
    """兵分三路，“围剿”了4个调料制假窝点: four dens."""
    assert ("dens_closed", 4) in _stats("寅县局接到线报后兵分三路，“围剿”了4个调料制假窝点。")


def test_one_den_written_after_the_den_word() -> None:
    """…查获过期饮料30箱，捣毁香油造假窝点一个: one den besides the goods."""
    got = _stats("寅县局共检查超市9家，查获过期饮料30箱，捣毁香油造假窝点一个。")
    assert ("dens_closed", 1) in got
    assert ("goods_seized", 30) in got


def test_goods_counted_in_ge_stay_goods() -> None:
    """查获假冒电饭煲15个: goods, no den named after them."""
    got = _stats("寅县局查获假冒电饭煲15个。")
    assert ("goods_seized", 15) in got
    assert all(metric != "dens_closed" for metric, _ in got)
