"""The records of schema 2's own areas (metrology, special equipment, certification, capacity,
distinctions): :class:`Tallied`, what every figure of them says, each area's figure (which adds
the kind of thing it counts) and the area's list of them. Part of :mod:`.models`, which names
them all."""

from __future__ import annotations

from dataclasses import dataclass, field

from .record import STRICT, Record
from .vocabulary import (
    Basis,
    Body,
    CapacityMetric,
    CertificationMetric,
    Distinction,
    DistinctionMetric,
    Equipment,
    EquipmentMetric,
    Instrument,
    MetrologyMetric,
    Scheme,
    Span,
    Status,
)


@dataclass(kw_only=True, eq=False, repr=False)
class Tallied(Record):
    """What every figure of schema 2's own areas says (read by extract/tallies.py): a metric,
    the number as written and its unit, status, place, period and basis; each area's class
    adds the kind of thing counted (its instrument, equipment or scheme; ``any``: several
    kinds, or none named)."""

    __pydantic_config__ = STRICT
    metric: str
    label: str
    value: int | float
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
    page: int | None = None


@dataclass(kw_only=True, eq=False, repr=False)
class MetrologyStat(Tallied):
    """Instruments verified or checked, their pass and verification rates, the sites they
    stand in, measurement standards."""

    metric: MetrologyMetric
    instrument: Instrument


@dataclass(kw_only=True, eq=False, repr=False)
class Metrology(Record):
    __pydantic_config__ = STRICT
    stats: list[MetrologyStat] = field(default_factory=list)


@dataclass(kw_only=True, eq=False, repr=False)
class EquipmentStat(Tallied):
    """Special equipment registered, inspected, failed or sealed; its users inspected;
    hazards found and put right."""

    metric: EquipmentMetric
    equipment: Equipment


@dataclass(kw_only=True, eq=False, repr=False)
class SpecialEquipment(Record):
    __pydantic_config__ = STRICT
    stats: list[EquipmentStat] = field(default_factory=list)


@dataclass(kw_only=True, eq=False, repr=False)
class CertificationStat(Tallied):
    """Firms licensed or certified under a scheme, certificates issued, licences revoked
    or refused."""

    metric: CertificationMetric
    scheme: Scheme


@dataclass(kw_only=True, eq=False, repr=False)
class Certification(Record):
    __pydantic_config__ = STRICT
    stats: list[CertificationStat] = field(default_factory=list)


@dataclass(kw_only=True, eq=False, repr=False)
class CapacityStat(Tallied):
    """Inspection and testing bodies counted, and what they hold or are built with:
    investment, equipment value, land and floor area, staff, instruments, the parameters and
    products they can test."""

    metric: CapacityMetric
    body: Body


@dataclass(kw_only=True, eq=False, repr=False)
class Capacity(Record):
    __pydantic_config__ = STRICT
    stats: list[CapacityStat] = field(default_factory=list)


@dataclass(kw_only=True, eq=False, repr=False)
class DistinctionStat(Tallied):
    """Distinctions counted that are no brand honour: the firms, people or places holding a
    quality award or a quality-city title (awarded), the demonstration zones and standardization
    pilots approved or built (awarded: named, passed acceptance; building: approved to be
    created, under way)."""

    metric: DistinctionMetric
    distinction: Distinction


@dataclass(kw_only=True, eq=False, repr=False)
class Distinctions(Record):
    __pydantic_config__ = STRICT
    stats: list[DistinctionStat] = field(default_factory=list)
