"""A firm introduced by the titles it holds, as a photo caption writes it: 中国驰名商标企业、
省著名商标企业——某某集团有限公司的职工在装配 (the firm after the dash holds each title
before it). Only titles may stand between the line's start and the dash (a sentence that only
mentions a title names no winner), and what follows the dash must be a firm's full name."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import BrandHonour
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_captions import CAPTION_FIRM, CAPTION_JOINT

_DASH = rx.compile(r"——|--|—")


def extract_caption_honours(doc: Doc) -> list[BrandHonour]:
    """Each title a caption's firm is introduced by, as an honour of that firm."""
    view = doc.view
    if "——" not in view and "--" not in view:
        return []
    out: list[BrandHonour] = []
    title = doc.layout.header.title_line
    for dash in _DASH.finditer(view):
        line_start = view.rfind("\n", 0, dash.start()) + 1
        if title is not None and title.start <= line_start < title.end:
            continue  # a headline names no winner the article does not name again
        terms = doc.brand_terms(line_start, dash.start())
        if not terms or not _only_titles(view, line_start, dash.start(), terms):
            continue
        firm = CAPTION_FIRM.match(view, dash.end())
        if firm is None:
            continue
        for term in terms:
            out.append(honour_won(doc, firm.start("firm"), firm.end("firm"), term))
    return out


def _only_titles(view: str, start: int, end: int, terms: list[re.Match[str]]) -> bool:
    """Whether ``view[start:end]`` holds nothing but the titles, each with the word for its
    holder (企业) and the marks that join them."""
    cursor = start
    for term in terms:
        if not CAPTION_JOINT.fullmatch(view, cursor, term.start()):
            return False
        cursor = term.end()
    return CAPTION_JOINT.fullmatch(view, cursor, end) is not None
