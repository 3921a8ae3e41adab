"""Supervision campaigns: the enforcement a report's lead tells by a verb of its own and no
campaign's name — patrols (巡查全区各市场, 加强突击巡查), checks made hard (严查经营主体证照),
prosecutions (向商贩提出检控) and a fight on a practice (严厉打击短秤活动) — read by
:mod:`..supervision_actions_enforced`."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# The verb and what it acts on, to the end of its clause (the action's title).
# (巡查 and 严查 with their object right after them: not a patrol team, 巡查组, nor the while
# of one, 巡查中, nor patrols counted, 进行了300次巡查。, nor one of a list of check words whose
# findings other work deals with, 日常巡查和抽查中发现的问题, nor a measure of patrolling,
# 巡查频率, 巡查范围, nor patrols as a noun whose share or effect a clause weighs, 突击巡查只占
# 巡查总数的一成, 质疑某署巡查成效, nor a body's patrols as a noun, 某署的巡查多数提前通知, 巡查前
# 先行联络, 巡查每月…, 削弱巡查的威慑: how the patrols go, none carried out; nor the course
# of one, 在巡查过程中发现…, nor its manner or needs, 巡查方式, 巡查须停机, nor the deterrence
# patrols carry, 减弱巡查威慑力)
# (打击 of fakes is a fight on counterfeits, read by the campaign table, not here)
LEAD_ENFORCEMENT = compile_fast(
    r"(?P<word>(?<!的)(?:突击|联合|加强|严厉|持续)?(?:巡查|巡检)(?![组员中时前后期和及与、每的]|人员|制度|机制|工作|情况|结果|力度|频率|频次|次数|范围|覆盖|只?占|成效|效果|比率|比例|总数|过程|方式|方法|需|须|阻吓|阻嚇|威慑|震慑)"
    r"(?=[^\W\d_a-zA-Z]{2})"
    r"|严查(?![组处])(?=[^\W\d_a-zA-Z]{2})"
    # (not a unit's name, 检控及消费者保障科, 检控组, nor the cases prosecuted, 检控的个案)
    r"|(?:提出|予以|进行|将被|被)?检控(?![及和与科组处部课的]|人员)"
    # (not 打击 as a noun a clause weighs: 影响打击…的效率, 有利于打击… and 不利于打击…)
    r"|(?<!影响)(?<!利于)(?<!加大)(?:严厉|重点|继续|持续|集中|依法)?打击(?![^，,。；;！!？?]{0,16}?(?:假冒|伪劣|假劣))"
    # (the words after it in its own line: a line cut short, 重点打击非法⏎, ends the verb's object)
    r"(?=[^，,。；;！!？?\n]{1,24}?(?:活动|行为|情况|违法|犯罪))"
    r")"
    r"(?P<object>[^，,。；;！!？?\n]{0,24})"
)
# A verb of enforcement wished for, asked for or ahead, not done (要严查, 须巡查, 拟检控), or
# urged on a body by another (某公署促增巡查, 建议加强巡查, 吁严查: a recommendation).
ENFORCEMENT_WISHED = rx.compile(r"(?:要|须|必须|应当?|将|拟|需要?|可能|会|促(?:请|增|加)?|建议|呼吁|吁请?)\s*$")
