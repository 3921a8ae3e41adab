"""Winners named after a published list whose title is an honour: 公布了第二批某某试点县
名单，A县、B县名列其中; 发布某某示范区名单，全省共有3家获批，C榜上有名. The list's title is
the honour (a brand title in it gives its category, else ``other``); a title of a blacklist,
a check's results, a shortlist or a grooming list names no winner, nor does a list still out
for comment."""

from __future__ import annotations

from ..models import BrandHonour
from .brands_honours_checks import open_shortlist
from .brands_honours_names import listed_names
from .common import Doc
from .lexicon.brand_lists import (
    LIST_OF_PLACES,
    LIST_TITLE_HONOUR,
    LIST_TITLE_LEAD,
    LIST_TITLE_NOT,
    PUBLISHED_LIST,
)
from .lexicon.brands import brand_category


def extract_published_list_honours(doc: Doc) -> list[BrandHonour]:
    """Each winner named in the clause after a published honours list."""
    view = doc.view
    if "名单" not in view:
        return []
    out: list[BrandHonour] = []
    for listed in PUBLISHED_LIST.finditer(view):
        title = listed.group("title")
        if not LIST_TITLE_HONOUR.search(title) or LIST_TITLE_NOT.search(title):
            continue
        sentence = doc.sentence_at(listed.start())
        if open_shortlist(view, sentence.start, sentence.end):
            continue  # (…名单，现予公示: not decided yet)
        # The honour is the brand title the list's title holds, as every reader names it
        # (so that a winner another reader found too is one honour), else the list's title.
        terms = doc.brand_terms(listed.start("title"), listed.end("title"))
        if terms:
            honour, category = doc.text[terms[-1].start():terms[-1].end()], brand_category(terms[-1])
        else:
            lead = LIST_TITLE_LEAD.match(title)
            start = listed.start("title") + (lead.end() if lead else 0)
            honour, category = doc.text[start:listed.end("title")].strip("“”「」\"《》"), "other"
        for start, stop in listed_names(view, listed.start("names"), listed.end("names"),
                                        places_win=bool(LIST_OF_PLACES.search(title))):
            out.append(BrandHonour(
                name=doc.text[start:stop],
                honour=honour,
                category=category,  # type: ignore[arg-type]
                span=(start, stop),
                evidence=doc.evidence(sentence),
            ))
    return out
