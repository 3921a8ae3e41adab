"""Supervision (schema 2): the words of five late counts (read by :mod:`..supervision_counted`):
checks counted by the time (``inspections_made``: 巡查150余次, 开展协作执法6次, 进行了2,400次
安全巡检), kinds of offending goods seized or destroyed (``goods_kinds``: 销毁…5大类、70个品种),
firms a supervision rating graded (``firms_graded``: 3家被评为一级计量企业, 14家AA类企业), the
supervision system's own bodies (``supervisory_bodies``: 安全监察机构达到110个，其中省级1个、市级
14个) and staff (``supervisory_staff``: 安全监察人员为1500人, 配备了6名处置专员), and failing
batches a bureau dealt with by law (``failures_followed_up``: 对18批不合格的农资依法作了处置)."""

from __future__ import annotations

from ... import regex_cache as rx
from . import NUM_GROUPED_ALONE as _NUM

_GAP = r"[^，,；;。！？!?\d]"

# Checks a bureau counts by the time: the check's word, then the count in 次/万次 (not 人次, 家次,
# 台次: those count what the checks went through); or the doing verb, the count and the check
# after it. Named campaigns and joint checks (专项检查, 联合检查) are ``campaigns``.
_CHECK = r"巡查|巡检|日常检查|日常监督检查|监督检查|协作执法"
# (a bound or a guess before the count, as Hong Kong's reports write one: 进行逾200次巡查, 约80次;
# and the checks a find was made in, 在520次巡查中检获…)
_ABOUT = r"(?:逾|约|近|超过|多达)?"
INSPECTIONS_ROWS: tuple[str, ...] = (
    rf"(?<!专项)(?:{_CHECK})(?:工作)?(?:达到?|共|计|共计|累计|合计)*\s*{_NUM}(?P<unit>万次|次)",
    rf"(?:进行|开展|实施)了?(?:共|计|累计)?{_ABOUT}\s*{_NUM}(?P<unit>万次|次){_GAP}{{0,14}}?(?:巡查|巡检|检验)",
    rf"在{_ABOUT}\s*{_NUM}(?P<unit>万次|次)(?:{_CHECK})(?:行动)?中",
)

# Kinds of offending goods: the seizing or destroying verb, then the kinds (5大类, 40余种,
# 70个品种), or 品种 and its count after a destroying verb (品种达50多个).
# (检获, 充公: seized and confiscated, as Hong Kong's customs write it)
_SEIZE = r"销毁|查获|收缴|查扣|扣押|查封|没收|检获|充公|缴获"
# Models counted in 款 are kinds where the pieces' own count follows (检获9款、共120件…; 查获
# 三款，合共四十个…), in digits or Chinese numerals as such releases write small counts.
_CN = r"[一二两三四五六七八九十百千]"
_PIECES_NEXT = rf"(?=\s*[、，,]\s*(?:共|合共|总共|合计|共计|计)\s*(?:\d|{_CN}))"
GOODS_KINDS_ROWS: tuple[str, ...] = (
    rf"(?:{_SEIZE})[^，,；;。！？!?]{{0,30}}?{_NUM}(?P<unit>大类|类|种|个(?=品种)|款(?=产品))",
    rf"(?:{_SEIZE})[^，,；;。！？!?]{{0,30}}?(?<![\d.]){_NUM}(?P<unit>款){_PIECES_NEXT}",
    rf"(?:{_SEIZE})[^，,；;。！？!?\d]{{0,30}}?(?<!{_CN})(?P<num>{_CN}{{1,4}})(?P<unit>款){_PIECES_NEXT}",
    # (the verb may stand alone before it: 品种80多个, 品种达50多个)
    rf"(?:{_SEIZE})[^；;。！？!?]{{0,60}}?品种(?:数量)?(?:达到?|共|计|有)*\s*{_NUM}(?P<unit>个|种)",
    # the second kind of a list (5大类、70个品种)
    rf"(?:{_SEIZE})[^，,；;。！？!?]{{0,30}}?\d\s*(?:多|余)?\s*(?:大类|类)、\s*(?P<at>){_NUM}(?P<unit>个(?=品种)|种)",
)

# Firms a rating graded: the count, then the grade it was given (定为一级计量企业, 评为A级);
# the grade, then the count (评为A级的餐饮单位90家); a count of one class's firms (14家AA类企业);
# the count put through a rating (对800家食堂和餐馆开展了量化分级, 30家企业进行计量升级).
_FIRM = r"(?:企业|单位|餐饮单位|餐饮服务单位|经营户|商户|经营单位)"
_GRADE = r"(?:[A-C]{1,3}|[一二三四甲乙丙丁]级?)"
_RATING = r"分级评定|等级评定|量化分级|动态分级|信用分类|风险分级|分类监管|计量定级|计量升级"
FIRMS_GRADED_ROWS: tuple[str, ...] = (
    rf"{_NUM}(?P<unit>个|家|户){_FIRM}?被?(?:定为|评为|评定为|划为|列为|确定为)"
    rf"(?:{_GRADE}(?:级|类)|[^，,；;。\d]{{0,6}}?计量[^，,；;。\d]{{0,6}}?企业)",
    rf"(?:评为|定为|评定为|划为|列为){_GRADE}(?:级|类)的?{_FIRM}?(?:共|有|为)?\s*{_NUM}(?P<unit>家|个|户)",
    rf"{_NUM}(?P<unit>家|个|户)\s*(?:[A-C]{{1,3}}类|[A-C]{{1,3}}级)(?:企业|单位)",
    rf"{_NUM}(?P<unit>家|个|户){_GAP}{{0,12}}?(?:实施|开展|进行)了?{_GAP}{{0,4}}?(?:{_RATING})",
)

# The supervision system's own bodies: their word and the count (安全监察机构达到110个); each
# level of a list after it in its sentence (其中省级1个、市级14个).
_BODIES = r"安全监察机构|安全监管机构|监察机构|监督检查机构"
_LEVEL = r"国家级|省级|市级|地级|地市级|区县级|县区级|县级|区县派出机构|派出机构"
SUPERVISORY_BODIES_ROWS: tuple[str, ...] = (
    rf"(?:{_BODIES})(?:共计|共|计|达到?|为)*\s*{_NUM}(?P<unit>个|家)",
)
# Each level of a list after the bodies' word in its sentence (其中省级1个、市级14个).
LEVEL_ITEM = rx.compile(rf"(?<=[中、，,；;\s])(?:{_LEVEL})\s*{_NUM}(?P<unit>个)")
BODIES_WORD = rx.compile(_BODIES)

# Their staff: inspectors of the supervision system (安全监察人员为1500人, 稽查人力增加6人达
# 36人), and staff a platform is given (配备了6名处置专员); not staff sent out on a campaign.
_STAFF = r"安全监察人员|监察人员|稽查人员|稽查人力|处置专员|调度员"
SUPERVISORY_STAFF_ROWS: tuple[str, ...] = (
    rf"(?:{_STAFF})(?:共计|共|计|达到?|为|有)*\s*{_NUM}(?P<unit>人|名)(?!次)",
    rf"(?:{_STAFF})[^，,；;。\d]{{0,6}}?增(?:加|至)?\s*{_NUM}(?P<unit>人|名)(?!次)",
    rf"(?:{_STAFF})[^，,；;。]{{0,12}}?达\s*{_NUM}(?P<unit>人|名)(?!次)",
    rf"(?:配备|配置|设有)了?\s*{_NUM}(?P<unit>名|人)(?:专职)?(?:{_STAFF})",
)
# Staff sent out, drawn off, trained or taking part: a campaign's (出动执法人员), not the
# system's own (the sentence is read).
NOT_OWN_STAFF = rx.compile(r"出动|派出|抽调|组织|人次|培训|考核|参加|参与")
# A staff level or addition still planned: a plan's word before the figure in its clause
# (将增, 将达, 计划, 拟; not a plan followed, 按计划); 已 or 了 after it tells it done, and a
# clause mark ends its reach (…将增6人，现有24人: the 24 are there now).
STAFF_PLANNED = rx.compile(r"将(?:要)?(?:新?增|达)|(?<!按)(?<!按照)(?<!原)计划|拟")
STAFF_PLAN_ENDS = rx.compile(r"已|了|[，,；;：:]")

# Failing batches dealt with by law: the count of failing goods, then 依法处理/处置 (对18批不合格的
# 农资依法作了处置).
FAILURES_DEALT_ROWS: tuple[str, ...] = (
    rf"对\s*{_NUM}(?P<unit>批次|批|件)不合格{_GAP}{{0,12}}?(?:依法)?(?:进行了?|作了?|予以)?(?:处理|处置)",
)
