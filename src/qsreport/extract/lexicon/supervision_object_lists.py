"""The words of a list of counted firms and places that one check after the list governs (read
by :mod:`..supervision_object_lists`): 对8家甲企业、3家乙商店进行了检查, the bureau going to
them (赴4家工厂、2家市场开展突击检查) or sampling at them (在5家经销企业、2家生产企业抽查某产品
9批次). The match view is simplified and half-width, so the words are written so only."""

from __future__ import annotations

from ... import regex_cache as rx
from .supervision_places import HELD, PLACES, SPECIAL_EQUIPMENT_USERS

# The counting words of firms and places, by the place or by the visit (家次, 户次, 个次), and
# the 间 of shops Hong Kong and Macau count in.
ITEM_UNITS = frozenset({"家次", "户次", "个次", "间次", "家", "户", "个", "所", "间", "处"})
_UNITS = "|".join(sorted(ITEM_UNITS, key=lambda unit: (-len(unit), unit)))  # (longest first, fixed order)
# One item: its count (a whole number, 余/多 after it), its counting word, and the words up to the
# next punctuation or number (its noun, and for the list's last item the check after it).
ITEM = rx.compile(rf"(?<![\d.])\d+\s*(?:余|多)?\s*(?:{_UNITS})(?P<noun>[^\W\d_a-zA-Z]{{1,28}})")
# What stands between two items: a list mark or a comma, or nothing after a noun that closes on
# a joining word (和/及/与; not two counts side by side, 17家企业42个批次: the firms' batches).
ITEM_GAP = rx.compile(r"\s*[、，,]\s*")
NO_GAP = rx.compile(r"\s*")
# A word of joining that closes an item's noun (对3家超市和5家商场进行检查).
JOIN_END = rx.compile(r"(?:以及|和|及|与|还有|等)$")

# What leads the list in its clause: the object marker (对, 针对), a verb of going to the
# objects (赴, 前往, 深入, 走进, 进入, 来到, 到), or the place where a sampling was done (在);
# not the same characters in other words (正在, 现在, 存在, 所在; 达到, 受到, 做到).
LEAD = rx.compile(r"对|赴|前往|奔赴|深入|走进|进入|来到|(?<![达收受得做遇])到|(?<![正现存所实])在")
# A lone count is read here only after 在, the place its sampling was done far before it (在甲、
# 乙等5个市12家企业抽查…); after 对, 赴 or 深入 the keyword-after rules read it, with their guards.
SAMPLED_AT = frozenset({"在"})

# The check the list's last item names after its object (进行了检查, 开展突击检查, 抽查某产品):
# every word of checking, inspecting and sampling a bureau writes (not 走访, a visit that
# guides or serves the firms).
CHECK = rx.compile(r"检查|抽查|抽检|抽样|巡查|排查|督查|核查|清查|稽查|检验|检测|查验|互查|暗访")
# The words that may stand between the object and its check, cut off the object: a verb that
# opens the check (进行了全面的…) and the manner words before a check (突击, 逐家).
CHECK_OPENING = rx.compile(r"进行|开展|实施|展开|组织")
MANNER_END = rx.compile(r"(?:突击|全面|专项|联合|执法|监督|重点|随机|逐一|逐家|逐户|集中|拉网式|地毯式)+$")

# The head words an object ends on: firms (of every kind a bureau counts) and places.
FIRM_OBJECT = rx.compile(r"(?:企业|厂家|工厂|厂|公司|作坊|单位|业户|商户|个体户|经营户|经营者|经销商|批发商|"
                         r"零售商|供应商|生产商|制造商|商家|合作社|加工点|加工户)$")
# (traders who keep a stall or a shop are firms, though the place words name them too)
TRADERS = rx.compile(r"(?:经营户|商户|个体户|业户)$")
# (a shop online, 网店, is no place a check went through)
PLACE_OBJECT = rx.compile(rf"(?<!网)(?:{PLACES}|商铺|铺面|集市|墟市|街市)$")
# What an object holds that the check may count instead (5家企业的电子秤): the object is then
# no firm nor place a check went through; nor are special equipment's users.
HELD_IN_OBJECT = rx.compile(r"的")
# ... nor when the words between the object and its check name instruments or equipment
# (对8家单位开展计量器具核查: metrology's, special equipment's).
HELD_CHECKED = rx.compile(rf"{HELD}|计量")
EQUIPMENT_USERS = rx.compile(rf"(?:{SPECIAL_EQUIPMENT_USERS})$")
