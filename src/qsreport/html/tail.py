"""The page's furniture printed at the foot of the article block, inside it: a QR code's caption
(官方微信, 扫一扫在手机打开当前页), a follow or download prompt (in either script: 下载/下載某某APP),
a help-line box (in either script: 某某提醒您…： over 心理援助热线/生命線協談專線…), a call to the
readers' forum (投稿「某某论坛」),
a prompt to visit the site's mobile channel (上手机某某网某频道), a reprint notice (本网版权所有,
未经授权不得转载; not an author's note granting the article to the site, 本文为某某授权…发布,
whatever notice its line goes on with), the captions of the blocks that follow (相关新闻, 网友评议), a counter that lost
its number ([人次]), a prompt to more of the site (重点推荐 更多精彩资讯请点击某某).

A site's copyright and disclaimer notice (某某网版权与免责声明： and its numbered clauses) ends
it, from its heading on, and so does a list of related stories under its heading (相关新闻,
推荐阅读) with what follows it (not a widget's caption above a paragraph of the story: only the
caption goes). A link back to the site glued to the last lines (返回某某，查看更多,
返回某某首页>>) is cut from its line. The editor's signing line at the foot (责任编辑：某某,
【责编：某某】) is furniture too, and so is the same sign glued to the end of the article's last
line (…。 责任编辑：某某); a short source's line (本文来源：某某报 责任编辑：某某), which credits
the publisher, is kept, the furniture above it dropped, and the editor's sign it ends on. Only a run of such lines at the very end of the article's text is dropped: the report's own
last line ends the run, so a sentence of the report that names a 微信 account stays.

Above the article's first paragraph, inside its block, a site may print its own promotion: a
prompt to install its app (安装某某客户端…【下载地址】) or a call to vote (【点击投票】); such a line is
dropped there, and only there.
"""

from __future__ import annotations

import re

# Lines that are furniture whatever their length (a reprint notice can be a long sentence).
_ANY_LENGTH = re.compile(
    r"(?:本网|本站|本报|本刊|本文)[^。]{0,12}(?:版权|原创)|未经[^。]{0,16}(?:授权|许可|同意|允许)[^。]{0,8}(?:不得|禁止|严禁)|"
    r"转载[^。]{0,24}(?:须|请|务必)注明|下[载載][^。]{0,12}(?:应用程序|應用程式|客户端|客戶端|APP)|"
    r"扫描[^。]{0,4}二维码|上手[机機][^。，]{0,12}(?:网|網)\w{0,4}(?:频道|頻道)|"
    r"不构成[^。]{0,10}投资建议|据此操作[^。]{0,6}风险自担|"
    # a help line a story of grief or despair ends on (心理援助热线：…, 如果你正经历困扰，请拨打…)
    # (either script; 生命线协谈专线, 张老师专线 are such lines' names too)
    r"(?:心理(?:援助|危机|危機|咨询|諮詢|支持|健康|辅导|輔導)|危[机機]干[预預]|自[杀殺](?:干[预預]|防治|[预預]防)|"
    r"情[绪緒]疏[导導]|生命[线線]|[张張]老[师師])[^。，,]{0,12}(?:热线|熱線|专线|專線)|希望24(?:热线|熱線)|"
    r"(?:抑郁|憂鬱|忧郁|困扰|困擾|轻生|輕生|自杀|自殺|心理危[机機])[^。]{0,30}"
    r"(?:拨打|撥打|求助|联系|聯繫|聯絡)[^。]{0,16}(?:热线|熱線|专线|專線)"
)
# A prompt, a tip line or a help line anywhere on a short line at the foot, in either script:
# how to scan the QR code (（微信中长按二维码关注）), the paper's tip line after its name (■某报
# 报料热线：…), a call to like or follow its page (请赞好某某 Facebook, 追蹤我們的IG), a call to
# find its app in a store (去 App 商店搜 某某), a help line's name and number (生命线：1995,
# 自杀咨询专线：0800-…).
_PROMPT = re.compile(
    r"[长長]按(?:[识識][别別]|扫描|掃描)?二[维維][码碼]|"
    r"(?:报料|報料|爆料|新闻|新聞)(?:热线|熱線|电邮|電郵|邮箱|郵箱|专线|專線)\W|"
    r"(?:讚好|赞好|点赞|點讚|按讚|追蹤|追踪|关注|關注|订阅|訂閱)[^。]{0,16}"
    r"(?:Facebook|facebook|FB|Instagram|IG|YouTube|专页|專頁|粉丝页|粉絲頁|频道|頻道)|"
    r"(?:App|APP|app|应用|應用)(?:商店|Store|store|市场|市場)[^。]{0,8}(?:搜|下载|下載)|"
    r"(?:自[杀殺]|生命[线線]|[张張]老[师師]|心理|求助)\w{0,6}[:：]\d[\d-]{2,}"
)
# An author's note that grants the outlet the article (本文由某某授权某站刊发, 本文为某某独家授权某栏目发布):
# the article's credit, kept whole, whatever reprint notice its line goes on with.
_AUTHOR_GRANT = re.compile(r"(?:本文|此文|该文)(?:为|系|由)[^，。！？]{1,24}?(?<!未经)授权[^，。！？]{1,30}?"
                           r"(?:发布|发表|刊发|首发|刊登|刊载|专栏)")
# The editor's line at the very foot (责任编辑：某某): where the article ends (see _after_editor).
_EDITOR = re.compile(r"[(（【\[]?(?:责任编辑|责编|编辑)\s*[:：]")
# The editor's sign glued to the end of the article's last line, after a space (…。 责任编辑：某某).
_GLUED_EDITOR = re.compile(r"\s+[(（【\[]?\s*(?:责任编辑|责编|責任編輯)\s*[:：]\s*[^，。！？：:\s]{1,16}\s*[)）】\]]?\s*$")
# Short lines that are a caption, a prompt or a block's heading.
_SHORT = re.compile(
    r"^(?:扫一扫|扫码|关注(?:我们|公众号|微信)|分享(?:到|让|给)|展开(?:阅读)?全文|打印本页|"
    r"关闭(?:本页|窗口)|返回顶部|发表评论|我要评论|热门推荐|推荐阅读$|延伸阅读$|"
    r"相关(?:新闻|文章|阅读|链接|推荐|报道|稿件)$|网友(?:评议|评论|留言)$|\[?人次\]?$|"
    r"(?:电邮)?新闻头条.{0,12}订阅$|版权所有|"
    r"(?:推荐|延伸|相关)阅读[:：]|[【\[]纠错[】\]]$|正在加载|进入\W?\w{1,12}\W?(?:讨论|参与讨论)$|首页\W*上一页|加载更多|"
    r"(?:重点推荐)?更多精彩\w{0,4}请(?:点击|登录)|"
    # a follow, subscribe or download prompt (欢迎关注, 更多阅读，欢迎订阅, 长按识别二维码, 点击下载)
    r"(?:更多阅读\W?)?欢迎(?:关注|订阅)|更多阅读\W?请(?:点击|关注)|长按(?:识别|扫描)?二维码|点击下[载載]|"
    r"(?:转载|投稿)须知|"
    # a periodical's subscription data (国内统一刊号：CN…, 邮发代号：…, 读者服务热线：…)
    r"(?:国内统一刊号|国际标准刊号|国内统一连续出版物号|邮发代号|订阅热线|读者服务(?:热线|邮箱|电话)|"
    r"投稿邮箱|新闻热线|报料热线|爆料热线)\W|"
    # a call to write to the site's readers' forum (投稿「某某论坛」, 有話要說 投稿『某某』)
    r"(?:有[话話]要[说說]\W?)?投稿[「『“《]\w{1,12}[」』”》]$|"
    # a line addressed to the reader that heads a box of help lines (某某提醒您，请给自己机会：)
    r".{0,16}提醒[您你].{0,16}[:：]$)"
    r"|(?:微信|微博|公众号|客户端|视频号|抖音号)$"
)
# The heading of a site's copyright and disclaimer notice (某某网版权与免责声明：, 反侵权公告):
# it and the notice's clauses under it end the article. (A site's or a paper's name may lead
# it; not a sentence's subject: 某公司发布侵权公告 is a headline.)
DISCLAIMER = re.compile(r"\W{0,2}(?:\w{0,10}?(?:网|网站|站|报社|报|台|社))?反?"
                        r"(?:版权|版權|免责|免責|侵权|侵權)\w{0,3}(?:声明|聲明|公告)\W{0,2}")
# The heading of a list of related stories, on a line of its own: it and all after it end the
# article (the list may be long: each story a headline, a summary and a date line).
_RELATED = re.compile(r"(?:[A-Za-z]{0,4}(?:精彩|热门)推荐|(?:相关|热门|延伸|推荐|更多)[·•・]?"
                      r"(?:新闻|文章|阅读|报道|推荐|资讯|稿件))[:：]?")
_RELATED_AFTER = 3  # lines of the article it must follow, at least
_LIST_SENTENCES = 2  # sentences of the line under it that make it the story's, not a list's
_PARAGRAPH = 30  # characters of a line of the report that must stand above it, at least
_SENTENCE_END = re.compile(r"[。！？]")
_HEADING = 12  # characters of that heading's line at most, spaces included
# A link back to the site's front page glued to the end of a line (the article's last, or one
# before its editor's name and the stories a site runs after it).
_BACK_LINK = re.compile(r"返回[^，。！？\s]{1,8}(?:[，,]查看更多|首页)\W{0,2}$")
_BACK_REACH = 12  # last lines where it is looked for
_DISCLAIMER_REACH = 12  # lines from the end where the notice's heading may stand
# What may follow the editor's line and still belong to the article: the other credits (校对,
# 来源, 审核, 综合整理自…), each on a line of its own. Any other line after it is the page's.
_CREDIT = re.compile(r"\W{0,2}(?:校对|审核|审校|监制|出品|来源|稿源|摄影|作者|记者|综合|整理|统筹|编审|"
                     r"终审|责任编辑|责编|编辑)")
# A site's promotion: a bracketed call to click, or a prompt to download or install its app
# (on a line that is no sentence of the report told to its end, 。: a report may tell its
# readers to get an app).
_CLICK = re.compile(r"[【\[]点击\w{0,4}[】\]]")
_APP = re.compile(r"(?:下[载載]|安[装裝])[^。，！]{0,12}(?:应用程序|應用程式|客户端|客戶端|APP|App|app)")
_PROMO_REACH = 4  # first lines of the article where a promotion is looked for
_PROMO_LINE = 160  # characters of a promotion's line at most
_EDITOR_LINE = 40  # characters of the editor's line at most
_SIGNED_LINE = 60  # and of a source's line
# A source's label (来源, 新闻来源, 稿源), read two ways: a line that signs the article with it
# (本文来源：某某报 责任编辑：某某) must give the label its colon, and is kept below furniture
# dropped above it; a line that opens on it at all (（来源：某某客户端）, 来源某某网) names the
# publisher and is never furniture itself, bracketed or not.
_SOURCE_LABEL = r"(?:信息|文章|新闻)?(?:来源|稿源)"
_SOURCE_SIGNED = re.compile(rf"(?:本文)?{_SOURCE_LABEL}\s*[:：]")
_SOURCE_LINE = re.compile(rf"[(（\[【]?{_SOURCE_LABEL}")
_SHORT_LINE = 40  # characters of a caption or prompt at most
_MOST = 16  # lines dropped at most (a periodical's credits, subscription data and notices take a dozen)


# The heading of an outlet's profile (关于我们, 本刊简介) under a story: it ends the article.
_ABOUT = re.compile(r"\W{0,2}(?:关于(?:我们|本刊|本报|本号|本站)|(?:本刊|本报|本号|杂志|期刊)简介)\W{0,2}")
# A line of the staff's names (责任编辑：某某 (AB012), 编辑：甲 审核：乙 校对：丙, （记者 甲 通讯员
# 乙）): each field a post, a name or a few, perhaps an editor's code; nothing else.
_POST = (r"(?:本报|本台|本网|本刊|特约|首席|见习|实习)?(?:责任编辑|责编|值班编辑|编辑|审核|审校|审读|校对|"
         r"终审|初审|复审|二审|三审|编审|监制|统筹|美编|记者|通讯员|实习生|摄影|摄像|作者|撰稿|撰文)")
_NAMED = r"[\u4e00-\u9fff·•]{2,5}(?:[(（]?[A-Za-z]{0,4}\d{1,6}[)）]?)?"
_STAFF = re.compile(rf"(?:[(（【\[]?{_POST}[:：/|｜]?{_NAMED}(?:[、，,]?{_NAMED})*[)）】\]]?[;；，,、]?)+")
_STAFF_LINE = 60  # characters of such a line at most, spaces left out


def trim_tail(lines: list[str]) -> list[str]:
    """``lines`` without the run of furniture lines that ends them."""
    for at in range(len(lines) - 1, max(0, len(lines) - _DISCLAIMER_REACH), -1):
        key = "".join(lines[at].split())
        if DISCLAIMER.fullmatch(key) or (_ABOUT.fullmatch(key) and any(map(_is_paragraph, lines[:at]))):
            lines = lines[:at]
            break
    lines = _related_cut(lines)
    lines = _after_editor(lines)
    for at in range(max(1, len(lines) - _BACK_REACH), len(lines)):
        if (back := _BACK_LINK.search(lines[at])) is not None and back.start() > 0:
            lines = [*lines[:at], lines[at][:back.start()], *lines[at + 1:]]
    end = len(lines)
    credit: list[str] = []  # a source's line, kept below the furniture dropped above it
    while end > 1 and len(lines) - end < _MOST:
        line = lines[end - 1].strip()
        if is_tail_furniture(line) or (len(line) <= _EDITOR_LINE and _EDITOR.match(line)) \
                or _is_staff(line):
            end -= 1
        elif not credit and len(line) <= _SIGNED_LINE and _SOURCE_SIGNED.match(line):
            credit = [lines[end - 1]]
            end -= 1
        else:
            break
    if credit and (glued := _GLUED_EDITOR.search(credit[0])) is not None:
        credit = [credit[0][:glued.start()]]  # 本文来源：某某报 责任编辑：某某: the editor's part goes
    kept = lines[:end]
    if kept and _is_paragraph(kept[-1]) and (glued := _GLUED_EDITOR.search(kept[-1])) is not None:
        kept[-1] = kept[-1][:glued.start()]
    return kept + credit


def _is_staff(line: str) -> bool:
    """Whether ``line`` only names the staff: the editors, checkers, reporters of the story."""
    key = "".join(line.split())
    return len(key) <= _STAFF_LINE and _STAFF.fullmatch(key) is not None


def _is_paragraph(line: str) -> bool:
    """Whether ``line`` is a paragraph of the report: long enough, with a sentence's end in it."""
    return len(line) >= _PARAGRAPH and _SENTENCE_END.search(line) is not None


def _related_cut(lines: list[str]) -> list[str]:
    """``lines`` up to the heading of a list of related stories, below a paragraph of the
    report; a widget's caption dropped into the story (推荐阅读 over a paragraph of it) goes
    alone, and the story goes on."""
    prose = False  # whether a paragraph of the report stands above (not a sidebar's heading)
    captions: list[int] = []  # where a widget's caption stands
    end = len(lines)
    for at, line in enumerate(lines):
        if not prose:
            prose = _is_paragraph(line)
        elif at >= _RELATED_AFTER and len(line) <= _HEADING \
                and _RELATED.fullmatch("".join(line.split())):
            following = lines[at + 1] if at + 1 < len(lines) else ""
            if len(_SENTENCE_END.findall(following)) < _LIST_SENTENCES:
                end = at
                break
            captions.append(at)
    if not captions:
        return lines[:end]
    return [line for at, line in enumerate(lines[:end]) if at not in captions]


def drop_promos(lines: list[str]) -> list[str]:
    """``lines`` without the site's promotions printed above the article's first paragraph."""
    kept: list[str] = []
    for at, line in enumerate(lines):
        if at >= _PROMO_REACH:
            return kept + lines[at:]
        paragraph = _is_paragraph(line)
        told = paragraph and line.rstrip().endswith("。")  # (a promotion cries out, 快来…哦！)
        if len(line) <= _PROMO_LINE and at + 1 < len(lines) \
                and (_CLICK.search(line) or (not told and _APP.search(line))):
            continue
        kept.append(line)
        if paragraph:
            return kept + lines[at + 1:]
    return kept


def _after_editor(lines: list[str]) -> list[str]:
    """``lines`` up to the editor's line that signs the article (责任编辑：某某, the last, with
    more of the text above it than under it and a paragraph of the report above) and the
    credits under it: what a page prints after
    it (stories of the site, keywords, a product's card) is not the article's."""
    after = 0  # characters of the lines under the one looked at
    for at in range(len(lines) - 1, 0, -1):
        line = lines[at].strip()
        if len(line) <= _EDITOR_LINE and _EDITOR.match(line):
            break
        after += len(line)
    else:
        return lines
    if sum(map(len, lines[:at])) < after:
        return lines
    if not any(map(_is_paragraph, lines[:at])):
        return lines
    end = at + 1
    while end < len(lines) and len(lines[end]) <= _EDITOR_LINE \
            and _CREDIT.match(lines[end].strip()):
        end += 1
    return lines[:end]


def is_tail_furniture(line: str) -> bool:
    """Whether a line at the foot of an article is the page's furniture."""
    key = "".join(line.split())
    if not key:
        return True
    if _SOURCE_LINE.match(key) or _AUTHOR_GRANT.match(key):
        return False  # 来源：某某客户端 names the publisher; 本文为某某授权… its author
    if _ANY_LENGTH.search(key):
        return True
    return len(key) <= _SHORT_LINE and (_SHORT.search(key) is not None or _PROMPT.search(key) is not None)
