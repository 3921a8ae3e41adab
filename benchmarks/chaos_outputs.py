"""Reading a finished chaos run's OUT (JSONL, CSV or SQLite) into what two runs are compared
on (see chaos.py)."""

from __future__ import annotations

import contextlib
import csv
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qsreport.render.csv import COLUMNS as CSV_COLUMNS

# Where a CSV row numbers its file's facts (the batch CSV's own column order).
FACT_INDEX, FACT_COUNT = CSV_COLUMNS.index("fact_index"), CSV_COLUMNS.index("fact_count")


@dataclass
class Outcome:
    """What OUT holds, reduced to what must not depend on kills or spellings."""

    files: Counter[str] = field(default_factory=Counter)  # location → records
    outcome: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # → kind, text
    firsts: Counter[str] = field(default_factory=Counter)  # text → records not duplicates
    duplicates: Counter[str] = field(default_factory=Counter)  # text → duplicate records
    facts: Counter[str] = field(default_factory=Counter)


# CSV columns that name the spelling used or depend on which copy of an article came first.
_COPY_COLUMNS = ("path", "location", "duplicate_of", "sha256", "title", "region", "date",
                 "span_start", "span_end")


def read_out(out: Path, fmt: str) -> Outcome:
    result = Outcome()

    def note(location: str, ok: bool, kind: str | None, text: str | None,
             duplicate: bool) -> None:
        result.files[location] += 1
        result.outcome[location] = ("ok" if ok else str(kind), text)
        if ok and text:
            (result.duplicates if duplicate else result.firsts)[text] += 1

    if fmt == "jsonl":
        for line in out.read_bytes().splitlines():
            record = json.loads(line)  # every line is valid UTF-8 JSON, or this fails
            ok = record["ok"]
            note(record["location"], ok, None if ok else record["error"]["kind"],
                 record.get("text_sha256"), "duplicate_of" in record)
            if ok and "duplicate_of" not in record:
                report = record["report"]
                for area in ("brands", "standards", "supervision", "inspection"):
                    for name, items in report[area].items():
                        for item in items:
                            kept = {k: v for k, v in item.items() if k != "span"}
                            result.facts[json.dumps(
                                [record["text_sha256"], area, name, kept], sort_keys=True,
                                ensure_ascii=False)] += 1
    elif fmt == "csv":
        with open(out, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if int(row["fact_index"]) <= 1:
                    note(row["location"], row["ok"] == "true", row["error_kind"] or None,
                         row["text_sha256"] or None, bool(row["duplicate_of"]))
                if row["kind"]:
                    kept = {k: v for k, v in row.items() if k not in _COPY_COLUMNS}
                    result.facts[json.dumps(kept, sort_keys=True, ensure_ascii=False)] += 1
    else:
        with contextlib.closing(sqlite3.connect(out)) as db:
            for location, ok, kind, text, duplicate in db.execute(
                    "SELECT location, ok, error_kind, text_sha256, duplicate_of FROM reports"):
                note(location, bool(ok), kind, text, duplicate is not None)
            for row in db.execute(
                    "SELECT r.text_sha256, f.kind, f.category, f.label, f.value, f.unit,"
                    " f.basis, f.scope, f.status, f.place, f.period, f.evidence"
                    " FROM facts f JOIN reports r ON r.id = f.report_id"):
                result.facts[json.dumps(row, ensure_ascii=False)] += 1
            for table in ("honours", "actions", "facilities"):
                cursor = db.execute(f"SELECT r.text_sha256, t.* FROM {table} t"
                                    " JOIN reports r ON r.id = t.report_id")
                names = [column[0] for column in cursor.description]
                for row in cursor:
                    kept = [value for name, value in list(zip(names, row, strict=True))[3:]
                            if name not in ("span_start", "span_end")]
                    result.facts[json.dumps([table, row[0], *kept], ensure_ascii=False)] += 1
    return result


def compare(whole: Outcome, chaos: Outcome) -> list[str]:
    """What differs between the uninterrupted run and the chaotic one (empty: nothing)."""
    problems = []
    twice = [loc for loc, n in chaos.files.items() if n > 1]
    if twice:
        problems.append(f"{len(twice)} files with more than one record, e.g. {twice[0]}")
    missing = set(whole.files) - set(chaos.files)
    if missing:
        problems.append(f"{len(missing)} files without a record, e.g. {sorted(missing)[0]}")
    extra = set(chaos.files) - set(whole.files)
    if extra:
        problems.append(f"{len(extra)} records of unknown files, e.g. {sorted(extra)[0]}")
    changed = [loc for loc in whole.outcome if chaos.outcome.get(loc, whole.outcome[loc])
               != whole.outcome[loc]]
    if changed:
        problems.append(f"{len(changed)} files read differently, e.g. {changed[0]}")
    if any(n != 1 for n in chaos.firsts.values()) or set(chaos.firsts) != set(whole.firsts):
        problems.append("an article text without exactly one first record")
    if chaos.duplicates != whole.duplicates:
        problems.append(f"duplicates differ: {sum(chaos.duplicates.values())} against"
                        f" {sum(whole.duplicates.values())}")
    if chaos.facts != whole.facts:
        lost, gained = whole.facts - chaos.facts, chaos.facts - whole.facts
        problems.append(f"facts differ: {sum(lost.values())} missing, {sum(gained.values())}"
                        " extra")
    return problems


def whole_records(out: Path, fmt: str) -> list[bytes]:
    """Each record of a JSONL or CSV OUT as the bytes one write put there (a file's rows)."""
    if fmt == "sqlite":
        return []
    data = out.read_bytes()
    if fmt == "jsonl":
        return data.splitlines(keepends=True)
    found, start, consumed = [], 0, 0

    def lines() -> Any:
        nonlocal consumed
        for line in data.splitlines(keepends=True):
            consumed += len(line)
            yield line.decode("utf-8")

    rows = csv.reader(lines())
    next(rows)
    start = consumed
    for row in rows:
        if row[FACT_INDEX] == row[FACT_COUNT] or row[FACT_COUNT] == "0":  # a file's last row
            found.append(data[start:consumed])
            start = consumed
    return found
