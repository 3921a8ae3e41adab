"""Figures two areas read alike, and the area whose they are (read by :mod:`..claims`).

A count of the places a check went through is supervision's firms inspected in general; but
told in a sentence that names nothing of an area's own, under a check of that area named
before (…对全县电梯开展安全专项检查。…截至10月20日，已检查使用单位14家; 本次检查共8家 after a
check of gas filling stations), the area that reads it by that head reads it as its own (special
equipment's users inspected), and it is that area's alone: one figure, one key. (Where the
sentence names the users themselves, 检查电梯使用单位12家, supervision does not read them at
all: lexicon.supervision_places.SPECIAL_EQUIPMENT_USERS.)

Equipment dismantled, phased out or stopped (勒令拆除锅炉3台, 停用电梯5台) is special equipment's
``sealed``, no goods destroyed: supervision gives it up where its sentence names no destroying
of goods (销毁, 焚毁, 粉碎, 捣毁, 摧毁), whose keys count such a figure as goods."""

from __future__ import annotations

from typing import NamedTuple

from .special_equipment import SPECIAL_EQUIPMENT


class Claim(NamedTuple):
    area: str  # the area whose figure it is (a ReportData field)
    metrics: frozenset[str]  # … when it reads the figure as one of these
    subject: str  # … and the figure's sentence names none of these (the area's own words)
    yields: str  # the area that gives the figure up
    yielding: frozenset[str]  # … when it read it as one of these


CLAIMS = (
    Claim("special_equipment", frozenset({"users_inspected"}), SPECIAL_EQUIPMENT.trigger,
          "supervision", frozenset({"enterprises_inspected", "places_inspected"})),
    Claim("special_equipment", frozenset({"sealed"}), r"销毁|焚毁|粉碎|捣毁|摧毁",
          "supervision", frozenset({"goods_destroyed"})),
)
