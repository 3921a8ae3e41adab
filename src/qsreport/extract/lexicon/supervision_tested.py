"""Supervision campaigns: the words of a test of goods a report's lead tells with no campaign
word and no count of batches (某会对市售暖手宝做了耐热测试; 某署在网店买入
该款积木，随后把样品交实验室检验; 联合检测结果显示，在9个电饭煲样品中…): read by
:mod:`..supervision_actions_tested` where the report names no campaign."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast


# The word of the test itself, a manner or a kind before it (安全测试, 抽样检测, 联合测试); not a
# place, a body or a paper named after it (化验所, 检测中心, 检验机构, 检测报告, 检测结果 but for
# 检测结果显示, which tells the test), which the pattern then reads past.
def _test(name: str) -> str:
    return (rf"(?P<{name}>(?:安全|质量|性能|联合|抽样|抽查|比较|对比)?"
            r"(?:测试|检测|化验|检验|测评|试验|送检|送验))"
            r"(?!所|室|站|院|中心|机构|单位|人员|报告|结果(?!显示|表明)|标准|项目|费|能力|设备|仪器|中|时|计划|方案)")


# (each way of telling it names its test word apart: the action's title is the one that matched)
WORD_GROUPS = ("taken", "on_sale", "counted")
# Goods taken as samples by every verb that takes them (drawn, bought, bought on trial,
# collected), and the samples' own nouns (样本, 样品, 该款 for the one model a notice is about).
_TAKEN = r"(?:抽取|抽样|采集|收集|采购|购买|选购|试购|购样|买入|购入)了?"
_SAMPLES = r"(?:样本|样品|该款|此款|这款)"
_COUNT = r"(?:\d[\d,]*|[一二三四五六七八九十百两]+)\s*[多余]?\s*[个份件款]"

SAMPLES_TESTED = compile_fast(
    # goods taken as samples, then tested (在网店买入该款积木，随后把样品交实验室检验; 采集二十份饮品
    # 样本检测)
    rf"{_TAKEN}[^。；;！!？?]{{0,30}}?{_SAMPLES}[^。；;！!？?]{{0,24}}?{_test('taken')}|"
    # goods on sale tested (对市售暖手宝做了耐热测试, 针对市售的台灯开展检测)
    rf"(?:针对|对)市售[^，,。；;！!？?]{{1,16}}?(?:进行|开展|执行|实施|作|做)了?"
    rf"[^，,。；;！!？?]{{0,8}}?{_test('on_sale')}|"
    # a test whose samples are counted right after it (联合检测结果显示，在9个电饭煲样品中)
    rf"{_test('counted')}[^。；;！!？?\d]{{0,8}}?{_COUNT}[^，,。；;！!？?\d]{{0,10}}?(?:样本|样品)"
)

# One quarter of the year named after 今年 (今年第一季, 今年二季度): a round of its own, not the
# year so far a work summary sums up (前三季度 is that: ROUTINE_SPAN).
ONE_QUARTER = rx.compile(r"(?:今年|本年度?)第?[一二三四1-4]季(?!度?(?:以来|末|底))")
