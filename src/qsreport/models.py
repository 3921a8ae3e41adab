"""The shape of a Report, defined once as plain dataclasses.

The pipeline builds these (cheap: no pydantic on the command line's hot path); the public
pydantic model :class:`qsreport.report.Report` wraps them, so ``Report.model_dump(mode="json")``
and :func:`qsreport.jsonable.to_jsonable` give the same JSON. Field names follow ../shared/CONTRACT.md exactly;
extra fields are additions, never renames.
The records of schema 2's own areas are in :mod:`.models_areas`; this module names them too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .models_areas import (
    Capacity,
    CapacityStat,
    Certification,
    CertificationStat,
    Distinctions,
    DistinctionStat,
    EquipmentStat,
    Metrology,
    MetrologyStat,
    SpecialEquipment,
    Tallied,
)
from .record import STRICT, Record
from .vocabulary import (
    SCHEMA_VERSION,
    STAT_METRICS_V1,
    STAT_METRICS_V2_ONLY,
    ActionKind,
    Basis,
    Body,
    BrandCategory,
    CapacityMetric,
    CertificationMetric,
    Distinction,
    DistinctionMetric,
    Equipment,
    EquipmentMetric,
    FacilityStatus,
    Instrument,
    MetrologyMetric,
    SchemaVersion,
    Scheme,
    Span,
    StandardLevel,
    StandardRole,
    StatMetric,
    StatMetricV1,
    Status,
)

# Everything a report is made of, its vocabularies (from .vocabulary) included.
__all__ = [
    "SCHEMA_VERSION", "STAT_METRICS_V1", "STAT_METRICS_V2_ONLY", "ActionKind", "Basis", "Body", "BrandCategory",
    "BrandCount", "BrandHonour", "Brands", "Capacity", "CapacityMetric", "CapacityStat",
    "Certification", "CertificationMetric", "CertificationStat", "Distinction",
    "DistinctionMetric", "DistinctionStat", "Distinctions", "Equipment", "EquipmentMetric",
    "EquipmentStat", "Facility", "FacilityStatus", "Inspection", "Instrument", "Meta",
    "Metrology", "MetrologyMetric", "MetrologyStat", "ReportData", "SchemaVersion", "Scheme",
    "Section", "Source", "Span", "SpecialEquipment", "StandardCount", "StandardLevel",
    "StandardRate", "StandardRole", "StandardTitle", "Standards", "StatMetric", "StatMetricV1",
    "Status", "Supervision", "SupervisionAction", "SupervisionStat", "Tallied",
]

@dataclass(kw_only=True, eq=False, repr=False)
class Source(Record):
    """Where the report came from and how its bytes were read."""

    __pydantic_config__ = STRICT
    path: str | None = None
    sha256: str
    size_bytes: int
    encoding: str
    confidence: float
    bom: bool
    replaced: int
    format: Literal["text", "html", "docx", "doc", "wps", "wordml", "pdf", "rtf", "mht"]
    script: Literal["simplified", "traditional", "mixed"]
    pinyin_removed: int
    decoded_by: str = ""  # bom | utf-8 | meta | detector | repair | reader
    reader: str = ""  # for a document format: the library that read it, with its version
    dropped: dict[str, int] = field(default_factory=dict)  # what that reader left out
    text_sha256: str = ""  # of the cleaned article text, white space removed: finds reposts
    language: str | None = None  # when the text is not Chinese: its language (ja, ko, ru …)


@dataclass(kw_only=True, eq=False, repr=False)
class Meta(Record):
    """The report's header: title, region (and, schema 2, its gazetteer key), date
    (YYYY-MM-DD), publisher, category; and, in ``found``, where each was read
    (``{"title": "<h1> inside <title>", "date": "publish line"}``)."""

    __pydantic_config__ = STRICT
    title: str | None = None
    region: str | None = None
    # Schema 2: the region's adcode and full name, by the figures' key (places/key.py); null
    # for a region the gazetteer holds no one place by, or the whole country.
    region_code: str | None = None
    region_name: str | None = None
    date: str | None = None
    source: str | None = None
    category: str | None = None
    found: dict[str, str] = field(default_factory=dict)
    # Schema 2: report | notice | listing | unrelated | too_short (extract/document.py).
    document: Literal["report", "notice", "listing", "unrelated", "too_short"] = "report"


@dataclass(kw_only=True, eq=False, repr=False)
class Section(Record):
    """A section heading and its [start, end) offsets in the cleaned text."""

    __pydantic_config__ = STRICT
    heading: str
    span: Span


@dataclass(kw_only=True, eq=False, repr=False)
class BrandCount(Record):
    """How many honoured brands of one category, as a stock (total) or new (added); in
    schema 2, ``firms``: how many firms hold them, where the count's clause says it
    (43家企业的51个产品: 51, firms 43)."""

    __pydantic_config__ = STRICT
    category: BrandCategory
    label: str
    value: int | float  # (a count; or, schema 2, its share of a whole in %: basis share)
    unit: str
    firms: int | None = None
    basis: Basis | None = None
    status: Status = "achieved"
    place: str | None = None
    period: str | None = None
    place_code: str | None = None  # the place's adcode (schema 2; places/key.py)
    place_name: str | None = None  # its full simplified name, as the gazetteer writes it
    part_of: int | None = None  # the figure of the same list it is a part of (schema 2)
    span: Span
    evidence: str
    page: int | None = None  # the PDF page it is printed on (schema 2)


@dataclass(kw_only=True, eq=False, repr=False)
class BrandHonour(Record):
    """A named product or firm and the title it won; in schema 2, ``status``: whether it won
    it or is only on a shortlist, a list of recommended or applying units, or a plan's goal,
    as the document declares (extract/context_declared.py); ``place`` and ``period``: the
    place and the award's year its sentence, its list's line or heading, or its list's title
    gives, as a figure's are read (extract/context_honours.py), with the place's key."""

    __pydantic_config__ = STRICT
    name: str
    honour: str
    category: BrandCategory
    status: Status = "achieved"
    place: str | None = None
    period: str | None = None
    place_code: str | None = None  # the place's adcode (schema 2; places/key.py)
    place_name: str | None = None  # its full simplified name, as the gazetteer writes it
    span: Span
    evidence: str
    page: int | None = None  # the PDF page it is printed on (schema 2)


@dataclass(kw_only=True, eq=False, repr=False)
class Brands(Record):
    __pydantic_config__ = STRICT
    counts: list[BrandCount] = field(default_factory=list)
    honours: list[BrandHonour] = field(default_factory=list)


@dataclass(kw_only=True, eq=False, repr=False)
class StandardCount(Record):
    """How many standards of one level the region drafted or adopted."""

    __pydantic_config__ = STRICT
    level: StandardLevel
    role: StandardRole
    label: str
    value: int
    unit: str
    basis: Basis | None = None
    status: Status = "achieved"
    place: str | None = None
    period: str | None = None
    place_code: str | None = None  # the place's adcode (schema 2; places/key.py)
    place_name: str | None = None  # its full simplified name, as the gazetteer writes it
    part_of: int | None = None  # the figure of the same list it is a part of (schema 2)
    span: Span
    evidence: str
    page: int | None = None  # the PDF page it is printed on (schema 2)


@dataclass(kw_only=True, eq=False, repr=False)
class StandardRate(Record):
    """A percentage about standards (value 80 for 80%), achieved or a target."""

    __pydantic_config__ = STRICT
    label: str
    value: int | float
    target: bool
    scope: list[str] = field(default_factory=list)
    basis: Basis | None = None
    status: Status = "achieved"
    place: str | None = None
    period: str | None = None
    place_code: str | None = None  # the place's adcode (schema 2; places/key.py)
    place_name: str | None = None  # its full simplified name, as the gazetteer writes it
    part_of: int | None = None  # the figure of the same list it is a part of (schema 2)
    span: Span
    evidence: str
    page: int | None = None  # the PDF page it is printed on (schema 2)


@dataclass(kw_only=True, eq=False, repr=False)
class StandardTitle(Record):
    """A standard named by its title, without the 《》."""

    __pydantic_config__ = STRICT
    title: str
    span: Span
    evidence: str
    page: int | None = None  # the PDF page it is printed on (schema 2)


@dataclass(kw_only=True, eq=False, repr=False)
class Standards(Record):
    __pydantic_config__ = STRICT
    counts: list[StandardCount] = field(default_factory=list)
    rates: list[StandardRate] = field(default_factory=list)
    titles: list[StandardTitle] = field(default_factory=list)


@dataclass(kw_only=True, eq=False, repr=False)
class SupervisionAction(Record):
    """A campaign and the products it targets."""

    __pydantic_config__ = STRICT
    kind: ActionKind
    title: str
    targets: list[str] = field(default_factory=list)
    span: Span
    evidence: str
    page: int | None = None  # the PDF page it is printed on (schema 2)


@dataclass(kw_only=True, eq=False, repr=False)
class SupervisionStat(Tallied):
    """An enforcement figure: value as written, unit with any 万/亿 kept."""

    metric: StatMetric


@dataclass(kw_only=True, eq=False, repr=False)
class Supervision(Record):
    __pydantic_config__ = STRICT
    actions: list[SupervisionAction] = field(default_factory=list)
    stats: list[SupervisionStat] = field(default_factory=list)


@dataclass(kw_only=True, eq=False, repr=False)
class Facility(Record):
    """An inspection or testing facility and the state it is in."""

    __pydantic_config__ = STRICT
    name: str
    status: FacilityStatus
    span: Span
    evidence: str
    page: int | None = None  # the PDF page it is printed on (schema 2)


@dataclass(kw_only=True, eq=False, repr=False)
class Inspection(Record):
    __pydantic_config__ = STRICT
    facilities: list[Facility] = field(default_factory=list)


@dataclass(kw_only=True, eq=False, repr=False)
class ReportData(Record):
    """Everything read from one report, as plain data (see :class:`qsreport.report.Report`)."""

    schema_version: SchemaVersion = SCHEMA_VERSION
    source: Source
    meta: Meta = field(default_factory=Meta)
    sections: list[Section] = field(default_factory=list)
    brands: Brands = field(default_factory=Brands)
    standards: Standards = field(default_factory=Standards)
    supervision: Supervision = field(default_factory=Supervision)
    inspection: Inspection = field(default_factory=Inspection)
    # Schema 2's areas (an area is a field here and a module extract/<field>.py).
    metrology: Metrology = field(default_factory=Metrology)
    special_equipment: SpecialEquipment = field(default_factory=SpecialEquipment)
    certification: Certification = field(default_factory=Certification)
    capacity: Capacity = field(default_factory=Capacity)
    distinctions: Distinctions = field(default_factory=Distinctions)
    warnings: list[str] = field(default_factory=list)
