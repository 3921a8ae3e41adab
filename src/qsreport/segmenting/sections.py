"""The names portals give their sections — a field (财经, 體育), a region (本港, 兩岸) or a kind of
story (即时, 专题) — in both scripts. A page prints them beside its date or in its `<title>`,
where a publisher's name could stand, and neither the publish-line reader nor the site-name
reader may take one for the publisher."""

from __future__ import annotations

SECTION_WORDS = (
    "国内|國內|国际|國際|环球|两岸|兩岸|港澳|台湾|台灣|大陆|大陸|中国|中國|香港|澳门|澳門|地方|本地|本港|本澳|"
    "港闻|港聞|澳闻|澳聞|社会|社會|时政|時政|政治|政务|要闻|要聞|头条|頭條|焦点|焦點|热点|熱點|即时新闻|即時新聞|"
    "即时|即時|最新|综合|綜合|财经|財經|经济|經濟|金融|股市|产经|科技|军事|軍事|法治|法制|民生|生活|健康|教育|"
    "文化|文教|旅游|旅遊|汽车|汽車|房产|房產|时尚|娱乐|娛樂|影视|影視|影剧|体育|體育|运动|评论|評論|观点|专题|專題|"
    "图片|圖片|视频|視頻|美食|宠物|公益|农业|能源"
)
"""One alternation of the section names, longer forms before the shorter ones they begin with."""

SECTION_ENDS = "新闻|新聞|频道|頻道|版"
"""What may follow a section's name (国际新闻, 财经频道, 地方版)."""
