"""Chaos: `kill -9` a batch at random moments, resume it with the folder spelled another way
each time, and check that it ends exactly as a run that was never stopped.

    python benchmarks/chaos.py [--files 400] [--kills 20] [--workers 2] [--formats jsonl,csv,sqlite]
                               [--seed 15] [--keep DIR]

Generates a folder of report files whose texts this script writes itself (no real report
text): UTF-8, GBK, UTF-16 and Big5 files, one in eight a web page, in subfolders of 50, and
among them the things that double-count in real downloads — exact copies, symbolic links,
hard links and reposts (the same article inside another site's page) — plus failures (empty,
binary, a broken link), file names in GBK bytes, and a few big files.

For each format, first a run that is never stopped; then the same batch killed with SIGKILL
``--kills`` times (at a random moment: mostly a little after records start to appear, some
during start-up; the whole process group or the parent alone) and resumed each time with the
folder spelled ``reports``, ``./reports`` or by its absolute path in turn, until a run ends by
itself. It then checks, against the uninterrupted run:

- exactly one record per file (by location), none missing, none twice;
- each file's outcome (ok, or its error kind) and article-text hash the same;
- each article text has exactly one record that is not a duplicate, and as many duplicates;
- the facts equal: the CSV facts table or the SQLite ``facts`` rows, or for JSONL the figures
  of every record that is not a duplicate, each with its article's text hash. Left out are
  what names the spelling used (paths) and what depends on which copy of a duplicated article
  was written first, which the order the workers finish in decides: its offsets (a repost's
  page and the text file differ in white space) and its header (title, region, date).

Prints one line a format and a Markdown table; exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qsreport.render.csv import COLUMNS as CSV_COLUMNS

BATCH = [sys.executable, "-m", "qsreport", "batch"]
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "sqlite": ".db"}
# Where a CSV row numbers its file's facts (the batch CSV's own column order).
FACT_INDEX, FACT_COUNT = CSV_COLUMNS.index("fact_index"), CSV_COLUMNS.index("fact_count")
PER_FOLDER = 50

# Words to build reports from. Written for this benchmark; any likeness to a real report's
# figures is chance.
CITIES = ["临安市", "桐庐县", "建德市", "淳安县", "余姚市", "慈溪市", "奉化市", "象山县",
          "宁海县", "瑞安市", "乐清市", "永嘉县", "平阳县", "苍南县", "嘉善县", "海盐县",
          "海宁市", "平湖市", "桐乡市", "德清县", "长兴县", "安吉县", "诸暨市", "上虞市",
          "嵊州市", "新昌县", "兰溪市", "东阳市", "永康市", "武义县", "浦江县", "磐安县"]
AGENCIES = ["质量技术监督局", "市场监督管理局"]
KINDS = ["工作总结", "质量工作报告", "上半年工作情况通报", "质量强市工作情况"]
PRODUCTS = ["电动工具", "五金制品", "竹木制品", "纺织面料", "汽车配件", "不锈钢餐具",
            "茶叶", "水泵", "电线电缆", "童车", "袜业", "塑料制品", "家用电器", "建筑用钢材"]
FIRMS = ["恒远", "金诚", "华越", "新锐", "东方红", "山海", "佳特", "宏达", "瑞丰", "天成"]
FILLER = [
    "各级各部门高度重视质量工作，把质量提升摆在突出位置。",
    "加强组织领导，完善工作机制，确保各项任务落到实处。",
    "深入企业开展走访服务，帮助企业解决实际困难。",
    "积极开展质量月活动，营造全社会重视质量的良好氛围。",
    "进一步健全质量安全风险预警和应急处置机制。",
    "广泛宣传质量法律法规，提高企业质量主体意识。",
]
NAV = ["首页 | 新闻中心 | 政务公开 | 办事服务", "网站首页 &gt; 地方新闻 &gt; 浙江",
       "热点 | 视频 | 图片 | 论坛 | 博客 | 财经", "本站首页 · 质量动态 · 通知公告"]
FOOT = ["版权所有 主办单位 网站地图 联系我们", "本网站所有内容未经许可不得转载 广告服务",
        "技术支持 网络中心 ICP备案号 友情链接"]


def report_text(rng: random.Random, number: int) -> str:
    """One report: a headline, a publish line and sections of figures, in random order."""
    city, agency, year = rng.choice(CITIES), rng.choice(AGENCIES), rng.randrange(2005, 2019)
    product = rng.choice(PRODUCTS)
    sections = [
        ("品牌建设", [
            f"全年{city}新增中国名牌产品{rng.randrange(1, 6)}个、浙江名牌产品"
            f"{rng.randrange(2, 15)}个，累计拥有浙江名牌产品{rng.randrange(20, 90)}个。",
            f"{rng.choice(FIRMS)}公司的“{rng.choice(FIRMS)}”牌{product}被认定为中国驰名商标。",
        ]),
        ("标准化工作", [
            f"全年主导制定国家标准{rng.randrange(1, 9)}项、行业标准{rng.randrange(1, 12)}项，"
            f"参与制定地方标准{rng.randrange(1, 6)}项。",
            f"规模以上企业采标率达到{rng.randrange(50, 95)}.{rng.randrange(10)}%。",
        ]),
        ("监督执法", [
            f"组织开展{product}质量专项整治行动，出动执法人员{rng.randrange(100, 2000)}人次，"
            f"检查企业{rng.randrange(50, 900)}家。",
            f"全年监督抽查产品{rng.randrange(100, 900)}批次，合格率为"
            f"{rng.randrange(80, 99)}.{rng.randrange(10)}%。",
            f"查处质量违法案件{rng.randrange(10, 200)}起，案值{rng.randrange(20, 900)}."
            f"{rng.randrange(10)}万元，罚没款{rng.randrange(5, 300)}万元。",
        ]),
        ("检测能力", [f"{city}{product}质量检测中心建成投用，并通过省级资质认定。"]),
    ]
    rng.shuffle(sections)
    numerals = "一二三四五六七八"
    body = []
    for index, (heading, sentences) in enumerate(sections[: rng.randrange(2, 5)]):
        chosen = [s for s in sentences if rng.random() < 0.8] or sentences[:1]
        body.append(f"{numerals[index]}、{heading}")
        body.append("".join(chosen + rng.sample(FILLER, rng.randrange(0, 3))))
    return "\n".join([
        f"{city}{agency}{year}年{rng.choice(KINDS)}",
        f"发布日期：{year + 1}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        f"  来源：{city}{agency}",
        *body, f"（编号：CH-{number:05d}）",
    ]) + "\n"


def as_page(text: str, rng: random.Random, charset: str = "utf-8") -> bytes:
    """``text`` inside a site's page: its own menu, side links and footer."""
    title, *lines = text.splitlines()
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    page = (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{title}</title>'
            f'</head>\n<body><div class="nav">{rng.choice(NAV)}</div>\n'
            f'<div class="side"><a href="#">{rng.choice(PRODUCTS)}</a> <a href="#">'
            f'{rng.choice(PRODUCTS)}</a></div>\n<div class="article"><h1>{title}</h1>\n'
            f'{body}</div>\n<div class="footer">{rng.choice(FOOT)}</div></body></html>\n')
    return page.encode(charset)


def generate(folder: Path, count: int, seed: int) -> dict[str, int]:
    """About ``count`` files under ``folder``; how many of each kind were made."""
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    rng = random.Random(seed)
    made: Counter[str] = Counter()
    written: list[tuple[Path, str]] = []  # (file, its text) of the plain reports
    for index in range(count):
        sub = folder / f"part{index // PER_FOLDER:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        roll = rng.random()
        if written and roll < 0.05:  # an exact copy of an earlier file
            source, _ = rng.choice(written)
            (sub / f"{index:05d}_copy{source.suffix}").write_bytes(source.read_bytes())
            made["copy"] += 1
        elif written and roll < 0.08:  # a symbolic link to an earlier file
            source, _ = rng.choice(written)
            (sub / f"{index:05d}_link{source.suffix}").symlink_to(os.path.relpath(source, sub))
            made["symlink"] += 1
        elif written and roll < 0.11:  # a hard link
            source, _ = rng.choice(written)
            os.link(source, sub / f"{index:05d}_hard{source.suffix}")
            made["hard link"] += 1
        elif written and roll < 0.16:  # the same article reposted on another site
            _, text = rng.choice(written)
            (sub / f"{index:05d}_repost.html").write_bytes(as_page(text, rng))
            made["repost"] += 1
        elif roll < 0.175:
            (sub / f"{index:05d}_empty.txt").write_bytes(b"")
            made["empty"] += 1
        elif roll < 0.19:
            (sub / f"{index:05d}_binary.txt").write_bytes(
                b"\x89PNG\r\n\x1a\n" + rng.randbytes(2048))
            made["binary"] += 1
        elif roll < 0.20:
            (sub / f"{index:05d}_gone.txt").symlink_to("no-such-file.txt")
            made["broken link"] += 1
        else:
            text = report_text(rng, index)
            how = rng.choices(["utf-8", "gbk", "utf-16", "big5", "page"],
                              weights=[50, 20, 8, 7, 15])[0]
            if how == "page":
                data, suffix = as_page(text, rng, rng.choice(["utf-8", "gbk"])), ".html"
            elif how == "big5":
                data, suffix = to_traditional.convert(text).encode("cp950", "replace"), ".txt"
            else:
                data, suffix = text.encode(how), ".txt"
            name = f"{index:05d}_{how}{suffix}"
            if rng.random() < 0.03:  # named in GBK bytes, as older Chinese systems did
                name = os.fsdecode(f"{index:05d}_质监报告{suffix}".encode("gbk"))
                made["GBK name"] += 1
            path = sub / name
            path.write_bytes(data)
            written.append((path, text))
            made["report"] += 1
    big = folder / "big"
    big.mkdir()
    for index in range(3):  # big files, so that the pool has some to spread
        text = "".join(report_text(rng, 90000 + index * 100 + n) for n in range(700))
        (big / f"big{index}.txt").write_text(text, encoding="utf-8")
        made["big (≈580 KB)"] += 1
    return dict(made)


# Reading a finished OUT ---------------------------------------------------------------------


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


# Running and killing ------------------------------------------------------------------------


def record_bytes(out: Path, fmt: str) -> int:
    """How much OUT holds, cheaply: it grows as records are written (for SQLite, whose WAL
    is reused after a checkpoint without growing, the number of files in it)."""
    if fmt != "sqlite":
        try:
            return out.stat().st_size
        except OSError:
            return 0
    if not out.exists():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(f"file:{out}?mode=ro", uri=True,
                                                timeout=0.1)) as db:
            return int(db.execute("SELECT count(*) FROM reports").fetchone()[0])
    except sqlite3.Error:
        return 0


@dataclass
class Chaos:
    kills: int = 0
    group_kills: int = 0
    early_kills: int = 0  # at a random moment from the start, records or not
    runs: int = 0
    torn_tails: int = 0  # a half-written record left at OUT's end by a kill (or added here)
    seconds: float = 0.0
    last_stderr: str = ""


def run_with_kills(work: Path, fmt: str, kills: int, workers: int, rng: random.Random,
                   records: list[bytes]) -> Chaos:
    """The batch, killed ``kills`` times and resumed under another spelling each time; after
    some kills, part of a record (one of ``records``) is added to OUT, as a kill in the middle
    of a write would leave it."""
    out = work / f"chaos{SUFFIX[fmt]}"
    spellings = ["reports", "./reports", str(work / "reports")]
    # How far apart the kills are: the files left over the kills left, in records, and what
    # record_bytes grows by for one record (JSONL, CSV: the median record's size).
    total = len(records) or record_bytes(work / f"whole{SUFFIX[fmt]}", fmt)
    unit = sorted(map(len, records))[len(records) // 2] if records else 1
    chaos = Chaos()
    started = time.monotonic()
    while True:
        left = max(1, total - record_bytes(out, fmt) // unit)
        step = max(1, left // (kills - chaos.kills + 1))
        args = [*BATCH, spellings[chaos.runs % 3], "--out", out.name, "-w", str(workers), "-q"]
        if chaos.runs:
            args.append("--resume")
        process = subprocess.Popen(args, cwd=work, start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        chaos.runs += 1
        if chaos.kills < kills and _wait_for_a_moment(process, out, fmt, rng, chaos, step,
                                                      unit):
            group = rng.random() < 0.5
            if group:
                os.killpg(process.pid, signal.SIGKILL)
                chaos.group_kills += 1
            else:
                os.kill(process.pid, signal.SIGKILL)  # the workers must end by themselves
            process.communicate()
            chaos.kills += 1
            _end_group(process.pid)
            if fmt != "sqlite" and out.exists():
                data = out.read_bytes()
                torn = bool(data) and not data.endswith(b"\n")
                if not torn and data and rng.random() < 0.3:
                    record = rng.choice(records)
                    with open(out, "ab") as handle:
                        handle.write(record[: rng.randrange(1, len(record) - 1)])
                    torn = True
                chaos.torn_tails += torn
            continue
        _, stderr = process.communicate()
        chaos.last_stderr = stderr.decode("utf-8", "replace")
        if process.returncode not in (0, 1) or "Traceback" in chaos.last_stderr:
            raise SystemExit(f"{fmt}: the batch failed ({process.returncode}):"
                             f" {chaos.last_stderr[-2000:]}")
        break
    chaos.seconds = time.monotonic() - started
    return chaos


def _wait_for_a_moment(process: subprocess.Popen[bytes], out: Path, fmt: str,
                       rng: random.Random, chaos: Chaos, step: int, unit: int) -> bool:
    """Wait for a random moment to kill the batch; False if it ended first. ``step`` is the
    number of records between kills on average, ``unit`` what :func:`record_bytes` grows by
    for one."""
    if rng.random() < 0.2:  # any moment from the start: start-up, the first files, ...
        deadline = time.monotonic() + rng.uniform(0.05, 1.5)
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            time.sleep(0.01)
        chaos.early_kills += 1
        return process.poll() is None
    # Else after a random number of new records, under a kill's share of the files on
    # average, then a random few milliseconds (so that some kills land inside a write).
    target = record_bytes(out, fmt) + rng.randint(1, max(1, 3 * step // 2)) * unit
    while record_bytes(out, fmt) < target:
        if process.poll() is not None:
            return False
        time.sleep(0.002)
    time.sleep(rng.uniform(0.0, 0.03))
    return process.poll() is None


def _end_group(pid: int) -> None:
    """Wait (briefly) for what is left of a killed batch's process group to end."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)  # a worker that outlived its parent: say so below
    print("  warning: processes of a killed batch were still running after 5 s",
          file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--kills", type=int, default=20, help="kill -9s per format")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--formats", default="jsonl,csv,sqlite")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--keep", type=Path, default=None, help="work in DIR and keep it")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = args.keep or Path(tempfile.mkdtemp(prefix="qsreport-chaos-"))
    work.mkdir(parents=True, exist_ok=True)
    failed = False
    rows = []
    try:
        folder = work / "reports"
        if folder.exists():
            shutil.rmtree(folder)
        made = generate(folder, args.files, args.seed)
        print(f"generated in {folder}: " + ", ".join(f"{n} {k}" for k, n in made.items()),
              file=sys.stderr)
        for fmt in args.formats.split(","):
            whole_out = work / f"whole{SUFFIX[fmt]}"
            begun = time.monotonic()
            done = subprocess.run([*BATCH, "reports", "--out", whole_out.name, "-w",
                                   str(args.workers), "-q"], cwd=work, capture_output=True)
            if done.returncode not in (0, 1) or b"Traceback" in done.stderr:
                raise SystemExit(f"{fmt}: the uninterrupted batch failed ({done.returncode}):"
                                 f" {done.stderr.decode('utf-8', 'replace')[-2000:]}")
            whole_seconds = time.monotonic() - begun
            for stale in work.glob(f"chaos{SUFFIX[fmt]}*"):
                stale.unlink()
            chaos = run_with_kills(work, fmt, args.kills, args.workers, rng,
                                   whole_records(whole_out, fmt))
            whole, chaotic = read_out(whole_out, fmt), read_out(work / f"chaos{SUFFIX[fmt]}",
                                                                  fmt)
            problems = compare(whole, chaotic)
            failed |= bool(problems)
            verdict = "same as uninterrupted" if not problems else "; ".join(problems)
            print(f"{fmt}: {chaos.kills} kills ({chaos.group_kills} of the whole group,"
                  f" {chaos.early_kills} at any moment from the start), {chaos.runs} runs,"
                  f" {chaos.torn_tails} torn tails cut: {verdict}", file=sys.stderr)
            rows.append((fmt, sum(whole.files.values()), sum(chaotic.files.values()),
                         sum(chaotic.duplicates.values()), sum(chaotic.facts.values()),
                         chaos, whole_seconds, verdict))
        print("\n| format | files | records | duplicates | facts | kill -9s | runs |"
              " torn tails cut | uninterrupted s | chaos s | result |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for fmt, files, records, duplicates, facts, chaos, whole_seconds, verdict in rows:
            print(f"| {fmt} | {files} | {records} | {duplicates} | {facts} | {chaos.kills} |"
                  f" {chaos.runs} | {chaos.torn_tails} | {whole_seconds:.1f} |"
                  f" {chaos.seconds:.1f} | {verdict} |")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
