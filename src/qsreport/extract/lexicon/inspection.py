"""Inspection: facility names, their stages of building, and the words around a name."""

from __future__ import annotations

import re

from ...chars import HAN
from ...regex_prefilter import compile_fast
from . import Vocabulary

FACILITY_SUFFIX = compile_fast(
    rf"(?:检验|检测|质检|计量|认证|测试|检定|鉴定){HAN}{{0,6}}?"
    r"(?:中心|所|院|站|工程|基地|实验室|平台|大楼|机构)$|质检院|检验院|实验室$|检测中心$"
)
FACILITY_STATUSES: tuple[tuple[str, str], ...] = (
    (rf"通过(?:{HAN}|[、和与及]){{0,24}}?(?:认可|认证|验收|考核|评审|授权)|获得{HAN}{{0,8}}?(?:认可|授权)",
     "accredited"),
    (r"投入使用|投入运行|正式运行|投入运营|启用|挂牌运行|运行良好|正式挂牌", "operating"),
    (r"建成|竣工|落成|完工", "completed"),
    (rf"正在{HAN}{{0,4}}?建设|建设中|在建|开工建设|加紧建设", "under_construction"),
    (r"筹建|拟建|规划建设|计划建设|批准筹建|获准筹建|立项|处于规划|规划设计阶段", "planned"),
)
_STATUSES = Vocabulary(FACILITY_STATUSES)
FACILITY_STATUS, facility_status = _STATUSES.pattern, _STATUSES.key


FUTURE_WORDS = re.compile(r"力争|争取|确保|将|计划|拟|预计|年内|有望")


LEAD = re.compile(r"^(?:目前|现在|近年来|今年|去年|其中|同时|此外|另外|由|经|并|已|位于" + HAN + "{2,6}的)+")

TAIL = re.compile(r"(?:已经|已|正在|正|顺利|正式|全面|基本|将|也|均|都|今年|近日|日前|先后|相继|一次性)+$")

FULL_NAME = re.compile(
    rf"{HAN}{{2,30}}?(?:质量监督检验中心|检验检测中心|检验中心|检测中心|质检中心|检验所|"
    rf"检测所|质检所|质检院|检验院|检测院|研究院|实验室)(?:[(（]{HAN}{{2,4}}[)）])?"
)

NOT_A_FACILITY = re.compile(
    r"^(?:这|那|该|本|我市|全市|全省|一批|多个|一些|各类)|第[一二三四五六七八九十\d]+个|一个|\d"
)

SUFFIX_ANYWHERE = re.compile(
    r"(?:中心|工程|基地|实验室|平台|(?<=[验测检究量试定分])(?:所|院|站)|(?<=检测|检验|实验|综合)大楼)"
)

ANAPHORA = re.compile(r"(?:该|本|这个|这一|此)(?:中心|所|院|实验室|站|基地|机构)$")

AFTER = re.compile(r"(?:以|之)?后")

BUILT_BY = re.compile(rf".*(?:承建的|建设的|组建的|筹建的|依托{HAN}{{2,12}}?的)")
