"""Divisions made after the gazetteer's data was drawn (cpca's adcodes, about mid-2016), which
reports since then name by the new name (某某区市场监督管理局): facts, in the gazetteer's row
shape (full name, short name, level, adcode, province, prefecture).

Counties made cities or districts, and districts renamed, keep their old row in the gazetteer
(older reports name them so) and get the new one here, beside it, with the code the source
gives (for some renamed ones the old county's code, the same place). A short name that is the
old county's already (宁乡, 临安), names another place (龙港, 南沙), is a common word or the
start of one (钱塘 of 钱塘江, 上党 of 上党课, 光明, 双河, 新星), is written as the full name,
which then counts alone.

The first rows were written by hand (counties made cities; 伊春's districts of 2019, 芜湖's of
2020). The rest were drawn by comparing the gazetteer (with former.py and the rows above) by
adcode and by name with the prefecture- and county-level rows of jionlp 1.5.31's
``dictionary/china_location.zip`` (JioNLP, github.com/dongrixinyu/JioNLP, Apache License 2.0;
facts only, no code): every division it holds that the gazetteer lacks, but for the economic
and development zones it lists with county-level codes (the fifth digit 7), Taiwan, Hong Kong
and Macau (places/territories.py) and the generic 郊区. Units with a code of the statistics
bureau's list but none of GB/T 2260 (大兴安岭's 加格达奇区, 天府新区, 大柴旦行政委员会) are
kept: they have their own offices, which reports name as places. See docs/gazetteer.md."""

SINCE = """\
宁乡市|宁乡市|county|430124|湖南|长沙
平泉市|平泉市|county|130823|河北|承德
玉环市|玉环市|county|331021|浙江|台州
隆昌市|隆昌市|county|511028|四川|内江
彬州市|彬州市|county|610427|陕西|咸阳
京山市|京山市|county|420821|湖北|荆门
华亭市|华亭市|county|620824|甘肃|平凉
滦州市|滦州市|county|130223|河北|唐山
荔浦市|荔浦市|county|450331|广西|桂林
水富市|水富市|county|530630|云南|昭通
潜山市|潜山市|county|340824|安徽|安庆
邵东市|邵东市|county|430521|湖南|邵阳
长垣市|长垣市|county|410728|河南|新乡
射洪市|射洪市|county|510922|四川|遂宁
库车市|库车市|county|652923|新疆|阿克苏
无为市|无为市|county|340225|安徽|芜湖
伊美区|伊美|county|230717|黑龙江|伊春
乌翠区|乌翠|county|230718|黑龙江|伊春
金林区|金林区|county|230719|黑龙江|伊春
湾沚区|湾沚|county|340210|安徽|芜湖
繁昌区|繁昌区|county|340212|安徽|芜湖
肥乡区|肥乡区|county|130407|河北|邯郸
永年区|永年区|county|130408|河北|邯郸
襄都区|襄都|county|130502|河北|邢台
信都区|信都|county|130503|河北|邢台
任泽区|任泽|county|130526|河北|邢台
南和区|南和区|county|130527|河北|邢台
平城区|平城|county|140213|山西|大同
云冈区|云冈|county|140214|山西|大同
云州区|云州|county|140215|山西|大同
潞州区|潞州|county|140403|山西|长治
上党区|上党区|county|140404|山西|长治
屯留区|屯留区|county|140405|山西|长治
潞城区|潞城区|county|140406|山西|长治
怀仁市|怀仁市|county|140681|山西|朔州
太谷区|太谷区|county|140703|山西|晋中
汤旺县|汤旺|county|230723|黑龙江|伊春
丰林县|丰林|county|230724|黑龙江|伊春
大箐山县|大箐山|county|230725|黑龙江|伊春
南岔县|南岔县|county|230726|黑龙江|伊春
嫩江市|嫩江市|county|231183|黑龙江|黑河
漠河市|漠河市|county|232701|黑龙江|大兴安岭
加格达奇区|加格达奇|county|232761|黑龙江|大兴安岭
松岭区|松岭|county|232762|黑龙江|大兴安岭
新林区|新林|county|232763|黑龙江|大兴安岭
呼中区|呼中区|county|232764|黑龙江|大兴安岭
海门区|海门区|county|320684|江苏|南通
海安市|海安市|county|320685|江苏|南通
临安区|临安区|county|330112|浙江|杭州
临平区|临平|county|330113|浙江|杭州
钱塘区|钱塘区|county|330114|浙江|杭州
奉化区|奉化区|county|330213|浙江|宁波
龙港市|龙港市|county|330383|浙江|温州
广德市|广德市|county|341882|安徽|宣城
长乐区|长乐区|county|350112|福建|福州
沙县区|沙县区|county|350427|福建|三明
龙海区|龙海区|county|350681|福建|漳州
红谷滩区|红谷滩|county|360113|江西|南昌
柴桑区|柴桑|county|360404|江西|九江
余江区|余江区|county|360603|江西|鹰潭
赣县区|赣县区|county|360704|江西|赣州
龙南市|龙南市|county|360727|江西|赣州
东乡区|东乡区|county|361003|江西|抚州
广信区|广信区|county|361104|江西|上饶
章丘区|章丘区|county|370114|山东|济南
济阳区|济阳区|county|370115|山东|济南
莱芜区|莱芜区|county|370116|山东|济南
即墨区|即墨区|county|370215|山东|青岛
蓬莱区|蓬莱区|county|370684|山东|烟台
茌平区|茌平区|county|371503|山东|聊城
邹平市|邹平市|county|371681|山东|滨州
孟津区|孟津区|county|410322|河南|洛阳
偃师区|偃师区|county|410381|河南|洛阳
建安区|建安区|county|411003|河南|许昌
淮阳区|淮阳区|county|411603|河南|周口
监利市|监利市|county|421023|湖北|荆州
渌口区|渌口|county|430212|湖南|株洲
祁阳市|祁阳市|county|431121|湖南|永州
龙华区|龙华区|county|440309|广东|深圳
坪山区|坪山|county|440310|广东|深圳
光明区|光明区|county|440311|广东|深圳
横州市|横州市|county|450127|广西|南宁
田阳区|田阳区|county|451003|广西|百色
平果市|平果市|county|451082|广西|百色
宜州区|宜州区|county|451203|广西|河池
西沙区|西沙区|county|460321|海南|三沙
南沙区|南沙区|county|460322|海南|三沙
梁平区|梁平区|county|500155|重庆|
武隆区|武隆区|county|500156|重庆|
郫都区|郫都|county|510117|四川|成都
新津区|新津区|county|510132|四川|成都
天府新区|天府新区|county|510156|四川|成都
罗江区|罗江区|county|510604|四川|德阳
叙州区|叙州|county|511504|四川|宜宾
会理市|会理市|county|513425|四川|凉山
水城区|水城区|county|520221|贵州|六盘水
盘州市|盘州|county|520281|贵州|六盘水
黔西市|黔西市|county|520522|贵州|毕节
兴仁市|兴仁市|county|522302|贵州|黔西南
晋宁区|晋宁区|county|530115|云南|昆明
马龙区|马龙区|county|530304|云南|曲靖
澄江市|澄江市|county|530481|云南|玉溪
禄丰市|禄丰市|county|532331|云南|楚雄
达孜区|达孜区|county|540104|西藏|拉萨
那曲市|那曲市|prefecture|540600|西藏|
色尼区|色尼|county|540602|西藏|那曲
鄠邑区|鄠邑|county|610118|陕西|西安
凤翔市|凤翔市|county|610322|陕西|宝鸡
子长市|子长市|county|610681|陕西|延安
南郑区|南郑区|county|610703|陕西|汉中
神木市|神木市|county|610881|陕西|榆林
旬阳市|旬阳市|county|610928|陕西|安康
同仁市|同仁市|county|632321|青海|黄南
茫崖市|茫崖|county|632803|青海|海西
大柴旦行政委员会|大柴旦|county|632857|青海|海西
新星市|新星市|county|650929|新疆|
沙湾市|沙湾市|county|654223|新疆|塔城
北屯市|北屯|county|659005|新疆|
双河市|双河市|county|659007|新疆|
可克达拉市|可克达拉|county|659008|新疆|
昆玉市|昆玉|county|659009|新疆|
胡杨河市|胡杨河|county|659010|新疆|
"""
