"""The words of a list's categories (read by :mod:`..distinctions_lists`): the product
categories or classes a list of honours, a brand evaluation or a front-runners' list spans
(``list_categories``: 榜单涉及40个产品类别; 评选出8类、共96个品牌; 评价目录涵盖30类产品).
Not the kinds a spot check sampled or a campaign targets (supervision's), nor a list's brands
or firms (its own counts)."""

from __future__ import annotations

_NUM = r"(?P<num>\d+)\s*(?:多|余)?\s*"
# The categories' unit, and what may follow it: 个产品类别, 个类别, 类, 大类 (of products, 产品).
_UNIT = r"(?P<unit>个产品类别|个类别|个大类|大类|类)"
_GAP = r"[^。；;！？!?\d]"

LIST_ROWS: tuple[tuple[str, str], ...] = (
    # a list or catalogue named, then what it holds (榜单共涉及40个产品类别; 目录涵盖30类产品)
    ("list_categories", rf"(?:名单|名录|目录|榜单){_GAP}{{0,12}}?(?:包括|包含|涵盖|覆盖|涉及|分为|共有?|含)"
                        rf"\s*{_NUM}{_UNIT}"),
    # a selection's yield in classes before its brands (评选出8类、共96个品牌)
    ("list_categories", rf"(?:遴选|评选|评出|选出)(?:产生|出)?了?\s*{_NUM}{_UNIT}(?=\s*[、，,]\s*(?:共|计)?\s*\d)"),
)
# The sentence must speak of a list of honours or brands (名单, 品牌, 领跑者) ...
HONOURS = r"品牌|名牌|名品|领跑者|老字号|著名商标|驰名商标|好品|精品|质量奖"
# ... and not of a spot check or a campaign (their kinds are supervision's).
NOT_A_LIST = r"抽检|抽查|抽样|监督检查|整治|专项行动|打假|排查"
