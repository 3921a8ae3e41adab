"""The words of a lift emergency platform's figures (read by :mod:`..special_equipment_rescue`):
the calls and requests it took (接警2300次, 呼入电话1200次, 受理各类求助600起), the trappings it
handled (困人故障300起, 发生电梯困人事件8起), the people freed (解救被困人员580人) and how long
its rescuers took on average (平均到达现场时间12.5分钟, 平均救援用时4.2分钟). Not a count per
day or per month (日均处置困人故障15起), nor a share or a change (平均到达时间缩短了4%)."""

from __future__ import annotations

_NUM = r"(?P<num>\d+(?:\.\d+)?)\s*(?:余|多)?\s*"
# (between a noun and its count: words of its own clause, no other figure)
_GAP = r"[^，,；;。：:\d]"
# What joins a level to its figure: 共, 达, 为, 是, 约, 缩短至.
_JOIN = (r"(?:共|总计|合计|累计|计|达到?|为|是|约|近|超过|仅为?|只有|缩短(?:至|到|为)|"
         r"降(?:至|到|为|低到|低至)|减少(?:至|到))*")
# A count per day or per month is no count (日均处置困人故障15起, 平均每天接警10次, 每月).
_NOT_A_RATE = (r"(?<!日均)(?<!月均)(?<!平均每天)(?<!平均每日)(?<!平均每月)(?<!每天)(?<!每日)"
               r"(?<!每月)(?<!平均)")
# A trapping: people stuck in a lift (困人, 被困, 关人), a fault or an incident of it; 关人 is
# no trapping inside 相关人员, 有关人士 or 机关人员.
_SHUT_IN = r"(?<![相有机])关人(?![员士])"
# (not the faults that trapped no one, 非困人故障: the platform's other calls)
_TRAPPED = rf"(?:(?<!非)困人|{_SHUT_IN}|被困(?!人员|乘客|群众|市民|人数))"
_TRAPPED_NOUN = r"(?:故障|事件|事故|求助|求救|求援|警情|报警|电话|险情|接报|诉求)"
_CALLED = (r"(?:接警|接听|接到|接报|接收|接处|受理|处置|处理|响应)(?:了)?(?:各类)?(?:电梯)?"
           r"(?:求助|求援|报警|电话|来电|呼叫|警情|报修|诉求|救援请求|信息|工单|应急事件|故障)")
# (a verb of taking calls, then what they were about, up to the word for them: 一共接到群众咨询、
# 电梯困人等各类来电52通)
_CALLS_TAKEN = (r"(?:接到|接听|接收|接处|受理|共接)[^，,；;。：:\d]{0,16}?"
                r"(?:电话|来电|呼叫|求助|求援|诉求|警情)")
# (救助 and 救援 only with 被困: 救援人员, 救助人员 are the rescuers, not those freed)
_FREED = (r"(?:(?:解救|救出|解困|营救)(?:出|了)?(?:被困(?:的)?)?|(?:救助|救援)(?:出|了)?被困(?:的)?)"
          r"(?:人员|乘客|群众|市民|居民|业主|人数)")
_ARRIVED = r"(?:到达|到场|抵达|赶到|到位)(?:现场|救援现场|事发现场|困人现场)?(?:救援|施救)?"
_RESCUED = r"(?:现场)?(?:救援|解困|处置|救助|营救|施救)"
_SPAN = r"(?:时间|用时|时长|耗时)"
_MINUTES = r"(?P<unit>分钟)(?!以内|之内|内)"
# A change from a year before, the metric's own with ``basis: change`` (比上年缩短1.2分钟).
_COMPARED = (r"(?:(?:比|较|与)(?:上年|去年|上一年|\d{4}年)(?:同期)?(?:相比)?|同比)?"
             r"(?:(?:缩短|减少|下降|降低|增加|延长)了?(?![至到为]))?")

RESCUE: tuple[tuple[str, str], ...] = (
    # the average time to reach the site (平均到达现场时间为12.5分钟; 到达现场的平均时间11分钟;
    # 救援人员平均12.6分钟到达现场)
    ("arrival_minutes", rf"平均(?:救援)?{_ARRIVED}{_SPAN}{_GAP}{{0,4}}?{_COMPARED}{_JOIN}\s*{_NUM}{_MINUTES}"),
    ("arrival_minutes", rf"{_ARRIVED}的?平均{_SPAN}{_GAP}{{0,4}}?{_COMPARED}{_JOIN}\s*{_NUM}{_MINUTES}"),
    ("arrival_minutes", rf"平均(?:用时)?\s*{_NUM}{_MINUTES}(?:即可|就)?{_ARRIVED}"),
    # the average time to free them once there (平均救援时间4.2分钟; 现场平均解困用时3分钟)
    ("rescue_minutes", rf"平均{_RESCUED}{_SPAN}{_GAP}{{0,4}}?{_COMPARED}{_JOIN}\s*{_NUM}{_MINUTES}"),
    ("rescue_minutes", rf"{_RESCUED}的?平均{_SPAN}{_GAP}{{0,4}}?{_COMPARED}{_JOIN}\s*{_NUM}{_MINUTES}"),
    # people freed (成功解救被困人员580人; 解救被困群众36人次); 人 after the count
    ("people_freed", rf"{_NOT_A_RATE}{_FREED}{_GAP}{{0,4}}?{_JOIN}\s*{_NUM}(?P<unit>人次|人|名)"),
    ("people_freed", rf"{_NOT_A_RATE}(?:解救|救出|营救)(?:出|了)?{_GAP}{{0,6}}?{_NUM}(?P<unit>人次|人|名)"
                     rf"(?:被困|受困)"),
    # trappings handled or reported (电梯困人求助300起; 发生电梯困人事件8起; 处置困人故障120起)
    ("trappings", rf"{_NOT_A_RATE}{_TRAPPED}{_TRAPPED_NOUN}?"
                  rf"{_GAP}{{0,4}}?{_JOIN}\s*{_NUM}(?P<unit>起|次|件|宗|例)"),
    ("trappings", rf"(?:发生|处置|处理|接报|受理){_GAP}{{0,4}}?{_NUM}(?P<unit>起|次|件|宗)"
                  rf"(?:电梯)?{_TRAPPED}{_TRAPPED_NOUN}"),
    # (counted in 个 only after a noun of the incident or its report: 困人事件接报5个, 困人接报2个)
    ("trappings", rf"{_NOT_A_RATE}{_TRAPPED}(?:{_TRAPPED_NOUN})+{_GAP}{{0,2}}?{_JOIN}\s*{_NUM}(?P<unit>个)"),
    # (the place or cause they were most of, past its comma: 困人最多的是写字楼，共60起;
    # 困人事件数量最高的为商场，有18起)
    ("trappings", rf"{_NOT_A_RATE}{_TRAPPED}{_TRAPPED_NOUN}?(?:量|数量|起数|次数|数)?"
                  rf"(?:最多|最高|最集中)的?(?:是|为|在)[^，,；;。：:\d]{{1,12}}[，,]?\s*(?:共|有|达)?"
                  rf"{_JOIN}\s*{_NUM}(?P<unit>起|次|件|宗|个)"),
    # (the rescues each level called, a trapping each, in a platform's report: 启动一级救援9次;
    # not a level that called none, which reads no figure of 0)
    # (the next levels of its list, the verb said once: 启动一级救援9次、二级救援2次)
    ("trappings", rf"(?:(?:启动|发起|实施|开展)(?:了)?|(?<=[次起])[、，,])(?:[一二三]级|[123]级)(?:应急)?救援"
                  rf"{_JOIN}\s*(?!0\s*[次起]){_NUM}"
                  r"(?P<unit>次|起)"),
    # calls and requests taken (全年共接警2300次; 受理各类求助600起; 呼入电话1200次; 电梯故障报修200起)
    ("emergency_calls", rf"{_NOT_A_RATE}{_CALLED}{_GAP}{{0,6}}?{_JOIN}\s*{_NUM}(?P<unit>次|通|起|个|件|宗|条)"),
    ("emergency_calls", rf"{_NOT_A_RATE}(?:接警|呼入|呼出|来电|去电|回访)(?:电话)?{_JOIN}\s*{_NUM}"
                        r"(?P<unit>次|通|个)"),
    ("emergency_calls", rf"{_NOT_A_RATE}(?:故障报修|报修|故障电话|咨询(?:投诉)?(?:电话|来电|求助|诉求)|"
                        rf"投诉电话|投诉建议|其他求助|其他诉求){_GAP}{{0,4}}?{_JOIN}\s*{_NUM}"
                        r"(?P<unit>起|次|件|宗|个)"),
    # (a bare 咨询 only right before its count: 咨询150次, not 咨询活动5次 nor 咨询服务台3个)
    ("emergency_calls", rf"{_NOT_A_RATE}咨询(?:投诉)?{_JOIN}\s*{_NUM}(?P<unit>起|次|件|宗|个)"),
    ("emergency_calls", rf"{_NOT_A_RATE}{_CALLS_TAKEN}{_JOIN}\s*{_NUM}(?P<unit>次|通|起|个|件)"),
)
# A count per day, per month or per 10,000 lifts anywhere in its clause before it is a rate
# (辖区每万台电梯日均困人0.8起).
RESCUE_RATE = r"日均|月均|每天|每日|每月|每周|每万台|每台"
# A label that ends on a change word (比上年缩短, 同比减少了): the figure is a change.
RESCUE_CHANGE = r"(?:缩短|减少|下降|降低|增加|延长)了?$"
# The report must speak of lifts (or of the platform's number) and of a rescue or a trapping
# (a fire brigade's rescue, with no lift, is none), and each figure's sentence of lifts,
# trappings or the platform.
RESCUE_LIFTS = r"96333|电梯|扶梯"
RESCUE_REPORT = r"96333|应急处置|救援|困人|被困|" + _SHUT_IN
RESCUE_SENTENCE = (r"96333|电梯|扶梯|平台|困人|被困|应急处置|救援|解救|接警|呼入|呼出|"
                   + _SHUT_IN)

# Trappings broken down into parts, each part its label and count (read by
# :mod:`..special_equipment_rescue`): by cause, after a head that names the causes or the
# trappings they are of (困人原因主要有：供电中断75起，乘客扒门32起; 在全部困人故障中，
# 维保不到位41起，占…), or by the level of rescue called, after 其中 in the sentence of a
# trappings count (…救援2100起，其中由维保单位（一级）救援2050起；由应急站点（二级）
# 救援47起).
PARTS_BY_CAUSE = r"(?:困人|被困)(?:故障|事件)?的?原因|(?:困人|被困)(?:故障|事件)(?:中|当中)"
PARTS_AFTER = r"其中"
# A part: a few words, brackets of words allowed (门锁故障(含门刀卡阻)), then its count; the words
# of a share or a total are no part's (占困人故障总数的52%). By level, its words end on 救援.
_PART_WORDS = r"(?:[^，,；;。：:\d()（）]|[(（][^()（）\d]{0,30}[)）])"
PART = (rf"\s*(?:主要有|分别是|分别为|主要是|有)?[：:]?\s*(?P<label>{_PART_WORDS}{{1,30}}?)\s*"
        rf"{_NUM}(?P<unit>起|次|件|宗)\s*[。！？!?]?")
LEVEL_PART = (rf"\s*(?P<label>{_PART_WORDS}{{0,24}}?救援)\s*{_NUM}(?P<unit>起|次|件|宗)\s*[。！？!?]?")
NOT_A_PART = r"占|总数|合计|共计|同比|比上年"
PART_BREAK = r"[，,；;：:]"
