"""The public pydantic model of a report: validation, ``model_dump`` and the JSON Schema.

Its fields are the fields of :class:`qsreport.models.ReportData`, read from the dataclass (so
a new area is declared once, there); importing this module is what costs pydantic's start-up,
so the command line only does so when it needs a schema.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import TYPE_CHECKING, Any, get_type_hints

from pydantic import BaseModel, ConfigDict, create_model

from . import models
from .jsonable import to_jsonable
from .models import ReportData


class _ReportBase(BaseModel):
    model_config = ConfigDict(extra="forbid", title="Report")

    @classmethod
    def from_data(cls, data: ReportData) -> Any:
        """The validated model of a pipeline result."""
        return cls.model_validate(to_jsonable(data))


def _fields() -> dict[str, Any]:
    """Each ReportData field as pydantic takes it: (its type, its default)."""
    types = get_type_hints(ReportData, vars(models))
    found: dict[str, Any] = {}
    for field_ in fields(ReportData):
        if field_.default is not MISSING:
            default = field_.default
        elif field_.default_factory is not MISSING:
            default = field_.default_factory()
        else:
            default = ...  # required
        found[field_.name] = (types[field_.name], default)
    return found


if TYPE_CHECKING:
    class Report(_ReportBase):
        """Everything qsreport read from one report: figures with their spans and sentences."""

        def __getattr__(self, name: str) -> Any: ...

        @classmethod
        def from_data(cls, data: ReportData) -> Report: ...
else:
    Report = create_model(
        "Report", __base__=_ReportBase, __module__=__name__,
        __doc__="Everything qsreport read from one report: figures with their spans and "
                "sentences.",
        **_fields(),
    )
