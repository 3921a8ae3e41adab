"""The words of the product categories a campaign targets (read by
:mod:`..supervision_targeted`): the kinds of product a rectification, a crackdown, key
monitoring or a hazard screening covers (对12类重点产品开展专项整治, 围绕30类高风险产品开展隐患
排查, 燃气灶具等12类重点产品攻坚行动). Not the kinds a spot check sampled
(``categories_sampled``: 抽查了28种产品, read here too when counted in 类), nor kinds counted
by their pass rate."""

from __future__ import annotations

# A count of kinds of product (12类, 28大类, 105种; 33类105种: each), the product word after it.
# (not the top of a range, 1至2类, nor a part of a number, nor kinds pointed back to: 这10类)
_KINDS = r"(?<![\d.至到~～\-－—这该述])(?P<num>\d+)\s*(?P<unit>大类|个大类|类|个类别|个品类|种)"
_PRODUCT = (r"(?:产品|商品|食品|消费品|工业品|工业产品|农资|农资商品|用品|物品|制品|危险品|危化品|"
            r"药品|化妆品|特种设备)")
TARGETED: tuple[tuple[str, str], ...] = (
    # (the product word after the count, or after the kinds it breaks into: 33类105种…产品, each)
    ("categories_targeted", rf"{_KINDS}(?=(?:\s*\d+\s*种)?(?:重点|主要|高风险|热销|节日|民生|网售|日用)*"
                            rf"[^，,；;。、\d]{{0,8}}?{_PRODUCT})"),
)
# The clause must name a campaign's work on them (整治, 打假, 攻坚, 重点监控, 排查, 治理, 提升,
# 查处 … 行动), and no spot check's (抽查, 抽检, 抽样, 监督检验: categories sampled) nor a rate.
CAMPAIGN = (r"整治|打假|攻坚|监控|隐患排查|风险排查|排查|治理|质量提升|提升行动|查处|专项行动|"
            r"执法行动|集中行动|专项检查|攻坚战|排险除患|重点监管|清理")
NOT_CAMPAIGN = r"抽查|抽检|抽样|监督检验|批次|合格率|不合格|检出|取消|调整|目录|许可证管理"
TARGETED_NEEDLES = r"类|种"
# The words after a count up to its product word (its label's end).
PRODUCT_AFTER = rf"[^，,；;。、]{{0,16}}?{_PRODUCT}"

# A spot check's classes of product (categories_sampled), counted in 类 or 大类 (种 is the
# sentence rules'): the clause names the check (对灯具、插座等9类产品实施监督抽查, 从超市抽取…等5大类
# 食品共61批次), or covers them in a sentence whose check was named before (共抽查企业80家，
# 抽查的产品涉及6大类35种).
_CLASSES = r"(?<![\d.至到~～\-－—这该述])(?P<num>\d+)\s*(?P<unit>大类|个大类|类|个类别)"
SAMPLED_CLASSES: tuple[tuple[str, str], ...] = (
    # (the product word after the count, or the kinds the classes break into: 6大类35种)
    ("categories_sampled", rf"{_CLASSES}(?=(?:\s*\d+\s*种)?(?:重点|主要|高风险|日用)*"
                           rf"[^，,；;。、\d]{{0,8}}?{_PRODUCT}|\s*\d+\s*种)"),
)
SPOT_CHECK = r"抽查|抽检|抽样|抽取|监督检验"
# (a clause that covers the kinds, the check named earlier in the sentence)
COVERS = r"涉及|覆盖|包括|包含"
# Not the kinds the failures fell in (不合格产品涉及3类), nor kinds counted by a rate.
NOT_SAMPLED = r"不合格|问题产品|不符合|合格率|计划|拟|将"

# A spot check's kinds of product counted in 种 (or 个品种, 个品类) with the check AFTER them in
# their clause — a count the check's own words follow, however far, as national and provincial
# releases write it (对40种产品组织省级监督抽检; 通报甲、乙等12种产品质量抽检情况;
# 9种产品为首次纳入抽检的产品); the check before them is the sentence rules'. The whole class
# of sampling verbs; not a check whose verdict or rate follows it (7种产品抽检不合格率均为零, 有3种
# 产品抽检合格率偏低: the kinds a result fell in), nor kinds their own words call failing (5种
# 不合格产品, 6种饮料不符合标准), nor a figure between (对12种产品的30批次开展抽查: the sentence
# rules read that list), nor a check on another line (a headline's count, the next title's check).
_SAMPLING = r"抽查|抽检|抽样|抽验|抽测|抽取|购样|买样|监督检验|比对试验|比对检验"
_VERDICT = r"[^，,；;。]{0,3}?(?:不?合格|不符|达标|问题)"
# (kinds of way, not of goods: 通过3种方式开展抽查)
_WAYS = r"方式|形式|途径|渠道|手段|模式|办法|方法|措施|形态"
_YEARS = r"\d{4}\s*年度?"
SAMPLED_KINDS: tuple[tuple[str, str], ...] = (
    ("categories_sampled",
     rf"(?<![\d.至到~～\-－—这该述])(?P<num>\d+)\s*(?P<unit>种|个品种|个品类)"
     rf"(?!\s*(?:{_WAYS})|[^，,；;。\n\d]{{0,4}}?(?:不合格|不符|问题))"
     rf"(?=(?:[^，,；;。！？!?：:\d\n]|{_YEARS}){{0,30}}?(?:{_SAMPLING})(?!{_VERDICT}))"),
)
# A plan's word before the count in its clause: kinds still to be sampled (将对20种产品开展抽查).
PLANNED_KINDS = r"计划|拟|将|准备"
