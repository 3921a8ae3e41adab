"""Compiled regular expressions kept between runs, so a fresh process does not compile ~300
rules again.

``re.compile`` turns a pattern into a list of small integers (the engine's program) in pure
Python: for rules with large character classes of Han characters that is most of the
start-up time of ``qsreport parse``. Here the program is worked out once, saved with
``marshal`` in the user's cache folder, and handed straight to the engine in later runs.
Values derived from a pattern by parsing it again (a lookahead of its first characters, its
needles: see :mod:`.regex_prefilter`) are kept the same way, and so is our modules' code
(:mod:`.code_cache`). The file and how it is read: :mod:`.cache_file`.

The saved programs are tied to the exact Python build that made them and to the installed
copy of qsreport (both name the file), the engine checks every program it is given, and an
entry that fails is compiled afresh; a file that holds mostly entries the saving run did not
use (rules edited since) keeps only what it used; with no cache folder, or
``QSREPORT_CACHE=off``, everything is compiled as ``re`` would. The folder is
``$QSREPORT_CACHE_DIR``, else ``$XDG_CACHE_HOME/qsreport``, else ``~/.cache/qsreport``.
Every copy keeps its file fresh (a run that finds it older than a day touches it), and a run
that saves removes the files of other copies nobody has run for 30 days
(virtual environments deleted, checkouts gone), so the folder does not grow without end.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable
from functools import cache
from typing import Any, AnyStr, TypeVar, cast

from . import cache_file, regex_program

_sre: Any = importlib.import_module("_sre")  # the engine behind re

T = TypeVar("T")

_CODE = "I" if _sre.CODESIZE == 4 else "H"  # the engine's code unit
_FORMAT = 6  # of the file (see _read), and of the programs in it (see regex_program)
_BUILD = f"{sys.implementation.name}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_FORMAT}"
# One file per Python build and per installed copy of qsreport (its folder), so that several
# copies (virtual environments, checkouts) do not fill one file with each other's entries.
_INSTALL = os.path.dirname(os.path.abspath(__file__))
_held: cache_file.Held | None = None  # what the file holds (once read)
_new: dict[Any, bytes] = {}  # what this process worked out, each value as marshal's bytes
_used: set[Any] = set()  # what this process looked up
_MIN_KEPT = 1000  # a file this small is never pruned
CODE = "module "  # how the kinds of our modules' code begin (:mod:`.code_cache`)


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the saved program when there is one: then made on
    its first use (:class:`_Deferred`), as a run uses a third of the rules it defines."""
    flags = int(flags)
    key = ("re", pattern, flags)
    _used.add(key)
    if key in _new or key in (_held if _held is not None else _entries()):
        return cast("re.Pattern[AnyStr]", _Deferred(pattern, flags, key))
    return _made(pattern, flags, key)


def _made(pattern: AnyStr, flags: int, key: Any) -> re.Pattern[AnyStr]:
    """The pattern from its saved program, else compiled (and its program kept)."""
    saved: bytes | memoryview | None = _new.get(key)
    if saved is None:
        saved = (_held if _held is not None else _entries()).get(key)
    if saved is not None:
        try:
            return _sre.compile(pattern, *_unpack(marshal.loads(saved)))  # type: ignore[no-any-return]
        except (RuntimeError, TypeError, ValueError, OverflowError, EOFError):
            pass  # not a program this engine takes: compile afresh below
    try:
        entry = _program(pattern, flags)
        compiled: re.Pattern[AnyStr] = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # the engine's inner parts changed: plain re, nothing kept
        return re.compile(pattern, flags)
    _remember(key, _pack(entry))
    return compiled


def _saved_flags(key: Any) -> int | None:
    """The flags of the pattern a saved program makes (the given ones and those its text
    implies), read without unpacking the program; None when there is none to read."""
    saved: bytes | memoryview | None = _new.get(key)
    if saved is None:
        saved = (_held if _held is not None else _entries()).get(key)
    with contextlib.suppress(EOFError, ValueError, TypeError, IndexError):
        flags = marshal.loads(saved)[0] if saved is not None else None
        return flags if isinstance(flags, int) else None
    return None


# What a pattern offers, each taken onto the deferred one when it is made: a use after the
# first finds it in the instance's dict, as quickly as on the pattern itself.
_OFFERED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner", "flags", "groups", "groupindex")


class _Kept:
    """A rule's pattern made from its saved program: what the pattern offers, in the
    instance's dict (see :class:`_Deferred`, which becomes one of these once made).

    It equals the pattern made from it (``match.re == RULE``) but hashes by its cache key, not
    as that pattern does: never mix the two as keys of one dict or set (the rules keep only
    the stand-ins there)."""

    pattern: str | bytes
    _given: int
    _key: Any
    _pattern: re.Pattern[Any]

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # isinstance(it, re.Pattern) holds
        return re.Pattern

    def __eq__(self, other: object) -> bool:
        if type(other) in _STAND_INS:
            return bool(self._key == cast(_Kept, other)._key)
        made = self._pattern  # (``match.re == RULE``: the pattern made from this one)
        return other is made or bool(made == other)

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return repr(self._pattern)

    def __copy__(self) -> _Kept:
        return self  # (as a pattern is its own copy)

    def __deepcopy__(self, memo: Any) -> _Kept:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return compile, (self.pattern, self._given)


class _Deferred(_Kept):
    """A rule's pattern whose saved program is unpacked and handed to the engine when the
    pattern is first used. A cold ``qsreport parse`` of a small report defines ~2,400 rules and
    uses ~900: unpacking a program (Han character classes are kilobytes of it) was a fifth
    of the start. It answers for the pattern in every way the rules use one: its methods and
    attributes (``pattern`` at once, the rest once made), ``isinstance(…, re.Pattern)``, and
    so ``re.sub(it, …)``, equality, hashing, copying and pickling. Once made it is a
    :class:`_Kept`, whose attributes are looked up without this class's ``__getattr__`` (a
    class that has one slows every look-up of its instances)."""

    def __init__(self, pattern: str | bytes, flags: int, key: Any) -> None:
        self.pattern = pattern
        self._given = flags  # (the pattern's own flags add those implied: known once made)
        self._key = key

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)  # a protocol looked up (copy, pickle): not the pattern's
        if name == "flags" and (flags := _saved_flags(self._key)) is not None:
            self.flags = flags  # (the rules read it to work out needles: no need to make it)
            return flags
        made: Any = _made(cast(Any, self.pattern), self._given, self._key)
        for offered in _OFFERED:
            self.__dict__[offered] = getattr(made, offered)
        self.__dict__["_pattern"] = made
        _SET_CLASS(self, _Kept)  # (the class's own __class__ answers re.Pattern)
        return self.__dict__[name] if name == "_pattern" else getattr(made, name)


_STAND_INS = (_Kept, _Deferred)
_SET_CLASS = vars(object)["__class__"].__set__  # what ``self.__class__ = …`` would do


def _pack(entry: tuple[Any, ...]) -> tuple[Any, ...]:
    """The program as one bytes object: far quicker for marshal to load than a list of ints."""
    flags, code, groups, groupindex, indexgroup = entry
    return (flags, array(_CODE, code).tobytes(), groups, groupindex, indexgroup)


def _unpack(saved: tuple[Any, ...]) -> tuple[Any, ...]:
    flags, packed, groups, groupindex, indexgroup = saved
    code = array(_CODE)
    code.frombytes(packed)
    return (flags, code.tolist(), groups, groupindex, indexgroup)


def derived(kind: str, source: str, flags: int, work: Callable[[], T], code: str,
            state: str | None = None) -> T:
    """``work()``: a value (of marshal's types) worked out from ``source`` and ``flags`` (a
    pattern, or a fingerprint of the data it is made from) by the code in the file ``code``
    (the caller's ``__file__``), kept. An edit of that file (its :func:`state_of`,
    read once a process, or ``state`` when the caller has just read it as :func:`state_of`
    gives it) makes the value be worked out again."""
    key = (kind, source, int(flags), _version(code) if state is None else state)
    _used.add(key)
    saved = _saved(key)
    if saved is not None:
        return marshal.loads(saved)  # type: ignore[no-any-return]
    value = work()
    _remember(key, value)
    return value


def loaded() -> bool:
    """Whether this process has read the cache file (or found it missing) already."""
    return _held is not None


def release() -> None:
    """Let the system take back the pages of the cache file this process has read (a big
    report's parse asks for it before its peak: a few MB it would otherwise hold beside it);
    a value asked for again is read from the file."""
    if _held is not None:
        _held.release()


@cache
def _version(path: str) -> str:
    try:
        return state_of(os.stat(path))
    except OSError:
        return ""


def state_of(status: os.stat_result) -> str:
    """A file's state, as a derived value's key holds it: its size, modification time and
    change time. (The change time, which no program can set back, tells a file replaced by
    another of the same size and modification time: an upgrade in place by an installer that
    keeps the times a reproducible wheel gives its files.)"""
    return f"{status.st_size}-{status.st_mtime_ns}-{status.st_ctime_ns}"


def _program(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What ``_sre.compile`` takes after the pattern, as ``re``'s own compiler builds it."""
    if flags & re.DEBUG:
        raise ValueError("debug output is re's own")  # plain re.compile prints it
    parsed = regex_program.parser.parse(pattern, flags)
    code = list(map(int, regex_program.tell_first_characters(  # plain ints
        regex_program.compiler._code(parsed, flags), pattern, parsed, flags | parsed.state.flags)))
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))


def _remember(key: Any, value: Any) -> None:
    if _path() is None:
        return  # caching off: nothing is kept, not even for this run
    if not _new:
        atexit.register(save)
    with contextlib.suppress(ValueError):  # not of marshal's types: worked out by every run
        _new[key] = marshal.dumps(value)


def _path() -> str | None:
    """The cache file for this Python build, or None when caching is off."""
    if os.environ.get("QSREPORT_CACHE", "").lower() in {"off", "0", "no"}:
        return None
    folder = os.environ.get("QSREPORT_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "qsreport")
    key = zlib.crc32(f"{_BUILD}|{_INSTALL}".encode(errors="surrogatepass"))
    return os.path.join(folder, f"regex-{key:08x}.marshal")


def _entries() -> cache_file.Held:
    """What the cache file holds, read on the first call (nothing when there is none, or
    it is another build's or damaged: everything is then worked out again)."""
    global _held
    if _held is None:
        _held = cache_file.empty()
        path = _path()
        if path is not None:
            with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
                _held = cache_file.read(path, _BUILD) or _held
                cache_file.keep_fresh(path)
    return _held


def _saved(key: Any) -> bytes | memoryview | None:
    """The bytes of ``key``'s value: worked out by this process, else from the file."""
    value = _new.get(key)
    return value if value is not None else _entries().get(key)


def _without_superseded(entries: dict[Any, Any]) -> dict[Any, Any]:
    """The entries less the derived values an earlier state of their code worked out.

    A kind of derived value always comes from one file, so once this run looked the kind up
    at that file's present state, an entry of the kind keyed by another state is never
    looked up again. Without this, every upgrade in place would leave the old values behind
    (the gazetteer's index alone is a quarter of a megabyte, read by every run)."""
    present = {key[0]: key[3] for key in _used if len(key) == 4}  # kind → its code's state
    return {key: value for key, value in entries.items()
            if len(key) != 4 or present.get(key[0], key[3]) == key[3]}


def _without_unused(entries: dict[Any, Any]) -> dict[Any, Any]:
    """The entries, or only those this run used when it added rules and the file holds
    mostly rules it did not use (rules edited since). Modules' code stays: which modules a run
    loads tells nothing of the rules (another command loads others)."""
    if all(_is_code(key) for key in _new):
        return entries
    rules = sum(1 for key in entries if not _is_code(key))
    if rules <= max(_MIN_KEPT, 2 * sum(1 for key in _used if not _is_code(key))):
        return entries
    return {key: value for key, value in entries.items() if key in _used or _is_code(key)}


def save() -> None:
    """Write what this process added to the cache file (atomically; quietly skipped when the
    folder cannot be written)."""
    path = _path()
    if path is None or not _new:
        return
    try:
        held = _entries()
        entries = {key: value for key in held if (value := held.get(key)) is not None}
        entries.update(_new)
        cache_file.write(path, _BUILD, _without_unused(_without_superseded(entries)), _is_code)
        _new.clear()
    except (OSError, ValueError):
        return
    cache_file.remove_stale(path)


def _is_code(key: Any) -> bool:
    return str(key[0]).startswith(CODE)
