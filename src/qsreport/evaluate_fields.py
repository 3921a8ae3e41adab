"""The fields scored beside the figures, for :mod:`.evaluate`: a report's title against the
key's, and schema 2's status, place and period of the figures matched on their key; also a
report read as a key that knows only schema 1's metrics states it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .evaluate import Result

# What a figure is matched on: its area's key fields, in order.
Key = tuple[Any, ...]


# A title's outcomes and their labels in the table ("extra": one given where the key has none).
TITLE_OUTCOMES = {"exact": "exact", "contained": "contained", "wrong": "wrong",
                  "missing": "missing", "extra": "given when the key has none"}


def title_outcome(got: str | None, want: str | None) -> str | None:
    """How a title compares with the key's, both read as names are scored, spaces left out:
    the same, one held in the other, another, none given, or one given where the key has none."""
    from .extract.areas import score_name

    got, want = ("".join(score_name(t or "").split()) for t in (got, want))
    if not want:
        return "extra" if got else None
    return ("missing" if not got else "exact" if got == want
            else "contained" if want in got or got in want else "wrong")


def score_title(name: str, found: dict[str, Any], expected: dict[str, Any],
                 result: Result) -> None:
    """Count the title's outcome; a key whose meta has no ``title`` field is not scored."""
    want = (expected.get("meta") or {}).get("title", ...)
    got = (found.get("meta") or {}).get("title")
    if want is not ... and (outcome := title_outcome(got, want)) is not None:
        result.titles[outcome] += 1
        if outcome in ("wrong", "missing", "extra"):
            result.misses.append(f"{name}: titles: {outcome}: expected {want!r}, got {got!r}")


def in_the_keys_metrics(found: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """``found`` as a key that knows only schema 1's metrics states it: a key that writes
    none of schema 2's outcome metrics (batches_failed, cases_transferred, …) writes those
    figures as ``other`` — in its supervision stats (then they are compared so) or only in its
    untyped ``other`` list (then they are not scored: neither found nor invented). Figures of
    the metrics version 1 never reported (``STAT_METRICS_V2_ONLY``: pledges, teams sent, …)
    such a key says nothing of: they are not scored."""
    from .extract.areas import score_number, score_unit
    from .models import STAT_METRICS_V1, STAT_METRICS_V2_ONLY

    found = _without_unkeyed(_without_late_metrics(found, expected), expected, "share")
    found = _without_unkeyed(found, expected, "change")

    def dicts(items: Any) -> list[Any]:
        return [item for item in items or [] if isinstance(item, dict)]

    def figure(item: dict[str, Any]) -> Key:
        return (score_number(item.get("value") or 0), score_unit(item.get("unit")))

    wanted = dicts((expected.get("supervision") or {}).get("stats"))
    if any(s.get("metric") not in STAT_METRICS_V1 for s in wanted):
        return found  # a key typed with the outcome metrics: compared as they are
    supervision = found.get("supervision")
    if not isinstance(supervision, dict):
        return found
    in_stats = Counter(figure(s) for s in wanted if s.get("metric") == "other")
    in_other = Counter(figure(o) for o in dicts(expected.get("other")))
    stats = []
    for stat in dicts(supervision.get("stats")):
        if stat.get("metric") in STAT_METRICS_V2_ONLY:
            continue  # the key was written before the metric, with nothing of its kind
        if stat.get("metric") not in STAT_METRICS_V1:
            if in_stats[figure(stat)] <= 0 and in_other[figure(stat)] > 0:
                in_other[figure(stat)] -= 1
                continue  # the key keeps it among its untyped figures only
            in_stats[figure(stat)] -= 1
            stat = {**stat, "metric": "other"}
        stats.append(stat)
    return {**found, "supervision": {**supervision, "stats": stats}}


_CONTEXT_FIELDS = ("status", "place", "period")


def _without_unkeyed(found: dict[str, Any], expected: dict[str, Any], basis: str) -> dict[str, Any]:
    """``found`` without its figures of ``basis`` — shares of a whole, or changes told after
    a level (both read after the rounds' keys were typed) — in each list whose key states none
    of that basis: such a key says nothing of them. (A change the key writes without its
    basis, by number and unit, is still compared.)"""
    from .extract.areas import areas, score_number, score_unit

    def figure(item: dict[str, Any]) -> tuple[float, str]:
        return (score_number(item.get("value") or 0), score_unit(item.get("unit")))

    for area in areas():
        model, keyed = found.get(area.name), expected.get(area.name)
        if not isinstance(model, dict):
            continue
        for item_list in area.lists:
            listed = model.get(item_list.field)
            wanted = [w for w in (keyed.get(item_list.field) if isinstance(keyed, dict) else None)
                      or [] if isinstance(w, dict)]
            if not listed or any(w.get("basis") == basis for w in wanted):
                continue
            stated = {figure(w) for w in wanted} if basis == "change" else set()
            kept = [item for item in listed
                    if not (isinstance(item, dict) and item.get("basis") == basis
                            and figure(item) not in stated)]
            if len(kept) < len(listed):
                model = {**model, item_list.field: kept}
                found = {**found, area.name: model}
    return found


def _without_late_metrics(found: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """``found`` without the figures of each of an area's late metrics (``Area.late_metrics``)
    that the key's area does not name (a key naming one is compared on that one only, and on
    every one of the area's ``late_as_one`` where it names one of them), and without its
    changes in % of the metrics whose changes were read late (``Area.late_changes``) where the key's area states no figure of
    the metric in %: keys typed before a metric, or its changes, were read say nothing of it."""
    from .extract.areas import areas, score_unit

    def in_percent(stat: Any) -> bool:
        return isinstance(stat, dict) and score_unit(stat.get("unit")) == "%"

    for area in areas():
        if not (area.late_metrics or area.late_changes) \
                or not isinstance(found.get(area.name), dict):
            continue
        keyed = expected.get(area.name)
        wanted = [s for s in (keyed.get("stats") if isinstance(keyed, dict) else None) or []
                  if isinstance(s, dict)]
        named = area.late_metrics & {s.get("metric") for s in wanted}
        together = area.late_as_one if named & area.late_as_one else frozenset()
        late = area.late_metrics - named - together
        changes = area.late_changes - {s.get("metric") for s in wanted if in_percent(s)}
        if not late and not changes:
            continue
        stats = [s for s in found[area.name].get("stats") or []
                 if not (isinstance(s, dict) and (s.get("metric") in late or (
                     s.get("metric") in changes and in_percent(s)
                     and s.get("basis") == "change")))]
        found = {**found, area.name: {**found[area.name], "stats": stats}}
    return found


def score_context(found: list[dict[str, Any]], expected: list[dict[str, Any]],
                   key_of: Callable[[dict[str, Any]], Key], result: Result,
                   meta: dict[str, Any], name: str,
                   key_meta: dict[str, Any] | None = None) -> None:
    """Compare status, place and period of the figures matched on their key (schema 2), as an
    analyst reads them: a figure with no place of its own is the report's region's, one with
    no period the report's year's — on both sides, a key's null by the key's own meta (a key
    writes null for the report's region as docs/schema.md says, or writes the region out)."""
    if not found or "period" not in found[0] or "value" not in found[0]:
        return  # not a list of figures (named winners have no value), or a schema-1 report
    pool: dict[Key, list[dict[str, Any]]] = {}
    for item in found:
        pool.setdefault(key_of(item), []).append(item)
    for want in expected:
        candidates = pool.get(key_of(want))
        if not candidates:
            continue
        got_raw = candidates.pop(0)
        got = _resolved(got_raw, meta)
        wants = _resolved(want, key_meta or {})
        for field_name in _CONTEXT_FIELDS:
            if field_name == "status":
                stated = True
                wanted = want.get("status") or ("target" if want.get("target") else "achieved")
            else:
                stated, wanted = field_name in wants, wants.get(field_name)
            if not stated or _unknowable(field_name, want, key_meta or {}):
                continue
            tally = result.context.setdefault(field_name, [0, 0])
            tally[1] += 1
            right = _both_own(field_name, got_raw, want, key_meta or {}) \
                or _same_context(field_name, got.get(field_name), wanted)
            tally[0] += right
            if not right:
                result.misses.append(f"{name}: {field_name} of {key_of(want)}: expected "
                                     f"{wanted}, got {got.get(field_name)}")


def _unknowable(name: str, want: dict[str, Any], key_meta: dict[str, Any]) -> bool:
    """Whether the key leaves a figure's year to a report whose year it does not know: a null
    period means the report's own year, and a key with no date names none, so any year the
    output reads from the text can be neither confirmed nor refuted; the field is not
    counted."""
    return name == "period" and not key_meta.get("date") and not want.get("period")


def _both_own(name: str, got: dict[str, Any], want: dict[str, Any],
              key_meta: dict[str, Any]) -> bool:
    """Whether both sides leave the figure's place to the report — null or a word for the
    text's own region (全市, 本县) on both — where the key's meta says no region: then the
    key's null names no place the output's could differ from (where the key's header does
    name one, a null is read as it, and a report read as another region misses). A key with
    no region is a whole country's report, so the output's 全国 (or 我国, 中国) is its own
    place too."""
    if name != "place" or key_meta.get("region"):
        return False
    from .extract.areas import score_name

    def own(place: Any) -> bool:
        word = score_name(place or "")
        return not word or word in _OWN_REGION or _NATIONAL.get(word, word) == "全国"

    return own(got.get("place")) and own(want.get("place"))


def _resolved(figure: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """The figure's fields with a null place read as its report's region and a null period
    as its report's year (a field the figure leaves out stays out); a place written as the
    text's own (全市, 我省) is read as the region it stands for."""
    fields = dict(figure)
    if "place" in fields:
        fields["place"] = _own_place(fields["place"], meta.get("region")) or meta.get("region")
    if "period" in fields:
        fields["period"] = fields["period"] or (meta.get("date") or "")[:4] or None
    return fields


# The words a text writes for its own region: its whole city, county or district (全市, 我县,
# 本区) and its bureau's whole system (全系统) are the report's region; its whole province
# (全省, 我省, 本省) is the province the region lies in (a city's report: its province).
_OWN_REGION = frozenset(f"{whose}{kind}" for whose in "全我本" for kind in "市县区州盟旗") \
    | {"全系统", "本系统"}
_OWN_PROVINCE = frozenset(f"{whose}省" for whose in "全我本")


def _own_place(place: Any, region: Any) -> Any:
    """``place``, or None where it is a word for the report's own region (then the region is
    read in its stead), or the region's province where it is a word for the whole province."""
    from .extract.areas import score_name

    word = score_name(place or "")
    if word in _OWN_REGION:
        return None
    if word in _OWN_PROVINCE:
        return region and (_province_of(score_name(region)) or region)
    return place


def _province_of(name: str) -> str | None:
    """The province a region named in full lies in (itself for a province), or None when the
    name is no place of the gazetteer's."""
    from .places.finder import find_places

    mentions = find_places(name)
    if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(name)):
        return None
    place = mentions[0].place
    return place.name if place.level == "province" else place.province


_NATIONAL = {"我国": "全国", "中国": "全国", "国家": "全国"}


def _same_context(name: str, got: Any, wanted: Any) -> bool:
    if name == "place":
        from .extract.areas import score_name

        g, w = (_without_level(score_name(name or "")) for name in (got, wanted))
        g, w = (_NATIONAL.get(g, g), _NATIONAL.get(w, w))  # 全国, 我国, 中国: one place
        return bool(g and w and (g in w or w in g)) or (not g and not w)
    return str(got) == str(wanted)


_LEVEL_WORDS = "省市县区州"


def _without_level(name: str) -> str:
    """A place's name without the one word of its level at its end (福州市 and 福州, 楚雄州 and
    楚雄 are one place), where two characters stay: 广州 is not 广, which 广元 begins."""
    return name[:-1] if name[-1:] in _LEVEL_WORDS and len(name) > 2 else name
