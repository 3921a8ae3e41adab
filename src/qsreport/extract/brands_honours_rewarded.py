"""Firms rewarded for a title they won, named after it: 对荣获某年度中国名牌产品的企业A公司
给予…奖励 (A won 中国名牌产品); 对获得国家免检产品的企业A公司和B公司分别给予… (both won
it); 对荣获中国名牌产品称号的A公司、省名牌产品的B公司进行奖励 (each firm after its own
title). The title is won (荣获/获得 just before it, a year between), the firms follow its 的
(的企业, 的单位) and are parted by 、/和/及, a later one after a title of its own, and the
clause goes on to the reward (给予, 奖励, 予以表彰)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import BrandHonour
from ..regex_prefilter import compile_fast
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_lists import LISTED_FIRM

_WON_BEFORE = rx.compile(r"(?:荣获|获得|获)了?(?:\d{4}(?:年度|年)?|今年|去年|本年度|上年度)?[“「\"]?$")
_FIRMS_AFTER = rx.compile(r"[”」\"]?(?:称号)?的(?:企业|单位)?")
_FIRM_JOINT = rx.compile(r"、|和|及|与")
# (…、第七届省名牌产品的B公司: a later firm after the title it won, its edition before it)
_EDITION = rx.compile(r"(?:第[一二三四五六七八九十\d]{1,3}届|首届|\d{4}年度?)?")
_REWARD = compile_fast(r"(?:分别|各)?(?:给予|奖励)|(?:进行|予以|给予)(?:了)?(?:奖励|表彰|嘉奖|重奖)")
_LONGEST_FIRMS = 200


def extract_rewarded_honours(doc: Doc) -> list[BrandHonour]:
    """The firms named after a won title and before their reward."""
    view = doc.view
    if "给予" not in view and "奖励" not in view and "表彰" not in view:
        return []
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
        if not _WON_BEFORE.search(view, max(0, term.start() - 12), term.start()):
            continue
        link = _FIRMS_AFTER.match(view, term.end())
        if link is None:
            continue
        firms = _firms(doc, term, link.end(), min(len(view), link.end() + _LONGEST_FIRMS))
        for start, stop, title in firms:
            out.append(honour_won(doc, start, stop, title))
    return out


def _firms(doc: Doc, term: re.Match[str], start: int, end: int
           ) -> list[tuple[int, int, re.Match[str]]]:
    """The firms from ``start`` on, one after another, each with the title it won, when a
    reward follows the last."""
    view = doc.view
    found = []
    cursor = start
    while True:
        firm = LISTED_FIRM.match(view, cursor, end)
        if firm is None:
            return []
        found.append((firm.start(), firm.end(), term))
        cursor = firm.end()
        if _REWARD.match(view, cursor):
            return found
        joint = _FIRM_JOINT.match(view, cursor)
        if joint is None:
            return []
        cursor = joint.end()
        edition = _EDITION.match(view, cursor, end)
        titles = doc.brand_terms(edition.end() if edition else cursor, end)
        if titles and titles[0].start() == (edition.end() if edition else cursor) and \
                (link := _FIRMS_AFTER.match(view, titles[0].end())) is not None:
            term, cursor = titles[0], link.end()  # …、省名牌产品的B公司: B won that title
