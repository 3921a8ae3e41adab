"""Taiwan's cities and counties and Hong Kong's districts, which the gazetteer (cpca's adcodes)
holds only as provinces (台湾省, 香港特别行政区, 澳门特别行政区). Facts, in the gazetteer's row
shape (full name, short name, level, adcode, province, prefecture); GB/T 2260 gives no code
below the province for these, so each row carries its province's code.

A short name that a common word or a mainland place also holds is written as the full name,
which then counts alone: 台中市 (舞台中央), 台南市, 台东县, 桃园市 (a village's or a road's
name), 新北市 (常州's 新北区); Taiwan's 金门县 and 连江县 are left out, as the gazetteer's rows
under 福建 hold those names. The four counties merged into cities in 2010 (台北县, 台中县,
台南县, 高雄县), which reports of the years before name, are rows of their own, by their full
names (not 南县 inside 台南县). Hong Kong's districts named by a direction (东区, 北区) or also
named elsewhere (大埔, 西贡) are left out. Each Hong Kong district is a county-level row, so its
short name counts only where a place name stands (:mod:`.finder`).

TERRITORY_BODIES: offices of government that only one of these places has (Taiwan's 监察院,
Hong Kong's 律政司), written in the match view (simplified): a story where they act is about
that place when it names the place too (:func:`.region.region_of`).

TERRITORY_OWN: offices, laws and words whose name says the place by itself (Hong Kong's
机电工程署, its 《度量衡条例》 and 《消费品安全条例》, 新界): a story that names one and no place of the mainland is that
place's even where it never writes the place's name (:func:`.region_lead.unnamed_territory`).
"""

TERRITORIES = """\
台北市|台北|prefecture|710000|台湾|
新北市|新北市|prefecture|710000|台湾|
桃园市|桃园市|prefecture|710000|台湾|
台中市|台中市|prefecture|710000|台湾|
台南市|台南市|prefecture|710000|台湾|
高雄市|高雄|prefecture|710000|台湾|
基隆市|基隆|prefecture|710000|台湾|
新竹市|新竹|prefecture|710000|台湾|
嘉义市|嘉义|prefecture|710000|台湾|
新竹县|新竹县|prefecture|710000|台湾|
苗栗县|苗栗|prefecture|710000|台湾|
彰化县|彰化|prefecture|710000|台湾|
南投县|南投|prefecture|710000|台湾|
云林县|云林|prefecture|710000|台湾|
嘉义县|嘉义县|prefecture|710000|台湾|
屏东县|屏东|prefecture|710000|台湾|
宜兰县|宜兰|prefecture|710000|台湾|
花莲县|花莲|prefecture|710000|台湾|
台东县|台东县|prefecture|710000|台湾|
澎湖县|澎湖|prefecture|710000|台湾|
台北县|台北县|prefecture|710000|台湾|
台中县|台中县|prefecture|710000|台湾|
台南县|台南县|prefecture|710000|台湾|
高雄县|高雄县|prefecture|710000|台湾|
湾仔区|湾仔|county|810000|香港|
油尖旺区|油尖旺|county|810000|香港|
深水埗区|深水埗|county|810000|香港|
九龙城区|九龙城|county|810000|香港|
观塘区|观塘|county|810000|香港|
荃湾区|荃湾|county|810000|香港|
屯门区|屯门|county|810000|香港|
元朗区|元朗|county|810000|香港|
沙田区|沙田|county|810000|香港|
葵青区|葵青|county|810000|香港|
"""

# place (as the gazetteer's short name) → the offices only it has
TERRITORY_BODIES = {
    "台湾": ("监察院", "立法院", "行政院", "考试院", "卫福部", "卫生福利部", "陆委会", "台当局",
             "消保官"),
    "香港": ("律政司", "港府", "政制及内地事务局", "食物及卫生局", "入境事务处"),
    "澳门": ("澳府", "行政法务司", "澳门特区政府"),
}

# place (as a region is written) → what names it without its name, as patterns (新界, not the
# 新界 of 创新界, the world of innovation)
TERRITORY_OWN = {
    "香港": ("机电工程署", "机电署", "香港海关", "度量衡条例", "消费品安全条例", "房屋署", "食环署", "渔护署", "港岛",
             "(?<!创)新界"),
}
