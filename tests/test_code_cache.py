"""The kept code of qsreport's modules: a module loaded from it is the module Python loads,
and a source edited since is loaded afresh."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qsreport import code_cache, regex_cache

SEED = Path(__file__).resolve().parent.parent / "samples" / "000_0c6f552278dcef86.txt"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty, loaded cache for one test (the module's state is put back afterwards)."""
    monkeypatch.setenv("QSREPORT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("QSREPORT_CACHE", raising=False)
    monkeypatch.setattr(regex_cache, "_held", None)
    monkeypatch.setattr(regex_cache, "_new", {})
    regex_cache._entries()
    return tmp_path


def _load(spec: importlib.machinery.ModuleSpec) -> object:
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_a_module_is_found_with_the_attributes_python_gives(cache_dir: Path) -> None:
    """The spec names the source file; the module's __file__, __cached__ and __path__ are
    those Python's own finder gives."""
    folder = cache_dir / "pkg"
    (folder / "_test_inner").mkdir(parents=True)
    (folder / "_test_plain.py").write_text("VALUE = 1\n")
    (folder / "_test_inner" / "__init__.py").write_text("VALUE = 2\n")
    for name, value in (("_test_plain", 1), ("_test_inner", 2)):
        fullname = f"qsreport.{name}"
        spec = code_cache.KeptCode.find_spec(fullname, [str(folder)])
        assert spec is not None
        module = _load(spec)
        assert value == module.VALUE  # type: ignore[attr-defined]
        python = importlib.machinery.PathFinder.find_spec(name, [str(folder)])
        assert python is not None
        assert (spec.origin, spec.cached, spec.submodule_search_locations) == (
            python.origin, python.cached, python.submodule_search_locations)
        assert module.__file__ == python.origin  # type: ignore[attr-defined]


def test_a_source_edited_since_is_loaded_afresh(cache_dir: Path) -> None:
    """The code is kept under the source's size and time, read at each look-up: an edit is
    seen by the next run, or the next import of the module in this one."""
    source = cache_dir / "_test_edited.py"
    source.write_text("VALUE = 'first'\n")
    fullname = "qsreport._test_edited"
    spec = code_cache.KeptCode.find_spec(fullname, [str(cache_dir)])
    assert spec is not None and _load(spec).VALUE == "first"  # type: ignore[attr-defined]
    regex_cache.save()
    regex_cache._held, regex_cache._new = None, {}  # a new process, as far as the cache knows
    regex_cache._version.cache_clear()
    regex_cache._entries()
    spec = code_cache.KeptCode.find_spec(fullname, [str(cache_dir)])
    assert spec is not None and _load(spec).VALUE == "first"  # type: ignore[attr-defined]
    assert not regex_cache._new, "the kept code was not used"
    source.write_text("VALUE = 'second, longer'\n")  # seen at once, as importlib.reload would
    spec = code_cache.KeptCode.find_spec(fullname, [str(cache_dir)])
    assert spec is not None and _load(spec).VALUE == "second, longer"  # type: ignore[attr-defined]


def test_a_source_replaced_with_its_size_and_time_kept_is_loaded_afresh(cache_dir: Path) -> None:
    """An upgrade in place by an installer that keeps a wheel's file times: the new source has
    the old one's size and modification time, and still its own code is loaded."""
    source = cache_dir / "_test_replaced.py"
    source.write_text("VALUE = 'old'\n")
    fullname = "qsreport._test_replaced"
    spec = code_cache.KeptCode.find_spec(fullname, [str(cache_dir)])
    assert spec is not None and _load(spec).VALUE == "old"  # type: ignore[attr-defined]
    before = source.stat()
    replacement = cache_dir / "_test_replaced.new"
    replacement.write_text("VALUE = 'new'\n")
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, source)
    after = source.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    spec = code_cache.KeptCode.find_spec(fullname, [str(cache_dir)])
    assert spec is not None and _load(spec).VALUE == "new"  # type: ignore[attr-defined]


def test_other_packages_and_missing_modules_are_left_to_python(cache_dir: Path) -> None:
    """Only qsreport's own source modules: anything else is Python's to find."""
    (cache_dir / "other.py").write_text("VALUE = 1\n")
    assert code_cache.KeptCode.find_spec("other", [str(cache_dir)]) is None
    assert code_cache.KeptCode.find_spec("qsreport._test_absent", [str(cache_dir)]) is None


def test_a_warm_process_reads_its_modules_resources_and_sources(tmp_path: Path) -> None:
    """After a run has kept the code, the next one loads the parser's modules from it, and
    what Python's loader gives besides the code still works: package data, sources."""
    env = {**os.environ, "QSREPORT_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("QSREPORT_CACHE", None)
    script = ("import inspect, importlib.resources as r\n"
              "from qsreport import parse\n"
              "import qsreport.extract.brands as brands\n"
              f"parse(open({str(SEED)!r}, 'rb').read())\n"
              "print(type(brands.__spec__.loader).__name__)\n"
              "import qsreport.regex_cache as rx\n"
              "print(any(key[0] == 'module qsreport.extract.brands' for key in rx._new))\n"
              "print(len(r.files('qsreport.render').joinpath('schema_v1.json').read_text()) > 0)\n"
              "print('def ' in inspect.getsource(brands))\n")
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env=env, check=True).stdout.split() for _ in range(2)]
    assert runs[0] == ["_KeptLoader", "True", "True", "True"]  # kept by the first run
    assert runs[1] == ["_KeptLoader", "False", "True", "True"]  # and read by the second


def test_a_package_and_a_module_of_one_name_and_a_module_added_later(cache_dir: Path) -> None:
    """The folder is listed once: a package still comes before a module of its name (as
    Python has it), and a module written after the listing is left to Python's finder."""
    folder = cache_dir / "both"
    (folder / "_test_twice").mkdir(parents=True)
    (folder / "_test_twice" / "__init__.py").write_text("VALUE = 'package'\n")
    (folder / "_test_twice.py").write_text("VALUE = 'module'\n")
    spec = code_cache.KeptCode.find_spec("qsreport._test_twice", [str(folder)])
    assert spec is not None and _load(spec).VALUE == "package"  # type: ignore[attr-defined]
    (folder / "_test_later.py").write_text("VALUE = 1\n")
    assert code_cache.KeptCode.find_spec("qsreport._test_later", [str(folder)]) is None
    assert importlib.machinery.PathFinder.find_spec("_test_later", [str(folder)]) is not None
    code_cache.KeptCode.invalidate_caches()  # (importlib.invalidate_caches: listed afresh)
    assert code_cache.KeptCode.find_spec("qsreport._test_later", [str(folder)]) is not None


def test_a_named_tuples_new_is_made_from_kept_code(cache_dir: Path) -> None:
    """collections.namedtuple's ``__new__``, compiled from its text once and kept: the class
    made from it takes its fields and defaults as one made by Python alone."""
    from collections import namedtuple

    Row = namedtuple("Row", ["name", "count"], defaults=[0])
    assert any(key[0] == "namedtuple" for key in regex_cache._new)
    assert Row("甲", 3) == ("甲", 3) and Row("乙").count == 0
    assert Row._make(["丙", 5]).name == "丙" and Row.__new__.__name__ == "__new__"
