"""qsreport: turn Chinese quality-supervision reports into structured, checkable data.

    from qsreport import decode, parse
    report = parse("samples/report.txt")      # a pydantic Report
    report.model_dump(mode="json")            # what `qsreport parse --format json` prints

Names are imported on first use, so ``import qsreport`` stays cheap for the command line.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .code_cache import install as _install_code_cache
from .dataclass_cache import install as _install_dataclass_cache

_install_dataclass_cache()  # before any module of ours defines its record classes
_install_code_cache()

if TYPE_CHECKING:
    from .decoding import Decoded, decode
    from .errors import EmptyInput, InputError, NotText, QsreportError, Timeout, TooLarge
    from .pipeline import ParseOptions, parse
    from .report import Report

_EXPORTS = {
    "Decoded": "decoding", "decode": "decoding",
    "EmptyInput": "errors", "InputError": "errors", "NotText": "errors",
    "QsreportError": "errors", "Timeout": "errors", "TooLarge": "errors",
    "ParseOptions": "pipeline", "parse": "pipeline",
    "Report": "report",
}

__all__ = [
    "Decoded", "EmptyInput", "InputError", "NotText", "ParseOptions", "QsreportError", "Report",
    "Timeout", "TooLarge", "decode", "parse",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'qsreport' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
