"""Winners named in a count broken down by place or sector, each part's count followed by its
names after a colon: ``全省21件中国驰名商标中，甲市拥有3件：A、B、C；乙市2件：D、E`` (or after
即, 分别是: ``…中，乙县有2个，即A、B``). A part
whose count is the number of its names lists holders of the title the sentence counted before
the parts; a part that disagrees names none."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from ..numbers import to_number
from ..regex_prefilter import compile_fast
from .brands_honours_checks import open_shortlist
from .brands_parts import part_item
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brand_status import GOAL
from .lexicon.brands import APPLIED_FOR

# One part: where it starts (the sentence's clause break), its place or sector, its count,
# the colon, then its names up to the next part or the sentence's end.
# (…中，甲市有4个，即A、B、C、D: the names after 即 or 分别是 as after a colon)
_PART = compile_fast(r"(?<=[，,；;：:])(?P<item>[^，,；;：:。\d]{1,12}?)"
                   r"(?P<count>[\d一二三四五六七八九十两]{1,3})(?:件|个|项|家|种)"
                   r"(?:[：:]|[，,]?(?:即|分别是|分别为)[：:]?)"
                   r"(?P<names>[^，,；;。！？!?\n]+)")
# What a sentence holds that can open a part's names: a colon, or 即 and 分别 after a count.
_NAMES_OPEN = rx.compile(r"[：:]|[件个项家种][，,]?(?:即|分别是|分别为)")
# One name: a few characters with no punctuation or digit (a mark's Latin letters may
# follow: 甲乙JIAYI), its quotation marks aside.
_NAME = rx.compile(r"[“「\"]?(?P<name>[^\W\d_a-zA-Z]{2,12}[A-Za-z]{0,12})[”」\"]?")


def extract_share_honours(doc: Doc) -> list[BrandHonour]:
    """Each name of a part of a breakdown whose count agrees with its names."""
    view = doc.view
    out: list[BrandHonour] = []
    for sentence, terms in zip(doc.layout.sentences, doc.brand_terms_by_sentence(),
                               strict=True):
        if not terms or not _NAMES_OPEN.search(view, terms[0].end(), sentence.end):
            continue
        lead = view[sentence.start:terms[0].end()]
        if APPLIED_FOR.search(lead) or GOAL.search(lead) or \
                open_shortlist(view, sentence.start, sentence.end):
            continue  # applicants, goals and shortlists hold nothing yet
        for part in _PART.finditer(view, terms[0].end(), sentence.end):
            item_start, item_end = part.span("item")
            if not part_item(view, item_start, item_end, sentence.start):
                continue
            names = _names(view, *part.span("names"))
            if not names or to_number(part.group("count")) != len(names):
                continue
            term = [t for t in terms if t.end() <= item_start][-1]
            out += [honour_won(doc, start, stop, term, sentence) for start, stop in names]
    return out


def _names(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names parted by 、 in ``view[start:end]``, or none when a piece is no name."""
    names = []
    cursor = start
    for piece in view[start:end].split("、"):
        name = _NAME.fullmatch(view, cursor, cursor + len(piece))
        if name is None or NOT_A_NAME.search(view, *name.span("name")):
            return []
        names.append(name.span("name"))
        cursor += len(piece) + 1
    return names
