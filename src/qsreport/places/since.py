"""Counties made county-level cities after the gazetteer's data was drawn (cpca's adcodes),
which reports since then name by the new name (某某市市场监督管理局): facts, in the gazetteer's
row shape (full name, short name, level, adcode, province, prefecture), each with the adcode
of the county it was (the same place). The short name is the gazetteer's county's already, so
each row's short name is written as its full name, which counts alone. Districts a city's
reorganisation made (伊春, 2019; 芜湖, 2020) follow, with their new adcodes and short names."""

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
"""
