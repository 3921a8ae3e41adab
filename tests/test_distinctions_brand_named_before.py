"""A branded crop's area and yield told in a later sentence than its brand, the product named
again by its crop's word (“丁岭蜜柚”… 全镇蜜柚种植已达12万亩), are the brand's, as when its own
sentence names the brand; a crop the brand's sentence never named is not. Invented reports,
parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _crops(body: str) -> list[tuple[str, float, str]]:
    text = f"本地新闻\n发布时间：2031-09-21  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["value"], s["unit"]) for s in report["distinctions"]["stats"]]


def test_a_quoted_product_named_again_in_the_next_sentence() -> None:
    """“丁岭蜜柚” made a brand, then 全镇蜜柚种植已达…: the brand's area."""
    assert _crops("“丁岭蜜柚”去年被认定为省名牌农产品。全镇蜜柚种植已达12万亩。") == [
        ("brand_area", 12, "万亩")]


def test_a_product_named_two_sentences_back() -> None:
    """A geographical indication's quoted name, a sentence between, then area and yield."""
    assert _crops("国家知识产权局批准对“戊溪白茶”实施地理标志产品保护。当地茶农世代种茶。"
                  "目前全市白茶种植面积超过4.2万亩，年产量约900吨。") == [
        ("brand_area", 4.2, "万亩"), ("brand_yield", 900, "吨")]


def test_a_product_named_right_before_the_brand_words() -> None:
    """庚山葛根地理标志产品专用标志…, then 庚山葛根的种植面积…，年产…."""
    assert _crops("庚山葛根地理标志产品专用标志本月起启用。庚山葛根的种植面积为3万亩，年产1.8万吨。") == [
        ("brand_area", 3, "万亩"), ("brand_yield", 1.8, "万吨")]


def test_a_crop_the_brand_never_named_is_none() -> None:
    """“戊溪白茶” named, then the city's rice: no brand's figure."""
    assert _crops("“戊溪白茶”获得地理标志产品保护。全市水稻种植面积达到30万亩。") == []
