"""The words of goods a check looked over without sampling them (read by
:mod:`..supervision_looked_over`): the products, models or kinds a bureau's check of shops or
markets went through for their marks, labels or a recalled model (共检查了500件产品; 检查了12个
型号的取暖电器、30种插座; 检查儿童用品及相关产品260种), ``products_checked``, counted in the unit
the text writes (件 pieces; 种, 款, 个型号 kinds or models). Not a spot check's samples or kinds
(抽检, 抽查, 抽样: ``batches_sampled``, ``categories_sampled``), nor goods found at fault or
seized (不合格产品12件)."""

from __future__ import annotations

from . import NUM_GROUPED as _NUM

# The verbs of looking over; a report must say one of them to be read at all.
NEEDLES = r"检查|清查|排查|查验|核查"
_VERB = rf"(?:{NEEDLES})了?"
_UNIT = r"(?P<unit>件|种|款|个型号|个规格|个品种|个款式)"
# What the goods are: a word of goods closing the noun after (or before) the count.
# (器具 of goods, 燃气器具, 厨房器具; measuring instruments, 计量器具, are kept out by
# SAMPLED's 计量 in their sentence)
_GOODS = (r"(?:产品|商品|用品|玩具|童车|婴儿车|电器|器具|灯串|灯具|服装|鞋|文具|家具|化妆品|"
          r"饰品|插座|电线|电缆|建材)")
_NOUN = r"[^，,；;。！？!?\d、]{0,10}?"

LOOKED_OVER: tuple[tuple[str, str], ...] = (
    # the verb, the count, then its goods (共检查了500件产品; 检查了12个型号的取暖电器), and each further
    # count of the list the verb governs (…、30种插座)
    ("products_checked", rf"{_VERB}(?:共|共计|总计|各类)?\s*{_NUM}{_UNIT}(?=的?{_NOUN}{_GOODS})"),
    ("products_checked", rf"(?<=[、和及与])\s*{_NUM}{_UNIT}(?=的?{_NOUN}{_GOODS})"),
    # the verb, its goods, then the count (检查儿童用品及相关产品260种; 检查产品型号40款)
    ("products_checked", rf"{_VERB}{_NOUN}{_GOODS}(?:型号|款式|品种)?(?:共|共计)?\s*{_NUM}{_UNIT}"
                         rf"(?![^，,；;。\d]{{0,4}}?(?:企业|家|户))"),
)
# What makes the sentence a sampling's (its samples are batches sampled, its kinds the kinds
# sampled), a test's, or metrology's (计量器具, 电子秤: instruments checked).
SAMPLED = r"抽检|抽查|抽样|抽取|抽验|监督抽|批次|检验|检测|送检|计量|衡器|电子秤"
# What makes the count's own clause another figure's: goods found at fault or seized (不合格产品
# 12件, 查扣, 没收), recalled, or a case.
AT_FAULT = (r"不合格|不符合|问题|违法|违规|假冒|伪劣|劣质|查扣|扣押|查封|没收|收缴|下架|召回|案件|立案|"
            r"隐患")
# The goods named right after a count (its label): 12个型号的取暖电器 → 取暖电器.
GOODS_AFTER = rf"的?{_NOUN}{_GOODS}"
