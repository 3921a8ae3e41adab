"""Where a saved page's parse time goes: CPU milliseconds a page in each stage, per set.

    python benchmarks/page_stages.py DIR [DIR ...] [--rounds 5]

Every ``.html`` page of each DIR (or of DIR/pages) is read into memory; after a warm-up round,
each round runs every stage of one parse apart, page by page, and times each with the
process's CPU time (a loaded machine's other work does not count). Printed per set: the best
and the median round of each stage, in milliseconds a page. The stages:

* decode: the bytes to text (``qsreport.decoding.decode``);
* lxml parse: libxml2's parse alone, its events handed to a target that does nothing (the
  parser ``read_page`` makes);
* page walk: ``read_page`` less that parse (what the walk does at each event, the measures);
* article: choosing the article block (``choose_article``);
* header: the page's header (``read_head``: headline, publish lines, publisher);
* html rest: the rest of ``read_html`` (the article's lines, the fallbacks for a date, the
  site's place, freeing the tree), by difference: ``read_html`` less the three stages above
  and the parse, each timed in a run of its own, so it is the noisiest (a loaded machine can
  make its best round negative);
* clean: the cleaning steps on the article text (``clean``);
* view+segment: the match view and the layout (the header's title, date and region included);
* extract: every area's rules (``extract_areas``);
* report: the rest of a whole ``parse`` (the report's fields, annotation, places' keys,
  validation), that is ``parse`` less the stages above.

The stages are run apart, so their sum differs a little from a whole parse (printed last).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STAGES = ("decode", "lxml parse", "page walk", "article", "header", "html rest", "clean",
          "view+segment", "extract", "report", "whole parse")


def pages_of(directory: Path) -> list[bytes]:
    """The bytes of every page of ``directory`` (or of its ``pages`` folder), by name."""
    folder = directory / "pages" if (directory / "pages").is_dir() else directory
    return [path.read_bytes() for path in sorted(folder.iterdir())
            if path.suffix.lower() in (".html", ".htm")]


class _Ignored:
    """A parser target that does nothing at any event."""

    def start(self, tag: str, attrib: Any) -> None:
        pass

    def end(self, tag: str) -> None:
        pass

    def data(self, text: str) -> None:
        pass

    def comment(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def _lxml_parse(markup: str, utf8: bytes | None) -> Any:
    """libxml2's parse of a page, its events handed to a target that does nothing, as
    ``read_page`` has it parsed."""
    from lxml import etree

    source: str | bytes = utf8 if utf8 is not None else markup
    parser = etree.HTMLParser(recover=True, huge_tree=True, collect_ids=False, target=_Ignored(),
                              encoding="utf-8" if isinstance(source, bytes) else None)
    parser.feed(source)
    return parser.close()


def _page_stages(text: str, utf8: bytes | None, timed: Callable[[str, Callable[[], Any]], Any]
                 ) -> float:
    """The page read (``read_page``: CPU seconds, returned), its article and its header
    (timed into their stages)."""
    from qsreport.html.article import choose_article
    from qsreport.html.head import read_head
    from qsreport.html.page import read_page

    start = time.process_time()
    page = read_page(text, utf8)
    walked = time.process_time() - start
    if page is not None:
        body = page.first("body") or page.root
        article, _ = timed("article", lambda: choose_article(body, page))
        timed("header", lambda: read_head(page, article))
    return walked


def page_round(data: bytes, spent: dict[str, float]) -> None:
    """One page's stages, each timed apart, added to ``spent`` (CPU seconds)."""
    from qsreport import parse
    from qsreport.cleaning import CleanOptions, clean, match_view
    from qsreport.decoding import decode
    from qsreport.extract import Doc, extract_areas
    from qsreport.html import read_html
    from qsreport.segmenting import segment

    clock = time.process_time

    def timed(stage: str, call: Callable[[], Any]) -> Any:
        start = clock()
        result = call()
        spent[stage] += clock() - start
        return result

    decoded = timed("decode", lambda: decode(data))
    text, utf8 = decoded.text, decoded.utf8
    timed("lxml parse", lambda: _lxml_parse(text, utf8))
    walked = _page_stages(text, utf8, timed)  # (its page is freed on return, untimed)
    start = clock()
    article_text, head = read_html(text, utf8)
    whole_html = clock() - start
    spent["page walk"] += walked
    spent["html rest"] += whole_html - walked
    cleaned = timed("clean", lambda: clean(article_text, CleanOptions())).text
    view = match_view(cleaned)
    layout = timed("view+segment", lambda: segment(cleaned, match_view(cleaned), head))
    timed("extract", lambda: extract_areas(Doc(cleaned, view, layout)))
    timed("whole parse", lambda: parse(data))


def measure(pages: list[bytes], rounds: int) -> dict[str, list[float]]:
    """Each stage's milliseconds a page, one value a round."""
    warm = dict.fromkeys(STAGES, 0.0)
    for data in pages:
        page_round(data, warm)
    found: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for _ in range(rounds):
        spent = dict.fromkeys(STAGES, 0.0)
        for data in pages:
            page_round(data, spent)
        # The page walk and the html rest were timed with the parse and the choices inside.
        spent["page walk"] -= spent["lxml parse"]
        spent["html rest"] -= spent["article"] + spent["header"]
        spent["report"] = spent["whole parse"] - sum(
            spent[stage] for stage in STAGES if stage not in ("report", "whole parse"))
        for stage in STAGES:
            found[stage].append(spent[stage] * 1000 / len(pages))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", type=Path, nargs="+")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for directory in args.directories:
        pages = pages_of(directory)
        found = measure(pages, args.rounds)
        print(f"{directory}: {len(pages)} pages, {args.rounds} rounds, CPU ms a page")
        print(f"  {'stage':<14} {'best':>7} {'median':>7}")
        for stage, values in found.items():
            print(f"  {stage:<14} {min(values):7.2f} {statistics.median(values):7.2f}")


if __name__ == "__main__":
    main()
