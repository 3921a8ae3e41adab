"""The fork server a batch's workers come from, started as early as the command begins.

Where the system has one, every worker is forked from a server process that imported the
parser and built its tables once (:mod:`.preload`), so each worker, and any replacement, starts
ready to read; forking the parent itself would be unsafe once it runs threads (the progress
bar). Getting the server ready takes a few tenths of a second, most of a small batch's time, so
:func:`start` launches it before the parent has even imported the batch machinery: the
parent's imports, its opening of OUT and the first steps of the walk happen while the server
loads. Starting a worker waits for the server to be ready. Elsewhere workers are spawned.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext

PRELOAD = "qsreport.batch.preload"


def context() -> BaseContext:
    """Forkserver (preloading the parser) where there is one, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        found = multiprocessing.get_context("forkserver")
        found.set_forkserver_preload([PRELOAD])
        return found
    return multiprocessing.get_context("spawn")


def start() -> None:
    """Launch the fork server now, unless it runs already; this returns at once, and the
    server gets ready while the caller goes on."""
    if context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()
