"""Firms rewarded for a title they won, named after it: 对荣获某年度中国名牌产品的企业A公司
给予…奖励 (A won 中国名牌产品); 对获得国家免检产品的企业A公司和B公司分别给予… (both won
it). The title is won (荣获/获得 just before it, a year between), the firms follow 的企业 or
的单位 and are parted by 、/和/及, and the clause goes on to the reward (给予, 奖励)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_lists import LISTED_FIRM

_WON_BEFORE = rx.compile(r"(?:荣获|获得|获)了?(?:\d{4}(?:年度|年)?)?[“「\"]?$")
_FIRMS_AFTER = rx.compile(r"[”」\"]?(?:称号)?的(?:企业|单位)")
_FIRM_JOINT = rx.compile(r"、|和|及|与")
_REWARD = rx.compile(r"(?:分别|各)?(?:给予|奖励)")
_LONGEST_FIRMS = 200


def extract_rewarded_honours(doc: Doc) -> list[BrandHonour]:
    """The firms named after a won title and before their reward."""
    view = doc.view
    if "给予" not in view and "奖励" not in view:
        return []
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
        if not _WON_BEFORE.search(view, max(0, term.start() - 12), term.start()):
            continue
        link = _FIRMS_AFTER.match(view, term.end())
        if link is None:
            continue
        firms = _firms(view, link.end(), min(len(view), link.end() + _LONGEST_FIRMS))
        for start, stop in firms:
            out.append(honour_won(doc, start, stop, term))
    return out


def _firms(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The firms from ``start`` on, one after another, when a reward follows the last."""
    found = []
    cursor = start
    while True:
        firm = LISTED_FIRM.match(view, cursor, end)
        if firm is None:
            return []
        found.append((firm.start(), firm.end()))
        cursor = firm.end()
        if _REWARD.match(view, cursor):
            return found
        joint = _FIRM_JOINT.match(view, cursor)
        if joint is None:
            return []
        cursor = joint.end()
