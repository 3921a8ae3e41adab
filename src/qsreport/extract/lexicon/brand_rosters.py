"""Rosters' words: the line that heads a list of winners, the columns of a roster's table
and what a winner in one of its lines looks like (read by :mod:`..brands_rosters`)."""

from __future__ import annotations

import re

from ... import regex_cache as rx
from ...chars import HAN
from ...regex_prefilter import compile_fast

# Rosters: a line that heads a list of winners, one a line or one a table row (附件：某年某省
# 名牌产品名单; 二、获“某省名牌”的企业). What may stand before the title in such a line ...
ROSTER_LEAD = rx.compile(
    r"(?:附件\d*[:：]?|附[:：])?(?:现将|现把|现)?(?:公布|发布)?(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?"
    # (the place the list is of may open it: 某市某年新获某称号的单位名单)
    # (its year too, before the place or after it: 2020年某省某某奖获奖名单)
    r"(?:\d{4}年度?)?(?:[^\W\d_a-zA-Z]{1,6}?(?:省|市|县|区|自治州))?"
    r"(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+批)?(?:获得?|荣获|新获|被认定为)?(?:\d{4}年度?)?[“\"「]?"
)
# ... and after it: the word 名单 (with a note in brackets), or 的企业/的单位/的产品 when a
# verb of winning stands before the title, or 获奖单位.
ROSTER_TAIL = rx.compile(
    # (获奖名单, 获奖单位名单: the list of an award's winners)
    r"[”\"」]?(?:称号)?(?:(?:的?(?:企业|单位|产品|生产企业|品牌|商标)?|获奖(?:企业|单位|组织|个人)?)"
    r"(?:名单|名录)"
    r"(?:[（(][^）)]{0,20}[）)])?(?:(?:予以)?(?:公布|发布|通报|下发)如下)?"
    # (某某奖获奖单位: the winners of an award, named as such with no 名单)
    r"|(?P<holders>的(?:企业|单位|产品|生产企业)|获奖(?:企业|单位)))[:：]?"
)
ROSTER_WON = rx.compile(r"获|认定")
# A heading's note may give a count of new entrants (新申报287个产品): not an application.
ROSTER_NOTE = rx.compile(r"[（(][^）)]*[）)][:：]?$")
# A roster's column header cell, and which cells hold the winner.
ROSTER_HEADER = rx.compile(
    r"序号|编号|(?:企业|单位|产品|品牌|商标|生产企业|申报单位)?名称|(?:获奖|获评)?(?:企业|单位|产品)|品牌|注册商标|商标|"
    r"地址|所在地|地区|备注|证书编号|有效期|类别|行业|型号|规格"
)
PRODUCT_COLUMN = rx.compile(r"产品|品牌")
FIRM_COLUMN = rx.compile(r"企业|单位")
# A winner in a roster line: a firm (or a body that holds a title), a marked product, or a
# quoted mark.
ROSTER_NAME = rx.compile(
    r".{2,30}?(?:公司|厂|集团|矿|政府|合作社|农场|林场|茶场|协会|研究院|研究所)|.{0,12}牌.{1,14}"
)
# What follows a name on its line: a note in brackets (2个产品), a reward, the rest of a row.
ROSTER_NAME_END = compile_fast(r"[；;。]\s*$|\s|[（(](?:\d|[一二三四五六七八九十两]+个|含|共)|奖金|奖励|[:：|]|—+|－")
# ... under a title of protected products: a product's bare name (龙井茶); under a title a
# place holds (示范区): a place.
ROSTER_PRODUCT = rx.compile(rf"{HAN}{{2,10}}")
ROSTER_PLACE = rx.compile(rf"{HAN}{{1,12}}?(?:省|市|县|区|镇|乡|园区|开发区|基地)(?:人民政府)?|"
                          rf"{HAN}{{2,30}}?(?:示范区|先行区)")

# A sentence that ends its line on a colon and announces the winners listed one a line below
# it (经评审，以下3家企业获得某市市长质量奖：; 市政府决定，授予下列单位某某称号：; 获奖单位名单
# 如下：): a word pointing down the page, and a verb of giving or winning, or a list's 如下.
ANNOUNCES_BELOW = rx.compile(r"以下|下列|如下")
# ... and what lets the roster reader read a report at all: such a word and a colon that ends
# its line in one sentence (以下简称, found everywhere, opens no roster).
ANNOUNCING_LINE = rx.compile(r"(?:以下|下列|如下)[^。！？!?\n]*[:：][^\S\n]*$", re.MULTILINE)
ANNOUNCED_WON = compile_fast(r"授予|获得|荣获|获评|被?评为|被?认定为|被?命名为|被?确定为|评选出|评出|名单如下")
