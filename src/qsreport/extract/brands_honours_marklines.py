"""Winners one a line as a firm and its brand, after an intro line that names the title and
ends with its colon: 入选某某老字号的企业如下：⏎甲公司，品牌“甲记”，创立于…⏎乙厂，品牌“乙”…
The winner is the brand in quotation marks (the firm is who holds it); the lines run on
while each opens with a firm, a comma and 品牌/商标/字号 before the quoted name, and two
such lines at least make a list. An intro that says the names only applied or were
shortlisted gives nothing."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from ..regex_prefilter import compile_fast
from ..segmenting.spans import LINE
from .brands_honours_checks import not_won_yet
from .brands_won import honour_won
from .common import Doc, stripped
from .lexicon.brands import HONOUR_VERB

# An intro ending its line: 分别是：, 名单如下：, 为：
_INTRO_END = compile_fast(r"(?:(?:分别|依次)(?:是|为)|如下|有|为)[:：]$")
_MARK_LINE = rx.compile(
    r"(?P<firm>[^\s，,。；;：:]{2,40})[，,]\s*(?:品牌|商标|字号)(?:名称)?(?:为|是)?[:：]?\s*"
    r"[“「『\"](?P<name>[^”」』\"\s]{1,15})[”」』\"]"
)
_FEWEST = 2  # lines that make a list


def extract_mark_line_honours(doc: Doc) -> list[BrandHonour]:
    """The brands of the firm-and-brand lines after each intro line that names a title."""
    if not doc.names_brand_terms():
        return []
    view = doc.view
    out: list[BrandHonour] = []
    lines = [stripped(view, m.start(), m.end()) for m in LINE.finditer(view)]
    for number, (start, end) in enumerate(lines):
        if not _INTRO_END.search(view, start, end):
            continue
        terms = doc.brand_terms(start, end)
        if not terms or not HONOUR_VERB.search(view, start, end):
            continue  # (an intro that names a title no one is said to have won: 条件如下：)
        if not_won_yet(view, start, end):
            continue  # applicants and shortlists are no winners
        found = []
        for line_start, line_end in lines[number + 1:]:
            if line_start == line_end:
                continue
            mark = _MARK_LINE.match(view, line_start, line_end)
            if mark is None:
                break
            found.append(mark)
        if len(found) < _FEWEST:
            continue
        out += [honour_won(doc, mark.start("name"), mark.end("name"), terms[-1])
                for mark in found]
    return out
