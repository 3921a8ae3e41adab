"""A brand count that continues the count just before it in its sentence, of the same title and
unit: the title's stock told again along a chain (由最初的6个品牌发展到目前的17家企业22个品牌),
a part in brackets right after it (省名牌产品总数达到300个（含服务业20个）) or a wider place's
count in brackets (全市12个（全省58个）). It takes the count's title and basis, unless the
bracket's own words say new (含今年新认定25个: added) or held (（全国共有30个）: total); a
bracket of titles held no more (含已过期未续展的8件) counts none."""

from __future__ import annotations

from dataclasses import replace

from ..models import BrandCount
from .common import Doc, Figure, unit_as_written
from .lexicon.brand_basis import BRACKET_HELD, BRACKET_LAPSED, BRACKET_NEW
from .lexicon.brand_chain import CHAIN_GAP
from .lexicon.brands import PART_IN_BRACKETS, WIDER_IN_BRACKETS


def continues(doc: Doc, before: BrandCount, figure: Figure, previous_end: int, start: int
              ) -> bool:
    """Whether the figure (its words from ``start``) has the unit of the count ``before``
    (its figure ending at ``previous_end``) and the words between chain it on or open a part
    in brackets of it, not of titles lapsed."""
    view = doc.view
    return before.unit == unit_as_written(doc, figure) and (
        CHAIN_GAP.fullmatch(view, previous_end, start) is not None
            or PART_IN_BRACKETS.fullmatch(view, previous_end, start) is not None
            or WIDER_IN_BRACKETS.fullmatch(view, previous_end, start) is not None) \
        and BRACKET_LAPSED.search(view, previous_end, start) is None


def continued(view: str, before: BrandCount, figure: Figure, status: str, previous_end: int,
              start: int) -> BrandCount:
    """The figure as a count of ``before``'s title, its basis ``added`` where the words
    between say new, ``total`` where they say held."""
    new = BRACKET_NEW.search(view, previous_end, start) is not None
    held = BRACKET_HELD.search(view, previous_end, start) is not None
    return replace(before, value=int(figure.value),
                   status=status,  # type: ignore[arg-type]
                   basis="added" if new else "total" if held else before.basis,
                   span=(figure.start, figure.end))
