"""City papers whose names do not carry their city (facts): a report such a paper carries is
about the city only when its story speaks of its own city (全市, 本市) and names no other place.
"""

PAPER_CITIES = {
    "今晚报": "天津",
    "新民晚报": "上海",
    "解放日报": "上海",
    "文汇报": "上海",
    "东方早报": "上海",
    "新京报": "北京",
    "京华时报": "北京",
}
