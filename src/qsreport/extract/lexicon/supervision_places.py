"""Supervision: what is no firm a check went through (places, equipment, institutions), and
the words of the places it goes through (schema 2's places_inspected), read by
:mod:`..supervision_places`."""

from __future__ import annotations

from ... import regex_cache as rx

# Measuring instruments (read here and by the rates of lexicon.supervision).
# (with the instruments of clinics and opticians that are verified by law: X光机, 验光机, 焦度计)
# (and their names in Taiwan's and Hong Kong's reports: 磅秤, a dispenser's 油量计, 量重器具,
# 度量衡器)
INSTRUMENTS = (r"计量器具|衡器|计价器|加油机|加气机|电能表|水表|燃气表|煤气表|电子秤|台秤|杆秤|血压计|"
               r"X光机|验光(?:机|仪)|焦度计|磅秤|油量计|加油枪|量重器具|度量衡器|"
               # (weighbridges: 检查了县内砖厂的地衡，合格率95%)
               r"地衡|地磅|地秤|地中衡|汽车衡")

# Places and equipment are not firms (the guide keeps them apart): 检查商场45家次、超市120家次,
# 检查加油站30家, 检查特种设备8台, 对计量技术机构检查5家; so too after the figure (检查7家
# 加油站的加油机); nor are the sellers of instruments (抽检了5家电子秤销售商), nor the
# points scrap is bought at (巡查90家废品收购点). The firms of special equipment's trade are
# firms (检查特种设备相关企业65家, 特种设备生产单位12家); the units that use, service or fill
# the equipment are not (SPECIAL_EQUIPMENT_USERS).
NOT_FIRMS = (
    r"商场|超市|(?:集贸|农贸|批发|专业|农资)市场|商店|门店|店|加油站|加气站|检测站|网吧|宾馆|酒店|餐饮|"
    # (计量 naming the check's own kind, 对20家经销单位进行计量监督检查, leaves the firms firms)
    r"特种设备(?![^，,。；;：:\d、]{0,6}?(?:使用单位|生产单位|企业))|计量(?!(?:专项)?(?:监督)?(?:检查|抽查|执法检查)|检定机构)|技术机构|商品量|净含量|水表|电表|电能表|煤气表|燃气表|加油机|衡器|"
    # (the sellers of instruments only: 检查电子秤销售商6家; other sellers are traders, firms
    # as 批发商 and 零售商 are, 检查童装经销商26家, 销售商家, 经销商家)
    rf"计价器|(?:{INSTRUMENTS}|秤)[^，,。；;：:\d、]{{0,2}}?(?:销售商|经销商)|收购点|回收点|收购站|回收站|门市|门面|摊点|摊位|"
    # (where a harvest is bought and stored, whose scales metrology counts as sites: 检查辖区
    # 粮站8家, 储备库3个)
    r"粮站|粮库|储备库|直属库|代储(?:仓)?库|收购网点|"
    # Where people gather, which a check of their equipment goes through: 检查旅游景区6家,
    # 检查12家中小学的锅炉.
    r"景区|景点|乐园|游乐场|学校|中小学|小学|中学|幼儿园|住宅小区|小区|"
    # Institutions (检查医疗机构4家; 承检机构42家 chosen by tender) are no firms either.
    # Testing bodies are firms a check goes through (抽取20家检验检测机构开展检查: the keys of
    # round 78 count them), and so is every body that assesses conformity for others, testing,
    # verifying, calibrating or certifying (抽取9家计量检定机构, 检查认证机构12家, 校准机构:
    # the settled keys of rounds 136, 146 and 147); and so are a market's traders, individual
    # businesses (检查种子经营商户17家, 共检查商户56户: the keys of rounds 116, 125 and 129), as
    # 经营户 are (检查生产企业和经营户873家次).
    r"(?<!检验检测)(?<!检验)(?<!检测)(?<!检定)(?<!校准)(?<!认证)机构|医院|卫生院|卫生室|诊所|眼镜(?:制配|验配|配镜)(?:单位|场所|中心)|"
    # Where people shop or gather, named as a kind of place: 检查大型购物场所3家.
    r"购物场所|公共场所|娱乐场所"
)

# The units that use, service or fill special equipment, counted right before their count or
# after it (检查电梯使用单位26家, 排查起重机械的使用单位88家次, 检查电梯维保单位7家, 检查气瓶
# 充装单位、检验单位9家, 对15家锅炉使用单位的锅炉) are special equipment's `users_inspected`,
# no firms inspected: so the settled keys of rounds 118-131 decide it, nine times (the keys
# of rounds 22-41 counted them as firms too; the settled readers chose one count). Read only
# with no other count between (检查充装单位9家、经营户30户次: the 30 are firms). Filling stations
# named as 站 stay firms, as the corpus's key has them (检查液化气充装站12家次).
# The units that run an amusement ride or a ropeway, and a boiler's or a lift's users, named
# with the equipment (对30家索道运营单位开展检查, 检查燃气锅炉用户12家) are its users too;
# 运营 and 用户 alone name no equipment (网约车运营单位, 用户: none of this), and a bare 电梯单位
# stays the firms it was read as.
SPECIAL_EQUIPMENT_USERS = (
    r"(?:使用|维保|维护保养|充装)单位|"
    r"(?:游乐设施|索道|锅炉|电梯|气瓶|压力容器|起重机械?)的?(?:(?:运营|管理)单位|用户)"
)

# (a place only before any firm word: 抽检了12家企业和部分宾馆的68批次 counts 12 firms)
# Nor are shops counted by the instruments a check weighed at them, the instrument closing the
# count's noun (抽查了60家磅秤，…: metrology's sites; not its sellers, 电子秤经营户).
_INSTRUMENT_SITES = rf"(?:{INSTRUMENTS})(?=\s*(?:[，,。；;、）)]|$|进行|开展|实施))"
INSTRUMENT_SITES_AFTER = rx.compile(rf"[^，,。；;：:、\d]{{0,4}}?{_INSTRUMENT_SITES}")
NOT_FIRMS_AFTER = rx.compile(
    rf"(?:(?!企业|公司|厂家)[^，,。；;：:、\d]){{0,6}}?"
    rf"(?:{NOT_FIRMS}|{SPECIAL_EQUIPMENT_USERS}|{_INSTRUMENT_SITES})")
# ... and so, named right after a count a list of places carried on to (检查了3家加油站、
# 7家锅炉用户), they are no places a check went through either.
EQUIPMENT_USERS_AFTER = rx.compile(
    rf"(?:(?!企业|公司|厂家)[^，,。；;：:、\d]){{0,6}}?(?:{SPECIAL_EQUIPMENT_USERS})")

# Places a check goes through, the check and the place right before the figure: 检查商场45家次,
# 突击检查了超市、商场和副食店16家, 巡查农贸市场12个; or a place going on with a list of them:
# 、超市120家次 (or a clause that is only a place). A list that names firms before the place
# is no count of places (巡查冷饮加工企业、流动摊点86户), and an individual business is a firm
# (个体工商户, 商户). Clinics and the shops that fit glasses are
# places too (检查乡镇卫生院17家, 对8家眼镜验配单位进行检查), and so are eating places, jewellers,
# shop counters and building sites (检查餐饮点9家, 门市部2家, 建筑工地15个: rounds 22, 24, 49;
# only here, where no keyword gave the figure a metric: 充装站 stays a firm, as the keys have it).
PLACES = (r"商场|超市|(?:集贸|农贸|批发|专业|农资|建材)?市场|商店|门店|门市|副食店|小卖部|经营户|摊点|"
          r"摊位|网吧|宾馆|酒店|餐饮店|饭店|加油站|加气站|经营门点|销售点|经销点|"
          r"景区|景点|乐园|游乐场|学校|中小学|小学|中学|幼儿园|住宅小区|小区|"
          r"医院|卫生院|卫生室|诊所|眼镜(?:制配|验配|配镜)(?:单位|场所|中心)|眼镜店|眼镜行|"
          r"首饰店|专卖店|门市部|餐饮点|餐饮业|建筑工地|油站|购物场所|公共场所|娱乐场所|"
          # (every shop, whatever it sells, and a shop's premises: 文具店, 药店, 零售店铺, 商铺;
          # the fairs of the countryside: 农村集市; not a shop online, 网店)
          r"店铺|(?<!网)店|商铺|铺面|集市")
# (a page may put a space before the figure, or a kind in brackets after the place: 检查集贸市场
# 120家，商场(店) 262家)
_PLACE_TAIL = r"(?:[(（][^\W\d_a-zA-Z]{1,4}[)）])?\s*"
PLACES_BEFORE = rx.compile(
    rf"(?:检查|巡查|排查|抽查|走访|突击检查)了?(?:(?:(?!企业|公司|厂家|工厂)[^，,。；;：:\d]){{0,12}}?[、和及])?"
    rf"[^，,。；;：:\d、]{{0,6}}?(?:{PLACES})(?:共|计|共计|等)?{_PLACE_TAIL}$"
)
PLACE_ITEM = rx.compile(rf"[、，,]?\s*[^，,。；;：:\d、]{{0,8}}?(?:{PLACES}){_PLACE_TAIL}")

# What a place holds that a check of it may count instead (检查7家加油站的加油机, 31家小学、幼儿园
# 的锅炉): the instruments and equipment, not the place (after a 、-list of places too).
HELD = INSTRUMENTS + r"|设备|设施|电梯|锅炉|气瓶|压力容器|起重机|负责人|人员"

# ... or named right after the figure, the check before it in its clause (检查了9家超市,
# 对辖区内12家眼镜验配单位进行检查, 抽检14家超市): the place closes its noun, no firm word before it
# (抽检了12家企业和部分宾馆的68批次: firms), and what is checked is not the things it holds
# (检查7家加油站的加油机, 检查了9家加油站的35台加油机: instruments, read by metrology) — though what it sells may be
# (抽检238家加油站的柴油180批次: the stations are places the check went through, rounds 28-46).
PLACES_AFTER = rx.compile(
    rf"(?:(?!企业|公司|厂家|和|及|与)[^，,。；;：:、\d]){{0,8}}?(?:{PLACES})"
    rf"(?![^，,。；;：:\d]{{0,8}}?的[^，,。；;：:]{{0,12}}?(?:{HELD}))"
)
CHECK_BEFORE = rx.compile(r"检查|巡查|排查|抽查|抽检|走访|突击检查|督查")

# Units counted beside the special equipment they hold, further on in their list (检查单位20户、
# 各类设备300余台; 租赁单位8家，塔式起重机12台; 抽查3家检验机构，设备40台; 5家单位的小锅炉5台)
# are that equipment's holders, no firms inspected nor dens closed (rounds 121, 127, 129, 133).
# The unit is named right before its count or right after it; units that make, install, repair
# or sell the equipment are firms of its trade and stay so (特种设备生产单位12家).
UNITS_BEFORE = rx.compile(r"(?<![产造装理营售])(?:单位|机构)(?:共|计|共计)?\s*$")
UNITS_AFTER = rx.compile(r"[^，,。；;：:\d、]{0,4}?(?<![产造装理营售])(?:单位|机构)")
EQUIPMENT_COUNTED = rx.compile(
    r"[^。；;！？!?]{0,24}?(?:设备|电梯|起重机械?|锅炉|气瓶|压力容器|压力管道|叉车|游乐设施|索道)"
    r"[^，,。；;：:\d]{0,4}?\d[\d.]*\s*(?:余|多)?\s*(?:台|部|套|只|公里|条|座)")
