"""Supervision: figures told before the word that names their metric — a fine before 罚款,
firms before their 立案, staff before the work they were sent to — as rows read by
:func:`..supervision_keywords.keyword_after`."""

from __future__ import annotations

from typing import NamedTuple


class ToldBefore(NamedTuple):
    """A metric whose word follows its figure: the figure's units, the word right after it (in
    its clause), a word that must stand near before it ("" for none), and words in its clause
    before the word after it that rule it out (a law's range, a plan); where ``after`` names
    its word as the group ``word``, those are looked for only before the figure and right
    before that word."""

    metric: str
    units: frozenset[str]
    after: str
    verb: str = ""
    unless: str = ""


TOLD_BEFORE: tuple[ToldBefore, ...] = (
    # A fine imposed, its money before the word (对该企业处以5万元罚款, 作出8000元的行政处罚,
    # 给予8000元罚款的行政处罚), the verb imposing it near before; not a law's range or a fine
    # still to come (可处5万元罚款, 将被处以…, 最高可罚…).
    ToldBefore("fines", frozenset({"元", "万元", "亿元"}),
               after=r"\s*的?(?:行政|经济)?(?:罚款|罚没款|处罚)",
               verb=r"处以?|作出|做出|给予|予以|罚",
               unless=r"可|将|应|拟|最高|最多|以上|以下|规定|条例|法律|办法"),
    # Firms whose cases were opened, counted before the word (对4家门店依法立案查处, 其中6家
    # 企业已被立案调查, 对5家涉嫌违法的企业立案): cases, in 家 or 户, as the keys count them;
    # not firms of cases counted after, right after the word or a few words on (对违规的3家依法
    # 立案3起, 并立案查处案件6起 → the 起), nor cases yet to come. The words ruling it out are
    # looked for before the figure and right before the word (拟对…, 将被立案), not in the
    # firms' own description after the figure (供应商, 没有取得许可证的企业).
    ToldBefore("cases", frozenset({"家", "户"}),
               after=r"[^，,。；;：:\d]{0,30}?(?P<word>(?:被|进行了?|予以|依法|已)?"
                     r"(?:立案查处|立案调查|立案处理|立案侦查|立案))"
                     r"(?![^，,。；;：:]{0,8}?\d+\s*(?:起|件))",
               unless=r"将|拟|要|应|需|建议|未|没有"),
    # Staff counted before their noun and sent to the work the clause tells (40余名执法人员兵分
    # 五路对…开展检查, 组织30名执法人员深入…检查): people deployed.
    ToldBefore("personnel_deployed", frozenset({"名", "人"}),
               after=r"(?:执法|检查|稽查|监管|监察|工作|技术|业务)?(?:人员|骨干|干部)[^，,。；;：:\d]{0,8}?"
                     r"(?:兵分|分成|分为|分赴|深入|奔赴|前往|赶赴|突击|对[^，,。；;：:\d]{1,30}?(?:开展|进行))"),
)
