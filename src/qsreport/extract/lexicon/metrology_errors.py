"""The words of an error a check measured in an instrument (read by :mod:`..metrology_errors`):
a deviation or error found (误差达5%, 计量负偏差最高为12%, 实际值与显示值相差8%, 误差有300多克),
and a quantity short of what the instrument showed (每100升少加油0.8升, 加20升油短少1.2升).
Not the error an instrument is allowed (允许误差, 最大允许误差, a tolerance written ±, 以内)."""

from __future__ import annotations

# The quantities an instrument measures out, and the error in % or ‰.
_UNIT = r"%|％|‰|升|毫升|公升|克|千克|公斤|斤|两"
# The number: in figures, signed with + as errors are written (最高达+2.25%), or in words as
# a share (少加千分之6的油, 差误率达百分之六), whose unit is then the share's (the ``per`` group:
# the unit group stays empty and :mod:`..metrology_errors` writes ‰ or %).
_NUM = (r"(?P<per>百分之|千分之)?\+?\s*"
        r"(?P<num>\d+(?:\.\d+)?|(?<=之)[一二三四五六七八九十][一二三四五六七八九十零点]*)"
        r"(?(per)|\s*(?:多|余)?\s*)(?P<unit>(?(per)|(?:" + _UNIT + r")))")
# Not the allowed error or a bound (允许误差±3‰, 误差在0.3%以内, 偏差不超过…).
_NOT_ALLOWED = r"(?<!允许)(?<!允许的)(?<!允差)(?<!规定)(?<!规定的)(?<!规程)(?<!标准)"
_BOUND_AFTER = r"(?!\s*(?:以内|之内|以下|范围))"
# (误差率, 差误率: the error as a rate, as Hong Kong's reports write it)
_ERROR = r"(?:示值)?(?:正|负)?(?:误差率|差误率|误差|偏差|超差|差值|计量误差|计量偏差)"
_REACHED = r"(?:值)?(?:最高|最大|最多|竟|高|均|平均)*(?:达到?|为|是|有|超过|竟达|高达|了|约)*\s*(?:约|近)?"

METROLOGY_ERRORS: tuple[tuple[str, str], ...] = (
    # an error or deviation named before its number (负偏差最高竟达27%; 误差有300多克)
    ("measured_error", rf"{_NOT_ALLOWED}(?:计量)?{_ERROR}{_REACHED}{_NUM}{_BOUND_AFTER}"),
    # the highest error told in the clause after the one naming it (示值误差都在2%以上，最高达
    # +2.25%): the highest, not the bound before it
    ("measured_error", rf"{_NOT_ALLOWED}(?:计量)?{_ERROR}[^，,；;。]{{0,12}}[，,]\s*(?:其中)?(?:最高|最大)"
                       rf"(?:的)?(?:达到?|为|是|竟达|高达)\s*(?:约|近)?{_NUM}{_BOUND_AFTER}"),
    # two readings that differ (实际出油量与显示值相差2.6%; 实际加油量与显示量相差1.5升)
    ("measured_error", rf"(?:实际|实测|显示|示值|输出)[^，,；;。\d]{{0,12}}?(?:相差|差了|差)"
                       rf"(?:达到?|为|了|竟达|高达)?\s*(?:约|近)?{_NUM}{_BOUND_AFTER}"),
    # a quantity short, after the quantity it was short of or alone (每100升少加油0.83升;
    # 加20升油短少1升; 少给了50克): the shortfall, not the measure it was taken in
    ("measured_error", r"(?<![减缺最至多])(?:少加|少给|少出|少称|少计|短少|短缺|亏|少)了?(?:油|燃油|汽油|柴油)?"
                       rf"(?:约|近)?\s*{_NUM}{_BOUND_AFTER}"),
)
# The sentence must speak of instruments, their fuel or their weighing.
# (量重器具: weighing instruments, as Hong Kong's reports name them)
ERROR_SENTENCE = (r"加油|加气|油枪|计量|计价|秤|称重|衡器|流量计|量器|量重器|水表|电表|燃气表|"
                  r"检定|作弊|短斤缺两|缺斤短两|短斤少两")
ERROR_NEEDLES = r"误差|差误|偏差|超差|差值|相差|少|短少|短缺|亏"
