"""Shared fixtures: the seed report and the variants the issue asks us to generate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "000_0c6f552278dcef86.txt"
CORPUS = SAMPLES / "corpus"


@pytest.fixture()
def runner() -> CliRunner:
    """click's runner for a command's output, exit code and stderr."""
    return CliRunner()


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    """A folder of good, empty, binary, damaged, huge, unreadable and ignored files (for the
    batch tests; see batch_helpers.make_mixed)."""
    from .batch_helpers import make_mixed

    return make_mixed(tmp_path)


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture(scope="session")
def seed_text(seed_bytes: bytes) -> str:
    return seed_bytes.decode("utf-8")


def strip_pinyin_by_hand(text: str) -> str:
    """The seed's text without its tone-marked annotations (a test-side, independent rule)."""
    return re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", text)


@pytest.fixture(scope="session")
def seed_simplified_gb18030(seed_text: str) -> bytes:
    import opencc

    return opencc.OpenCC("t2s").convert(seed_text).encode("gb18030")


@pytest.fixture(scope="session")
def seed_traditional_big5(seed_text: str) -> bytes:
    # Big5 as Windows writes it (cp950): plain big5 lacks 恒, which the seed uses.
    return strip_pinyin_by_hand(seed_text).encode("cp950")
