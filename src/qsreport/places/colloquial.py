"""Short names reports give a few cities in speech (呼市 for 呼和浩特市, 二连市 for
二连浩特市): facts, in the gazetteer's row shape (full name, the short name as written, level,
adcode, province, prefecture), each the row of the city it stands for. Only names no common
word holds (二连 alone is one: 二连胜, 二连冠)."""

COLLOQUIAL = """\
呼和浩特市|呼市|prefecture|150100|内蒙古|
乌鲁木齐市|乌市|prefecture|650100|新疆|
哈尔滨市|哈市|prefecture|230100|黑龙江|
二连浩特市|二连市|county|152501|内蒙古|锡林郭勒
"""
