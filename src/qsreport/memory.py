"""Memory a big report's parse hands back to the system between its stages."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``): the memory
    big texts and the extractors' lookups held is free, but stays counted in the process's
    resident size until returned. Elsewhere than glibc, nothing is done. The start-up
    cache's pages are let go too (:func:`.regex_cache.release`)."""
    from . import regex_cache

    regex_cache.release()
    if (trim := _malloc_trim()) is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, looked up once a process (a big report calls for it before
    and after each area); None where there is no such C library."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # no C library to load, or not glibc's
        return None
    return trim
