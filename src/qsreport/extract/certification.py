"""Certification and licensing: firms licensed (生产许可证) or certified (3C, ISO 9000, HACCP
…), certificates issued, licences revoked or refused (schema 2); the words are in
:mod:`.lexicon.certification`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from typing import Any

from .. import regex_cache as rx
from ..models import Certification, CertificationStat
from .areas import tally_area
from .common import Doc, unit_as_written
from .lexicon.certification import (
    CERTIFICATION,
    INDICATION,
    LICENCES,
    REVIEWED,
    REVIEWED_OBJECT,
    UNNAMED_LICENCES,
)
from .tallies import Tallies, Tally
from .tally_stats import stats_of, trimmed_label

_TALLIES = Tallies(CERTIFICATION)
_REVIEWED = rx.compile(REVIEWED)
_REVIEWED_OBJECT = rx.compile(REVIEWED_OBJECT)
_INDICATION = rx.compile(INDICATION)


def extract_certification(doc: Doc) -> Certification:
    """``向38家食品企业颁发食品生产许可证``, ``获得3C认证的企业有12家``,
    ``核发生产许可证126家，吊销许可证9家``."""
    stats: list[CertificationStat] = []
    firms: tuple[Tally, str] | None = None  # the last count of firms and its scheme
    for tally, fields in stats_of(doc, _TALLIES):
        metric, scheme = tally.metric, tally.name
        if scheme == "licence":  # 发证 of no licence told: the one its sentence is about
            scheme = _licence_of(doc, tally)
        elif scheme == "held":  # 获证, 有效证书 of no scheme told: the report's
            scheme = _held_of(doc, tally)
        elif scheme == "mark":  # 专用标志 of no indication told: the one named before, or none
            if not _indication_before(doc, tally):
                continue
            scheme = "gi_mark"
        scheme = _food_report(doc, tally, scheme)
        if firms is not None and _their_papers(doc, firms[0], tally):
            scheme = firms[1]
        firms = (tally, scheme) if _HOLDER_UNITS.fullmatch(tally.figure.unit) else None
        if metric == "granted":  # a licence is licensed, a special mark's users are its
            # users, any other scheme certified
            metric = "licensed" if scheme in LICENCES else \
                "mark_users" if scheme == "gi_mark" else "certified"
        if metric == "mark_users" and not _HOLDER_UNITS.fullmatch(tally.figure.unit):
            continue  # (the users are firms: 甲县40户企业的52个产品获得了使用…资格 counts products)
        if metric == "licensed" and _only_reviewed(doc, tally):
            continue
        scheme = "any" if scheme in UNNAMED_LICENCES else scheme
        holders = _holders(doc, tally) if metric == "licensed" else None
        if holders is not None and not any(stat.span == holders["span"] for stat in stats):
            stats.append(CertificationStat(metric=metric, scheme=scheme,  # type: ignore[arg-type]
                                           **holders))
        stats.append(CertificationStat(metric=metric, scheme=scheme,  # type: ignore[arg-type]
                                       **fields))
    return Certification(stats=stats)


def _only_reviewed(doc: Doc, tally: Tally) -> bool:
    """Whether the firms ``tally`` counts are only the object of a review of their licences
    (对38户企业持有的许可证实施年审), no grant."""
    start = doc.clause_start(tally.figure.start, tally.sentence.start)
    return _REVIEWED_OBJECT.search(doc.view, start, tally.figure.start) is not None \
        and _REVIEWED.match(doc.view, tally.figure.end, tally.sentence.end) is not None


# A count of firms right before the licences they hold (…企业共76家，共持有各类许可证81张).
_HOLDERS = rx.compile(r"\s*[，,]\s*(?:共|均|并|已|现)?持有")
_HOLDER_UNITS = rx.compile(r"家|户")


def _holders(doc: Doc, tally: Tally) -> dict[str, Any] | None:
    """The fields of the firms counted right before the licences ``tally`` counts, held by
    them (…食品生产企业共1200家，持有食品生产许可证1180张: 1200 家 licensed as well), or None."""
    sentence = tally.sentence
    figures = doc.figures(_TALLIES.figure, sentence.start, tally.figure.start)
    figure = figures[-1] if figures else None
    if figure is None or not _HOLDER_UNITS.fullmatch(figure.unit) \
            or not _HOLDERS.match(doc.view, figure.end, tally.figure.start):
        return None
    start = doc.clause_start(figure.start, sentence.start)
    return {"label": trimmed_label(doc.text[start:figure.start]), "value": figure.value,
            "unit": unit_as_written(doc, figure), "span": (start, figure.end),
            "evidence": doc.evidence(sentence)}


# The verb between a count of firms and the count of the papers they got (…企业取得约3万张…).
_GOT = rx.compile(r"[^，,；;。\d]{0,12}?(?:获得|取得|领取|持有)了?[约近共计]{0,2}")
_PAPER_UNITS = rx.compile(r"张|份")


def _their_papers(doc: Doc, firms: Tally, tally: Tally) -> bool:
    """Whether ``tally`` counts the papers the firms ``firms`` counts got, named by the firms'
    scheme (1.2万家食品企业取得约1.5万张生产许可证: food licences, though the licence is named
    only as 生产许可证 after the figure)."""
    return firms.sentence == tally.sentence and firms.name != tally.name \
        and firms.metric == tally.metric == "granted" \
        and _PAPER_UNITS.fullmatch(tally.figure.unit.removeprefix("万")) is not None \
        and _GOT.fullmatch(doc.view, firms.figure.end, tally.figure.start) is not None


def _food_report(doc: Doc, tally: Tally, scheme: str) -> str:
    """The scheme of a licence named bare as 生产许可证 in a report on food licences
    (发放食品生产许可证20张，注销生产许可证3家; 吊销生产许可证3家 after a food-licence report's
    opening: food licences): the report named 食品生产许可证 before the figure, in an earlier
    sentence or earlier in this one, the sentence names no other scheme, and 工业产品 stands
    nowhere up to the sentence's end (食品工业, 工业园区 name no industrial licence); else
    ``scheme``."""
    if scheme != "production_licence":
        return scheme
    sentence = tally.sentence
    if doc.view.find("工业产品", 0, sentence.end) >= 0 \
            or _TALLIES.keys_in(doc.view, sentence.start, sentence.end) - _BARE - {"food_licence"} \
            or "food_licence" not in _TALLIES.keys_in(doc.view, 0, tally.figure.start):
        return scheme
    return "food_licence"


_BARE = frozenset({"production_licence", "licence", "any"})  # (no other scheme named)


def _licence_of(doc: Doc, tally: Tally) -> str:
    """The one licence the sentence names before the figure (推进工业产品生产许可证
    管理，累计发证56家: production licences), else the one the report names before it (a
    report on 工业产品生产许可证 that goes on with 许可证企业30家), else ``licence``."""
    for start in (tally.sentence.start, 0):
        named = _TALLIES.keys_in(doc.view, start, tally.figure.start) & (LICENCES - {"licence"})
        if named:
            return named.pop() if len(named) == 1 else "licence"
    return "licence"


def _indication_before(doc: Doc, tally: Tally) -> bool:
    """Whether a geographical indication is named before the bare special mark ``tally``
    counts, earlier in its sentence or in the report (纳入地理标志保护的产品已达30个，获准使用
    专用标志的生产企业90家: the indication's mark)."""
    return _INDICATION.search(doc.view, 0, tally.figure.start) is not None


def _held_of(doc: Doc, tally: Tally) -> str:
    """The one scheme the sentence, else the report, names before the figure of papers or
    firms told only as held (截至年底全市有效获证企业共12家 after a report's opening on
    工业产品生产许可证: production licences), else ``licence``, written ``any``."""
    for start in (tally.sentence.start, 0):
        named = _TALLIES.keys_in(doc.view, start, tally.figure.start) - {"licence", "any", "held"}
        if named:
            return named.pop() if len(named) == 1 else "licence"
    return "licence"


AREA = tally_area("certification", extract_certification,
                  title="Certification and licensing", kind="certification", what="scheme")
