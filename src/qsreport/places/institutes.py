"""A testing institute named after its place (某市计量测试检定所, 某市特种设备检验所, 某县质量
检验中心): in a report that names no bureau, title place or publisher to read a region from,
the institute's own news is its place's, or, for a province's institute, the one city or county
of it the opening names (甲省计量院对乙市…). For :func:`.region.region_of`, as a last resort."""

from __future__ import annotations

from .. import regex_cache as rx
from .finder import Mention
from .region_kinds import inside

# What follows a place that heads an institute's name: special equipment, metrology, product
# quality testing (a 所, 院 or 中心).
_INSTITUTE = rx.compile(
    r"(?:特种设备|锅炉压力容器)(?:安全)?(?:监督)?检验(?:检测)?(?:研究)?(?:所|院|中心)|"
    r"计量(?:检定|测试|检测)*(?:研究)?(?:所|院)|"  # (某市计量测试研究所 too)
    r"(?:质量)?计量[\u4e00-\u9fff]{0,8}?检验检测(?:研究)?(?:所|院|中心)|"  # 某市质量计量和…检验检测中心
    r"(?:产品)?质量(?:监督)?检验(?:检测)?(?:研究)?(?:所|院|中心)")
_LISTED = "、和及等"
_REACH = 300  # how early in the body the institute is named


def institute_place(view: str, window: list[Mention], body: int) -> Mention | None:
    """The first place the body's opening names an institute after, if any, not in a list."""
    for mention in window:
        if mention.start - body > _REACH:
            break
        name = _INSTITUTE.match(view, mention.end)
        # (not one of a list of institutes, 甲省计量院、甲省特检院等10家: a project's tenants)
        if name and view[name.end():name.end() + 1] not in _LISTED \
                and view[mention.start - 1:mention.start] not in _LISTED:
            return _at_work_in(window, mention)
    return None


def _at_work_in(window: list[Mention], institute: Mention) -> Mention:
    """A province's institute at work in the one city or county of it the opening names (甲省
    计量院对乙市的医疗机构…): that place; else the institute's own."""
    if institute.place.level != "province":
        return institute
    lower = {m.place: m for m in reversed(window) if inside(m.place, institute.place)}
    return next(iter(lower.values())) if len(lower) == 1 else institute
