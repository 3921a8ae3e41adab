"""Supervision (schema 2): the words of units a check found at fault (read by
:mod:`..supervision_at_fault`), beyond the finding and fault around a count of firms that
extract/supervision_outcomes.firms_at_fault reads (发现其中9家企业存在…问题): the units' goods or
equipment counted between them and the fault (发现6家企业的9台叉车存在制动失灵问题), units counted in
个 with their noun (发现4个摊主的案秤存在缺斤短两问题), and the fault before the count (发现问题3家,
存在问题的单位5家)."""

from __future__ import annotations

# Who a check finds at fault, right after a count in 个 (in 家/户/名 the unit says enough).
_UNITS = r"业主|摊主|商户|经营户|业户|单位|门店|店铺|摊位|机构|企业|公司|网点|加油站"
_NUM = r"(?P<num>\d+)\s*"
_FAULT = r"问题|隐患|违法|违规|不合格|超标|不规范|不符合|不合规"
# The faults a unit itself commits (not 不合格 or 超标, which its goods do).
_OWN_FAULT = r"问题|隐患|违法|违规|不规范|不合规"
_GAP = r"[^，,。；;：:\d]"
# Goods, samples or batches: their failing is no unit's fault.
_GOODS = r"样品|产品|批次|商品"

AT_FAULT_ROWS: tuple[str, ...] = (
    # 发现 (查出) up to the count, its goods or equipment counted after 的, then the fault in its
    # clause: 发现6家企业的9台叉车存在制动失灵问题, 发现4个摊主的案秤存在缺斤短两问题
    rf"(?:发现|查出)了?(?:其中)?(?:有)?{_GAP}{{0,10}}?{_NUM}"
    # (not their products or samples: 发现3家企业的6批次样品不合格 counts firms whose goods
    # failed, ``firms_failed``)
    rf"(?P<unit>家|户|个(?=(?:{_UNITS})))(?:{_UNITS})?的(?:(?!{_GOODS}){_GAP}){{0,8}}?"
    rf"(?:\d+\s*(?:台|部|只)(?:\([^()]{{0,3}}\))?)?(?:(?!{_GOODS}){_GAP}){{0,16}}?"
    rf"(?:存在|有|涉嫌)?(?:(?!{_GOODS}){_GAP}){{0,16}}?(?:{_FAULT})",
    # the fault, then the count in 家 or 户 (in 个 it counts the problems: 发现隐患9个):
    # 发现问题3家, 发现安全问题的单位2家, 存在问题的企业5家
    # (the count closing its clause: not the firms an order or a penalty then names, 对发现问题
    # 的9家企业下达了整改通知)
    # (a few words of what the fault is about may come before it, and the units' own kind after
    # 的: 存在消防安全隐患的小餐馆共40家)
    rf"(?<!对)(?:发现|存在)(?:(?!{_GOODS}){_GAP}){{0,8}}?(?:问题|隐患|违法行为|违规行为)(?:的)?"
    rf"(?:(?:{_UNITS})|(?:(?!{_GOODS}){_GAP}){{0,8}}?(?=(?:共|计|有)?\s*\d))?"
    rf"(?:共|计|有)?\s*{_NUM}(?P<unit>家|户)(?=\s*(?:[，,。；;、(（]|$))",
    # a result told as 有 and the count opening its clause, the units' kind and their fault
    # after it (检查结果显示，有7家门店存在违规经营行为; …，有2家摊商标签违规), two kinds of unit
    # joined by 和 as well (有5家药店和2家诊所存在问题: 5 家 here, 2 家 by the next row);
    # not products failing (有3家企业的产品不合格: their goods, and 不合格 is no unit's fault here)
    rf"(?:(?<=[，,；;：:。\s])|(?<=其中)|(?<=表明)|(?<=显示)|(?<=发现))有\s*{_NUM}"
    rf"(?P<unit>家|户|间|个(?=(?:{_UNITS})))(?:(?!{_GOODS}){_GAP}){{0,12}}?"
    rf"(?:[和及与、]\s*\d+\s*(?:家|户|间)(?:(?!{_GOODS}){_GAP}){{0,12}}?)?"
    rf"(?:存在|涉嫌)?(?:(?!{_GOODS}){_GAP}){{0,10}}?(?:{_OWN_FAULT})",
    rf"(?:(?<=[，,；;：:。\s])|(?<=其中)|(?<=表明)|(?<=显示)|(?<=发现))有\s*\d+\s*(?:家|户|间)"
    rf"(?:(?!{_GOODS}){_GAP}){{0,12}}?[和及与、]\s*(?P<at>){_NUM}(?P<unit>家|户|间)"
    rf"(?:(?!{_GOODS}){_GAP}){{0,12}}?(?:存在|涉嫌)?(?:(?!{_GOODS}){_GAP}){{0,10}}?(?:{_OWN_FAULT})",
    # the count found, then the fault, then the units it names (发现3间存在违规行为的店铺, 查出2家
    # 存在隐患的网点): shops counted in 间 as Hong Kong's reports count them
    rf"(?:发现|查出)了?(?:有)?\s*{_NUM}(?P<unit>家|户|间)(?:存在|涉嫌)?(?:(?!{_GOODS}){_GAP}){{0,8}}?"
    rf"(?:{_OWN_FAULT})(?:行为)?的(?:{_UNITS}|业者|商家)",
)
