"""Shapes of page furniture that text saved from a page keeps above its headline: a site's name,
menus and tools, breadcrumbs, clocks, bylines, a column's name, an e-paper's page bar, a table's
header. The plain-text title reader (``title.py``) never takes such a line for the title.

Shapes, not one site's strings: each row is a pattern on the line's match view (simplified,
half-width) with its spaces left out, and says in its comment what it catches. Kept as data so a
new kind of furniture is one more row.
"""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..chars import HAN, HAN_CHAR

# Two or more cells between | or _ (a menu, a table's header, a spam list of phrases), or three
# or more phrases glued with single hyphens (a spam page's keyword list).
LIST_LINE = rx.compile(r"[|｜_].*[|｜_]|(?:[^-]{2,30}-){3,}")  # bounded: linear on a long line

# How a site's name ends (not 平台, 社区: a headline may end on them, 建成…服务平台).
_SITE_END = r"(?:网|网站|在线|门户|频道)"

FURNITURE_SHAPES = [
    # A site's name alone, or with its section, phone or slogan after a separator
    # (某某网, 某某网资讯, 某某网下载中心, 某某网--某某搜索网, 某某网-电话:…, 某某网APP).
    rx.compile(rf"^{HAN}{{2,14}}?{_SITE_END}(?:资讯|新闻|首页|官网|下载中心|APP|网站)?"
               rf"(?:[-—_|].*)?$"),
    # A greeting to the visitor, a sign-in or a site slogan (欢迎光临…, 您好,欢迎访问…).
    rx.compile(r"^(?:欢迎|您好|你好|welcome)", re.IGNORECASE),
    # A breadcrumb or the page's place in its site (您当前的位置, 首页 > 新闻, 正文, 详情).
    rx.compile(r"(?:当前|现在|所在|您的)\S{0,2}位置|位置[:：]|首页|[>»›]|正文$|详情$|^当前版"),
    # A clock or the weather on the page (今天是, 现在时间是:, 天气预报, 某地:阵雨 25℃/17℃ 南风);
    # the day of the week is with the tools below.
    rx.compile(r"今天是|现在时间|天气预报|-?\d{1,2}\s*(?:℃|°C)\s*[/~～-]\s*-?\d{1,2}\s*(?:℃|°C)"),
    LIST_LINE,  # a menu, a table's header, a spam list (above)
    # A byline or credit (作者:…, 编辑:…, 文/…, 本报记者 某某, 某某新闻记者 某某, 摄影, 通讯员).
    rx.compile(r"^\W*(?:作者|编辑|责编|责任编辑|撰稿|审核|摄影|摄|来源|出处|文|图|记者|通讯员)"
               r"[:/：]|记者|通讯员|^\W*文/|^\W*本报讯|admin"),
    # A publisher's or reporter's dateline alone (据新华社北京7月30日电, 某某网讯:).
    rx.compile(r"\d{1,2}月\d{1,2}日(?:电|讯)$|讯[:：]$|^据\S{0,8}(?:社|网|报)"),
    # A column's or section's name: a short line ending as one (行业动态, 实时滚动新闻, 财经纵横).
    rx.compile(rf"^{HAN}{{0,6}}(?:动态|新闻|资讯|热点|纵横|中心|专题|公报|快讯|要闻|聚焦|播报|"
               r"时评|视点|推荐|导读|财经|科技|论坛)[A-Za-z]*$"),
    # An e-paper's page bar (第A2版:要闻, 上一版, 下一期, 版面导航).
    rx.compile(r"第[A-Z]?\d{1,3}版|[上下]一[版期]|版面导航|\d{1,3}版$"),
    # Reading aids: word count and reading time, hits, a summary's label (本篇文章460字, 摘要).
    rx.compile(r"本篇文章|读完约|阅读|点击|浏览|^(?:摘要|核心提示|关键词|导语|编者按|提要|目录|提纲)|"
               r"^文档(?:介绍|简介)"),
    # A document's index fields and numbers alone (索引号, 文号, 编号:…, 〔2013〕89号, 2017年第8号).
    rx.compile(r"索引号|主题分类|发文字号|文号|^编号|^名称|^\W*[\[〔(（]?\d{4}[\]〕)）]?\d+号$|"
               rf"^\d{{4}}年第\d+号$|^{HAN}{{1,8}}[〔\[]\d{{4}}[〕\]]\d+号$"),
    # A label waiting for its value, or a letter's addressees (主办单位:, 各市质监局:).
    rx.compile(rf"{HAN}[:：]$|^主办|^承办|^版权"),
    # Contact details: a phone, a hot line, a QQ or mail (服务热线:4001234567, 电话:0571-…).
    rx.compile(r"(?:热线|电话|传真|邮箱)[:：]|QQ[:：]?\d|\d{7,}"),
    # A picture's caption tag ((资料图), 【资料图】, (组图) alone).
    rx.compile(r"^\W*(?:资料图|相关资料图|组图|图片|图)\W*$"),
    # A heading of the body, not the report's title (一、…, 1、…, 第一篇, (一)).
    rx.compile(r"^\W*(?:[一二三四五六七八九十]+、|\d{1,2}、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[篇部])"),
    # An issuer's name alone over a government document's title (某市人民政府, 某某总局公告,
    # 某某联席会议办公室; the title is the 关于… line under it), or a bureau's short name alone
    # (某省质监局), not a longer headline that ends in one (某县组建…局).
    rx.compile(rf"^(?:中华人民共和国)?{HAN}{{2,20}}?(?:人民政府|办公厅|办公室|委员会)(?:公告|文件|令)?$"
               rf"|^(?:中华人民共和国)?{HAN}{{2,14}}?(?:总局|局|厅)(?:公告|文件|令)$|^{HAN}{{1,6}}(?:局|厅)$"),
    # A sample or reading site's blurb (论文部分内容阅读, 600字范文, 期刊文献).
    rx.compile(r"范文|内容丰富|期刊文献|下载中心|^会员\S{0,4}$"),
]

# Tools and menu entries (print, close, share, font size, log in, search, download, jump) and
# the day of the week of a page's clock:
# furniture when little else is on the line (4 Han at most besides them), for a headline may
# hold the same words (某地强行关闭…).
TOOLS = rx.compile(
    r"打印|关闭|分享|收藏|字号|字体|大中小|复制链接|朗读|扫一扫|微信|搜索|登录|注册|找回密码|发邮件|"
    r"联系我们|网站地图|设为首页|辅助访问|立即下载|跳转|返回|智能问答|积分|手机版|下载|Flash|IPv6|"
    r"RSS|评论|楼主|楼层|上一篇|下一篇|放大|缩小|导航|加盟|咨询|发送|按钮|星期[一二三四五六日天]")
_BESIDE_TOOLS = 4

# Names alone, spaced (王某 李某某 张某): a list of authors or people in a photo; or short
# entries spaced like a menu, three of four Han or five of ten at most (关于我们
# 服务项目 联系方式).
SPACED_ENTRIES = rx.compile(rf"^(?:{HAN}{{1,3}}\s+){{1,}}{HAN}{{1,3}}$"
                            rf"|^(?:{HAN}{{2,4}}\s+){{2,}}{HAN}{{2,4}}$|^(?:{HAN}{{2,10}}\s+){{4,}}{HAN}{{2,10}}")


def is_furniture(line: str) -> bool:
    """Whether a line of the match view has the shape of page furniture, not of a headline."""
    stripped = line.strip()
    if SPACED_ENTRIES.match(stripped):
        return True
    squeezed = "".join(stripped.split())
    if TOOLS.search(squeezed) \
            and len(HAN_CHAR.findall(TOOLS.sub("", squeezed))) <= _BESIDE_TOOLS:
        return True
    return any(shape.search(squeezed) for shape in FURNITURE_SHAPES)
