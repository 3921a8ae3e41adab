"""Metrology: instruments verified and checked, their pass and verification rates, the sites
they stand in, and measurement standards (schema 2); the words are in
:mod:`.lexicon.metrology`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import Metrology, MetrologyStat
from ..vocabulary import METROLOGY_CHANGES_LATE, METROLOGY_METRICS_LATE
from .areas import tally_area
from .common import Doc
from .lexicon.metrology import (
    METROLOGY,
    OWNERS,
    PLACES_UNITS,
    SITE_KINDS,
    SITES,
    UNVERIFIED_AFTER,
    UNVERIFIED_BEFORE,
    VERIFIED_ANYWAY,
)
from .metrology_comparisons import comparisons
from .metrology_errors import measured_errors
from .metrology_sealed import instruments_sealed
from .metrology_site_parts import site_parts
from .rows import kind_names
from .tallies import Tallies, Tally
from .tally_stats import stats_of
from .tally_words import end_of_clause

_TALLIES = Tallies(METROLOGY)
# Two rates joined before one figure (受检率、合格率达100%): the figure is each rate's.
_VERIFICATION_RATE = r"(?:受检率|检定率|强检率|送检率)"
_BOTH_RATES = rx.compile(rf"{_VERIFICATION_RATE}[、和及与]合格率|合格率[、和及与]{_VERIFICATION_RATE}")
_OTHER_RATE = {"pass_rate": "verification_rate", "verification_rate": "pass_rate"}


# What may stand between a count of places and the count of their instruments, once the
# names are taken out (抽查加油站6家，各类加油机71台).
_THEIR_INSTRUMENTS = rx.compile(r"\s*[，,、]\s*(?:各类|各种|在用|共|计|其)*\s*")
_RATES = frozenset({"pass_rate", "verification_rate"})
_COUNTS = frozenset({"instruments_verified", "instruments_checked", "instruments_passed",
                     "instruments_failed"})
_OWNERS = rx.compile("|".join(f"(?P<o{i}>{pattern})" for i, (pattern, _) in enumerate(OWNERS)))
_SITES = rx.compile(SITES)
# A site's word with its note in brackets (加油站(点), 加油城(站)): a site all the same, the note
# no word between it and its instruments.
_SITES_NOTED = rx.compile(rf"(?:{SITES})(?:\s*[(（][^()（）,，]{{1,3}}[)）])?")
_HELD = rx.compile(r"\s*(?:在用|使用)?的?\s*")
_SITE_BEFORE = rx.compile(rf"(?:{SITES})\s*$")
_SITE_KIND = kind_names(SITE_KINDS)


def extract_metrology(doc: Doc) -> Metrology:
    """``共检定出租车计价器186台``, ``合格611台``, ``合格率97.8%``, ``52个加油站``,
    ``社会公用计量标准45项``."""
    stats = []
    tallies = [(tally, fields) for tally, fields in stats_of(doc, _TALLIES)
               if not _unverified(doc, tally)]
    kinds: list[tuple[Tally, str]] = []  # each tally so far with its instrument
    for index, (tally, fields) in enumerate(tallies):
        following = tallies[index + 1][0] if index + 1 < len(tallies) else None
        instrument = _instrument(doc, tally, following)
        if instrument == _TALLIES.words.any_name and tally.metric == "sites" \
                and tally.figure.unit in PLACES_UNITS:
            instrument = _places_checked(doc, tally, [later for later, _ in tallies[index + 1:]])
        if tally.metric in _RATES and not _TALLIES.names.search(doc.view, tally.label_start,
                                                                 tally.figure.start):
            instrument = _counted_before(kinds, tally) or instrument
        kinds.append((tally, instrument))
        stats.append(MetrologyStat(metric=tally.metric, instrument=instrument,  # type: ignore[arg-type]
                                   **fields))
        if tally.metric in _OTHER_RATE and _BOTH_RATES.search(doc.view, tally.label_start,
                                                              tally.figure.start):
            stats.append(MetrologyStat(metric=_OTHER_RATE[tally.metric],  # type: ignore[arg-type]
                                       instrument=instrument, **fields))  # type: ignore[arg-type]
    stats = site_parts(doc, stats)  # 其中甲市场抽查60家，3家不合格: each place's sites
    compared = comparisons(doc)  # 组织开展计量比对12项 (a tally that read one gives way)
    compared += measured_errors(doc)  # 误差达7%, 每100升少加油0.8升 (schema 2; so too)
    compared += instruments_sealed(doc)  # 60台加油机安装了铅封 (schema 2; so too)
    if compared:
        taken = {stat.span[1] for stat in compared}
        stats = sorted([stat for stat in stats if stat.span[1] not in taken] + compared,
                       key=lambda stat: stat.span[0])
    return Metrology(stats=stats)


def _places_checked(doc: Doc, tally: Tally, later: list[Tally]) -> str:
    """The kind of the instruments its sentence counts after places counted as places (处,
    处所: 走访40处所，内有农贸市场15处、商超25家，查验电子秤650台 → the 40 and the 15 are the scales'
    sites; 丙市40处市场，检测1800台: the 1800's kind), past other sites of its list; ``any``
    with no count of instruments after it."""
    for count in later:
        if count.sentence != tally.sentence or count.metric in _RATES:
            break
        if count.metric in _COUNTS:
            return _instrument(doc, count, None)
    return _TALLIES.words.any_name


def _counted_before(earlier: list[tuple[Tally, str]], rate: Tally) -> str | None:
    """The kind of the counts a rate naming no instrument of its own follows in its sentence,
    since the rate before it (not 计量器具合格率, whose words name them): one
    kind named in several words (260余台计价秤、案秤等计量器具…，合格率97.2%: scales), or
    ``any`` for counts of several kinds (…2800台件计量器具和…900台件医用计量器具…，受检率100%);
    None with no count before it."""
    kinds: set[str] = set()
    for tally, instrument in reversed(earlier):
        if tally.sentence != rate.sentence or tally.metric in _RATES:
            break
        if tally.metric in _COUNTS:
            kinds.add(instrument)  # (as read: 6家医院的275台件计量器具 are medical)
    if not kinds:
        return None
    return kinds.pop() if len(kinds) == 1 else _TALLIES.words.any_name


def _unverified(doc: Doc, tally: Tally) -> bool:
    """Whether a count of instruments or of their places is of those a check found unverified
    or overdue (另有未检定的计价器60台: supervision's), not verified after all."""
    if tally.metric not in _COUNTS and tally.metric != "sites":
        return False
    view = doc.view
    end = end_of_clause(view, tally.figure.end, tally.sentence.end)
    if not (_UNVERIFIED_BEFORE.search(view, tally.label_start, tally.figure.start)
            or _UNVERIFIED_AFTER.match(view, tally.figure.end, end)):
        return False
    return _VERIFIED_ANYWAY.match(view, tally.figure.end, end) is None


_UNVERIFIED_BEFORE = rx.compile(UNVERIFIED_BEFORE)
_UNVERIFIED_AFTER = rx.compile(UNVERIFIED_AFTER)
_VERIFIED_ANYWAY = rx.compile(VERIFIED_ANYWAY)


def _instrument(doc: Doc, tally: Tally, following: Tally | None) -> str:
    """The tally's instrument; places counted with no instrument of their own take the one
    the next item of their list counts (检查集贸市场9家，电子秤260台: scales); a rate after
    the counts of several kinds (检定加油机40台，计价器25台，合格率98%) is of ``any``."""
    view = doc.view
    if tally.metric in ("measurement_standards", "reference_materials"):
        # A stock of standards is of no one instrument, though its sentence lists some it
        # holds (新建加气机计量标准、…等，公用计量标准增至23项): every key of rounds 1-61 that
        # counts them (37) gives any.
        return _TALLIES.words.any_name
    name = _owned(doc, tally)
    if tally.metric == "sites" and name == _TALLIES.words.any_name:
        name = _site_owned(doc, tally)
    # (a site its own words name no instrument of: one an earlier item of its list counts,
    # 检查电子秤80台、加油(气)站6家、加油(气)机25台, gives way to the next item's too)
    if tally.metric == "sites" and following is not None \
            and (name == _TALLIES.words.any_name
                 or not _TALLIES.names.search(view, tally.label_start, tally.figure.start)) \
            and following.sentence == tally.sentence and following.metric != "sites" \
            and following.metric not in _RATES:
        between = _TALLIES.names.sub("", view[tally.figure.end:following.figure.start])
        own, theirs = _site_kind(view, tally, following), _owned(doc, following)
        if own is not None and theirs not in (own, _TALLIES.words.any_name):
            return own
        # (the place named after its count: 对12个加油站、40台加油机进行检定)
        if _THEIR_INSTRUMENTS.fullmatch(between) or (
                _SITES.match(between) and _THEIR_INSTRUMENTS.fullmatch(_SITES_NOTED.sub("", between))):
            return _owned(doc, following)
        # (8家眼镜店在用的24台件计量器具: the shops' own instruments, of the kind they hold)
        if _HELD.fullmatch(_SITES.sub("", between)) and _owned(doc, following) != following.name:
            return _owned(doc, following)
    if tally.metric in _RATES and name != _TALLIES.words.any_name:
        part = max(tally.sentence.start, *(view.rfind(stop, tally.sentence.start,
                                                      tally.figure.start) + 1 for stop in "；;"))
        kinds = _TALLIES.keys_in(view, part, tally.figure.start)
        if len(kinds - {_TALLIES.words.any_name}) > 1:
            return _TALLIES.words.any_name
    return name


def _site_kind(view: str, tally: Tally, following: Tally) -> str | None:
    """The kind of instrument the site counted is known by (加油站6家, 对12个加油站: fuel
    dispensers), or None (a site of no one kind: 使用单位, 场所)."""
    before = _SITE_BEFORE.search(view, tally.label_start, tally.figure.start)
    site = before or _SITES.match(view, tally.figure.end, following.figure.start)
    if site is None:
        return None
    kind = _SITE_KIND.search(site.group())
    return SITE_KINDS[int((kind.lastgroup or "k0")[1:])][1] if kind else None


def _owned(doc: Doc, tally: Tally) -> str:
    """The kind of instruments of no kind told (计量器具) that its sentence, before the figure,
    says one kind of place holds, naming no other place and no kind of instrument (对8家眼镜店
    在用的24台件计量器具进行检定, and the pass rate after it: optical); else the tally's name."""
    if tally.name != _TALLIES.words.any_name or tally.metric not in _COUNTS | _RATES:
        return tally.name
    before = doc.view[tally.sentence.start:tally.figure.start]
    kinds = _TALLIES.keys_in(before)
    owners = {OWNERS[int((m.lastgroup or "o0")[1:])][1] for m in _OWNERS.finditer(before)}
    if len(owners) != 1 or kinds - {_TALLIES.words.any_name} \
            or _SITES.search(_OWNERS.sub("", before)):
        return tally.name
    return owners.pop()


def _site_owned(doc: Doc, tally: Tally) -> str:
    """The kind of a site's instruments when the site is of one kind of place and its clause
    names what they hold only as 计量器具 (对7家眼镜验配场所内使用的计量器具开展检定: optical; 对14家
    医疗机构使用中的计量器具进行检定: medical); a place alone names none (检查眼镜店8家: any)."""
    view = doc.view
    end = end_of_clause(view, tally.figure.end, tally.sentence.end)
    owned = _OWNERS.match(view, tally.figure.end, end)
    if owned is None:
        owned = _OWNER_BEFORE.search(view, tally.label_start, tally.figure.start)
    if owned is None:
        return tally.name
    rest = view[owned.end():end] if owned.start() >= tally.figure.end else view[tally.figure.end:end]
    held = _HELD_ANY.match(rest)
    if held is None or _TALLIES.keys_in(rest) != {_TALLIES.words.any_name}:
        return tally.name
    return OWNERS[int((owned.lastgroup or "o0")[1:])][1]


# The owner right before the count (眼镜店9家) and what a site holds right after its name, named
# only as a word for every kind (在用计量器具, 使用中的计量器具, 的计量器具).
_OWNER_BEFORE = rx.compile(
    "(?:" + "|".join(f"(?P<o{i}>{pattern})" for i, (pattern, _) in enumerate(OWNERS)) + r")\s*$")
_HELD_ANY = rx.compile(r"\s*(?:内|中)?的?\s*(?:在用|使用中?|使用的|所用|现有)?的?\s*(?:强制检定|强检)?的?计量器具")


AREA = tally_area("metrology", extract_metrology, late_metrics=METROLOGY_METRICS_LATE,
                  late_changes=METROLOGY_CHANGES_LATE,
                  title="Metrology", kind="metrology", what="instrument")
