"""Every SQL query docs/batch.md and docs/schema.md show runs as written on a batch of the
samples, and the city × year tables they build hold what the samples say."""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from qsreport.cli.batch import batch

ROOT = Path(__file__).resolve().parents[1]
_SEED = ROOT / "samples" / "000_0c6f552278dcef86.txt"
_BLOCK = re.compile(r"^( *)```sql\n(.*?)^\1```", re.M | re.S)


def _blocks(name: str) -> list[str]:
    text = (ROOT / "docs" / name).read_text("utf-8")
    return [textwrap.dedent(found.group(2)) for found in _BLOCK.finditer(text)]


def _statements(block: str) -> list[str]:
    """The block's statements, one each (comments between them dropped)."""
    statements, pending = [], ""
    for line in block.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    assert not pending.strip() or pending.strip().startswith("--"), pending
    return statements


def _run_batch(folder: Path, out: Path) -> None:
    result = CliRunner().invoke(batch, [str(folder), "--out", str(out), "-w", "1", "-q"])
    assert result.exit_code == 0, result.stderr


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A batch of the seed report and the labelled corpus."""
    folder = tmp_path_factory.mktemp("samples")
    for path in [_SEED, *sorted((ROOT / "samples" / "corpus").glob("*.txt"))]:
        shutil.copy(path, folder / path.name)
    out = folder.parent / (folder.name + ".db")
    _run_batch(folder, out)
    yield out


_QUERY_BLOCKS = [(name, block) for name in ("batch.md", "schema.md") for block in _blocks(name)
                 if "ATTACH" not in block]


@pytest.mark.parametrize(("name", "block"), _QUERY_BLOCKS,
                         ids=[f"{name}:{block.split(chr(10))[0][:40]}"
                              for name, block in _QUERY_BLOCKS])
def test_every_documented_query_runs(samples_db: Path, name: str, block: str) -> None:
    """Each statement of each ```sql block of the docs runs on a batch's database."""
    with contextlib.closing(sqlite3.connect(samples_db)) as db:
        for statement in _statements(block):
            db.execute(statement).fetchall()


def test_the_docs_show_the_queries_a_user_needs() -> None:
    """The blocks are found: the batch page's list of queries and the shard merge, the
    schema's place × year tables."""
    assert len(_blocks("batch.md")) == 2
    assert len(_statements(_blocks("batch.md")[0])) >= 10
    assert len(_blocks("schema.md")) >= 4


def _documented(marker: str) -> str:
    return next(statement for block in _blocks("batch.md") for statement in _statements(block)
                if marker in statement)


def test_the_china_top_brand_table_keeps_stocks_by_the_reports_year(samples_db: Path) -> None:
    """The seed report's stock of 22 中国名牌产品 (a cumulative count) is its city's, in the
    year of its report: one row, however often the stock is said."""
    with contextlib.closing(sqlite3.connect(samples_db)) as db:
        rows = db.execute(_documented("AS china_top_brands")).fetchall()
    assert ("330700", "金华市", "2008", 22) in rows
    assert len({(code, year) for code, _, year, _ in rows}) == len(rows)


def test_the_batches_table_leaves_changes_out(samples_db: Path) -> None:
    """Spot-check batches by place and year sum levels in one unit: no change, no share."""
    with contextlib.closing(sqlite3.connect(samples_db)) as db:
        rows = db.execute(_documented("AS batches")).fetchall()
        changes = db.execute("SELECT count(*) FROM facts WHERE category = 'batches_sampled'"
                             " AND basis IN ('change', 'share')").fetchone()[0]
    assert rows and all(unit != "%" for _, _, _, unit, *_ in rows)
    assert changes == 0 or all(batches > 0 for *_, batches, _, _ in rows)


def test_the_shard_merge_runs_as_written(samples_db: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The merge of docs/batch.md, run in the folder of a second shard, adds that shard's
    reports and facts to the first."""
    second = tmp_path / "second"
    second.mkdir()
    (second / "extra.txt").write_bytes(_SEED.read_bytes() + "\n补记。\n".encode())
    _run_batch(second, tmp_path / "shard2.db")
    shutil.copy(samples_db, tmp_path / "all.db")
    monkeypatch.chdir(tmp_path)
    [merge] = [block for block in _blocks("batch.md") if "ATTACH" in block]
    with contextlib.closing(sqlite3.connect("all.db")) as db, \
            contextlib.closing(sqlite3.connect("shard2.db")) as shard:
        before = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("reports", "facts")]
        added = [shard.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("reports", "facts")]
        for statement in _statements(merge):
            db.execute(statement)
        db.commit()
        after = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("reports", "facts")]
    assert added[1] > 0
    assert after == [before[0] + added[0], before[1] + added[1]]


def test_the_pandas_example_runs_and_keys_places(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The pandas lines of docs/batch.md run on a batch's CSV: adcodes stay text, and a
    figure with no place of its own gets its report's region's key."""
    pytest.importorskip("pandas")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(_SEED, folder / _SEED.name)
    _run_batch(folder, tmp_path / "facts.csv")
    [code] = re.findall(r"^```python\n(.*?)^```", (ROOT / "docs" / "batch.md").read_text("utf-8"),
                        re.M | re.S)
    monkeypatch.chdir(tmp_path)
    names: dict[str, Any] = {}
    exec(compile(code, "docs/batch.md", "exec"), names)  # the docs' own example, as written
    facts = names["facts"]
    assert set(facts["where_code"].dropna()) == {"330700"}
    assert "金华市" in set(facts["where_name"].dropna())
