"""Batch conversion: many files in, one dataset out, one record per file, nothing lost.

The flow is one way: :func:`~qsreport.batch.discover.discover` names the files (lazily, in a
reproducible order), those an earlier run already wrote are skipped (``resume``, by location:
:mod:`qsreport.batch.identity`), a runner reads the rest in parallel
(:class:`~qsreport.batch.pool.LocalPool`, or :class:`~qsreport.batch.dask.DaskRunner` on a
cluster) and each finished record goes straight to the sink (:mod:`qsreport.batch.sinks`),
marked as a duplicate first when its article text was written before
(:mod:`qsreport.batch.records`). Nothing holds more than a window of paths
(:mod:`qsreport.batch.order`) and a few chunks of records at once, so memory stays flat however
many files there are.

    from qsreport.batch import Batch, BatchOptions

    if __name__ == "__main__":  # workers are started afresh and import the main module
        batch = Batch(BatchOptions(paths=("reports/",), out="reports.db", format="sqlite"))
        tally = batch.run()

The names below are imported when first used (:mod:`qsreport.batch.run` holds the run), so
that the command can start the workers' server (:mod:`qsreport.batch.server`) before the
parent has loaded the rest.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..render import format_for
    from .discover import DEFAULT_INCLUDE, SKIP_REASONS, Filters, discover
    from .readback import OutputError
    from .run import Batch, BatchOptions, Tally
    from .work import FORMATS, Entry, Result

__all__ = [
    "DEFAULT_INCLUDE", "FORMATS", "SKIP_REASONS", "Batch", "BatchOptions", "Entry", "Filters",
    "OutputError", "Result", "Tally", "discover", "format_for",
]

_HOMES = {
    "DEFAULT_INCLUDE": ".discover", "SKIP_REASONS": ".discover", "Filters": ".discover",
    "discover": ".discover", "Batch": ".run", "BatchOptions": ".run", "Tally": ".run",
    "OutputError": ".readback", "FORMATS": ".work", "Entry": ".work", "Result": ".work",
    "format_for": "..render",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(home, __name__), name)
