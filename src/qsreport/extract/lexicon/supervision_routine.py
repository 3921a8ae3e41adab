"""What makes a campaign word routine work rather than a campaign (for
:mod:`..supervision_actions_routine`): routine and earlier-phase words before it, the course of
work, a plan or a body after it, a measure in a list of measures, a plural before it, a task
done on counted objects, a matter of degree (力度), the check's word used as the verb of its
object, and the ordinal that opens an item of an enumeration."""

from __future__ import annotations

from ... import regex_cache as rx

# Words that make a campaign word routine work or a matter of degree, not a campaign:
# 日常执法检查, 加大执法检查力度 (力度 later in the clause), 监督抽查了本市 (the check as a
# verb, with its object).
# (前一阶段专项整治时查出的问题: an earlier phase, named as a time)
# (职业打假, 专业打假: the people who hunt fakes or their skill; 严格监督抽查: a manner)
ROUTINE_BEFORE = rx.compile(r"日常|前一阶段|上一阶段|前阶段|上阶段|(?:职业|专业|严格)$")

# After a title, words that make it the course of work or a plan, not a campaign: 在执法打假
# 过程中, 制定…专项行动计划 (a plan is never a campaign carried out); or the leading group set
# up for a kind of work (专项整治工作领导小组): a body, no campaign carried out.
# So is a check done as a task for others (完成…专项抽检等监督抽查检测任务).
# An honour named after a kind of work (专项整治先进集体, 打假工作先进个人) is no campaign
# either, nor a check named as the way another is done (采取随机抽查的方式).
# A campaign's contingency plan (…应急预案) is a plan too (a campaign's 实施方案 is how one
# carried out was set up: the keys name the campaign), and an office
# named after a kind of work (打假办, 打假办公室) a body.
ROUTINE_AFTER = rx.compile(
    r"的?过程|计划|规划|纲要|(?:[^\W\d_a-zA-Z]{0,6}?应急)?预案|办(?:公室)?(?![理法])|(?:工作)?领导小组|(?:检测|检验)?任务|(?:工作)?先进(?:集体|单位|个人|工作者)"
    r"|的?(?:方式|形式|方法)"
    # The cases a campaign produced, named after it (“…利剑”行动典型案件, 十大典型案例): a
    # list of cases, no campaign carried out by the report's bureau.
    r"|(?:[^\W\d_a-zA-Z]{0,4}?)典型(?:违法)?案(?:件|例)"
    # A body or a centre named after the work (“打击假冒伪劣…检验中心”, 打假研究所): no
    # campaign (not 中心城区: the name ends there).
    r"|[^\W\d_a-zA-Z]{0,10}?(?:中心|基地|实验室|研究院|研究所|协会|联盟)(?![^\W\d_a-zA-Z])"
    # A team set up for the work (专项检查组, 专项整治督导小组): a body, like a leading group;
    # what it did is told in its own words (对…进行了专项检查).
    r"|(?:督导|督查|检查|执法)?(?:工作)?小?组(?![织成合建])"
    # So are a task force, the member offices of a joint effort and an alliance named after
    # the work (某区打假专班, 公安等打假成员单位, 执法打假协作联盟…平台): bodies, no campaign
    # (rounds 114, 115 and 123).
    r"|(?:工作)?专班|成员单位|协作联盟"
    # Work a meeting deployed, alone or in a list (会议就…监督抽查、…风险排查作出全面部署): the
    # year's work set out, no campaign carried out.
    r"|(?:[、和及与][^，,。；;：:、]{1,20}){0,5}?作(?:了|出)(?:总体|全面|具体|专门)?部署"
    # A plan named after a list of works, the campaign word its first (《…监督抽查和风险监测
    # 计划》, …抽查、检验工作计划): a plan, as one named after the word alone is.
    r"|(?:[、和及与][^，,。；;：:、《》“”]{1,20}){1,5}?(?:工作)?(?:计划|规划|纲要)"
)
# A plan named after the campaign word, alone or the first of a list of works (…抽查计划,
# 《…监督抽查和风险监测计划》): the work it names is still ahead.
PLAN_NAMED_AFTER = rx.compile(r"(?:[、和及与][^，,。；;：:、《》“”]{1,20}){0,5}?(?:工作)?(?:计划|规划|纲要)")

# After a title, the rest of a 、-list of measures or duties it is one of (巡查、抽查、约谈等
# 监管措施; 承担抽查、检验等任务), or of the steps of a selection (资格审查、监督抽查、公示等
# 程序): a kind of work, not a campaign.
LISTED_MEASURE_AFTER = rx.compile(
    r"(?:[、和及][^，,。；;：:、]{1,14}){0,5}?等[^，,。；;：:]{0,8}?"
    r"(?:措施|举措|任务|手段|方式|职能|职责|制度|环节|程序|步骤|流程)"
)

# A plural earlier in the clause makes the campaign words after it kinds of work: 开展各类产品的
# 质量抽查及打假活动.
# (多种形式的 is a manner, not a plural of campaigns.)
PLURAL_BEFORE = rx.compile(r"(?:一系列|各类|各项)[^，,。；;：:]{0,14}$")
# ... but a plural inside the object checked, before the verb that carries the campaign out,
# qualifies the goods, not the campaigns: 对全县各类预包装食品进行净含量专项抽查.
OBJECT_PLURAL_BEFORE = rx.compile(
    r"对[^，,。；;：:]{0,24}?(?:各类|各项)[^，,。；;：:]{1,14}?(?:进行|开展|实施)了?[^，,。；;：:]{0,12}$")

# A check completed on a counted object is a task, not a campaign: 完成了12个集贸市场的执法检查.
# (…行动, …活动: a campaign still, whatever it was done to)
CAMPAIGN_HEAD = rx.compile(r"行动|活动|战役")

# ... or 对88家生产企业进行执法检查: the check as the work done on counted objects.
# A count is a run of digits standing apart from Latin letters: the digits of a product code
# or a model number (h7n9, kn95, 3C, XD-300) count nothing.
_COUNT = r"(?<![A-Za-zＡ-Ｚａ-ｚ\d.\-])\d+(?![\dA-Za-zＡ-Ｚａ-ｚ\-])"
COUNTED_OBJECT_BEFORE = rx.compile(
    rf"完成了?[^，,。；;：:]{{0,40}}?{_COUNT}[^，,。；;：:]{{0,30}}的$|"
    rf"对[^，,。；;：:]{{0,8}}?(?:{_COUNT}|[一二三四五六七八九十两百千]+[家个批户])[^，,。；;：:]{{0,14}}?"
    r"(?:进行|开展|实施)了?$"
)

# 力度 later in a check's clause (加大执法检查力度): a matter of degree, not a campaign.
DEGREE_AFTER = rx.compile(r"[^，,。；;：:]{0,12}?力度")

# ... or the verb of degree with what it is done to, and no 力度 (加大对维修单位的监督抽查,
# 加强了对集贸市场的执法检查): more of the work, no campaign.
DEGREE_OBJECT_BEFORE = rx.compile(r"(?:加大|加强|强化)了?对[^，,。；;：:]{1,24}?的$")

# The verb of degree before such a title: 加大监督和打假力度.
DEGREE_VERB_BEFORE = rx.compile(r"(?:加大|加强|强化|提高|加大了)[^，,。；;：:]{0,8}$")

# A check's word used as the verb of its object counted in firms or equipment right after it
# (监督抽查销售企业37家, 随机抽查共检查加油机4台, 执法检查门店（含摊点）58家: the work, told
# by its count; not 监督抽查5批次, which the team's keys name as the check).
_COUNTED = r"(?:[^\W\d_a-zA-Z]|[()（）]){2,12}?\d+(?:家|台|户)"

COUNTED_AFTER = rx.compile(_COUNTED)

# A spot check's word used as the verb of its object: 抽查了本市…, 监督抽查大米样品 (its
# samples), or the count above.
VERB_AFTER = rx.compile(r"了|[我本全][省市区县]|" + _COUNTED + r"|[^\W\d_a-zA-Z]{1,8}?样品")

ENUMERATED = rx.compile(
    r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+|"
    r"[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)"
)

# A check named only as where the failures a report follows up were found (针对上级监督抽查中
# 发现的不合格情况, 解决好监督抽查中暴露的问题): the check's findings dealt with, no
# campaign carried out.
# (and its report received: 收到省级监督抽查检验报告后，第一时间转交企业)
FOLLOWED_UP_BEFORE = rx.compile(r"(?:针对|解决|处理|整改|收到)[^，,。；;：:]{0,12}$")
FINDINGS_AFTER = rx.compile(r"中[^，,。；;：:]{0,24}?(?:不合格|问题)|(?:检验|检测)?(?:报告|结果)")

