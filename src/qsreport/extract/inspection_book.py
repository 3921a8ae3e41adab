"""What a clause says of a facility (:class:`Claim`) and the book that keeps one entry per
facility, at the furthest stage the report gives it (:class:`FacilityBook`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..models import Facility
from ..segmenting import Segment
from .common import Doc
from .inspection_names import PLACE_IN_PARENS_END, Span
from .inspection_same import KeyIndex, name_key, short_names
from .lexicon.inspection import STAGE_ORDER


@dataclass(frozen=True)
class Claim:
    """What one clause says of one facility."""

    name: Span
    kind: str
    span: Span  # the words that say it
    borrowed: bool  # the name was given in an earlier clause (该中心, or no subject at all)
    # …and in an earlier sentence: such a claim names a facility not yet found, or adds nothing.
    earlier: bool = False
    pointed: bool = False  # the subject points back by a word of its own (该中心, 中心)
    # The facility word a list wrote once after its count (甲、乙2个国家质检中心: 质检中心),
    # which the name at ``name`` goes on with.
    suffix: Span | None = None


class FacilityBook:
    """The facilities found so far, one per facility, each at its furthest stage."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.keys: list[str] = []
        self.items: list[Facility] = []
        self.in_title: list[bool] = []
        self._full_names: dict[str, Span] | None = None
        self._known = KeyIndex()  # (the keys as the book's own methods change them)

    @property
    def full_names(self) -> dict[str, Span]:
        """全名（以下简称“简称”）: a claim under the short name is the full name's (read at
        the first claim: most reports make none)."""
        if self._full_names is None:
            view = self.doc.view
            self._full_names = {name_key(view[short[0]:short[1]]): full
                                for full, short in short_names(view)}
        return self._full_names

    def add(self, claim: Claim, sentence: Segment) -> None:
        doc = self.doc
        if claim.suffix is None and (full := self.full_names.get(
                name_key(doc.view[claim.name[0]:claim.name[1]]))) is not None:
            claim = replace(claim, name=full)
        start, end = claim.name
        after = claim.suffix or (end, end)
        key = name_key(doc.view[start:end] + doc.view[after[0]:after[1]])
        in_title = sentence.start < doc.layout.header.end
        found = Facility(name=doc.text[start:end] + doc.text[after[0]:after[1]],
                         status=claim.kind,  # type: ignore[arg-type]
                         span=claim.span, evidence=doc.evidence(sentence))
        index = self._known.first_same(self.keys, key)
        if index is not None:
            known = self.keys[index]
            item = self.items[index]
            if claim.earlier:
                return  # 该中心… in a later sentence: only a facility named again moves on
            if STAGE_ORDER[claim.kind] > STAGE_ORDER[item.status]:
                item = replace(found, name=item.name)
            if len(found.name) > len(item.name) and (known == key or known[:1] in "省市县区"
                                                     or _national_of(key, known)):
                # 县检验检测中心 then 阳信县检验检测中心, 某质检中心 then 某质量检验检测中心,
                # 某纺织质检中心 then 国家某纺织质检中心(甲): the fuller name
                item = replace(item, name=found.name)
                self._rekey(index, key)
            if self.in_title[index] and not in_title:
                # A headline's short name (鲁南质检中心) gives way to the body's full one.
                item = replace(item, name=found.name)
                self._rekey(index, key)
                self.in_title[index] = False
            self.items[index] = item
            return
        self._known.add(len(self.keys), key)
        self.keys.append(key)
        self.items.append(found)
        self.in_title.append(in_title)

    def stage_of(self, name: Span) -> str | None:
        """The stage of the facility named at ``name``, if it is in the book."""
        index = self._known.first_same(self.keys, name_key(self.doc.view[name[0]:name[1]]))
        return None if index is None else self.items[index].status

    def rename(self, old: Span, new: Span) -> None:
        """``批准“甲中心”更名为“乙中心”``: a facility found under its old name goes on under
        the new one, at the stage it has."""
        view, text = self.doc.view, self.doc.text
        index = self._known.first_same(self.keys, name_key(view[old[0]:old[1]]))
        if index is not None:
            self.items[index] = replace(self.items[index], name=text[new[0]:new[1]])
            self._rekey(index, name_key(view[new[0]:new[1]]))

    def _rekey(self, index: int, key: str) -> None:
        self._known.remove(index, self.keys[index])
        self._known.add(index, key)
        self.keys[index] = key


def _national_of(key: str, known: str) -> bool:
    """Whether ``key`` names a national centre with its host in brackets (国家某纺织质检中心
    (甲)) that ``known`` names by its trade alone (某纺织质检中心)."""
    return key.startswith("国家") and not known.startswith("国家") \
        and PLACE_IN_PARENS_END.search(key) is not None
