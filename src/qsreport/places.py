"""Place names a report's region can be read from (simplified script, as the match view is).

Facts, not rules: prefecture-level cities of Zhejiang and their counties, plus the provinces and
large cities reports elsewhere come from. A region not listed here is still found when the title
is written ``地名:标题``.
"""

from __future__ import annotations

import re

ZHEJIANG = (
    "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 "
    "义乌 永康 东阳 兰溪 浦江 武义 磐安 余姚 慈溪 奉化 宁海 象山 瑞安 乐清 永嘉 苍南 平阳 文成 "
    "泰顺 海宁 平湖 桐乡 嘉善 海盐 长兴 德清 安吉 诸暨 上虞 嵊州 新昌 柯桥 江山 龙游 常山 开化 "
    "温岭 临海 玉环 三门 天台 仙居 黄岩 椒江 路桥 龙泉 青田 缙云 遂昌 松阳 云和 庆元 景宁 "
    "萧山 余杭 富阳 临安 桐庐 建德 淳安 岱山 嵊泗 普陀 定海 北仑 鄞州 镇海"
).split()
ELSEWHERE = (
    "北京 上海 天津 重庆 南京 苏州 无锡 常州 南通 扬州 徐州 合肥 芜湖 福州 厦门 泉州 晋江 "
    "广州 深圳 佛山 东莞 中山 成都 绵阳 济南 青岛 烟台 潍坊 武汉 长沙 郑州 西安 沈阳 大连 "
    "哈尔滨 长春 石家庄 太原 南昌 昆明 贵阳 南宁 海口 兰州 银川 西宁 乌鲁木齐 呼和浩特 拉萨"
).split()
PROVINCES = (
    "浙江 江苏 安徽 福建 广东 山东 河南 河北 湖北 湖南 江西 四川 陕西 山西 辽宁 吉林 黑龙江 "
    "云南 贵州 广西 海南 甘肃 青海 宁夏 新疆 内蒙古 西藏"
).split()

# Longest names first so 乌鲁木齐 wins over a shorter prefix; an optional 市/县/区 suffix.
PLACES = re.compile(
    "(?:" + "|".join(sorted(ZHEJIANG + ELSEWHERE, key=len, reverse=True)) + ")(?:市|县|区)?"
)
