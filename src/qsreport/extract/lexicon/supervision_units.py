"""Supervision (schema 2): the words of units of unlike kinds a check went through, counted
together in one number (read by :mod:`..supervision_units`, ``units_inspected``: 检查小作坊、
食品店和农贸市场共340家; 排查食品经营户和农贸市场1.2万个). One kind alone stays its own metric
(firms: ``enterprises_inspected``; markets, shops and stations: ``places_inspected``)."""

from __future__ import annotations

from ... import regex_cache as rx
from . import NUM_GROUPED_ALONE as _NUM

# Firms of any kind, and the places and other units a check goes through that are no firms.
FIRM_KINDS = (r"企业|公司|作坊|工厂|加工厂|加工点|加工户|生产经营主体|生产主体|经营主体|经营户|商户|"
              r"个体工商户|个体户|门店|店铺|商店|食品店|小卖部")
PLACE_KINDS = r"市场|商场|超市|摊点|摊位|窝点|场所|学校|医院|餐馆|饭店|加油站"
# One item of the list: a few words of its kind's own, then the kind's word.
_ITEM = rf"[^、，,；;。！？!?\d和及与]{{0,6}}?(?:{FIRM_KINDS}|{PLACE_KINDS})"
_VERB = r"(?:检查|清查|排查|巡查|摸排|走访|检查了|清查了|排查了|巡查了)"
_UNIT = r"(?P<unit>万家|万个|万户|家|个|户|处)"

UNITS_ROWS: tuple[tuple[str, str], ...] = (
    # the check's verb, a list of two or more kinds, then one count of them all
    ("units_inspected", rf"{_VERB}(?:了)?(?P<list>{_ITEM}(?:\s*[、和及与]\s*{_ITEM}){{1,7}})"
                        rf"(?:等)?(?:共计|共|合计|计)?\s*{_NUM}{_UNIT}(?![次批])"),
)
# Each item's kind is the word it ends on (市场经营户 is a firm; 超市 a place).
FIRM = rx.compile(rf"(?:{FIRM_KINDS})等?$")
PLACE = rx.compile(rf"(?:{PLACE_KINDS})等?$")
ITEM_BREAK = rx.compile(r"\s*[、和及与]\s*")
