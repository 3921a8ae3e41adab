"""The public pydantic model of a report: validation, ``model_dump`` and the JSON Schema.

Its fields are the dataclasses of :mod:`qsreport.models`; importing this module is what costs
pydantic's start-up, so the command line only does so when it needs a schema.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .models import (
    SCHEMA_VERSION,
    Brands,
    Inspection,
    Meta,
    ReportData,
    SchemaVersion,
    Section,
    Source,
    Standards,
    Supervision,
    to_jsonable,
)


class Report(BaseModel):
    """Everything qsreport read from one report: figures with their spans and sentences."""

    model_config = ConfigDict(extra="forbid", title="Report")

    schema_version: SchemaVersion = SCHEMA_VERSION
    source: Source
    meta: Meta = Meta()
    sections: list[Section] = []
    brands: Brands = Brands()
    standards: Standards = Standards()
    supervision: Supervision = Supervision()
    inspection: Inspection = Inspection()
    warnings: list[str] = []

    @classmethod
    def from_data(cls, data: ReportData) -> Report:
        """The validated model of a pipeline result."""
        return cls.model_validate(to_jsonable(data))
