"""Counties and prefectures that reports of 2000-2016 name but today's gazetteer (cpca's
adcodes) no longer holds: merged, renamed or made cities since. Facts, in the gazetteer's row
shape (full name, short name, level, adcode it had, province, prefecture); a short name that
is one character (安县) or a common word is written as the full name, which then counts alone.
"""

FORMER = """\
崇文区|崇文|county|110103|北京|
宣武区|宣武|county|110104|北京|
塘沽区|塘沽|county|120107|天津|
汉沽区|汉沽|county|120108|天津|
大港区|大港|county|120109|天津|
蓟县|蓟县|county|120225|天津|
卢湾区|卢湾|county|310103|上海|
闸北区|闸北|county|310108|上海|
南汇区|南汇|county|310119|上海|
安县|安县|county|510724|四川|绵阳
陵县|陵县|county|371421|山东|德州
胶南市|胶南|county|370284|山东|青岛
唐海县|唐海|county|130230|河北|唐山
藁城市|藁城市|county|130182|河北|石家庄
万全县|万全县|county|130729|河北|张家口
襄樊市|襄樊|prefecture|420600|湖北|
思茅市|思茅|prefecture|530800|云南|
铜仁地区|铜仁地区|prefecture|522200|贵州|
毕节地区|毕节地区|prefecture|522400|贵州|
吐鲁番地区|吐鲁番地区|prefecture|652100|新疆|
哈密地区|哈密地区|prefecture|652200|新疆|
日喀则地区|日喀则地区|prefecture|542300|西藏|
昌都地区|昌都地区|prefecture|542100|西藏|
海东地区|海东地区|prefecture|632100|青海|
广丰县|广丰县|county|361122|江西|上饶
郧县|郧县|county|420321|湖北|十堰
苍山县|苍山县|county|371324|山东|临沂
"""
