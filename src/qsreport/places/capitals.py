"""Each province's capital (its short name, as the gazetteer writes it), for a report's 省城 or
省会: the capital of the province the report is about. Facts, not rules."""

from __future__ import annotations

CAPITALS = {
    "河北": "石家庄", "山西": "太原", "内蒙古": "呼和浩特", "辽宁": "沈阳", "吉林": "长春",
    "黑龙江": "哈尔滨", "江苏": "南京", "浙江": "杭州", "安徽": "合肥", "福建": "福州",
    "江西": "南昌", "山东": "济南", "河南": "郑州", "湖北": "武汉", "湖南": "长沙",
    "广东": "广州", "广西": "南宁", "海南": "海口", "四川": "成都", "贵州": "贵阳",
    "云南": "昆明", "西藏": "拉萨", "陕西": "西安", "甘肃": "兰州", "青海": "西宁",
    "宁夏": "银川", "新疆": "乌鲁木齐",
}


def capital_of(province: str) -> str | None:
    """The full name of a province's capital (济南市 for 山东 or 山东省), if it has one."""
    from .finder import find_places

    short = next((capital for name, capital in CAPITALS.items() if province.startswith(name)),
                 None)
    found = find_places(short) if short else []
    return found[0].place.name if found else None
