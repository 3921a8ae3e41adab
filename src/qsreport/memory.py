"""Memory a big report's parse hands back to the system between its stages."""

from __future__ import annotations

import sys


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``): the memory
    big texts and the extractors' lookups held is free, but stays counted in the process's
    resident size until returned. Elsewhere than glibc, nothing is done. The start-up
    cache's pages are let go too (:func:`.regex_cache.release`)."""
    from . import regex_cache

    regex_cache.release()
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # no C library to load, or not glibc's
        return
    trim(0)
