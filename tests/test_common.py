"""What the extractors share: a document's matches and figures sorted into its sentences.
Texts written for the test."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.cleaning import match_view
from qsreport.extract.common import CLAUSE_BREAK, Doc, figure_pattern
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes
from qsreport.segmenting import segment

from .test_cases import CASES, HEADER

_TEXT = (
    "某县今年新增检测站3个。\n"
    "全县共有企业四十二家，其中新认定6家。\n"
    "会议在城东召开。\n"
    "抽查产品118批次，合格率96.5%。\n"
)


def _doc(text: str = _TEXT) -> Doc:
    view = match_view(text)
    return Doc(text, view, segment(text, view))


def test_matches_by_sentence_are_each_sentences_own_scan() -> None:
    """One scan of the whole view, sorted into sentences, gives what scanning each sentence
    alone gives, empty sentences included."""
    doc = _doc()
    pattern = re.compile(r"新增|新认定|合格率")
    grouped = doc.matches_by_sentence(pattern)
    assert len(grouped) == len(doc.layout.sentences)
    for sentence, found in zip(doc.layout.sentences, grouped, strict=True):
        alone = list(pattern.finditer(doc.view, sentence.start, sentence.end))
        assert [m.span() for m in found] == [m.span() for m in alone]
    assert any(not found for found in grouped)


def test_sentences_without_a_match_share_one_empty_group() -> None:
    """A sentence holding no match costs no list of its own (a big report has many)."""
    doc = _doc(_TEXT * 20)
    grouped = doc.matches_by_sentence(re.compile(r"合格率"))
    empty = [found for found in grouped if not found]
    assert len(empty) > 1
    assert all(found is empty[0] for found in empty)
    assert empty[0] == []


def test_a_pattern_absent_from_the_view_gives_every_sentence_an_empty_group() -> None:
    """A pattern whose words the view lacks is not scanned, and every group is empty."""
    doc = _doc()
    grouped = doc.matches_by_sentence(re.compile(r"计量器具"))
    assert grouped == [[] for _ in doc.layout.sentences]


def test_figures_by_sentence_are_each_sentences_figures() -> None:
    """Figures sorted into sentences are the figures each sentence holds."""
    doc = _doc()
    pattern = figure_pattern("个|家|批次|%")
    grouped = doc.figures_by_sentence(pattern)
    for sentence, found in zip(doc.layout.sentences, grouped, strict=True):
        assert found == doc.figures(pattern, sentence.start, sentence.end)
    assert [f.value for group in grouped for f in group] == [3, 42, 6, 118, 96.5]


def test_lookups_forgotten_are_found_again_alike() -> None:
    """After :meth:`Doc.forget_lookups` every lookup gives what it gave before."""
    doc = _doc()
    pattern = re.compile(r"新增|合格率")
    figures = figure_pattern("个|家|批次|%")
    before = ([[m.span() for m in found] for found in doc.matches_by_sentence(pattern)],
              doc.figures_by_sentence(figures), doc.brand_terms(0, len(doc.view)),
              doc.clause_start(20, 0))
    doc.forget_lookups()
    after = ([[m.span() for m in found] for found in doc.matches_by_sentence(pattern)],
             doc.figures_by_sentence(figures), doc.brand_terms(0, len(doc.view)),
             doc.clause_start(20, 0))
    assert after == before


def test_where_figures_can_start_is_scanned_once_for_every_area() -> None:
    """Forgetting the lookups keeps where figures can start (each area's figures begin from
    that one scan), and a second figure pattern after it finds what it finds on a fresh
    document."""
    doc = _doc()
    first, second = figure_pattern("个|家|批次|%"), figure_pattern("家|批次")
    doc.figures(first, 0, len(doc.view))
    kept = dict(doc._figure_starts)
    doc.forget_lookups()
    assert doc._figure_starts == kept and kept
    assert doc.figures(second, 0, len(doc.view)) == _doc().figures(second, 0, len(doc.view))


@given(st.text(alphabet="甲乙，。：\n1", max_size=40), st.data())
def test_after_last_is_the_end_of_the_last_match_a_scan_from_floor_finds(
    text: str, data: st.DataObject
) -> None:
    """A clause's start by the bisect over the document's breaks is what scanning from the
    floor to the position gives, wherever the two stand."""
    doc = _doc(text)
    pos = data.draw(st.integers(0, len(doc.view)))
    floor = data.draw(st.integers(0, len(doc.view)))
    scanned = max((m.end() for m in CLAUSE_BREAK.finditer(doc.view, floor, pos)), default=floor)
    assert doc.after_last(CLAUSE_BREAK, pos, floor) == doc.clause_start(pos, floor) == scanned


def test_the_clause_around_a_span_ends_at_a_break_but_not_at_a_colon() -> None:
    """``Doc.clause_around``: from after the last break before the span (a colon among them)
    to the next comma, semicolon or end mark after it (a colon not among them), else the
    sentence's end."""
    text = "丙镇市场监管所：检查了烤箱12个，货架30组；其余：灯具9盏\n"
    doc = _doc(text)
    def around(needle: str) -> str:
        at = text.index(needle)
        start, end = doc.clause_around(at, at + len(needle))
        return text[start:end]
    assert around("12个") == "检查了烤箱12个"
    assert around("30组") == "货架30组"
    assert around("其余") == "其余：灯具9盏"  # (a colon after the span does not end it)
    assert around("9盏") == "灯具9盏"
    sentence = doc.sentence_at(text.index("12个"))
    assert doc.clause_around(text.index("12个"), text.index("个，") + 1, sentence) \
        == doc.clause_around(text.index("12个"), text.index("个，") + 1)


def test_names_brand_terms_tells_a_report_with_a_title_from_one_without() -> None:
    """``Doc.names_brand_terms`` is true where the title scan finds a brand title, false in a
    report naming none (the brand rules then return at once)."""
    assert not _doc().names_brand_terms()
    titled = _doc("乙县今年新增省名牌产品5个，某某公司的电机榜上有名。\n")
    assert titled.names_brand_terms()
    assert titled.brand_terms(0, len(titled.view))


def test_a_report_without_a_brand_title_has_no_brand_figures() -> None:
    """A notice of checks and cases, no honour's title in it: the brands area finds nothing,
    as the rules found nothing before they learned to stop early."""
    from qsreport.extract.brands import extract_brands

    doc = _doc("甲市今年共抽查食品生产企业86家，立案查处12起。\n"
               "其中，对3家企业责令停产整改，名单如下：\n"
               "1．某某食品厂\n2．某某调味品公司\n3．某某粮油店\n")
    assert not doc.names_brand_terms()
    found = extract_brands(doc)
    assert found.counts == [] and found.honours == []


def _gate_texts() -> list[bytes]:
    """The corpus samples, and every text of the brand, honour and distinction families (with
    the case runner's header): reports that name a brand title and reports that name none."""
    root = Path(__file__).parent.parent / "samples"
    texts = [path.read_bytes() for path in sorted(root.rglob("*.txt"))]
    for path in sorted(CASES.glob("families_*.json")):
        if any(word in path.stem for word in ("brand", "honour", "distinction")):
            texts += [(HEADER + case["text"]).encode("utf-8")
                      for case in json.loads(path.read_text("utf-8"))["cases"]]
    return texts


def test_the_brand_title_gate_changes_no_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """The early return of the brand rules where ``Doc.names_brand_terms`` is false is only a
    shortcut: with the gate always open, every report of the samples and the brand families
    gives the very same JSON (a gate that shut on a report naming a title would lose its
    figures, and this fails)."""
    texts = _gate_texts()
    assert len(texts) > 300
    gated = [json.dumps(to_jsonable(parse_bytes(text, None)), ensure_ascii=False) for text in texts]
    monkeypatch.setattr(Doc, "names_brand_terms", lambda self: True)
    opened = [json.dumps(to_jsonable(parse_bytes(text, None)), ensure_ascii=False) for text in texts]
    assert [i for i, (a, b) in enumerate(zip(gated, opened, strict=True)) if a != b] == []
