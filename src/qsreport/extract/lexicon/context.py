"""Words that say what a figure is beyond its number (schema 2; read by ``extract/context``).

All patterns match the match view (simplified, half-width), in the text of the figure's
sentence that comes before the figure.

A word that must not follow some characters is written with the check after it (现有 then
(?<![发表实]现有), not (?<![发表实])现有): the same matches, but with every branch opening on a
plain character the engine skips ahead to where one can start instead of trying each position
of a report (these patterns are scanned over whole texts).
"""

from __future__ import annotations

import re

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# Patterns the context pass scans over the whole report once (``Marks`` in
# extract/context_period.py) and that begin with a lookbehind, or have an alternative that
# does, are compiled with :func:`compile_fast`: the engine cannot skip ahead through such a
# pattern by itself, and these scans were a third of the context pass. The matches are the same.

# Status words, checked in order; the one nearest the figure wins. Shortlists before targets:
# 拟认定 is a shortlist, 拟 alone a plan.
STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (初步确定30家符合…条件, 初步认定15家企业为…老字号: those a first review kept, not yet
    # named; not a first finding of a case or a check, 初步认定涉案货值…, 经初步确定，此次共抽查…)
    ("shortlisted", rx.compile(r"公示|入围|初选|初评|初审|候选|进入[^，。；]{0,8}评审|拟被?(?:认定|命名|表彰|授予)|"
                               # (a proposed list, 建议名单; a geographical indication's review
                               # passed, 通过…地理标志产品审查, before its approval)
                               r"建议(?:获奖)?名单|地理标志(?:保护)?产品(?:保护)?(?:技术|专家)?审查(?!合格)|"
                               r"初步(?:确定|认定)(?=[^，,。；;]{0,16}?(?:符合|达到|为[^，,。；;]{0,12}?"
                               r"(?:老字号|名牌|商标|品牌|称号|示范|企业|单位)))")),
    # Not a point checked (检查是否及时申报…): whether a firm applies is no application; nor a
    # class that coaches applicants (名牌申报辅导班, 申报培训会): training given, not applied for.
    # (and what waits for its announcement or approval: 正等待公告的7件商标)
    ("applied", compile_fast(r"(?:等待|待)(?:公告|批准|审批|核准)|(?:申报|申请|报送)(?!辅导|培训)(?<!是否..)(?<!是否...)(?<!是否....)"
                             r"(?<!是否.....)(?<!是否......)")),
    ("recommended", rx.compile(r"推荐(?!性)")),  # 推荐性标准: a voluntary standard
    # Nouns of intent govern their own clause only (围绕…的目标，全年共出动… is done), and so
    # do a purpose (为使受检率达到98%，…共检定40台: the 40 are done) and the future (将);
    # 按计划 is a plan followed, 完成计划的105% a plan's share. The verbs carry through the
    # sentence (力争新增名牌5个、商标2件).
    ("target_noun", compile_fast(
        r"目标|规划|预期|计划(?<!按计划)(?<!按照计划)(?<!原计划)(?!的)|为了?使|以使|为了?(?:确保|保证)|旨在|"
        # 确保 going on from a purpose (为维护…，确保…): see PURPOSE_BEFORE
        r"确保|"
        # 将 of the future (将在某地建设11个, 建成后将入驻4个), not 将 of an object (将28家…录入)
        r"将(?=于|在|会|要|对|拥有|入驻|建设|建成|达到|实现|形成|新增|完成|投入|启动|陆续|逐步|全面|进一步|"
        r"检验|检定|检查|抽查|查处|组织|开展|建立|培育|争创|制定|推进|推行|举办|开办|召开|举行|"
        # (schema 2's new keys: 将表彰先进集体10个, 将评定…电梯200台, 种植面积将扩大到8万亩; not
        # 将 of an object, 将奖励资金…发放, 将表彰结果…公布)
        r"表彰(?!决定|结果|名单|情况)|奖励(?!资金|金|经费|款|政策|办法|结果|情况)|评定(?!结果|情况)|"
        r"评出|扩大|提高|提升|增加|突破|整治)")),
    ("target", compile_fast(
        # (not money won: 争取到补贴经费90万元, 争取上级资金50万元 — funds obtained)
        r"争取(?!到|[^，,。；;\d]{0,8}?(?:资金|经费|补助|补贴|拨款))|力争|预计|确保(?<!为确保)(?<!为了确保)|拟|努力|"
        # 今后 of what is to come (今后将推行…，引导…，并举办培训班3期): through its sentence
        r"(?:今后|下一步)(?=还?(?:将|要|继续))|"
        # 争创 a floor (争创省名牌80个以上): a goal; 争创 of a campaign's name is not
        r"争创(?=[^，,。；;]{0,24}?\d+\s*[个项件家]?以上)|"
        r"要(?<![重主需只想必摘纲概提简纪]要)(?!求)(?=[^，。；]{0,4}(?:新增|达到|完成|实现|培育|争创|制定|创建|突破|"
        r"建成|增加|提高|保持|培养|发展|抽查|检查|查处|开展|组织|检定|检验))")),
)
# An achievement between a status word and the figure ends that word's reach:
# 去年申报的产品中有12个获评 is twelve achieved. A target's verb may name the achievement it
# aims at in its own clause (力争获得, 要完成, 计划年内完成): only 已 and 了, or a later
# clause's achievement (…，获评浙江名牌3个), end a target's reach; the verbs of a plan
# (PLAN_VERBS) never do.
ACHIEVED = compile_fast(r"获评|获得|荣获|获|被评为|被认定|被命名|被授予|通过|入选|命名为|认定为|"
                        r"确定|确认|授予|最终(?:认定|评定)|上榜|榜上有名|"
                        # the holders picked at the end of the steps told before (经申报、推荐
                        # 和公示，遴选出36个…): 评出, 评选出, 遴选出
                        r"(?<!拟)(?<!将)(?:评选|遴选)出|(?<!拟)(?<!将)评出|"
                        # a commendation decided (对各地推荐的…，决定表彰先进集体15个)
                        r"(?:决定|予以)表彰|"
                        # 经公示，认定45个产品为…: a decision with its object before 为 (not
                        # 申请认定, 拟认定: an application, a shortlist)
                        r"认定(?<!申请认定)(?<!申报认定)(?<!拟认定)(?=[^，,。；;]{0,40}?为)|"
                        # (and so does a naming: 经…社会公示，市政府决定命名A等8家企业为…)
                        r"命名(?<!申请命名)(?<!申报命名)(?<!拟命名)(?=[^，,。；;]{0,40}?为)|"
                        # (and a shortlist made final: 拟认定名单公示期满，正式公布名单，…)
                        r"公示(?:期|期已|已)?(?:满|结束|完毕)|正式公布|"
                        r"已|了(?<![为除]了)(?!解)")  # 按计划抽查了231家: done
DONE = compile_fast(r"已|了(?<![为除]了)(?!解)")
# What says an application was granted, later in its sentence (…申请的8项，顺利通过考核).
# An effort that led to the figure (通过全市上下的共同努力，新增…; 在各方努力下): the means of
# a result, not a goal. Read before a target's 努力, in its clause.
MEANS_OF_EFFORT = rx.compile(r"(?:通过|经过|历经|依靠|凭借)[^，,。；;]{0,16}$")
EFFORT_DONE = rx.compile(r"努力下")
# A purpose said ahead of the work (为维护群众利益，确保工程质量，今年上半年…抽查了75家): its
# 确保 is the purpose's, a noun of intent that governs its own clause only (为…，确保全年检验
# 360台 is a target), where another 确保 is a target's verb.
PURPOSE_BEFORE = rx.compile(r"(?:^|[，,。；;：:\n])为了?[^，,。；;：:\n]{1,30}[，,]$")
# An application named inside a purpose clause (为做好申报工作，…检查企业30家) governs nothing
# after it: the purpose's opening before the word, and its comma after, with no figure in it.
PURPOSE_OPENS = rx.compile(r"(?:^|[，,。；;：:\n])为了?[^，,。；;：:\n\d]{0,24}$")
PURPOSE_CLOSES = rx.compile(r"[^，,。；;：:\n\d]{0,24}[，,]")
PASSED = rx.compile(r"通过(?!率)|获评|获得|荣获|被评为|被认定|被命名|入选")
PLAN_VERBS = rx.compile(r"完成|实现")
# A count of work done so far ends a plan's reach (确保全年安全，截至目前共检验电梯312台), but
# not a deadline ahead (力争截至年底完成…).
SO_FAR = rx.compile(r"截[至止]到?(?!(?:今年|本年|明年)?年底|明年|[^，。；]{0,6}(?<!目)前)")

# Basis: a change (a difference: 增加3个, 提高5个百分点, 同比增长12%), an addition, a total.
# (compile_fast: it opens on an optional 同比, and is searched for in every figure's clause)
CHANGE_BEFORE = compile_fast(
    r"(?:比|较)[^，。；]{0,12}(?:增加|增长|提高|提升|下降|减少|上升|多|少)了?$|"
    r"(?:同比|环比)?(?:增加|增长|提高|提升|下降|减少|上升|下滑)了?(?:近|约|超过)?$|"
    r"(?:增幅|降幅)(?:为|达)?$")
CHANGE_AFTER = rx.compile(r"[\d.]+\s*(?:个)?百分点")
ADDED = rx.compile(r"新增|新获|新认定|新命名|新评|新制定|新发布|新建|今年获|当年获|新入选|新创")
TOTAL = rx.compile(r"累计|现有(?<![发表实]现有)|共有|总数|总量|达到|总计|合计|已有|拥有|达")
# The units of a level, which neither basis (total, added) fits and no span of years sums: a
# rate (%), a score (分), an index's bare number (no unit), and a rate per so many units,
# marked by its /万 (起/万台).
LEVEL_UNITS = ("%", "％", "分", "")
PER_UNITS = "/万"
# Metrics of a value assessed or measured, a level too whatever its unit, whose basis stays
# open: a brand's value, an instrument's error, a branded product's output, a lift rescue's
# average time.
VALUED_METRICS = frozenset({"brand_value", "measured_error", "brand_output", "brand_area",
                            "brand_yield", "arrival_minutes", "rescue_minutes"})

# The year of the honour a brand count's products were given, named after the count (共有
# 80个产品被评为2013年度甲省名牌产品): the count's year.
HONOUR_YEAR = rx.compile(r"(?:为|获得?|荣获|授予)\s*[“\"]?(?P<y>(?:19|20)\d{2})\s*年度?"
                         r"[^，,。；;]{0,12}?(?:名牌|商标|品牌)")

# Time words: a stock with no year (累计, 现有), a span to now (2006年以来, 三年来: the years
# since, unless it opens this year; 一年来 is the year, 近年来 says no span), and years
# counted from the report's own. 目前 dates a stock (目前全市已获得中国名牌2个) but not work (截至目前已检定加油机260台,
# this year's): NOW counts only for the figures of stocks (honours, standards, registrations).
# 总数的 is a share's base (占抽查企业总数的15%), no stock.
# (现有 is no stock inside 发现有, "found that there were": 抽查中发现有2家企业…不合格.)
# 历年 of a record (创历年最多, 为历年之最, 创历年新高, 历年同期) compares with every year and
# holds no stock: the figure stays the year's.
_OVER_THE_YEARS = r"历年(?![来以]*(?:之?最|新高|新低|同期))"
# What was already there before the news (在此之前，已培育出…; 此前已累计…; 此前，该县已…, a
# short subject between): a stock held; not 因此 before 前期 (因此前期已完成…: the work's early stage).
_BEFORE_THIS = r"|(?:在此之前|(?<!因)此前(?!期))[，,]?\s*(?=[^，,。；;！？\d]{0,4}?(?:已|累计))"
CUMULATIVE = rx.compile(r"累计|至今|" + _OVER_THE_YEARS + r"|总数(?!的)|共有|现有(?<![发表实]现有)|已有|拥有|至此"
                        + _BEFORE_THIS)
# The stock words that outweigh a year of an earlier sentence (not 共有: 全省共有118个产品获此
# 殊荣 counts this year's list).
STOCK = rx.compile(r"累计|至今|" + _OVER_THE_YEARS + r"|总数(?!的)|现有(?<![发表实]现有)|拥有|至此"
                   + _BEFORE_THIS)
# A five-year plan's span (“十一五”期间: 2006-2010; 十二五以来: a span to now), by its number
# (十五 the 10th plan, 2001-2005; 十一五 the 11th …).
PLAN_SPAN = rx.compile(r"十(?<![一二三四五六七八九十\d]十)(?P<n>[一二三四]?)五[”\"]?(?P<how>期间|时期|以来)")
PLAN_NUMBERS = {"": 0, "一": 1, "二": 2, "三": 3, "四": 4}
# (截至日前: as at these days, the same as 截至目前; 日前 alone is "a few days ago")
# (现在 and 如今 too, "now", not the 现在 of 出现在, 体现在, 表现在, 展现在: "shows in")
NOW = rx.compile(r"目前|当前|日前(?<=截[至止]日前)|(?<![出体表展呈实发])现在|如今")
# Work done so far (截至目前完成…, 办理…), which 目前 dates as this year's, not as a stock
# (目前共完成…: a total).
WORK_DONE = rx.compile(r"(?:完成|办理)(?<!共..)")
# A sentence that breaks down the figure before it (从领域上看，…; 其中，…): of that figure's
# period, where the sentence names none.
BREAKDOWN = rx.compile(r"\s*(?:从|按)[^，,。；;\d]{1,12}?(?:上看|来看)[，,：:]?|\s*其中[，,：:]")
# The words of a stock held since, that outweigh a year of an earlier clause of a brand or
# standards count's sentence (2001年至2003年，全省已有中国名牌19个; 2009年…，累计有60个产品;
# not 共有, 现有: 2008年全省共有549个产品获评 counts that year's list; nor 累计 after the year's
# addition: 2011年新增5个，累计达到30个 is the total that year reached).
HELD = rx.compile(r"至今|" + _OVER_THE_YEARS + r"|已有|至此|累计" + _BEFORE_THIS)
# A stock told held with no stock word of its own (甲省已建立社会公用计量标准1200项, 全省电梯数量
# 已达9万部, 全省在册特种设备5万台): for the figures of a stock (honours, standards, equipment
# registered, measurement standards kept) ``cumulative`` where no year of the figure's own
# sentence dates it, as the rounds' readers key it; not work (检定计量器具已达3万台件: stock is
# false for work, which stays the year's).
# The verbs that make or enter what a stock holds: founding and building, growing, drafting
# standards, registering, and reaching a state (not 发布 or 新增: an act of its year).
_STOCK_MAKING = ("建立", "建成", "创建", "创成", "组建", "设立", "成立", "培育", "打造", "形成",
                 "制定", "制订", "制修订", "修订", "起草", "备案", "登记", "注册", "实现")
# (a role in the drafting may stand before the verb, 主导或参与制定; so may a short adverbial
# with no count in it, 已在某平台备案, 先后在乙地建成)
_MADE = (r"[^，,。；;！？\d]{0,8}?(?:(?:主导|参与|牵头)(?:或参与)?)?(?:"
         + "|".join(sorted(_STOCK_MAKING, key=len, reverse=True)) + ")")
# Done before now, or one after another over the years (已建成, 已经创建, 先后制定, 相继培育,
# 陆续建立): the stock held, which outweighs a year of an earlier sentence as 已有 does.
HELD_BARE = rx.compile(r"已达|已達|在册|在冊|(?:已经?|先后|相继|陆续)" + _MADE)
# 共 before such a verb (甲市共创建试点项目40个): a total held, where nothing dates the figure —
# but, as 共有, not over a year of an earlier sentence (甲县2030年…。全县共培育… is that year's);
# not 共同 (jointly: 多家企业共同参与制定的4项标准 tells who drafted, not a total).
MADE_IN_ALL = rx.compile(r"共(?!同)" + _MADE)
# The day a span opens on (5月, 十一月, 3月8日, 6月中旬), then what began on it (启动, 开展某某工作).
_ON_A_DAY = (r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
             r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?(?:份|[初中底末]|[上中下]旬)?")
_BEGUN_THEN = r"[^，,。；;：:\d年]{0,16}?"
# (去年以来: from last year to now, two years' work: a span too; 近三年, the last three.)
SINCE = compile_fast(r"(?:(?<!\d)(?:19|20)\d{2}\s*年|(?<![今去前明本当上])"
                     r"(?:[二三四五六七八九十两几多]|\d+)年)\s*(?:以来|来(?![自到]))|"
                     r"(?:去年|上年)以来|"
                     # a span opened on a day (自2030年11月20日启动以来, 从去年6月开展…以来):
                     # the years since, unless its year is the report's (context_period_since)
                     r"(?:(?<!\d)(?:19|20)\d{2}\s*年|(?:去年|上年|前年))\s*" + _ON_A_DAY
                     + _BEGUN_THEN + r"以来|"
                     # 近三年，共查处… (近3年…): the last years up to now, as 三年来 (not 近3年度,
                     # 近5年前, nor a year's stretch, 近3年底, nor a yearly series its sentence
                     # gives value by value: 近4年，合格率分别为…, each its own year)
                     r"(?<=近)(?:[二三四五六七八九十两几]|\d{1,2})\s*年(?![来以度前底末初])"
                     r"(?![^。；;！？!?]{0,60}?(?:分别|依次))|"
                     # 自2009年推行某某战略以来 (从2010年实施…以来): a span from what began then
                     r"(?<=[自从])(?:19|20)\d{2}\s*年[^，,。；;：:\d年]{2,12}?以来|"
                     # 自2010年开始，已连续举办…，共有22家获奖: a span to now, where what follows
                     # in its sentence is held since (not 自2010年起施行, a rule's first day)
                     r"(?<=[自从])(?:19|20)\d{2}\s*年(?:开始|起)(?=[^。；;]{0,30}?(?:已|累计|先后))|"
                     # 经过30年的发展 (经过十多年建设): the years a body has built up to now
                     r"经过(?:[二三四五六七八九十两几数]+|\d+)多?年(?:来)?的?(?:发展|建设|积累|努力)")
# 近年来 (近些年来): no span of its own, but honours the years since built up (近年来，甲市共获
# 得名牌产品14个): with no year in reach, a brand count held now (``cumulative``), not the
# report's year's. (Work done, 近年来共查处案件…, 近年来…制定标准5项, is not read so.)
# A count a sentence tells (12个品牌, 85批次, 3.5万元, 95%): a number with its measure word
# (not a date's 26日 or 3月, nor a year).
COUNTED = rx.compile(r"\d[\d.,]*\s*(?:万|亿)?\s*(?:个|件|家|项|批次?|台|套|名|人|起|次|元|%|％|"
                     r"种|类|户|只|张|条|所|座|处|辆|吨|份|款|枚|块|具|宗)")
# What a line of prose may stop on inside its sentence, awaiting its count or its name: a
# verb of having (已, 共有, 达到), an open quote (金“⏎鹰牌…).
AWAITING = r"(?:“|已有|共有|已|共|有|达到|达|为)"
RECENT_YEARS = rx.compile(r"近(?:些)?年来")
RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "本年度": 0, "去年": -1, "上年": -1,
                  "上一年": -1, "前年": -2, "明年": 1}
# A stock as at the end of the year the report is of (截至年底，全市累计拥有…), or as at a month
# or a day of it (截至9月底，全省已建…; 截止11月20日，全市共有在用电梯…): that year's, not a
# stock of no year. (截至今年10月底 too: a time of this year, in a report of no date as well.)
AS_AT_YEAR_END = rx.compile(r"截[至止]到?\s*(?:(?:今年|本年)\s*)?"
                            r"(?:年[底末]|\d{1,2}\s*月(?:\s*\d{1,2}\s*日|[底末])?)")
# A span of time a sentence bounds its count to (节日期间，累计出动…; 全年累计…; 今年前三季度，
# 已累计发布…): a stock word after it sums that span's work, not a stock held since.
# (and a run of months: 1至6月份, 1—10月, 一至五月, 前5个月, from a part of one month to
# another's, 从4月初开始到5月底, 6月中旬至8月; a run of days: 7月1日至9月30日, 3月5日—20日;
# and the month or the quarter a monthly or quarterly report is of: 本月全市…, 本季度共…; not
# a point of it, 本月底全市共有…, a stock held then)
BOUNDED_SPAN = rx.compile(r"全年|年内|期间|[上下]半年|前[一二三两]季度|第?[一二三四]季度|"
                          # a span to now from a day of no year (自5月10日以来; not 去年9月以来)
                          r"(?<![年\d一二三四五六七八九十])" + _ON_A_DAY + _BEGUN_THEN + r"以来|"
                          r"(?:本|当)(?:月|季度)(?![初底末])|"
                          r"(?<![\d.])(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月?(?:份|[初中底末]|[上中下]旬)?"
                          r"\s*(?:开始|起)?\s*[-—–~～至到]\s*"
                          r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|"
                          r"(?<![\d.])\d{1,2}\s*月\s*\d{1,2}\s*日\s*[-—–~～至到]\s*(?:\d{1,2}\s*月\s*)?"
                          r"\d{1,2}\s*日|"
                          r"前\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*个月")
# A campaign of these days (近日，某局集中开展节前食品专项检查; 日前，全县集中开展…整治行动): the work
# a 累计 shortly after it sums is that campaign's, the year's, not a stock since.
RECENT_CAMPAIGN = rx.compile(r"(?:近期|近日|日前)[，,]?[^。；;！？]{0,40}?(?:专项|集中)[^，,。；;]{0,6}?"
                             r"(?:检查|整治|行动|抽检|抽查|执法)")
# A named campaign a body runs (在全县开展“青禾”行动; 在…狙击战中): a 累计 of its enforcement
# work after it (累计查处…, 累计查获…) sums the campaign's work so far, the report's year's; a
# 累计 of what was built or registered (开展商标富农行动，累计注册…) stays a stock.
NAMED_CAMPAIGN = rx.compile(r"(?:开展|部署)[^。；;！？]{0,30}?(?:行动|狙击战|攻坚战)|"
                            r"在[^。；;！？，,]{0,20}?(?:行动|狙击战|攻坚战)中")
CAMPAIGN_WORK = rx.compile(r"累计[^。；;，,]{0,12}?(?:查处|查获|查封|捣毁|立案|出动|检查|抽检|抽查|"
                           r"收缴|没收|罚没|下架|取缔|端掉|办结|办理|排查)")
# One occasion (此次, 本次, 这次; a batch named so, 本批, 此批: the batch's own count), not one
# a clause tells is over (此次评审结束后，…; not 落后, 售后): bounds only a 共 count near it
# (see :mod:`..context_occasion`).
OCCASION = rx.compile(r"[此本这][次批](?![^，,。；;]{0,20}?(?:以?后|之后)[，,])")

# A report of the whole country (in a report that names no region of its own), and the words
# of a figure of one of its places.
# (a national title's 中国 names no place: 入选中国消费名品名单, 中国质量奖的提名, 中国农业品牌目录)
NATIONAL = rx.compile(r"全国|我国|中国(?!名牌|驰名|消费名品|好粮油|农业品牌目录|质量奖|品质奖)|质检总局")
# Goods a local check covers because they are on the national check's list (在列入国家监督抽查
# 的10种商品的检查中, 纳入国家监督抽查目录的产品): no national check of the report's own.
_LISTED_IN = r"(?<!列入)(?<!纳入)(?<!属于)(?<!列为)"
# The words that make a report of no region one of the whole country where its title or
# opening lines say them: NATIONAL's, the country's market regulator (市场监管总局发布…) and
# its checks (国家监督抽查).
# A national body's own act, the figure counting what it named or approved (商务部认定的1000
#家老字号; 总局公布，300个品牌被认定为…; 市场监管总局已批准30个国家中心的筹建; and the
# national committee of 中国名牌 with the year it named a list in: 中国名牌战略推进委员会在某年
# 公布的800个): the country's, in a city's report too; not an act done to the report's place (经总局批准, 由商务部
# 认定, 被商务部认定为: the place's share, said by what follows the body).
# (the lookbehind stands before and after 国家, and takes 被: 经国家质检总局批准, 被商务部认定)
NATIONAL_ACT = rx.compile(r"(?<![经由获报过被])(?<![经由获报过被]国家)(?:国家)?(?:商务部|工商总局|质检总局|市场监管总局|"
                          r"标准化管理委员会|标准委|认监委|商标局|中国名牌战略推进委员会)"
                          r"(?:网站|近期|日前|近日|昨日|今天|昨天|[在于]?(?:19|20)\d{2}\s*年度?)?"
                          r"(?:共|正式|首次)?(?:认定|公布|公示|批准|评出|确定)了?"
                          r"(?=[，,]|[^，,。；;：:\d]{0,14}?\d)")
# (and a national body's own release, the report's news: 国家标准委今天发布数据，…; 国家市场
# 监督管理总局通报…)
NATIONAL_REPORT = rx.compile(NATIONAL.pattern + r"|市场监管总局|市场监督管理总局|" + _LISTED_IN
                             + r"国家监督(?:专项)?抽查|国家(?:标准化管理委员会|标准委|认监委|"
                             r"认证认可监督管理委员会|知识产权局)(?=[^，,。；;]{0,12}?(?:发布|公布|通报))")
# A check of the whole country (国家监督抽查, 国家监督专项抽查, 国家专项监督抽查) in a title or a
# report's first sentence: the places its opening lines name are where its samples came from
# (共抽查甲省、乙省、丙省等6个省的…), not a region of the report's own.
# (and one the national office runs, told as its act: 质检总局日前对白酒进行的质量监督抽查显示…;
# not one a place follows or joins, 根据质检总局的抽查计划, 按照国家市场监管总局组织的…, 配合…)
# (not goods on the national check's list, _LISTED_IN)
NATIONAL_CHECK = rx.compile(_LISTED_IN + r"国家(?:级)?(?:专项)?监督(?:专项)?抽查|"
                            r"(?<![据照从合])(?<![据照从合]国家)(?:国家)?(?:质检总局|市场监管总局)"
                            r"(?:日前|近日|近期|今天|今日)?"
                            r"(?:对|组织)[^，,。；;]{0,16}?(?:监督|专项)抽查")
LOCAL = rx.compile(r"[全我本该][省市县区州](?!场)")  # (not a market: 该市场主体)
# A local office speaking of its own part in a national check (本次抽查涉及我局辖区企业12家;
# 本辖区12家企业…): the figures after are that office's place's, not the country's (not the
# national office's charge to every local one, 要求各地对辖区内不合格企业依法处理).
LOCAL_VOICE = rx.compile(r"[我本该](?:[市县区州]?局|分局)|[本我]辖区")
# The whole country as a figure's subject in any report (全国现有600个, 我国累计…), and the
# report's own province (全省共有…).
# The country's own system (全国质检系统查处…, 我国质监系统抽查…) is the subject when a
# count's verb follows it; not a meeting of it (全国质检系统工作会议), nor the system a body
# leads, is honoured in or joins (在全国质检系统率先…, 被评为全国质检系统…集体, 参加全国…培训班).
NATIONAL_SUBJECT = rx.compile(
    r"(?:全国|我国)(?:(?<!在全国)(?<!为全国)(?<!加全国)(?<!居全国)(?<!的全国)(?<!的我国)"
    r"(?:质检|质监|质量技术监督|市场监管)系统(?=共|现有|已|累计|有|范围内|今年|上半年|全年|"
    r"查处|抽查|办结|立案|检查|受理|出动|检验|检定|发现|收到|完成)"
    r"|(?:各地|各级[^，。；]{0,6}?)?(?=共|现有|已|累计|有|范围内))")
WHOLE_PROVINCE = rx.compile(r"[全我本]省")
# A whole province called by its one-character name (全疆, 全川, 全粤): that province, in any
# report (a report of the province need not name it: 自治区质监局…抽查了全疆513家企业).
PROVINCE_BY_LETTER = {"疆": "新疆", "川": "四川", "粤": "广东", "闽": "福建", "滇": "云南",
                      "黔": "贵州", "琼": "海南", "藏": "西藏"}
WHOLE_NAMED_PROVINCE = rx.compile(r"全(?P<letter>[疆川粤闽滇黔琼藏])(?![\u4e00-\u9fff]?[省市县区州])")
# A whole province as the subject of a count (全省共有…, 全疆共查出…, 我省某某示范区共计…): its
# sentence's later clauses count it too (…，其中甲类12个; …，罚没款…). Not 共 of another word
# (全省公共检测平台, 全省共同推进: no count's subject).
WHOLE_SUBJECT = rx.compile(r"(?:[全我本]省|" + WHOLE_NAMED_PROVINCE.pattern + ")"
                           r"(?=[^，,。；;：:、\d]{0,16}?(?:(?<!公)共(?![同享建性识赢])|现有|累计|拥有))")
# The report's province's capital (省城, 省会, 省会城市), not 全省城市 nor each province's (各省会),
# nor 省会议, 省会展, 省会计 (a provincial meeting, exhibition, accounting).
CAPITAL = rx.compile(r"省(?<![全我本各]省)(?:城(?!市)|会(?![议展计员])(?:城市)?)(?!等)")
LOCAL_ONLY = rx.compile(r"[全我本该][市县区州]")  # the report's own place below a province
# A whole list announced (共有300个产品确定为甲省名牌产品, 认定120个产品为2014年度乙省名牌产品):
# ``n`` the list's count, ``honour`` the honour's name, which names the province. Not 获/被评为
# (12个产品获甲省名牌: the report's own place's share). A list of 中国名牌 is the country's.
WHOLE_LIST = rx.compile(
    r"(?:共有|共|认定|确定|确认|评出|公布了?|表彰了?)[^，,。；;\d]{0,6}?"
    r"(?:\d+\s*家(?:企业)?(?:生产)?的)?(?P<n>\d[\d,.]*)\s*[个项件]"  # (120家企业生产的150个)
    r"(?:产品|商标)?(?:确定|认定|评定)?(?:成为|为)"
    r"(?P<honour>[^，,。；;]{0,12}?(?:名牌|著名商标))")
# A whole list a place's share is taken of (今年获中国名牌的200个产品中，甲省占30个): the list's
# count is the list's place's (the country's, or the province its honour names).
LIST_OF_SHARES = rx.compile(
    r"(?:获得?|荣获|获评|评出|入选)[“\"]?(?P<honour>[^，,。；;的]{0,12}?(?:名牌|著名商标|驰名商标))"
    r"(?:产品)?[”\"]?(?:称号)?的\s*(?P<n>\d[\d,.]*)\s*[个项件](?:产品|商标)?中")
# What leads a list of the places a check covered, in the list's clause (抽查了, 已抽查, 共抽查, 在,
# 从, 对); not 抽查 with no 了, 已 or 共 (抽查甲、乙等4市的合格率: the places' own figure).
# (and a check's reach, 抽查涉及甲、乙…, 抽检范围覆盖甲、乙…)
CHECKED_OVER = rx.compile(r"(?:从|在|对|(?:抽查|抽检|检查|抽取)了|[已共](?:抽查|抽检|检查|抽取)|"
                          r"(?:抽查|抽检|抽样)(?:范围)?(?:涉及|覆盖了?|遍及))")
# A check run over the whole country (总局…对全国25个省份开展了专项抽查，抽取了…): the check's
# figures are the country's, in a province's or a city's report too.
# (a check's verb in the clause: not 对全国质量月活动作了部署)
# (and a check over a count of the country's places, 乙项查核于全国7个县市展开…: the
# country's, not the report's place)
OVER_THE_COUNTRY = rx.compile(r"(?<=对)全国(?=[^，,。；;]{0,40}?(?:进行|开展|实施)了?[^，,。；;]{0,6}?"
                              r"(?:抽查|抽检|检查|检验))|(?:抽查|抽检|检查|查核|检验|稽查)[^，,。；;]{0,8}?"
                              r"(?<=[对在于])全国(?=\s*\d+\s*个(?:省|自治区|直辖市|县|市|地区|城市))"
                              # (and a pool drawn from the whole country, 来自全国各地的品牌计58个,
                              # 从全国200个品牌中…完成了90个: the pool's and the draw's counts)
                              r"|(?<=来自)全国(?:各地|各省[区市]*)?(?=的)|(?<=从)全国(?=\s*\d+\s*个[^，,。；;]{0,16}?中)")
# The totals of a national list or evaluation a text tells was published (某届中国品牌价值评价结果
# 正式公布，本次评价发布的品牌数量为600个，品牌价值合计…): the country's, in a province's report too —
# a 本次/此次 count of the release (THIS_RELEASE) after the list's name (NATIONAL_LIST) a little
# before it; not the province's own share told after (其中，甲省有44个品牌进入…).
THIS_RELEASE = rx.compile(r"[本此这]次(?:共|对其中)?(?:发布|公布|评价|认定|入选)")
NATIONAL_LIST = rx.compile(r"中国[^，,。；;“”\"]{0,8}?(?:品牌价值评价|品牌价值榜|消费名品)|中华老字号名录|"
                           r"中国品牌建设促进会")
NATIONAL_LIST_REACH = 200  # characters before a release's count read for the list's name

# A front-runners' list (“领跑者”名单) a firm or its standard enters (入围) in the sentence: the
# list published, whose entries are the front-runners, no shortlist (…“领跑者”名单里，本市有7家
# 企业的9项企标入围; 4家企业今年入围了企业标准“领跑者”): read before 入围 to its sentence's start, and
# after it in its clause.
FRONT_RUNNERS_BEFORE = rx.compile(r"领跑者[^。！？!?；;]{0,80}$")
FRONT_RUNNERS_AFTER = rx.compile(r"[^。！？!?；;，,]{0,16}?领跑者")
# Applications and shortlists in an item's own sentence (schema 2; extract/context_status.py).
# A shortlist or a recommendation named right after a count in its own clause (…申报45家，
# 到最后20家入围; 12家入围企业将接受…): the count's own status, over an application an
# earlier clause names.
STATED_RIGHT_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shortlisted", rx.compile(r"[\d.]+\s*[个家项件名批]?(?:企业|单位|产品|品牌)?"
                               r"(?:入围|进入[^，,。；;\d]{0,8}?(?:公示|候选)|通过初[审评选])")),
    ("recommended", rx.compile(r"[\d.]+\s*[个家项件名批]?(?:企业|单位|产品|品牌)?"
                               r"(?:被推荐|进入[^，,。；;\d]{0,8}?推荐)")),
)
# Words of entering a list that name no title after them (入选, 上榜, 榜上有名): after a
# shortlist named before the figure (初步确定37家…，其中甲市有14家入选), the list entered is that
# shortlist, no title won (not 成功入选提名奖, a title named).
ENTERED_THE_LIST = rx.compile(r"(?:入选|上榜)(?:名单)?(?![\u4e00-\u9fff])|榜上有名")
# A publicity that is over (经过去年的公示期，正式被认定…; 公示期满): no shortlist, around a
# 公示 the status scan found (the words before and after it).
PUBLICITY_OVER = rx.compile(r"(?:经过?|通过)[^，,。；;\d]{0,8}$")
# A later step listed after a publicity (…评审、社会公示、异议处理和某小组审定): the publicity
# is one of the steps gone through, past (lexicon/brands.SHORTLIST_DONE reads it too).
STEP_AFTER_PUBLICITY = r"[、和及][^，,。；;]{0,16}?(?:审定|审议|审批|批准|确认|处理)"
PUBLICITY_ENDS = rx.compile(r"期?(?:已|已经)?(?:满|结束|完毕|无异议)|期(?:内|间)?无异议|"
                            rf"{STEP_AFTER_PUBLICITY}|"
                            # a publicity the decision stands on (…并经社会公示的基础上，某局决定
                            # 表彰…; 在公示等程序的基础上): done before what the sentence tells
                            r"[^，,。；;\d]{0,5}?的?基础上")
# A publicity of a check's results or of a penalty (现将抽检结果予以公示，本次共抽检…; 处罚信息
# 将被公示; 某县食品抽检结果公示; 本期公示抽检样品150批次): no list of anyone shortlisted; the
# words before and after its 公示.
RESULTS_BEFORE = rx.compile(r"(?:结果|信息|情况|抽检|抽查|监督检查)[^，,。；;\d]{0,6}$")
RESULTS_AFTER = rx.compile(r"了?[^，,。；;\d]{0,12}?(?:结果|信息)|(?:抽检|抽查|检验|检测)")
# An application that is the basis of an act (根据申请，某局决定注销…; 依企业申请，…): no
# figure after it was applied for.
APPLICATION_AS_BASIS = rx.compile(r"(?:根据|依据|依照|依|应|按照?)[^，,。；;\d]{0,6}$")

