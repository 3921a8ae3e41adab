"""Certification and licensing: firms licensed (生产许可证) or certified (3C, ISO 9000, HACCP
…), certificates issued, licences revoked or refused (schema 2); the words are in
:mod:`.lexicon.certification`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from ..models import Certification, CertificationStat
from .areas import tally_area
from .common import Doc
from .lexicon.certification import CERTIFICATION, LICENCES
from .tallies import Tallies, Tally
from .tally_stats import stats_of

_TALLIES = Tallies(CERTIFICATION)


def extract_certification(doc: Doc) -> Certification:
    """``向38家食品企业颁发食品生产许可证``, ``获得3C认证的企业有12家``,
    ``核发生产许可证126家，吊销许可证9家``."""
    stats = []
    for tally, fields in stats_of(doc, _TALLIES):
        metric, scheme = tally.metric, tally.name
        if scheme == "licence":  # 发证 of no licence told: the one its sentence is about
            scheme = _licence_of(doc, tally)
        if metric == "granted":  # a licence is licensed, any other scheme certified
            metric = "licensed" if scheme in LICENCES else "certified"
        scheme = "any" if scheme == "licence" else scheme
        stats.append(CertificationStat(metric=metric, scheme=scheme,  # type: ignore[arg-type]
                                       **fields))
    return Certification(stats=stats)


def _licence_of(doc: Doc, tally: Tally) -> str:
    """The one licence the sentence names before the figure (推进工业产品生产许可证
    管理，累计发证56家: production licences), else ``licence``."""
    named = {key for key in (_TALLIES.key_of(m) for m in _TALLIES.names.finditer(
        doc.view, tally.sentence.start, tally.figure.start)) if key in LICENCES - {"licence"}}
    return named.pop() if len(named) == 1 else "licence"


AREA = tally_area("certification", extract_certification,
                  title="Certification and licensing", kind="certification", what="scheme")
