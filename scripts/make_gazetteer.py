#!/usr/bin/env python3
"""Generate src/qsreport/places/gazetteer.py, a place-name table of China, from the cpca
package's adcodes.csv.

Usage (from the repository's root, with the project's environment, which has OpenCC):

    pip download cpca==0.5.5 --no-deps -d build/gazetteer
    python scripts/make_gazetteer.py [--archive build/gazetteer/cpca-0.5.5-py3-none-any.whl]
                                     [--out src/qsreport/places/gazetteer.py]

The archive is read as it is (a wheel with zipfile, or an sdist with tarfile); cpca itself
and pandas are never installed or imported. Only the standard library and OpenCC are used,
and the output depends only on the archive's bytes and OpenCC's conversion tables, so two
runs on the same inputs write byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARCHIVE = ROOT / "build" / "gazetteer" / "cpca-0.5.5-py3-none-any.whl"
DEFAULT_OUT = ROOT / "src" / "qsreport" / "places" / "gazetteer.py"

PACKAGE = "cpca"
PACKAGE_VERSION = "0.5.5"
PACKAGE_HOME = "https://github.com/DQinYuan/chinese_province_city_area_mapper"
PACKAGE_LICENCE = "MIT"
PACKAGE_COPYRIGHT = "Copyright (c) 2018 QinYuan Du"  # checked against the archive's LICENSE

ADCODES_MEMBER = "cpca/resources/adcodes.csv"
NATIONS_MEMBER = "cpca/resources/56_nations.csv"

# OpenCC configurations whose output becomes keys of TRADITIONAL: s2t is the generic
# traditional form (what qsreport's own convert_script uses), s2tw and s2hk add the Taiwan
# and Hong Kong variants where they differ (臺/台, 裏/裡 ...).
OPENCC_CONFIGS = ("s2t", "s2tw", "s2hk")

# Names in adcodes.csv that are not places: the groupings of the national code list
# (districts of a city, counties of a municipality, counties under a province directly).
PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})

# Real county-level districts whose official name is nothing but a generic word
# ("urban district", "suburban district", "mining district"): excluded as the brief asks for
# generically named urban districts. Delete a name here to bring its rows back.
GENERIC_DISTRICT_NAMES = frozenset({"城区", "郊区", "矿区"})

# County-level codes that are not administrative units but offices for island groups
# (三沙市's 西沙群岛, 南沙群岛 and "中沙群岛的岛礁及其海域").
ODD_SUFFIXES = ("群岛", "海域")

# Administrative suffixes, longest first within each level. Ethnic names before 自治区/州/县/旗
# are stripped separately (see strip_ethnic).
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "联合旗", "新区", "特区", "矿区", "县", "区", "市", "旗"),
}
# Where no suffix rule gives the right answer. 林区 is not a general suffix: 万柏林区, 碑林区,
# 西林区 and 北林区 are plain districts whose names end in 林.
OVERRIDES = {"神农架林区": "神农架"}
AUTONOMOUS = frozenset({"自治区", "自治州", "自治县", "自治旗"})
# A banner named X左旗 / X右翼前旗 ...: dropping 旗 alone leaves a truncated word (阿拉善左),
# so such banners keep their full name as short name.
BANNER_DIRECTIONS = frozenset("左右前中后")


def read_member(archive: Path, member: str) -> str:
    """Text of one file inside a wheel (zip) or sdist (tar.gz), found by path suffix."""
    if zipfile.is_zipfile(archive):
        with zipfile.ZipFile(archive) as z:
            names = [n for n in z.namelist() if n.endswith(member)]
            if not names:
                raise SystemExit(f"{member} not found in {archive}")
            return z.read(sorted(names)[0]).decode("utf-8-sig")
    with tarfile.open(archive) as t:
        names = [m for m in t.getmembers() if m.isfile() and m.name.endswith(member)]
        if not names:
            raise SystemExit(f"{member} not found in {archive}")
        f = t.extractfile(sorted(names, key=lambda m: m.name)[0])
        assert f is not None
        return f.read().decode("utf-8-sig")


def ethnic_tokens(nations_csv: str) -> tuple[str, ...]:
    """Ethnic names as they appear in autonomous-area names, longest first.

    Each of the 56 names with 族, the multi-character ones also without it (伊犁哈萨克自治州,
    察布查尔锡伯自治县), and 各族 (龙胜各族自治县). Single characters without 族 are left out:
    they are too likely to be part of the place's own name.
    """
    tokens = {"各族"}
    for line in nations_csv.splitlines():
        name = line.strip()
        if not name:
            continue
        tokens.add(name)
        bare = name.removesuffix("族")
        if len(bare) >= 2:
            tokens.add(bare)
    return tuple(sorted(tokens, key=lambda s: (-len(s), s)))


def strip_ethnic(stem: str, tokens: tuple[str, ...]) -> str:
    """Drop the ethnic names at the end of ``stem``, keeping at least two characters."""
    changed = True
    while changed:
        changed = False
        for token in tokens:
            if stem.endswith(token) and len(stem) - len(token) >= 2:
                stem = stem[: -len(token)]
                changed = True
                break
    return stem


def short_name(full: str, level: str, tokens: tuple[str, ...]) -> str:
    """The name without its administrative suffix, or the full name where that would leave
    one character (义县) or a truncated word (阿拉善左旗).

    A two-character suffix that would leave one character gives way to a shorter one
    (清新区: not 清 + 新区 but 清新 + 区). Ethnic names go with 自治区/州/县/旗 and with
    ethnic districts (管城回族区 -> 管城).
    """
    if full in OVERRIDES:
        return OVERRIDES[full]
    for suffix in SUFFIXES[level]:
        if not full.endswith(suffix):
            continue
        stem = full[: -len(suffix)]
        if len(stem) < 2 and len(suffix) > 1 and suffix not in AUTONOMOUS:
            continue
        if suffix in AUTONOMOUS or stem.endswith("族"):
            stem = strip_ethnic(stem, tokens)
            if stem in tokens and stem.endswith("族") and len(stem) >= 3:
                stem = stem[:-1]  # 鄂温克族自治旗 -> 鄂温克
        if suffix == "旗" and stem[-1:] in BANNER_DIRECTIONS:
            return full
        return stem if len(stem) >= 2 else full
    return full


def level_of(code6: str) -> str:
    if code6.endswith("0000"):
        return "province"
    if code6.endswith("00"):
        return "prefecture"
    return "county"


def build(archive: Path) -> dict:
    adcodes = read_member(archive, ADCODES_MEMBER)
    tokens = ethnic_tokens(read_member(archive, NATIONS_MEMBER))
    records = sorted(
        {row["adcode"][:6]: row["name"].strip() for row in csv.DictReader(io.StringIO(adcodes))}.items()
    )
    excluded: list[tuple[str, str, str]] = []
    full_of: dict[str, str] = {}
    for code, name in records:
        if name in PLACEHOLDER_NAMES:
            excluded.append((code, name, "placeholder"))
        elif name in GENERIC_DISTRICT_NAMES:
            excluded.append((code, name, "generic district"))
        elif name.endswith(ODD_SUFFIXES):
            excluded.append((code, name, "island office"))
        elif not name or any(ch.isdigit() for ch in name):
            excluded.append((code, name, "numbered/empty"))
        else:
            full_of[code] = name
    short_of = {code: short_name(name, level_of(code), tokens) for code, name in full_of.items()}

    rows = []
    for code, full in full_of.items():
        level = level_of(code)
        province = "" if level == "province" else short_of.get(code[:2] + "0000", "")
        prefecture = short_of.get(code[:4] + "00", "") if level == "county" else ""
        if level != "province" and not province:
            raise SystemExit(f"{code} {full}: no province in the data")
        rows.append((full, short_of[code], level, code, province, prefecture))

    counts = Counter(r[1] for r in rows)
    ambiguous = tuple(sorted(s for s, n in counts.items() if n > 1))

    import opencc  # the project's dependency; only the generator needs it

    converters = [(cfg, opencc.OpenCC(cfg)) for cfg in OPENCC_CONFIGS]
    simplified_names = sorted({r[0] for r in rows} | {r[1] for r in rows})
    traditional: dict[str, str] = {}
    clashes: dict[str, set[str]] = {}
    for simp in simplified_names:
        for _cfg, conv in converters:
            trad = conv.convert(simp)
            if trad == simp:
                continue
            if trad in traditional and traditional[trad] != simp:
                clashes.setdefault(trad, {traditional[trad]}).add(simp)
            traditional.setdefault(trad, simp)
    # A traditional string that is itself one of the simplified names (a place whose name is
    # the same in both scripts) must not be redirected, nor one that two names share.
    simplified_set = set(simplified_names)
    same_as_a_name = sorted(t for t in traditional if t in simplified_set)
    for trad in list(traditional):
        if trad in clashes or trad in simplified_set:
            del traditional[trad]
    t2s = opencc.OpenCC("t2s")
    no_round_trip = sorted((t, s) for t, s in traditional.items() if t2s.convert(t) != s)

    return {
        "rows": rows,
        "ambiguous": ambiguous,
        "traditional": dict(sorted(traditional.items())),
        "excluded": excluded,
        "clashes": {k: sorted(v) for k, v in sorted(clashes.items())},
        "same_as_a_name": same_as_a_name,
        "licence_text": read_member(archive, "LICENSE").strip(),
        "no_round_trip": no_round_trip,
        "opencc_version": getattr(opencc, "__version__", "unknown"),
    }


def render(data: dict, archive: Path) -> str:
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    rows = data["rows"]
    per_level = Counter(r[2] for r in rows)
    out = io.StringIO()
    w = out.write
    w("# GENERATED FILE - do not edit by hand; regenerate with scripts/make_gazetteer.py.\n")
    w(f"# Source: adcodes.csv of the PyPI package {PACKAGE}=={PACKAGE_VERSION}\n")
    w(f"#   ({archive.name}, sha256 {digest})\n")
    w(f"#   {PACKAGE_HOME}\n")
    w(f"# Licence of the source data: {PACKAGE_LICENCE}, {PACKAGE_COPYRIGHT}. Its LICENSE file:\n")
    w("#\n")
    for line in data["licence_text"].splitlines():
        w(("#   " + line).rstrip() + "\n")
    w("#\n")
    w(f"# Traditional forms: OpenCC {data['opencc_version']}, configs {', '.join(OPENCC_CONFIGS)}.\n")
    w(f"# Rows: {per_level['province']} province, {per_level['prefecture']} prefecture, "
      f"{per_level['county']} county; {len(data['ambiguous'])} ambiguous short names; "
      f"{len(data['traditional'])} traditional forms.\n")
    w('"""Chinese administrative divisions (province, prefecture and county level).\n\n')
    w("ROWS: one place a line, fields separated by '|': full name, short name, level, adcode,\n")
    w("province ")
    w("short name, prefecture short name (or empty), sorted by adcode. level is \"province\",\n")
    w("\"prefecture\" or \"county\"; a province row has no province, and a county directly under\n")
    w("a province or municipality has no prefecture. TRADITIONAL: one a line, a traditional-script\n")
    w("form, '|', its simplified name. Both are single strings so that the module loads in a\n")
    w("few milliseconds even where no bytecode is cached; qsreport.places splits them.\n")
    w('"""\n\n')
    w('__all__ = ("FIELDS", "ROWS", "SOURCE", "TRADITIONAL")\n\n')
    w(f'SOURCE = ("{PACKAGE}", "{PACKAGE_VERSION}", "{PACKAGE_LICENCE}", "{PACKAGE_COPYRIGHT}")\n\n')
    w('FIELDS = ("full_name", "short_name", "level", "adcode", "province", "prefecture")\n\n')
    w('ROWS = """\\\n')
    for row in rows:
        w("|".join(row) + "\n")
    w('"""\n\n')
    w('TRADITIONAL = """\\\n')
    for t, s in data["traditional"].items():
        w(f"{t}|{s}\n")
    w('"""\n')
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--report", action="store_true", help="print exclusions and quirks")
    args = p.parse_args(argv)
    data = build(args.archive)
    if PACKAGE_COPYRIGHT not in data["licence_text"]:
        raise SystemExit(f"the archive's LICENSE does not say {PACKAGE_COPYRIGHT!r}")
    text = render(data, args.archive)
    args.out.write_text(text, encoding="utf-8")
    per_level = Counter(r[2] for r in data["rows"])
    print(f"wrote {args.out} ({len(text.encode())} bytes): {dict(per_level)}, "
          f"{len(data['ambiguous'])} ambiguous, {len(data['traditional'])} traditional, "
          f"{len(data['excluded'])} excluded")
    if args.report:
        for code, name, why in data["excluded"]:
            print("excluded", code, name, why)
        for trad in data["same_as_a_name"]:
            print("dropped: traditional form is itself a simplified name", trad)
        for trad, simps in data["clashes"].items():
            print("clash", trad, simps)
        for trad, simp in data["no_round_trip"]:
            print("t2s differs", trad, simp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
