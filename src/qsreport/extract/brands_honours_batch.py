"""Brands named as examples of a batch a place has grown: ``全市培育了A、B、C等一批知名品牌``,
``涌现出“A”“B”等一批地理标志品牌``, ``形成了以A、B为代表的一批地理标志产品品牌``. The names
are brands the place holds; the batch's words give the category (a geographical indication's
when they name one, else ``other``)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from ..regex_prefilter import compile_fast
from .common import Doc
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brand_status import GOAL
from .lexicon.brands import APPLIED_FOR

# The verb of growing, then the names, then 等一批 (or 为代表的一批) and words ending in 品牌.
_BATCH = compile_fast(
    r"(?:(?:培育|涌现|打造|造就|形成|孕育)(?:出了|了|出)?)+(?:以)?"
    r"(?P<names>[^，,。；;！？!?\n]{3,120}?)(?:等|为代表的|等为代表的)一批"
    r"(?P<kind>[^，,。；;！？!?\n]{0,20}?品牌)(?![企建战工])"
)
# One name: three characters or more (two would be a trade's word, 服装、五金), quoted or not.
_NAME = rx.compile(r"[“「\"]?(?P<name>[^\W\d_a-zA-Z“”「」\"、]{3,12})[”」\"]?")
_GI = rx.compile(r"地理标志")
_GI_TITLE = rx.compile(r"地理标志(?:产品)?")


def extract_batch_honours(doc: Doc) -> list[BrandHonour]:
    """Each name of a batch of brands a place grew, when every piece of the list is a name."""
    view = doc.view
    if "一批" not in view:
        return []
    out: list[BrandHonour] = []
    for batch in _BATCH.finditer(view):
        sentence = doc.sentence_at(batch.start())
        lead = view[doc.clause_start(batch.start(), sentence.start):batch.start()]
        if APPLIED_FOR.search(lead) or GOAL.search(lead):
            continue  # 力争培育A、B等一批…: a goal, no brand held yet
        names = _names(view, *batch.span("names"))
        if len(names) < 2:
            continue
        gi = _GI.search(view, *batch.span("kind"))
        title = _GI_TITLE.search(view, *batch.span("kind")) if gi else None
        honour = doc.text[title.start():title.end()] if title else \
            doc.text[batch.start("kind"):batch.end("kind")]
        category = "geographical_indication" if gi else "other"
        out += [BrandHonour(name=doc.text[start:stop], honour=honour,
                            category=category,  # type: ignore[arg-type]
                            span=(start, stop), evidence=doc.evidence(sentence))
                for start, stop in names]
    return out


_PIECES = rx.compile(r"[“「\"][^”」\"]+[”」\"]|[^、“”「」\"]+")


def _names(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of the list ``view[start:end]`` (parted by 、, or quoted one after another),
    or none when a piece is no name."""
    names = []
    for piece in _PIECES.finditer(view, start, end):
        if piece.group() in "、":
            continue
        name = _NAME.fullmatch(view, *piece.span())
        if name is None or NOT_A_NAME.search(view, *name.span("name")):
            return []
        names.append(name.span("name"))
    return names
