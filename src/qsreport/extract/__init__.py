"""Extraction: rules that read a segmented report and return its figures, area by area."""

from __future__ import annotations

from .brands import extract_brands
from .common import Doc
from .inspection import extract_inspection
from .standards import extract_standards
from .supervision import extract_supervision

__all__ = ["Doc", "extract_brands", "extract_inspection", "extract_standards",
           "extract_supervision"]
