"""A named winner whose title was carried to it from before its own clause (an earlier
clause or sentence) while its own clause, after the name, says what it did instead: won
another title (甲公司乙牌挂面被评为某名牌), entered a list of its own (入选某某培育库), or is
only praised (丙、丁等品牌享誉全国). The title carried is then not what it won."""

from __future__ import annotations

from ..cleaning.view import match_view
from ..models import BrandHonour
from .common import Doc
from .lexicon.brand_winning import CARRIED_DENIED_BY


def carried_past_own_words(doc: Doc, honour: BrandHonour) -> bool:
    """Whether ``honour``'s title stands only before its name's clause (in the sentence
    before or an earlier clause) and the rest of that clause, after the name, names another
    title or says something other than winning."""
    view = doc.view
    title = match_view(honour.honour)
    found = view.find(match_view(honour.name), honour.span[0], honour.span[1])
    if found < 0 or not title:
        return False
    name_start, name_end = found, found + len(honour.name)
    sentence = doc.sentence_at(name_start)
    # (its clause runs to the next clause break of its sentence; a line break inside a
    # sentence is a wrapped line, no break)
    clause_start, clause_end = doc.clause_around(name_start, name_end, sentence)
    if view.find(title, clause_start, sentence.end) >= 0:
        return False  # its title is in its own clause or after it (A、B经评审，分别荣获…)
    if any(match_view(term.group()) != title for term in doc.brand_terms(name_end, clause_end)):
        return True  # 乙牌挂面被评为某名牌: the title its own clause gives
    return CARRIED_DENIED_BY.search(view, name_end, clause_end) is not None
