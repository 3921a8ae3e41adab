"""City papers whose names do not carry their city (facts): a report such a paper carries is
about the city only when its story names no other place and either speaks of its own city
(全市, 本市) or opens on the paper's own dateline or byline (某报讯, 某报记者).
"""

PAPER_CITIES = {
    "今晚报": "天津",
    "新民晚报": "上海",
    "解放日报": "上海",
    "文汇报": "上海",
    "东方早报": "上海",
    "新京报": "北京",
    "京华时报": "北京",
    "钱江晚报": "杭州",
    "扬子晚报": "南京",
    "羊城晚报": "广州",
    "华西都市报": "成都",
    "楚天都市报": "武汉",
}
