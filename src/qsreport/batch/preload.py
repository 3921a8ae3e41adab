"""Imported once by the batch's fork server, before it forks any worker: read a few tiny
reports so that every lazy import, codec table and OpenCC converter the parser needs is
built here once and shared by every worker (copy-on-write), not rebuilt in each. The objects
made so far are then frozen out of the garbage collector's reach, so that no worker's
collection walks them (time) or writes to their pages (memory no longer shared), and the
pages of the start-up cache read so far are let go (a worker reads what it still needs).

The command line is loaded here too: multiprocessing runs the script that started the batch
(the ``qsreport`` console script) again in every worker, and that script imports it.
"""

from __future__ import annotations

import gc

from .. import (
    cli,  # noqa: F401 - loaded once here rather than in every worker
    regex_cache,
)
from .work import warm_up

warm_up()
gc.freeze()
regex_cache.release()
