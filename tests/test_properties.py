"""Properties of decode and parse over any input: random bytes, random text in each encoding,
report-shaped text and mutated real samples.

Whatever the bytes, :func:`qsreport.decoding.decode` and :func:`qsreport.pipeline.parse_bytes`
either raise a :class:`~qsreport.errors.QsreportError` or return a report that validates
against the schema, whose every span lies inside the cleaned text and inside its evidence
sentence. ``fuzz/fuzz_parse.py`` checks the same invariants (:func:`check_parse`) for as long
as you let it run.

The examples are derandomized, so CI runs the same ones every time; set
``QSREPORT_FUZZ_EXAMPLES`` (examples per property) to explore further, with fresh randomness.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qsreport.decoding import decode
from qsreport.errors import QsreportError
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes, prepare
from qsreport.report import Report

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_EXPLORE = int(os.environ.get("QSREPORT_FUZZ_EXAMPLES", "0"))


def fuzz_settings(examples: int) -> settings:
    """CI: ``examples`` derandomized examples; with QSREPORT_FUZZ_EXAMPLES, that many random."""
    return settings(
        max_examples=_EXPLORE or examples,
        deadline=None,
        derandomize=not _EXPLORE,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# --- the invariants --------------------------------------------------------------------------


def spanned_items(payload: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every extracted item of a report's JSON that carries a span, with where it sits."""
    for area in ("brands", "standards", "supervision", "inspection"):
        for kind, items in payload.get(area, {}).items():
            for item in items:
                if isinstance(item, dict) and "span" in item:
                    yield f"{area}.{kind}", item


def evidence_covers(text: str, evidence: str, start: int, end: int) -> bool:
    """Whether ``evidence`` occurs in ``text`` at a position whose extent holds start..end."""
    position = text.find(evidence, max(0, end - len(evidence)))
    while position != -1 and position <= start:
        if end <= position + len(evidence):
            return True
        position = text.find(evidence, position + 1)
    return False


def check_parse(data: bytes) -> None:
    """The invariants every input satisfies (raises AssertionError, or whatever escaped)."""
    try:
        report = parse_bytes(data, None)
    except QsreportError:
        return
    payload = to_jsonable(report)
    assert Report.model_validate(payload).model_dump(mode="json") == payload
    text = prepare(data).cleaned.text
    for section in payload["sections"]:
        start, end = section["span"]
        assert 0 <= start <= end <= len(text), section
        assert text[start:end] == section["heading"], section
    for where, item in spanned_items(payload):
        start, end = item["span"]
        assert 0 <= start <= end <= len(text), (where, item)
        if "evidence" in item:
            assert evidence_covers(text, item["evidence"], start, end), (where, item)


def check_decode(data: bytes) -> None:
    """decode raises only QsreportError, and its text can be written out as UTF-8."""
    try:
        decoded = decode(data)
    except QsreportError:
        return
    decoded.text.encode("utf-8")  # strict: no lone surrogates left behind
    assert decoded.replaced >= 0
    assert 0.0 <= decoded.confidence <= 1.0


# --- what inputs look like -------------------------------------------------------------------


@cache
def sample_files() -> tuple[bytes, ...]:
    """Every sample report's bytes, in a fixed order."""
    paths = sorted(p for p in SAMPLES.rglob("*") if p.suffix in {".txt", ".html"})
    return tuple(p.read_bytes() for p in paths)


# Pieces of reports: the words the rules look for, numbers in every form, the punctuation
# that ends clauses and sentences, and the furniture of web pages.
FRAGMENTS = (
    "中国名牌产品", "中國名牌產品", "浙江名牌", "驰名商标", "国家免检产品", "区域名牌", "著名商标",
    "国家标准", "國家標準", "行业标准", "地方标准", "国际标准", "采用", "制定", "参与制定", "采标率",
    "达到", "达", "百分之八十七点六", "92.4%", "100%", "抽查", "批次", "合格率", "查处案件", "起",
    "货值", "万元", "罚没款", "检查企业", "家次", "出动", "人次", "捣毁窝点", "个", "项", "家", "件",
    "检验中心", "质检院", "实验室", "建成", "正在建设中", "通过", "认可", "筹建", "投入使用",
    "分别为", "分别", "和", "与", "及", "等", "、", "，", "。", "；", "：", "！", "？", "\n", "\n\n",
    "一是", "二是", "（一）", "一、", "二、", "第一，", "其一", "1", "22", "1,250", "385.6", "三十五",
    "一百零八", "两千", "万", "亿", "余", "多", "(zhì)", "(liàng)", "質", "量", "监督抽查", "打假",
    "专项整治", "执法检查", "长效监管", "入选", "获此殊荣", "荣获", "被评为", "永康五金", "“", "”",
    "《", "》", "（", "）", "(", ")", "2008-03-30", "2008年3月30日", "来源：", "发布日期：", "金华市",
    "金华：", "-其他", " ", "\u3000", "\t", "点击：3次", "【字体：大 中 小】", "打印本页", "上一篇：",
    "质量", "监督", "企业", "产品", "全市", "其中", "今年", "的", "了", "A", "abc",
)

report_text = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=120).map("".join)


@st.composite
def mutated_sample(draw: st.DrawFn) -> bytes:
    """A real sample with bytes flipped, inserted, deleted, duplicated or spliced in."""
    samples = sample_files()
    data = bytearray(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.sampled_from(["flip", "insert", "delete", "duplicate", "splice", "cut"]))
        if how == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif how == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif how == "duplicate":
            data[at:at] = data[at:at + draw(st.integers(1, 256))]
        elif how == "splice":
            other = draw(st.sampled_from(samples))
            start = draw(st.integers(0, len(other)))
            data[at:at] = other[start:start + draw(st.integers(1, 512))]
        elif how == "cut":
            del data[at:]
    return bytes(data)


ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "cp950", "utf-16")


# --- the properties --------------------------------------------------------------------------


@fuzz_settings(1500)
@given(st.binary(max_size=600))
def test_decode_any_bytes(data: bytes) -> None:
    """decode of any bytes returns UTF-8-writable text or raises a QsreportError."""
    check_decode(data)


@fuzz_settings(1000)
@given(st.binary(max_size=600))
def test_parse_any_bytes(data: bytes) -> None:
    """parse_bytes of any bytes returns a valid report with sound spans or raises a
    QsreportError."""
    check_parse(data)


@fuzz_settings(800)
@given(st.text(max_size=300), st.sampled_from(ENCODINGS))
def test_parse_any_text_in_any_encoding(text: str, encoding: str) -> None:
    """Any Unicode text, written in any encoding qsreport reads, parses soundly."""
    data = text.encode(encoding, "ignore" if encoding != "utf-8" else "surrogatepass")
    check_decode(data)
    check_parse(data)


@fuzz_settings(1200)
@given(report_text, st.sampled_from(ENCODINGS))
def test_parse_report_shaped_text(text: str, encoding: str) -> None:
    """Text made of the words the rules look for, in any encoding, parses soundly."""
    check_parse(text.encode(encoding, "ignore"))


@fuzz_settings(500)
@given(mutated_sample())
def test_parse_mutated_samples(data: bytes) -> None:
    """Real reports with damaged, missing, repeated or foreign bytes parse soundly."""
    check_decode(data)
    check_parse(data)


@pytest.mark.parametrize("index", range(len(sample_files())))
def test_every_sample_satisfies_the_invariants(index: int) -> None:
    """Every sample report, as it is, satisfies the invariants the fuzzers check."""
    check_parse(sample_files()[index])
