"""Supervision: the words of the places a check goes through (schema 2's places_inspected),
read by :mod:`..supervision_places`."""

from __future__ import annotations

from ... import regex_cache as rx

# Places a check goes through, the check and the place right before the figure: 检查商场45家次,
# 突击检查了超市、商场和副食店16家, 巡查农贸市场12个; or a place going on with a list of them:
# 、超市120家次 (or a clause that is only a place). Clinics and the shops that fit glasses are
# places too (检查乡镇卫生院17家, 对8家眼镜验配单位进行检查).
PLACES = (r"商场|超市|(?:集贸|农贸|批发|专业|农资|建材)?市场|商店|门店|门市|副食店|小卖部|经营户|商户|摊点|"
          r"摊位|网吧|宾馆|酒店|餐饮店|饭店|加油站|加气站|经营门点|销售点|经销点|"
          r"景区|景点|乐园|游乐场|学校|幼儿园|住宅小区|小区|"
          r"医院|卫生院|卫生室|诊所|眼镜(?:制配|验配|配镜)(?:单位|场所|中心)|眼镜店|眼镜行")
PLACES_BEFORE = rx.compile(
    rf"(?:检查|巡查|排查|抽查|走访|突击检查)了?(?:[^，,。；;：:\d]{{0,12}}?[、和及])?"
    rf"[^，,。；;：:\d、]{{0,6}}?(?:{PLACES})(?:共|计|共计|等)?$"
)
PLACE_ITEM = rx.compile(rf"[、，,]?\s*[^，,。；;：:\d、]{{0,8}}?(?:{PLACES})")

# ... or named right after the figure, the check before it in its clause (检查了9家超市,
# 对辖区内12家眼镜验配单位进行检查): the place closes its noun, no firm word before it
# (抽检了12家企业和部分宾馆的68批次: firms), and what is checked is not the things it holds
# (检查7家加油站的加油机: instruments, read by metrology).
PLACES_AFTER = rx.compile(
    rf"(?:(?!企业|公司|厂家|和|及|与)[^，,。；;：:、\d]){{0,8}}?(?:{PLACES})(?![^，,。；;：:、\d]{{0,2}}?的)"
)
CHECK_BEFORE = rx.compile(r"检查|巡查|排查|抽查|走访|突击检查|督查")
