"""How ``benchmarks/pages.py`` scores what a page reader returned against a page's key: the
rules are in that script's docstring (Scores)."""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from typing import Any

from page_readers import Extracted, Reader


@dataclass
class PageScore:
    """One reader's scores on one page, and what it returned (``got``)."""

    page: str
    title_exact: bool
    title_contained: bool
    date: str  # right | wrong | missing | n/a
    region: str  # right | wrong | missing | n/a | extra
    source: str  # right | wrong | missing | n/a
    must_have: float
    furniture_absent: float | None
    decoded_right: bool
    missing_fragments: list[str]
    furniture_found: list[str]
    got: dict[str, Any]


_WS = re.compile(r"\s+")
_PLACE_SUFFIX = re.compile(r"(特别行政区|自治区|自治州|地区|新区|省|市|县|区|州|镇|乡)$")


def own_damage(data: bytes) -> int:
    """The replacement characters a page's own bytes hold: U+FFFD written in them, and the
    characters its bytes lost (a GBK character whose second byte is gone), counted in the
    reading, UTF-8 or GB18030, that finds fewer bytes it cannot decode."""
    written = data.count(b"\xef\xbf\xbd")
    utf8 = data.decode("utf-8", "replace").count("\ufffd")
    gb = data.decode("gb18030", "replace").count("\ufffd")
    return utf8 if utf8 - written <= gb else gb


def norm(text: str | None) -> str:
    """NFKC and no white space at all: how fragments and titles are compared."""
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))




def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def place_key(name: str) -> str:
    name = norm(name)
    stripped = _PLACE_SUFFIX.sub("", name)
    return stripped if len(stripped) >= 2 else name


def region_matches(got: str, accepted: list[str]) -> bool:
    g = place_key(got)
    for alt in accepted:
        a = place_key(alt)
        if g == a or (len(a) >= 2 and a in g) or (len(g) >= 2 and g in a):
            return True
    return False


def source_matches(got: str, expected: str | list[str]) -> bool:
    """A page that credits two outlets in two places may be keyed with both."""
    g = norm(got)
    accepted = expected if isinstance(expected, list) else [expected]
    return bool(g) and any(e and (g == e or e in g or g in e) for e in map(norm, accepted))










# --------------------------------------------------------------------------- scoring


def score_page(page: str, data: bytes, expected: dict[str, Any], got: Extracted,
               reader: Reader) -> PageScore:
    body, title = norm(got.body), norm(got.title)
    # a page that prints its headline and subtitle as one heading may accept either form
    want_titles = [norm(t) for t in as_list(expected["title"])]
    musts = expected.get("must_have", [])
    furniture = expected.get("furniture", [])
    missing = [m for m in musts if norm(m) not in body]
    found_furniture = [f for f in furniture if norm(f) in body]

    dates = [d for d in as_list(expected.get("date")) if d]
    if not dates:
        date = "n/a"
    elif got.date is None:
        date = "missing"
    else:
        date = "right" if got.date in dates else "wrong"

    regions = as_list(expected.get("region"))
    if not reader.has_region:
        region = "n/a"
    elif not regions:
        region = "extra" if got.region else "n/a"
    elif not got.region:
        region = "missing"
    else:
        region = "right" if region_matches(got.region, regions) else "wrong"

    want_source = expected.get("source")
    if not reader.has_source or not want_source:
        source = "n/a"
    elif not got.source:
        source = "missing"
    else:
        source = "right" if source_matches(got.source, want_source) else "wrong"

    # a replacement character the page itself holds is not a decoding error
    in_page = own_damage(data)
    replaced = (got.body or "").count("\ufffd") + (got.title or "").count("\ufffd") > in_page
    # Read right, even if the wrong block was chosen: some text of the page comes back intact.
    recognised = (len(missing) < len(musts) or bool(found_furniture)
                  or any(w and (w in title or w in body) for w in want_titles))
    return PageScore(
        page=page,
        title_exact=bool(title) and title in want_titles,
        title_contained=bool(title) and any(w in title for w in want_titles),
        date=date, region=region, source=source,
        must_have=(len(musts) - len(missing)) / len(musts) if musts else 1.0,
        furniture_absent=(1 - len(found_furniture) / len(furniture))
        if furniture and len(body) >= 50 else None,
        decoded_right=not replaced and recognised and got.error is None,
        missing_fragments=missing, furniture_found=found_furniture,
        got={"title": got.title, "date": got.date, "source": got.source, "region": got.region,
             "body_chars": len(got.body or ""), "error": got.error, **got.extra})


def summarise(scores: list[PageScore], ms: float, reader: Reader) -> dict[str, Any]:
    def count(attr: str, value: str) -> int:
        return sum(1 for s in scores if getattr(s, attr) == value)

    furniture = [s.furniture_absent for s in scores if s.furniture_absent is not None]
    summary: dict[str, Any] = {
        "reader": reader.name, "label": reader.label, "version": reader.version,
        "note": reader.note, "pages": len(scores),
        "title_exact": sum(s.title_exact for s in scores),
        "title_contained": sum(s.title_contained for s in scores),
        "date_right": count("date", "right"), "date_wrong": count("date", "wrong"),
        "date_missing": count("date", "missing"),
        "date_scored": sum(1 for s in scores if s.date != "n/a"),
        "must_have": round(statistics.fmean(s.must_have for s in scores), 3) if scores else 0,
        "furniture_absent": round(statistics.fmean(furniture), 3) if furniture else None,
        "furniture_pages": len(furniture),
        "decoded_right": sum(s.decoded_right for s in scores),
        "errors": sum(1 for s in scores if s.got.get("error")),
        "ms_per_page": round(ms, 2),
    }
    if reader.has_region:
        summary.update(region_right=count("region", "right"), region_wrong=count("region", "wrong"),
                       region_missing=count("region", "missing"),
                       region_scored=sum(1 for s in scores if s.region in
                                         ("right", "wrong", "missing")),
                       region_extra=count("region", "extra"))
    if reader.has_source:
        summary.update(source_right=count("source", "right"), source_wrong=count("source", "wrong"),
                       source_missing=count("source", "missing"),
                       source_scored=sum(1 for s in scores if s.source != "n/a"))
    return summary


def own_date_counts(scores: list[PageScore], expected: dict[str, Any]) -> tuple[int, int, int]:
    right = wrong = missing = 0
    for s in scores:
        dates = [d for d in as_list(expected[s.page].get("date")) if d]
        if not dates:
            continue
        own = s.got.get("own_date")
        if own is None:
            missing += 1
        elif own in dates:
            right += 1
        else:
            wrong += 1
    return right, wrong, missing
