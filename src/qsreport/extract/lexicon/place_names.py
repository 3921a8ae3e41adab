"""Words that follow a place when it begins a name (an honour's, a university's, a laboratory's,
a firm's) rather than saying where a figure is: read by :mod:`..context_place`."""

from ... import regex_cache as rx
from ...places.region_kinds import EVENTS

# What follows a place that begins a name rather than saying where a figure is.
# (优质产品: an honour too, 甲省优质产品16个; a paper named after its city, 甲市日报 (a byline:
# 甲市日报记者某某), 乙市晚报; an institute named after its province, 甲省计量
# 检定所, a research institute, 甲省标准化研究院, or a testing centre named after its place,
# 甲地标准及检定中心, or a regional branch of one, 甲省计量测试检定西部分中心, works
# where it is sent (testing stations: STATION_AFTER); a university or a college, 甲市大学, 乙省农业
# 学院, not one the place works with, 甲市联合甲市大学, 乙市局与某学院; and an award for
# quality management, 甲市质量管理奖; a laboratory named after the place it stands in,
# 甲地棉花实验室, and the production corps 新疆生产建设兵团)
# (not laboratories a place built, holds or had approved, 甲市新建重点实验室5个, 乙市已有实验室
# 8家, nor ones counted right after the word, 丙市重点实验室6个: the figure is the place's)
NAME_AFTER = rx.compile(r"省?(?:(?:(?:19|20)\d{2}\s*年?)?" + EVENTS + r"|"
                        r"老字号|服务名牌|名牌|优质产品|省长|市长|县长|质量(?:管理)?奖|著名|驰名|知名|讯|日报|晚报|都市报|"
                        r"地方标准|(?:(?![与和同及联会携局])[^，,。；;：:、\s“”\"\d]){0,8}?(?:大学|学院)(?!生)|[^，,。；;：:、\s“”\"]{0,8}?系统|(?:生产)?建设兵团|"
                        r"(?:(?!建|有|设|批|获|认定|成立|新增)[^，,。；;：:、\s“”\"\d]){0,6}?实验室"
                        r"(?!\s*(?:共|达到?|已达)?\s*[\d一二三四五六七八九十几多两]+\s*[个家所])|"
                        r"(?:计量|质检|检验|检测)[^，,。；;：:、\s“”\"]{0,4}?(?:所(?!有)|院)|"
                        r"[^，,。；;：:、\s“”\"\d]{0,8}?研究(?:院|所(?!有))|"
                        r"(?:产品)?(?:质量)?(?:标准|计量|质检|检验|检测|监督)[^，,。；;：:、\s“”\"]{0,6}?"
                        r"(?:检定|检测|检验|测试)(?:研究)?(?:[^，,。；;：:、\s“”\"\d]{0,3}?分)?中心)")
# A testing station named after its place (甲省某某农产品检测站), which :mod:`..context_place`
# reads as a name only after a province or where the work passes through it (由/经/委托乙县…
# 检测站检验); not a county's own station (乙县某某检测站总投资…: the county's), nor a class of
# stations (全省市县级…检测站, 各县检测站), nor stations a place built or counts (乙市检测站12个).
STATION_AFTER = rx.compile(r"(?:(?!建|有|设|批|获|认定|成立|新增)[^，,。；;：:、\s“”\"\d全各级]){0,10}?"
                           r"(?:检验|检测|检定)站"
                           r"(?!\s*(?:共|达到?|已达)?\s*[\d一二三四五六七八九十几多两]+\s*[个家所])")
STATION_USED = rx.compile(r"(?:由|经|委托|送)\s*$")
# A firm named after its place (甲市某某机械厂); not the premises in a place's area (甲市辖区内
# 宾馆, 甲县境内医院), which are the place's, nor a sentence going on to premises (甲区还对辖区
# 内12家医院…: no firm's name holds a count or 对).
FIRM_AFTER = rx.compile(r"(?![市县区]?(?:辖区|境内|城区|市区|区内|范围|各|全))"
                        r"(?:(?!辖区|境内)[^，,。；;：:、\s“”\"（(\d对])"
                        r"{2,10}?(?:有限公司|有限责任公司|股份|集团|公司|厂|幼儿园|学校|医院|宾馆|酒店)")
