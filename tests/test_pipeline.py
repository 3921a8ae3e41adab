"""The pipeline's own behaviour around a parse (what no single stage owns)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "samples" / "000_0c6f552278dcef86.txt"


def test_a_parse_leaves_the_garbage_collector_as_it_found_it() -> None:
    """parse_bytes pauses the collector while it runs, and only that long: on after a parse,
    and after a parse that fails, if it was on; still off if the caller had turned it off."""
    import gc

    from qsreport.errors import EmptyInput
    from qsreport.pipeline import parse_bytes

    assert gc.isenabled()
    parse_bytes(SEED.read_bytes(), None)
    assert gc.isenabled()
    with pytest.raises(EmptyInput):
        parse_bytes(b"   ", None)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_bytes(SEED.read_bytes(), None)
        assert not gc.isenabled()
    finally:
        gc.enable()
