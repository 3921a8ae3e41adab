"""Places abroad that a news agency's dateline names (新华社某城3月5日电): the capitals and the
great cities of other countries, each with its country. Facts, kept as data; a story filed from
abroad that names no place in China is about the place it was filed from."""

from __future__ import annotations

from .. import regex_cache as rx

# city|country, one a line.
CITIES = """\
河内|越南
曼谷|泰国
万象|老挝
金边|柬埔寨
仰光|缅甸
内比都|缅甸
吉隆坡|马来西亚
新加坡|新加坡
雅加达|印度尼西亚
马尼拉|菲律宾
东京|日本
大阪|日本
首尔|韩国
平壤|朝鲜
乌兰巴托|蒙古
新德里|印度
孟买|印度
伊斯兰堡|巴基斯坦
卡拉奇|巴基斯坦
加德满都|尼泊尔
达卡|孟加拉国
科伦坡|斯里兰卡
喀布尔|阿富汗
德黑兰|伊朗
巴格达|伊拉克
大马士革|叙利亚
贝鲁特|黎巴嫩
安曼|约旦
耶路撒冷|以色列
特拉维夫|以色列
利雅得|沙特阿拉伯
迪拜|阿联酋
阿布扎比|阿联酋
多哈|卡塔尔
安卡拉|土耳其
伊斯坦布尔|土耳其
开罗|埃及
内罗毕|肯尼亚
亚的斯亚贝巴|埃塞俄比亚
约翰内斯堡|南非
比勒陀利亚|南非
拉各斯|尼日利亚
阿布贾|尼日利亚
莫斯科|俄罗斯
圣彼得堡|俄罗斯
基辅|乌克兰
明斯克|白俄罗斯
阿斯塔纳|哈萨克斯坦
阿拉木图|哈萨克斯坦
塔什干|乌兹别克斯坦
比什凯克|吉尔吉斯斯坦
伦敦|英国
巴黎|法国
柏林|德国
法兰克福|德国
罗马|意大利
米兰|意大利
马德里|西班牙
里斯本|葡萄牙
布鲁塞尔|比利时
阿姆斯特丹|荷兰
海牙|荷兰
日内瓦|瑞士
苏黎世|瑞士
伯尔尼|瑞士
维也纳|奥地利
华沙|波兰
布拉格|捷克
布达佩斯|匈牙利
雅典|希腊
斯德哥尔摩|瑞典
奥斯陆|挪威
哥本哈根|丹麦
赫尔辛基|芬兰
华盛顿|美国
纽约|美国
洛杉矶|美国
旧金山|美国
芝加哥|美国
渥太华|加拿大
多伦多|加拿大
温哥华|加拿大
墨西哥城|墨西哥
巴西利亚|巴西
里约热内卢|巴西
圣保罗|巴西
布宜诺斯艾利斯|阿根廷
圣地亚哥|智利
利马|秘鲁
哈瓦那|古巴
加拉加斯|委内瑞拉
堪培拉|澳大利亚
悉尼|澳大利亚
墨尔本|澳大利亚
惠灵顿|新西兰
奥克兰|新西兰
"""
COUNTRY = dict(line.split("|") for line in CITIES.splitlines() if line)
# An agency's dateline from abroad: 新华社某城4月8日电, 中新社某城电.
DATELINE = rx.compile(
    r"(?:新华社|中新社|中新网|人民日报|央视新闻)(?:驻\w{1,6}记者)?(?P<city>"
    + "|".join(sorted(COUNTRY, key=len, reverse=True))
    + r")\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:电|讯)")
