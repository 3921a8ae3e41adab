"""Short names reports give a few cities in speech (呼市 for 呼和浩特市, 二连市 for
二连浩特市), and the short names of Inner Mongolia's banners (达旗 for 达拉特旗, 土左旗 for
土默特左旗; 锡盟 for the league 锡林郭勒盟; an autonomous banner without its 自治, 鄂伦春旗; a
banner by its colour alone, 白旗 for 正镶白旗): facts, in the gazetteer's row shape (full name, the short name as written, level,
adcode, province, prefecture), each the row of the city it stands for. Only names no common
word holds (二连 alone is one: 二连胜, 二连冠). A banner's two-character short name (达旗,
准旗: 标准旗舰店) needs a place's context, as a county's does; one of three characters or more
(土左旗, 察右前旗) is written as its row's full name, which counts alone."""

COLLOQUIAL = """\
呼和浩特市|呼市|prefecture|150100|内蒙古|
乌鲁木齐市|乌市|prefecture|650100|新疆|
哈尔滨市|哈市|prefecture|230100|黑龙江|
二连浩特市|二连市|county|152501|内蒙古|锡林郭勒
达拉特旗|达旗|county|150621|内蒙古|鄂尔多斯
伊金霍洛旗|伊旗|county|150627|内蒙古|鄂尔多斯
准格尔旗|准旗|county|150622|内蒙古|鄂尔多斯
土左旗|土左旗|county|150121|内蒙古|呼和浩特
土右旗|土右旗|county|150221|内蒙古|包头
达茂旗|达茂旗|county|150223|内蒙古|包头
鄂前旗|鄂前旗|county|150623|内蒙古|鄂尔多斯
乌前旗|乌前旗|county|150823|内蒙古|巴彦淖尔
乌中旗|乌中旗|county|150824|内蒙古|巴彦淖尔
乌后旗|乌后旗|county|150825|内蒙古|巴彦淖尔
察右前旗|察右前旗|county|150926|内蒙古|乌兰察布
察右中旗|察右中旗|county|150927|内蒙古|乌兰察布
察右后旗|察右后旗|county|150928|内蒙古|乌兰察布
科左中旗|科左中旗|county|150521|内蒙古|通辽
科左后旗|科左后旗|county|150522|内蒙古|通辽
科右前旗|科右前旗|county|152221|内蒙古|兴安
科右中旗|科右中旗|county|152222|内蒙古|兴安
阿左旗|阿左旗|county|152921|内蒙古|阿拉善
阿右旗|阿右旗|county|152922|内蒙古|阿拉善
东乌旗|东乌旗|county|152525|内蒙古|锡林郭勒
西乌旗|西乌旗|county|152526|内蒙古|锡林郭勒
锡林郭勒盟|锡盟|prefecture|152500|内蒙古|
阿鲁科尔沁旗|阿旗|county|150421|内蒙古|赤峰
鄂伦春自治旗|鄂伦春旗|county|150723|内蒙古|呼伦贝尔
鄂温克族自治旗|鄂温克旗|county|150724|内蒙古|呼伦贝尔
莫力达瓦达斡尔族自治旗|莫旗|county|150722|内蒙古|呼伦贝尔
正镶白旗|白旗|county|152529|内蒙古|锡林郭勒
"""
