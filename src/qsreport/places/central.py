"""The country's own government bodies (facts: words, not rules): a headline that opens on one
as its doer (证监会查处…, 国家发改委：…, 八部委如何…) is a story about the whole country, as one
about 我国 or 全国 is (:data:`.region._NATIONAL`): a city its body tells of as a case or an
example is not what it is about."""

# Central ministries, commissions and offices, as headlines write them (a 国家 before any of
# them is read as well: 国家发改委, 国家统计局).
CENTRAL_BODIES = (
    "国务院", "证监会", "银监会", "保监会", "银保监会", "金融监管总局", "发改委", "央行",
    "人民银行", "财政部", "商务部", "工信部", "公安部", "教育部", "科技部", "民政部", "司法部",
    "人社部", "住建部", "交通运输部", "交通部", "水利部", "农业部", "农业农村部", "文旅部",
    "卫健委", "卫计委", "生态环境部", "自然资源部", "应急管理部", "海关总署", "统计局", "外交部",
)
# Several of them at once, counted (八部委, 14部委, 多部委; 多部门 is any place's too).
CENTRAL_GROUP = r"(?:[0-9一二三四五六七八九十两多]+个?)?部委"

# The country's own bodies for quality, standards and certification, as a report's lead writes
# them (国家质检总局, 国家标准化管理委员会, 市场监管总局): their decisions (批准, 验收, 审查) are
# taken on a place's behalf, and name that place (:mod:`.region_central`).
QUALITY_BODIES = (
    "质检总局", "国家质量监督检验检疫总局", "国家技术监督局", "国家质量技术监督局",
    "国家标准委", "国家标准化管理委员会", "国家标准化委员会", "国家认监委",
    "国家认证认可监督管理委员会", "市场监管总局", "国家市场监督管理总局",
)
