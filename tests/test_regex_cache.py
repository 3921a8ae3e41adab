"""The cache of compiled rules: a pattern from it is the pattern ``re`` makes, a damaged or
foreign file is ignored, and caching can be turned off."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qsreport import cache_file, regex_cache

SEED = Path(__file__).resolve().parent.parent / "samples" / "000_0c6f552278dcef86.txt"

PATTERNS = [
    (r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?:个|项|家)", 0),
    (r"[一二三四五六七八九十百千万]+(?=批次)", 0),
    (r"(?:质监|质量技术监督)局?", re.MULTILINE),
    (rb"\x81[\x40-\xfe]", 0),
    (r"^\s*(来源|作者)[:：]", re.MULTILINE | re.IGNORECASE),
]
TEXT = "全县抽查食品12批次，其中合格11个；质监局查处案件3起。来源：县质量技术监督局"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache for one test (the module's state is put back afterwards)."""
    monkeypatch.setenv("QSREPORT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("QSREPORT_CACHE", raising=False)
    monkeypatch.setattr(regex_cache, "_held", None)
    monkeypatch.setattr(regex_cache, "_new", {})
    return tmp_path


def _behaviour(pattern: re.Pattern) -> tuple:  # type: ignore[type-arg]
    subject = TEXT.encode("gbk") if isinstance(pattern.pattern, bytes) else TEXT
    return (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex,
            [m.span() for m in pattern.finditer(subject)])


def test_a_cached_pattern_is_the_one_re_makes(cache_dir: Path) -> None:
    fresh = [regex_cache.compile(p, f) for p, f in PATTERNS]
    regex_cache.save()
    assert list(cache_dir.glob("regex-*.marshal")), "nothing was saved"
    regex_cache._held, regex_cache._new = None, {}  # a new process, as far as the cache knows
    loaded = [regex_cache.compile(p, f) for p, f in PATTERNS]
    assert not regex_cache._new, "the second run compiled again instead of reading the cache"
    for (pattern, flags), a, b in zip(PATTERNS, fresh, loaded, strict=True):
        expected = _behaviour(re.compile(pattern, flags))
        assert _behaviour(a) == expected
        assert _behaviour(b) == expected


def test_a_saved_pattern_is_made_on_first_use_and_answers_as_the_pattern(
        cache_dir: Path) -> None:
    """A pattern whose program the cache holds is handed out unmade; its first use makes it,
    and until then and after it answers as the pattern: methods, attributes, isinstance,
    re's functions, equality (with the pattern a match names, too), copies and pickles."""
    import copy
    import pickle

    pattern, flags = PATTERNS[0]
    regex_cache.compile(pattern, flags)
    regex_cache.compile(*PATTERNS[1])
    regex_cache.save()
    regex_cache._held, regex_cache._new = None, {}
    rule = regex_cache.compile(pattern, flags)
    assert "_pattern" not in vars(rule), "made before it was used"
    assert isinstance(rule, re.Pattern) and rule.pattern == pattern
    assert rule == regex_cache.compile(pattern, flags)
    assert hash(rule) == hash(regex_cache.compile(pattern, flags))
    assert copy.copy(rule) is rule and copy.deepcopy(rule) is rule
    assert rule.flags == re.compile(pattern, flags).flags  # (read from the saved program)
    assert "_pattern" not in vars(rule)
    assert _behaviour(rule) == _behaviour(re.compile(pattern, flags))
    match = rule.search(TEXT)
    assert match is not None and match.re == rule and rule == match.re
    assert match.re != regex_cache.compile(*PATTERNS[1])
    assert re.sub(rule, "#", TEXT) == re.sub(pattern, "#", TEXT, flags=flags)
    assert _behaviour(pickle.loads(pickle.dumps(rule))) == _behaviour(rule)
    assert repr(rule) == repr(re.compile(pattern, flags))
    assert not regex_cache._new, "the program was compiled again instead of read"


def test_a_bad_pattern_raises_as_re_does(cache_dir: Path) -> None:
    with pytest.raises(re.error):
        regex_cache.compile(r"(?P<x>a")


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", marshal.dumps([1, 2, 3])])
def test_a_damaged_cache_file_is_ignored(cache_dir: Path, damage: bytes) -> None:
    regex_cache.compile(*PATTERNS[0])
    regex_cache.save()
    (path,) = cache_dir.glob("regex-*.marshal")
    path.write_bytes(damage)
    regex_cache._held, regex_cache._new = None, {}
    assert _behaviour(regex_cache.compile(*PATTERNS[0])) == _behaviour(re.compile(*PATTERNS[0]))


def test_a_program_the_engine_refuses_is_compiled_afresh(cache_dir: Path) -> None:
    pattern, flags = PATTERNS[0]
    regex_cache.compile(pattern, flags)
    key = ("re", pattern, flags)
    saved = marshal.loads(regex_cache._saved(key))  # type: ignore[arg-type]
    # A program cut short: the engine checks what it is given and refuses it.
    regex_cache._new[key] = marshal.dumps((saved[0], saved[1][:8], *saved[2:]))
    assert _behaviour(regex_cache.compile(pattern, flags)) == _behaviour(re.compile(pattern, flags))


def test_another_python_build_does_not_read_this_file(cache_dir: Path) -> None:
    regex_cache.compile(*PATTERNS[1])
    regex_cache.save()
    (path,) = cache_dir.glob("regex-*.marshal")
    held = cache_file.read(str(path), regex_cache._BUILD)
    assert held is not None and len(held)
    entries = {key: value for key in held if (value := held.get(key)) is not None}
    cache_file.write(str(path), "another interpreter", entries, regex_cache._is_code)
    regex_cache._held, regex_cache._new = None, {}
    assert not len(regex_cache._entries())


def _parse_json(env: dict[str, str]) -> dict:  # type: ignore[type-arg]
    done = subprocess.run([sys.executable, "-m", "qsreport", "parse", str(SEED), "--format", "json"],
                          capture_output=True, env=env, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_command_line_gives_the_same_report_cold_warm_and_without_a_cache(tmp_path: Path) -> None:
    env = dict(os.environ, QSREPORT_CACHE_DIR=str(tmp_path / "cache"))
    cold = _parse_json(env)
    assert list((tmp_path / "cache").glob("regex-*.marshal")), "the first run saved nothing"
    warm = _parse_json(env)
    off = _parse_json(dict(env, QSREPORT_CACHE="off"))
    assert cold == warm == off
    assert cold["brands"]["counts"], "the seed's figures are missing"


def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    env = dict(os.environ, QSREPORT_CACHE_DIR=str(blocker / "cache"))
    done = subprocess.run([sys.executable, "-m", "qsreport", "parse", str(SEED), "--format", "json"],
                          capture_output=True, env=env)
    assert done.returncode == 0
    assert done.stderr == b""


def test_a_cache_mostly_unused_by_a_run_keeps_what_that_run_used(
        cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for pattern, flags in PATTERNS:
        regex_cache.compile(pattern, flags)
    regex_cache.save()
    regex_cache._held, regex_cache._new = None, {}
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_MIN_KEPT", 2)
    regex_cache.compile(r"新的规则\d+", 0)  # this run uses one new pattern and one old one
    regex_cache.compile(*PATTERNS[0])
    regex_cache.save()
    (path,) = cache_dir.glob("regex-*.marshal")
    kept = cache_file.read(str(path), regex_cache._BUILD)
    assert kept is not None
    assert set(kept) == {("re", r"新的规则\d+", 0), ("re", *PATTERNS[0])}


def test_a_derived_value_is_worked_out_again_when_its_code_changes(
        cache_dir: Path, tmp_path: Path) -> None:
    code = tmp_path / "rules.py"
    code.write_text("# first version\n")
    calls: list[int] = []

    def work() -> str:
        calls.append(1)
        return f"value {len(calls)}"

    assert regex_cache.derived("kind", "source", 0, work, str(code)) == "value 1"
    assert regex_cache.derived("kind", "source", 0, work, str(code)) == "value 1"
    code.write_text("# second version, longer\n")
    regex_cache._version.cache_clear()  # a new process, which reads the file's state anew
    assert regex_cache.derived("kind", "source", 0, work, str(code)) == "value 2"



def test_a_derived_value_of_an_earlier_state_of_its_code_is_dropped_on_save(
        cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a run derives a kind of value from its code's present state, the values of the
    kind that earlier states made leave the file; other kinds and the patterns stay."""
    code, other = tmp_path / "rules.py", tmp_path / "other.py"
    code.write_text("# first version\n")
    other.write_text("# another kind's code\n")
    regex_cache.derived("kind", "source", 0, lambda: "old", str(code))
    regex_cache.derived("other", "source", 0, lambda: "kept", str(other))
    regex_cache.compile(*PATTERNS[0])
    regex_cache.save()
    regex_cache._held, regex_cache._new = None, {}
    monkeypatch.setattr(regex_cache, "_used", set())
    code.write_text("# second version, longer\n")
    regex_cache._version.cache_clear()  # a new process, which reads the file's state anew
    assert regex_cache.derived("kind", "source", 0, lambda: "new", str(code)) == "new"
    regex_cache.save()
    (path,) = cache_dir.glob("regex-*.marshal")
    kept = cache_file.read(str(path), regex_cache._BUILD)
    assert kept is not None
    assert sorted(marshal.loads(kept.get(key)) for key in kept  # type: ignore[arg-type]
                  if key[0] != "re") == ["kept", "new"]
    assert ("re", *PATTERNS[0]) in kept


def test_the_rules_patterns_are_the_same_in_every_process() -> None:
    """A pattern built from a set in hash order differs from process to process, so the
    start-up cache never holds it and grows by one copy a run: every pattern the rules
    compile must be the same under two hash seeds."""
    import os
    import subprocess
    import sys

    script = ("import hashlib, qsreport.extract.lexicon.brands as b, qsreport.regex_cache as rx;"
              "from qsreport import parse;"
              "parse(b'\\xe6\\xb5\\x8b\\xe8\\xaf\\x95');"
              "print(hashlib.sha256(repr(sorted(map(repr, rx._used))).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
               for seed in ("1", "2")}
    assert len(digests) == 1


def test_other_copies_files_untouched_for_a_month_are_removed_on_save(cache_dir: Path) -> None:
    month_ago = os.stat(cache_dir).st_mtime - 31 * 24 * 3600
    week_ago = os.stat(cache_dir).st_mtime - 7 * 24 * 3600
    abandoned = cache_dir / "regex-00000001.marshal"
    recent = cache_dir / "regex-00000002.marshal"
    unrelated = cache_dir / "notes.txt"
    for path, when in ((abandoned, month_ago), (recent, week_ago), (unrelated, month_ago)):
        path.write_bytes(b"x")
        os.utime(path, (when, when))
    regex_cache.compile(*PATTERNS[1])
    regex_cache.save()
    left = sorted(p.name for p in cache_dir.iterdir())
    assert abandoned.name not in left
    assert recent.name in left and unrelated.name in left
    assert len([n for n in left if n.startswith("regex-")]) == 2  # ours and the recent one


def test_a_file_read_after_a_day_is_touched_so_it_never_looks_abandoned(cache_dir: Path) -> None:
    regex_cache.compile(*PATTERNS[2])
    regex_cache.save()
    (path,) = cache_dir.glob("regex-*.marshal")
    two_days_ago = path.stat().st_mtime - 2 * 24 * 3600
    os.utime(path, (two_days_ago, two_days_ago))
    regex_cache._held, regex_cache._new = None, {}
    regex_cache.compile(*PATTERNS[2])
    assert not regex_cache._new
    assert path.stat().st_mtime > two_days_ago + 24 * 3600


# Patterns whose first characters the engine is told (a lookahead of one class they open on,
# or the class every match starts in) and others left as re compiles them (a pattern that can
# match nothing, a case-blind one).
LOOKAHEADS = [
    (r"(?=[查抽])(?:查处|抽查)(?:案件|产品)?\d+", 0, True),
    (r"(?=\d)\d+(?:家|批次)", 0, True),
    (r"(?=县)县[^，。]{1,6}局", 0, True),
    (r"(?=[^，。\d])[一二三四五]+项", 0, True),
    (r"(?=[甲乙])甲乙|批次", 0, True),
    (r"(?=[甲乙])[甲乙]?", 0, False),
    (r"(?=[a-z])[a-z]+", re.IGNORECASE, False),
    (r"(?=\d家)\d", 0, True),  # (told \d by the reading of its first characters)
    (r"[|>]|当前位置|您的位置", 0, True),
    (r"(?<![相机])关人|困人|被困", 0, True),
    (r"(?:本年|全年)?(?:查处|办理)案件\d+起", 0, True),
    (r"\d*家", 0, True),
    (r"\d*[家批]?", 0, False),
]
LOOKAHEAD_TEXT = ("甲乙县本年查处案件36起，抽查产品1250批次，检查企业80家；县质量监督局"
                  "完成三项，乙县市场监管局抽查12家次。ABC 甲乙 批次 4家 首页>新闻|当前位置："
                  "电梯困人3起，相关人员，被困者2名，全年办理案件7起")


@pytest.mark.parametrize(("pattern", "flags", "told"), LOOKAHEADS)
def test_a_pattern_opening_on_a_lookahead_finds_what_re_finds(
        cache_dir: Path, pattern: str, flags: int, told: bool) -> None:
    """A compiled program tells the engine a pattern's first characters exactly when they can
    be known (a leading lookahead of one class, or one class every match opens on), and the
    pattern then finds what re finds: the same matches over the whole text and the same first
    match from every start, with ends short, a little past it and at the text's end."""
    program = regex_cache._program(pattern, flags)[1]
    assert bool(program[2] & 4) is told  # (SRE_INFO_CHARSET: the first characters told)
    made = regex_cache.compile(pattern, flags)
    plain = re.compile(pattern, flags)
    text = LOOKAHEAD_TEXT
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for start in range(len(text)):
        for end in (start + 1, start + 7, len(text)):
            a, b = made.search(text, start, end), plain.search(text, start, end)
            assert (a and a.span()) == (b and b.span())
