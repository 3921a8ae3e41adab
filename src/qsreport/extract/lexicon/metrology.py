"""Metrology: the instruments a report counts, what was done to them, and the places they
stand in (read by :mod:`..metrology` through :mod:`..tallies`)."""

from __future__ import annotations

from ..tally_words import PER_UNIT_OR_SHARE, Carried, Metric, TallyWords

# The kinds of instrument, most specific first (计价秤 is a scale, 出租车计价器 a taxi meter).
INSTRUMENTS: tuple[tuple[str, str], ...] = (
    # (加油(气)机: a dispenser of fuel or gas, written with its bracket)
    # (油量计: a dispenser's meter, as Taiwan's reports count them, 油量计1998支)
    (r"加油机|加油枪|燃油加油机|加气机|油枪|加油\(气\)机|加油\(气\)枪|油量计", "fuel_dispenser"),
    (r"出租车计价器|出租汽车计价器|计价器", "taxi_meter"),
    # (量重器具, 针磅, 电子磅: weighing instruments as Hong Kong's reports name them)
    (r"电子计价秤|计价秤|电子秤|台秤|案秤|地秤|地磅|地衡|汽车衡|衡器|公平秤|度盘秤|杆秤|天平|电子称|地中衡|"
     r"量重器具|量重器|针磅|电子磅|磅秤|秤",
     "scale"),
    # (民用四表: the water, power, gas and heat meters of homes)
    # (民用“三表”: the water, power and gas meters, in quotation marks or not)
    (r"电能表|电度表|电表|水表|燃气表|煤气表|热量表|电话计费器|民用四表|“三表”|民用三表", "utility_meter"),
    # (the radiation and ultrasound sources of a clinic's imaging, 医用诊断X射线辐射源, 超声源)
    (r"血压计|血压表|医用计量器具|体温计|心电图机|心电图仪|脑电图(?:机|仪)|医疗(?:卫生)?计量器具|"
     r"(?:医用)?(?:诊断)?X射线辐射源|(?:医用)?(?:DR系统)?X射线(?:机|辐射源)|(?:医用)?超声(?:诊断仪)?(?:超声)?源|"
     r"(?:医用)?超声诊断仪", "medical"),
    # (制配计量器具: the instruments glasses are fitted with)
    # (制配眼镜用计量器具: the same, its words in another order)
    # (验光配镜用计量器具: the same, named by the fitting they serve)
    (r"焦度计|验光仪|验光镜片组|验光镜片箱|镜片箱|瞳距仪|眼镜(?:检测|计量)设备|(?:眼镜)?制配计量器具|"
     r"(?:制配)?眼镜(?:制配)?用计量器具|(?:验光)?配镜用?计量器具", "optical"),
    # (an oxygen gauge, 压力(氧气)表, is a pressure gauge)
    (r"压力表|压力\(氧气\)表|氧气(?:压力)?表", "pressure_gauge"),
    (r"瓦斯计|瓦斯检测仪|风压表|风速表|甲烷测定器|粉尘测量仪|粉尘仪|煤矿(?:安全)?用计量器具", "mining"),
    # Every kind at once, or none named; and instruments of a kind with no key of its own
    # (可燃气体报警器, 流量计, 声级计).
    # (计量设备: instruments under another word, 检定计量设备2万台件; not 设备 alone, ``foreign``)
    (r"计量器具|计量器|计量标准器具|计量标准器|计量仪器|计量设备|(?:可燃)?气体(?:检测)?报警器|流量计|声级计|"
     r"酒精(?:含量)?(?:检测|测试)仪|测速仪|分光光度计|量杯|量筒|量提|量器|"
     # (the grain buyer's testers of a crop's grade: 容重器, 水分测定仪; no kind of their own)
     r"(?:谷物)?容重器|(?:粮食)?水分(?:测定|测量|快速测定)?仪|"
     # (a grain buyer's instruments as a whole: 粮食收购器具)
     r"(?:粮食)?收购(?:计量)?器具|"
     # (testers of no one kind listed with the rest: 地磅、检测仪器等; 其余检测仪器40台)
     r"检测仪器", "any"),
)
# Places whose instruments are of one kind, though a report names them only as 计量器具: a
# hospital's are medical, a glasses shop's are the fitter's, optical (对6家医院的240台件计量器具
# 进行检定).
OWNERS: tuple[tuple[str, str], ...] = (
    (r"医院|卫生院|卫生室|卫生所|诊所|医疗机构|医疗单位|医疗卫生(?:机构|单位)|卫生服务中心|计生服务(?:站|所|中心|单位)",
     "medical"),
    # (shops and fitters, not the trade as a whole: 眼镜配制行业各类计量器具 is ``any``)
    (r"眼镜(?:店|行|企业|(?:制配|验配|配制)(?:单位|场所|企业|店|中心))", "optical"),
)
# Where instruments stand: the places a verification or a check covers.
# (village clinics, 卫生室, 卫生所, and private ones, 诊所, family-planning stations, 计生服务站, but not hospitals or township health centres,
# 医院, 卫生院, whose instruments the tests count without the centres)
# (卖场, 量贩店, 商超: big shops and supermarkets; 处所: places, as Taiwan's reports count them,
# 共11个处所)
# (收购站, 收购点: where grain, tobacco leaf or vegetables are bought and weighed)
# (油站 and 加油、加气站 are filling stations; 自来水厂 keep water meters; 餐饮业 counts eateries)
# (加油城: a big filling station; 门店: a shop, 眼镜制配门店)
SITES = (r"加油、加气站|加油加气站|油站|自来水厂|供水厂|餐饮业|餐饮单位|眼镜(?:验配|配制|制配)(?:单位|场所|中心|门店|店)|"
         r"加油站|加气站|加油城|集贸市场|农贸市场|农资市场|菜市场|菜场|市场|商场|超市|商超|卖场|量贩店|摊位|商户|经营户|眼镜店|"
         r"眼镜制配(?:单位|场所)|眼镜(?:经营|零售|专卖)店|眼镜行|卫生室|卫生所|诊所|计生服务(?:站|所|中心|单位)|餐饮店|煤矿|饭店|宾馆|酒店|酒楼|商店|液化气站|站点|屠宰场|使用单位|单位(?=在用|使用的|的\s*[\d.])|"
         r"企业(?=在用|使用的|的?\s*[\d.]+\s*[多余]?\s*[台件块只把支套组])|餐饮企业|"
         r"(?:住宅)?小区|收购(?:站|点|网点)|"
         # (where a harvest is bought and stored: 粮站, 粮库, 储备库, a depot's stores, 代储仓库,
         # the buying posts of a harvest, 麦收网点; and the big users of energy whose meters a
         # bureau serves, 用能大户)
         r"粮站|粮库|粮食(?:储备|收储)库|储备库|直属库|代储(?:仓)?库|(?:麦收|夏收|秋收|粮食收购)网点|"
         r"用能(?:大户|单位)|重点用能(?:企业|单位)|"
         # (every name of a medical body a check counts as one: 医疗机构, 医疗单位, 医疗卫生单位)
         r"加油\(气\)站|流动摊点|摊点(?:\(门面\))?|门面|餐饮点|首饰店|医疗(?:卫生)?(?:机构|单位)|场所|处所|"
         # (the firms and institutions a verification serves, their instruments named after
         # the verb: 为12家企(事)业单位检测计量器具; not 企业 alone, which is ``foreign``)
         r"企\(事\)业单位|企事业单位|"
         # (scenic spots, whose stalls weigh what they sell: 景区景点)
         r"景区景点|景区|景点|"
         # (taxi firms, whose cabs' meters a verification covers: 5家出租车运营公司的200台计价器)
         r"出租(?:汽)?车(?:营运|运营|经营)?(?:公司|企业)")

# Places counted as places (处, 处所: Taiwan's reports count a check's markets and shops so):
# such a site is of the instruments its sentence counts after it, past the other sites of its
# list (走访40处所，内有农贸市场15处、商超25家，查验电子秤650台: scales for the 40 and the 15).
PLACES_UNITS = frozenset({"处", "处所"})
# The kind of instrument a site is known by (加油站: fuel dispensers; 眼镜店: optical; markets and
# shops: scales): a site of one takes no other kind from the next item of its list
# (检查电子秤80台、加油站6家、出租车计价器25台: the stations are no taxi meters' sites).
# Instruments a check found unverified or overdue, and the places holding them (另有未检定的
# 计价器60台; 其中4家加油站共6台加油机逾期未检; 对逃避检定的5台地磅依法立案): supervision's
# ``instruments_unverified``, no metrology count — unless the clause goes on to verify them
# (对逾期未检的7台电子秤当场进行了检定: verified). Their words right before the count, or after it in
# its clause.
UNVERIFIED_BEFORE = (r"(?:未检|未检定|未经检定|未送检|拒检|拒绝检定|逃避检定)的?"
                     r"[^，,；;。!?\d]{0,10}$")
UNVERIFIED_AFTER = (r"[^，,；;。!?]{0,20}?(?:超(?:出)?(?:检定)?周期|超期|逾期)"
                    r"[^，,；;。!?\d]{0,4}?未(?:经|按期|按时)?(?:检|送检|履行)|"
                    # (put into use unverified: 1家加油站的3台加油机未经检定使用, 未经检验即投入使用)
                    r"[^，,；;。!?]{0,20}?未经(?:检定|检验|强检|校准)(?:合格)?(?:就|即|便|擅自)?(?:投入)?使用")
VERIFIED_ANYWAY = r"[^，,；;。!?]{0,20}?(?:进行|实施|开展)了?(?:周期|强制|首次)?(?:检定|校准)"


SITE_KINDS: tuple[tuple[str, str], ...] = (
    (r"加油|加气|油站", "fuel_dispenser"),
    (r"眼镜", "optical"),
    (r"出租(?:汽)?车", "taxi_meter"),
    (r"医院|卫生院|卫生室|卫生所|诊所|医疗|计生", "medical"),
    (r"市场|菜场|商场|超市|商超|卖场|量贩店|摊位|商户|经营户|摊点", "scale"),
)

# (加油枪 are counted by the nozzle: 台(枪), 枪, 支)
# (杆: nozzles, 243杆加油枪, and steelyards, 木杆秤87杆)
# (组, 套: sets of trial lenses, 验光镜片箱53组, or of any instruments, 计量器具18套)
# (机 and 枪 together: dispensers and their nozzles, 8机16枪; 机 is a unit only there, where
# the figures are found, ``_DISPENSERS``)
_DISPENSERS = r"机(?=\s*[\d.]+\s*枪)|条(?=\s*(?:加油|加气)?枪)"  # (nozzles: 40条加油枪)
# (箱: boxes of trial lenses, counted by the box right after their name, 验光镜片箱12箱, or
# with the rest of a glasses shop's instruments, 计量器具80台(箱))
_LENS_BOXES = "|".join(rf"箱(?<=片箱{gap}{digits}箱)" for gap in ("", "共", "计", "为")
                       for digits in (r"\d", r"\d\d", r"\d\d\d", r"\d\d\d\d"))
_PIECES = (r"组|台件|台\(件\)|台/件|台\(杆\)|台\(套\)|台\(只\)|台\(箱\)|台箱|台套|台\(枪\)|台枪|台次|台|块|只|把|件|具|"
           r"枪次|枪|支|杆|套|箱")
# (the figures' units: 箱 only after a box of lenses; the metrics' rows take it as it is)
_PIECES_FOUND = _PIECES.replace("|箱", f"|{_LENS_BOXES}")
# (辆: cabs, each with its meter, 120辆出租车计价器; a unit only there, ``_CABS``)
_CABS = r"辆(?=\s*出租(?:汽)?车)"
_INSTRUMENT_UNITS = rf"机|条|辆|{_PIECES}"
# (未经检定: not verified; 普检, 周检: a verification of every instrument, or a periodic one)
# (强检计量器具, 检定周期: a kind of instrument, a period, not the act)
# (无检定标识, 无检定合格证: a mark of verification lacking, no verification)
# (the work of a metrology team that verifies and mends at once, a verification of theirs: 检修,
# 检定检修, 检定和维修, 检验、调试、维修 — the mending a word of the one act, no other work)
# Not a repair service for the public (为市民免费检修电子秤: no verification).
_MENDS = r"调试|调校|调修|维修|修理|检修"
_VERIFIED_MENDED = (rf"(?<!免费)(?<!义务)(?<!无偿)检修|(?:检定|检验|检测|校准)(?:[、和及与并]|以及)?(?:{_MENDS})"
                    rf"(?:(?:[、和及与]|以及)?(?:{_MENDS}))*")
# The last character of a region's name (乡镇, 县区, 街道 … 村, 社区): a count of regions, no sites.
_REGION_END = r"[乡镇村县区市省州旗道]"
_VERIFIED = (rf"(?<!未经)(?<!未)(?<!没有)(?<!无)(?:{_VERIFIED_MENDED}|"
             r"检定(?!周期|证书|规程|合格证|机构|标识|标志|合格标)|强检(?![计器工目率])|"
             r"强制检定(?![计器])|检测(?![仪器])|校准|校验|普检|周检)")
# (查核, 抽验: a check as Taiwan's reports write it, 查核加油站87家, 抽验磅秤696台)
_CHECKED = r"(?<!未经)(?<!未)(?<!没有)(?:检查|抽查|抽检|巡查|查验|监督检查|查核(?!结果|时间)|抽验)"
# A check in a figure of speech (进行了全面“体检”, “把脉”) is a verification.
_FIGURATIVE = r"“(?:体检|把脉)”"
_MONEY = r"元|万元|亿元"
# (a verification's own fee: not a testing fee of products, 委托检测费, which is no metrology)
_FEES_WAIVED = (r"(?:免收|免征|减免|免除|免去|减收|免费)(?:了)?[^，,；;。!?\d]{0,10}?(?:检定|强检|校准|计量检测|计量)"
                r"(?:服务)?费(?:用)?[^，,；;。!?\d]{0,4}$|"
                # (the fee not named, the verification told before it in its sentence: …实施了免费
                # 检定，累计减免费用12万元; 共检定电子秤300台，免征收费9000元)
                r"(?:检定|强检|校准)[^。；;!?]{0,60}?(?:免收|免征|减免|免除|减收)(?:了)?(?:收费|费用)"
                r"[^，,；;。!?\d]{0,4}$")
# The kinds of instrument (every kind's name but the words for all of them).
_KINDS = "|".join(pattern for pattern, key in INSTRUMENTS if key != "any")
# Any instrument's name, the words for all of them too (计量器具).
_ALL_KINDS = "(?:" + "|".join(pattern for pattern, _ in INSTRUMENTS) + ")"
# A verification or a check named after the instruments (…的120支加油枪周期检定, 对…等40万台件计量器具
# 开展检定; not a verb denied: 有9台没有按期送检进行周期检定).
# (检修 too, as before the figure: 对…的电子秤进行了检修)
_VERIFIED_AFTER = (rf"(?:(?!没有|未|不)[^，,；;。]){{0,30}}?(?:的|进行了?|实行了?|实施了?|开展了?)[^，,；;。]{{0,6}}?"
                   rf"(?:(?:检定|强检)(?![计器])|检测(?![仪器])|校准|(?<!免费)(?<!义务)检修|{_FIGURATIVE})|"
                   r"[^，,；;。\d]{0,10}?(?:周期|首次|强制)检定(?![计器])|"
                   # (the instruments' name and the act as one noun, the verb before the count:
                   # 完成800台加油机检定, 完成300块压力表的校准)
                   rf"\s*(?:{_ALL_KINDS})的?(?:检定|校准)(?![计器])")
_CHECKED_AFTER = r"[^，,；;。]{0,30}?(?:进行|开展)了?[^，,；;。]{0,10}?(?:检查|抽查|抽检)"  # (…的600台甲烷测定器开展了抽检)
# A kind right by a count (read in the stretch right after the count, or right before it: 300个
# 电子秤, 电子秤共300个), not a few words on (28个加油站的加油机: the 个 count stations).
_KIND_BY_COUNT = rf"(?<!.)(?:{_KINDS})|(?:{_KINDS})(?=(?:达到|[共计约达为是有]){{0,2}}$)"
# A region that holds what it counts (全市共有, 全县现有, 辖区内在用): a stock.
# (乙区现有…: a place's own stock too, but not its bare 有: 该区有…)
_REGION = r"全市|全县|全省|全区|全州|全旗|全盟|辖区内?|本市|本县|本区|我市|我县|我区|市区|城区"
_HOLDS = rf"(?:(?:{_REGION})(?:目前|现在|现)?(?:共有|现有|拥有|已有|有|在用的?)|[市县区州旗盟](?:目前|现在)?(?:共有|现有|拥有))"
_HELD_REGION = (rf"{_HOLDS}(?:各类|各种)?[^，,；;。!?\d]{{0,8}}?$|"
                # (the items of its list after the first: 共有加油站60家、加油机197台)
                rf"{_HOLDS}[^，,；;。!?]{{0,40}}?、(?:各类|各种)?[^，,；;。!?\d、]{{0,8}}?$|"
                # (its items parted by commas, each a noun and its count: 共有集贸市场120家，
                # 摊位9000个，使用中的电子秤6500台; the last one's words an instrument or a
                # site, never a verb's clause: 共有加油站60家，发现作弊加油机5台)
                rf"{_HOLDS}(?:各类|各种)?(?:[^，,；;。!?\d、]{{1,10}}\d+(?:\.\d+)?(?:万|余|多)*"
                rf"[^\d，,；;。!?、]{{1,3}}[，,])+(?:在用的?|使用中的?)?(?:各类|各种)?"
                rf"(?={_ALL_KINDS}|{SITES})[^，,；;。!?\d、]{{0,8}}?$|"
                # (each item its count before its noun: 共有600家加油站，1400台(件)加油机，
                # 3000支加油枪; the noun after the figure names it)
                rf"{_HOLDS}(?:[\d.]+(?:万|余|多)*[^\d，,；;。!?、]{{1,3}}"
                rf"(?:[(（][^()（）]{{1,2}}[)）])?(?={_ALL_KINDS}|{SITES})[^，,；;。!?\d、]{{1,10}}[，,、])+$")
# Reference materials and standard samples (标准物质, 标准样品), a metrology institute's work.
_REFERENCE = r"标准物质|标准样品"
# 种 counts reference materials only: right before their name (6种国家二级标准物质) or right
# after it (标准物质13种, 标准样品共9种); a count in 种 of anything else is no figure here (抽查计量器具
# 8种96台: the 96 keep their words).
_KINDS_OF_REFERENCE = "|".join(
    [r"种(?=(?:国家|一级|二级|有证|新)*(?:标准物质|标准样品))",
     *(rf"种(?<=[质品]{gap}{digits}种)"
       for gap in ("", "共", "达", "为", "有", "累计", "共计", "达到", "已达", "总数", "总数为")
       for digits in (r"\d", r"\d\d", r"\d\d\d", r"\d\d\d\d"))])
# Instruments a verb of work counts, its item's own (…、今年检定加油机500台), or the clause
# before's when this one opens on a bare kind (检定加油机800台，计价器共计300台): no stock.
# (强制检定计量器具 is the stock's name)
_WORK_VERB = (r"(?:(?<!强制)检定|强制检定(?!的?(?:工作)?计量器具)|检查|抽查|抽检|核查|校准|检测)"
              r"(?!机构|设备|中心|所)")
_WORKED_ON = (rf"{_WORK_VERB}[^，,；;。!?\d、]{{0,12}}$|"
              rf"{_WORK_VERB}[^。；;!?]{{0,30}}[，,](?:{_KINDS}|计量器具)[^，,；;。!?\d]{{0,8}}$")
_RATE_GAP = r"[^，,；;。!?\d%]{0,12}$"  # 受检率从监督检查前的73.1%: the words between

METROLOGY = TallyWords(
    trigger="|".join([r"计量|检定|强检|社公标", _REFERENCE,
                      *(pattern for pattern, _ in INSTRUMENTS)]),
    units=rf"{_DISPENSERS}|{_CABS}|{_PIECES_FOUND}|家次|家\(次\)|个次|家|个|户|座|处所|处|项|%|{_MONEY}|{_KINDS_OF_REFERENCE}",
    # (a place alone names no instrument: 检查加油站17家 is ``any``; 41家加油站的389台加油机,
    # whose clause names one, is fuel_dispenser)
    names=INSTRUMENTS,
    metrics=(
        # (…的18台加油机全部检定合格: all of them passed)
        # (合格为700具, 合格的有52台: the same, with a linking word)
        Metric("instruments_passed", _INSTRUMENT_UNITS, before=r"(?<!不)合格(?:了|的)?(?:为|有|共|共有)?$",
               after=r"[^，,；;。\d]{0,8}?(?:均|全部|全都)(?:经)?(?:检定|检测|校准)?合格(?!率)|"
                     # (the passed part of a total named before, told by 合格 right after its
                     # count: 共抽查电子秤300台，其中296台合格; not a rate or a certificate)
                     r"\s*(?:经)?(?:检定|检测|校准)?合格(?![率证标])"),
        # 不合格的29台; 其中有2台示值超差，检定不合格 (after it, past a comma).
        Metric("instruments_failed", _INSTRUMENT_UNITS,
               # (超出公差(±3‰)者共29支: out of tolerance, the tolerance in brackets)
               before=r"不合格(?:的)?[^，,；;。!?\d]{0,8}$|超差(?:的)?[^，,；;。!?\d]{0,6}$|"
                      r"超出(?:允许|检查|检定)?公差(?:[(（][^()（）]{0,12}[)）])?[^，,；;。!?\d]{0,8}$|"
                      r"发现(?:问题|异常)的[^，,；;。!?\d]{0,4}$",  # 对发现问题的9把加油枪责令停用
               # (not when the failed ones have their own count: …为59台，不合格的为6台)
               # (not a failure denied: …电子秤28台，均未查出不合格的器具)
               # (不及格: failed, as Taiwan's reports write it, 有一台不及格)
               after=r"(?:(?!其中|未发现|没有发现|未查出|未见)[^。；;、\d]){0,16}?(?<!未发现)(?<!无)不(?:合|及)格(?!率)(?![^，,；;。\d]{0,4}\d)|"
                     # (a seal found broken: 发现4台加油机铅封被破坏, 计价器的封印已损坏; not one
                     # fitted or renewed, 加装铅封, 更换封印)
                     r"[^，,；;。\d]{0,10}?(?:铅封|封印|封缄|检定封签)(?:被|已经?|均已?|遭)?"
                     r"(?:人为)?(?:破坏|损坏|拆除|私拆|拆开|剪断|缺失|损毁|开启)|"
                     # (out of tolerance told after the count: 有18台超出正公差, 6台电子秤被查出称量
                     # 偏差较大)
                     r"[^，,；;。\d]{0,10}?(?:超出[^，,；;。\d]{0,6}?公差|超差|(?:偏差|误差)(?:较大|过大|超标|超差))"),
        # (…的120支加油枪周期检定: a kind of verification named right after the instruments)
        Metric("instruments_verified", _INSTRUMENT_UNITS, before=_VERIFIED,
               # (not a verb denied: 有9台没有按期送检进行周期检定)
               after=_VERIFIED_AFTER),
        Metric("instruments_checked", _INSTRUMENT_UNITS, before=_CHECKED,
               after=_CHECKED_AFTER),
        # Instruments counted in 个 when a kind is named right by the count (310个电子秤,
        # 电子秤420个): 个 alone counts places.
        Metric("instruments_verified", "个", before=_VERIFIED, after=_VERIFIED_AFTER,
               object=_KIND_BY_COUNT),
        Metric("instruments_checked", "个", before=_CHECKED, after=_CHECKED_AFTER,
               object=_KIND_BY_COUNT),
        # (not the pass rate of a spot check of instrument makers' products)
        # (not the pass rate of a spot check of instrument makers' products, nor of batches
        # of goods: 抽查…78批次的眼镜，合格率为93.6%)
        Metric("pass_rate", "%", before=rf"(?<!不)合格率{_RATE_GAP}",  # (不合格率: a fail rate)
               unless=r"(?:制造|生产)企业|产品质量的?(?:监督)?抽查|净含量|商品量|批次[^；;。\d]{0,20}?合格率"),
        # The share of instruments that failed (不合格率; out of tolerance, 超差率, 超出公差比率):
        # the pass rate's counterpart, with the same exceptions.
        Metric("failure_rate", "%", before=rf"(?:不合格率|超差率|超出公差(?:的)?比率){_RATE_GAP}",
               unless=r"(?:制造|生产)企业|产品质量的?(?:监督)?抽查|净含量|商品量|批次[^；;。\d]{0,20}?合格率"),
        Metric("verification_rate", "%",
               before=rf"(?:受检率|检定率|强检率|送检率|覆盖率|受检覆盖面){_RATE_GAP}",
               after=r"\s*(?:的)?(?:受检|强检|送检)(?!率)"),  # 三表安装前100%受检
        # (座: filling stations counted as buildings, 对12座加油站的油枪进行检定)
        Metric("sites", r"家次|家\(次\)|个次|家|个|户|处|座", before=rf"{_VERIFIED}|{_CHECKED}",
               after=rf"[^，,；;。]{{0,30}}?(?:{_VERIFIED}|{_CHECKED}|{_FIGURATIVE})",
               # (the place not named again, its instruments counted right after it: 对…加气站
               # 实施了强制检定，涉及7家21台加气机; not past a 的 that names what the count is of,
               # nor past a region's name: 对甲、乙两个县区的900台计价器, 对5个乡镇共300台电子秤,
               # regions, are no sites)
               object=rf"{SITES}|(?<!的)(?<!{_REGION_END})(?<!{_REGION_END}[共计约])"
                      rf"[\d.]+\s*[多余]?\s*(?:{_INSTRUMENT_UNITS})\s*(?:{_KINDS})",
               named=False, names_in="clause"),
        # Places counted by the instruments right after their unit (抽查了120家磅秤: the
        # vendors whose scales were checked, as Taiwan's reports count them), of that kind.
        Metric("sites", r"家|户", before=rf"{_VERIFIED}|{_CHECKED}",
               # (the kind right at the unit, or after 的: the words read start there)
               object=rf"(?<![^的\s])(?:{_KINDS})", names_in="clause"),
        # 处所, the places of a check, names them itself (检查了35处所的磅秤; 对150处所使用中的
        # 电子秤进行查核): no place word is needed by it.
        Metric("sites", "处所", before=rf"{_VERIFIED}|{_CHECKED}",
               after=rf"[^，,；;。]{{0,30}}?(?:{_VERIFIED}|{_CHECKED}|{_FIGURATIVE})",
               named=False, names_in="clause"),
        # 社会公用计量标准45项; 8项计量标准; 计量标准由11项增加到16项.
        Metric("measurement_standards", "项|个",
               # (from a year's level: 计量标准由2020年底的150项增至170项)
               before=r"(?:计量标准(?:器具)?|社公标)[^，,；;。!?\d]{0,6}(?:(?:从|由)\d{4}年(?:底|末)?的?)?$",
               # (新建 between, 批复12项新建社会公用计量标准; 社公标, their short name)
               after=r"\s*(?:新建|新增|已建)?(?:的)?(?:社会公用)?计量标准(?!器具考核|考核)|\s*(?:个|项)?社公标",
               # (standards a check covered or found at fault, 抽查计量标准300项, 其中存在问题的
               # 计量标准40项, 责令停用的…: no stock of standards)
               unless=r"(?:抽查|检查|核查|督查|问题的?|不合格的?|停止[^，,；;。!?\d]{0,6}|停用的?)"
                      r"(?:社会公用)?计量标准(?:器具)?[^，,；;。!?\d]{0,4}$",
               named=False),
        # A region's stock of instruments in use, and of the places that use them (全市共有
        # 加油站60家、加油机190台; 某县瓦斯计总数已达1800余台): a stock, no work done.
        Metric("sites_held", r"家|个|座|户", before=_HELD_REGION, object=SITES, named=False,
               names_in="clause"),
        Metric("instruments_held", _INSTRUMENT_UNITS,
               before=rf"{_HELD_REGION}|(?:{_KINDS}|计量器具)(?:的)?(?:总数|数量|总量)?(?:已)?(?:达到?|共有|共计)了?(?:约|近)?$",
               unless=_WORKED_ON),  # (not 共检定加油机达800台, 抽查电子秤共计260台)
        # Reference materials developed or approved, or held (研制标准物质12种, 获批的国家
        # 标准样品300项, 标准样品总数4000项): of no instrument.
        Metric("reference_materials", "种|项|个",
               before=rf"(?:{_REFERENCE})(?:共|累计|总数|达到?|为|有|已达|共计)*$",
               after=rf"\s*(?:新|新的)?(?:国家级?|国家一级|国家二级|有证)?(?:{_REFERENCE})",
               # (nor ones verified, work done: 检定标准物质5种)
               unless=r"(?:抽查|检查|核查|检定|不合格|过期)[^，,；;。!?\d]{0,6}$",
               named=False, kinds=False),
        # Their change from a year before in % (计量标准4200项，同比增长5%): ``change``.
        Metric("measurement_standards", "%",
               before=r"(?:计量标准(?:器具)?|社公标)[^。；;！？%]{0,24}?"
                      r"(?:同比|环比|(?:比|较)(?:上年|去年|上一年|\d{4}年)(?:同期)?)(?:增长|增加|上升|下降|减少)了?$",
               named=False),
        # Verification fees waived for firms or the public (免收检定费用12万元, 为企业减免计量器具
        # 校准费3.5万元): money not charged, of no one kind of instrument (``any``), whoever it
        # was waived for (企业 is no foreign name here).
        Metric("fees_waived", _MONEY, before=_FEES_WAIVED, named=False, kinds=False),
    ),
    # Other work on instruments, which counts none verified: files, records, penalties.
    # (发现2台超期未检的秤: what a check found is no count of what it checked)
    # (对…的26台计量器具的业主下达了整改通知书; 收缴作弊电子秤7台)
    # (a pledge made, 作出诚信计量承诺的加油站40家, and instruments held, 扣留电子秤2台, are
    # no sites or instruments checked)
    # (已安装的水表, 安装使用的电表: a state, no work of installing)
    block=r"建档|档案|备案|宣传|发放|培训|咨询|处罚|罚款|没收|查处|查获|查出|查扣|维修|修理|检修|配备|(?<!已)安装(?!使用|的)|"
          r"发现|购置|申请|申报|收缴|下达|更换|承诺|扣留|扣押",
    # What instruments are not: equipment, products and goods, firms.
    # (not firms whose instruments are counted right after them, 4家企业的52块压力表, which are
    # sites, nor eateries, 餐饮企业)
    # (not a market's name, 农副产品交易市场: a site)
    foreign=r"特种设备|(?<!计量)设备|产品(?![^，,；;。、\d]{0,4}?市场)|商品|净含量|食品|(?<!餐饮)企业(?!在用|使用的|的?\s*[\d.]+\s*[多余]?\s*[台件块只把支套组])|"
            r"批次|电梯|锅炉|气瓶|车辆",
    # An average, a rank, a capacity, a threshold are no tally; nor are samples taken
    # (抽样送检3组: goods, not instruments).
    # (剩下的12家加油站: work still to do)
    not_before=r"平均|(?:每|第|居|排名|位列|能力|抽样|取样)[^，,；;。!?\d]{0,4}$|可年?(?:检定|检测|校准)|"
               rf"{PER_UNIT_OR_SHARE}|"
               r"(?:剩下|剩余)的?$",
    # (抽查61家超市118个批次: places whose goods were sampled, supervision's; so are the
    # places whose packaged goods were checked, 对30家商场销售的…定量包装商品进行检查)
    # (14台件逾期未检的压力表: instruments not verified)
    # (3个计量检定机构: bodies, capacity's)
    not_after=r"\s*(?:/年|/月|以上的|以下的|左右的)|\s*(?:计量)?(?:检定|技术|检测)?机构|[^，,；;。\d]{0,8}?[\d.]+\s*个?批次|"
              r"[^，,；;。]{0,30}?(?:定量包装|净含量)|[^，,；;。\d]{0,4}?(?:超期|逾期)?未(?:经)?检|"
              r"[^，,；;。\d]{0,4}?(?:没有|未)(?:按规定|按期|按时|及时)?(?:送检|送|检定|进行|申请)|"
              # (内有6台作了现场调试, 2台换了传感器: adjusted or repaired, a part told by
              # other work; not the count's own work told on, 检定300台并更换检定合格标志)
              # (but not the mending that a verification closes: 进行了维修和检定, one act)
              r"[^，,；;。\d并]{0,4}?(?:进行了?|作了|做了|经过?|已)?(?:现场)?(?:调试|调修|调校|维修|修理)"
              r"(?!(?:(?:[、和及与]|以及)(?:调试|调修|调校|维修|修理|校准))*(?:[、和及与]|以及)(?:检定|校准))|"
              r"[^，,；;。\d并]{0,4}?(?:换了|更换了?)(?![^，,；;。]{0,6}?(?:标志|标识))",
    name_reach=10,  # 14台供粮站收购结算用的地磅
    carried=(Carried(("sites",), by=r"计量|检定|强检"),),
)
