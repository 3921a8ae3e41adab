"""The words of the places a zone spans (read by :mod:`..distinctions_places`): the provinces,
prefectures, counties, townships or villages a demonstration zone, a list of zones or a
region's protected geographical-indication products lies in or covers (``zone_places``:
分布在全省11个市州; 覆盖中部8个省份; 涉及5个乡镇63个村). The people or households it draws
in are the zone's own keys (``zone_households``, ``zone_jobs``); places a check went through
are supervision's (``places_covered``)."""

from __future__ import annotations

from ...vocabulary import Distinction

_NUM = r"(?P<num>\d+(?:\.\d+)?)\s*(?:多|余)?\s*"
# A place's level, in the unit written (个 kept where the text writes it: 12个乡镇 → 个乡镇).
# (市 and 区 alone, not 市场 or 区域)
_LEVEL = (r"(?:省份|省区市|省|自治区|地级市|市州|市（州）|市(?![场民值级内外])|"
          r"县（市、区）|县市区|县（区）|县区|县市|县|区县|区(?![域块间内外])|乡镇|乡（镇）|镇|乡|"
          r"街道|行政村|村)")
_UNIT = rf"(?P<unit>个{_LEVEL})"
_GAP = r"[^。；;！？!?，,\d]"
# A verb of lying in or spanning, a few words, then the first place's count.
_VERB = r"(?:分布(?:在|于)|遍及|遍布|覆盖(?:了)?|涉及(?:了)?|辐射(?:带动)?|涵盖(?:了)?|横跨|跨越)"

PLACE_ROWS: tuple[tuple[str, str], ...] = (
    # 分布在全省11个市州; 涉及全县5个乡镇
    ("zone_places", rf"{_VERB}{_GAP}{{0,12}}?{_NUM}{_UNIT}"),
    # each next place of its run: 5个乡镇63个村, 11个市州、80多个县市区
    ("zone_places", rf"{_VERB}{_GAP}{{0,12}}?(?:\d+\s*(?:多|余)?\s*个{_LEVEL}\s*[、和及与]?\s*){{1,3}}"
                    rf"(?P<at>){_NUM}{_UNIT}"),
)
# The sentence must speak of a zone or of protected products ...
ZONE_WORDS = (r"示范区|示范基地|示范园|示范片|示范项目|试点(?:区|县|项目|基地)|"
              r"地理标志(?:产品|保护)|保护(?:的)?产品")
# ... and not of a check, which covers places of its own.
NOT_A_ZONE = r"抽检|抽查|抽样|监督检查|检查|整治|专项行动|打假|排查"
# The kind of zone the report names up to the count's sentence (else ``any``).
ZONE_KINDS: tuple[tuple[str, Distinction], ...] = (
    (r"地理标志(?:产品)?保护示范区", "gi_zone"),
    (r"标准化示范|标准化试点", "standardization_pilot"),
    (r"品牌(?:创建)?示范区", "brand_zone"),
    (r"出口[^。；;]{0,12}?示范区", "export_zone"),
)
