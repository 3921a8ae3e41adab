"""The place of a regional brand's value (schema 2's ``place`` of ``brand_value``): a brand
named after its county (甲地毛尖, 乙地铁观音) is that county's, where the clause opens on it and
the gazetteer's scan passes the county's short name over for want of a place word after it."""

from __future__ import annotations

from .. import regex_cache as rx
from ..places.finder import county_by_short_name

# The brand's own words between its place and its value: a product word of two characters or
# more, then 品牌价值…, 以…亿元 or 的品牌价值 (乙地铁观音以1200亿元位列…, 甲地毛尖茶品牌价值达到…).
_BRAND_THEN_VALUE = rx.compile(r"[\u4e00-\u9fff]{2,6}?(?:(?:区域公用)?品牌(?:评估)?价值|以)")
# Words a clause may open with before its subject (其中, 此外).
_LEAD = rx.compile(r"\s*(?:其中|此外|另外|同时)?\s*")


def regional_brand_place(view: str, clause: int, number: int) -> str | None:
    """The county whose short name opens the clause of a brand value, as written (乙地铁观音
    以1200亿元…: 乙地), or None."""
    begins = _LEAD.match(view, clause).end()  # type: ignore[union-attr]
    county = county_by_short_name(view, begins, number)
    if county is None or county.place.level != "county":
        return None
    then = _BRAND_THEN_VALUE.match(view, county.end, number)
    return view[county.start:county.end] if then is not None else None
