"""Decoding, continued: round-trip properties over generated text, and the cost model's
shortcuts (bounds that skip a reading must never skip the best one). The encoding, damage and
non-text cases are in test_decoding.py.
"""

from __future__ import annotations

import functools
from collections import Counter

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from qsreport.decoding import bounds, decode, marks, score
from qsreport.decoding.data.chardata import HANZI_COST_TIERS, SIMPLIFIED_ONLY, TRADITIONAL_ONLY
from qsreport.decoding.marks import decode_marked
from qsreport.decoding.rank import _cost_floor
from qsreport.evaluate import changed_characters

# ---------------------------------------------------------------- properties

# The alphabet: the commonest characters (cost tiers up to 8 nats, both scripts), the
# punctuation reports use, and ASCII as reports write it, in words of two or more letters and
# digits ("ISO9001", "3C"). A single Latin letter wedged between two Chinese characters is
# what misaligned GBK/Big5 looks like, and the decoder is allowed to take it for damage.
COMMON_HANZI = "".join(chars for cost, chars in HANZI_COST_TIERS.items() if cost <= 8)
PUNCTUATION = "，。、；：？！“”（）《》%- \n"
ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
BYTE_CODECS = ["utf-8", "gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs"]
ALL_CODECS = [*BYTE_CODECS, "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
# How qsreport names the codec that reads each: its family's superset.
READS_AS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950"}


@st.composite
def chinese_texts(draw: st.DrawFn, codec: str) -> str:
    """Text of at least eight common characters of one script that ``codec`` writes
    unambiguously."""
    hanzi = _alphabet(codec, draw(st.sampled_from(["simplified", "traditional"])))
    pieces = draw(st.lists(
        st.one_of(
            st.text(st.sampled_from(hanzi), min_size=1, max_size=12),
            st.text(st.sampled_from(PUNCTUATION), min_size=1, max_size=2),
            st.text(st.sampled_from(ASCII), min_size=2, max_size=6),
        ),
        min_size=1, max_size=12,
    ))
    text = "".join(pieces)
    assume(sum(c in hanzi for c in text) >= 8 and text.strip())
    return text


@functools.cache
def _alphabet(codec: str, script: str) -> list[str]:
    """The common characters of ``script`` that ``codec`` writes unambiguously."""
    other_script = TRADITIONAL_ONLY if script == "simplified" else SIMPLIFIED_ONLY
    return [c for c in COMMON_HANZI if c not in other_script and _writes_back(c, codec)]


def _writes_back(char: str, codec: str) -> bool:
    """Whether every member of ``codec``'s family reads ``char``'s bytes back as ``char``."""
    try:
        data = char.encode(codec)
    except UnicodeEncodeError:
        return False
    family = {"big5": ("big5", "cp950", "big5hkscs"), "cp950": ("big5", "cp950", "big5hkscs"),
              "big5hkscs": ("big5", "cp950", "big5hkscs"), "gb2312": ("gb2312", "gb18030")}
    for reader in family.get(codec, (codec,)):
        try:
            if data.decode(reader) != char:
                return False
        except UnicodeDecodeError:
            continue
    return True


@given(st.data())
@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@pytest.mark.parametrize("codec", ALL_CODECS)
def test_any_chinese_text_round_trips(codec: str, data: st.DataObject) -> None:
    """decode(encode(t)).text == t for Chinese text in every supported encoding."""
    text = data.draw(chinese_texts(codec))
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.replaced == 0
    assert 0.0 <= decoded.confidence <= 1.0


@given(st.data())
@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@pytest.mark.parametrize("codec", BYTE_CODECS)
def test_one_invalid_byte_changes_at_most_two_characters(codec: str, data: st.DataObject) -> None:
    """An invalid byte inserted anywhere changes at most two characters of the result."""
    text = data.draw(chinese_texts(codec))
    encoded = text.encode(codec)
    at = data.draw(st.integers(0, len(encoded)))
    stray = b"\xff"  # invalid in every supported encoding, as lead and as trail byte
    decoded = decode(encoded[:at] + stray + encoded[at:])
    assert changed_characters(text, decoded.text) <= 2
    assert decoded.encoding == READS_AS.get(codec, codec) or codec == "big5hkscs"
    assert decoded.replaced >= 1


# ---------------------------------------------------------------- the cost model's shortcuts
# The decoder sums costs in C loops, bounds the costs of readings that cannot win, and derives
# script costs and profiles from the neutral cost: each must give the very numbers of the plain
# character-by-character definitions.

# Characters of every kind the model prices: ASCII and controls, listed hanzi and rare ones,
# punctuation, private use, unassigned, damage markers, other surrogates, beyond the BMP.
PRICED = (
    ASCII + "\x00\x07\x1b\x7f\t\n" + "".join(COMMON_HANZI[:200]) + "龘鱻㐀豈" + PUNCTUATION
    + "①Ⅱ■★、〇０Ａ￥…→─ā¼Ωж가ㄅ⺀ꀀ\ue000\uf8ff\u0378\ufdd0\udc80\udc41\ud800\udfff"
    + "\U00020000\U000f0000\U0001f600\U00030000"
)


def _plain_cost(text: str, script: str = "either") -> float:
    table = score.costs(script)  # type: ignore[arg-type]
    return sum(table[char] for char in text)


def test_every_bmp_code_point_is_priced_as_the_table_prices_it() -> None:
    """The translate table the fast sum uses agrees with the cost table everywhere."""
    codes = score.cost_codes()
    assert codes is not None
    table = score.costs()
    assert all(codes[code] == table[chr(code)] for code in range(0x10000))


@given(st.text(st.sampled_from(PRICED), max_size=300))
@settings(max_examples=300, deadline=None, derandomize=True, database=None)
def test_cost_shortcuts_equal_the_plain_sums(text: str) -> None:
    """text_cost, script costs, likeliest_script and profile equal their plain definitions."""
    cost = score.text_cost(text)
    assert cost == _plain_cost(text)
    for script in ("simplified", "traditional"):
        assert score.script_cost(text, script, cost) == _plain_cost(text, script)  # type: ignore[arg-type]
        assert score.text_cost(text, script) == _plain_cost(text, script)  # type: ignore[arg-type]
    simplified, traditional = _plain_cost(text, "simplified"), _plain_cost(text, "traditional")
    expected = ("traditional", traditional) if traditional < simplified else ("simplified", simplified)
    assert score.likeliest_script(text) == expected
    assert score.likeliest_script(text, cost) == expected
    table = score.costs()
    counts = Counter(text)
    markers = sum(n for c, n in counts.items() if marks.MARKER_FIRST <= c <= marks.MARKER_LAST)
    controls = sum(n for c, n in counts.items()
                   if not marks.MARKER_FIRST <= c <= marks.MARKER_LAST and table[c] >= 18.0)
    non_ascii = sum(n for c, n in counts.items() if c >= "\x80")
    non_ascii_cost = sum(n * table[c] for c, n in counts.items() if c >= "\x80")
    expected_profile = score.TextProfile(len(text), markers, controls, non_ascii, non_ascii_cost)
    assert score.profile(text) == expected_profile
    assert score.profile(text, cost) == expected_profile
    assert marks.may_hold_markers(text) or not markers


@given(st.lists(st.text(st.sampled_from(PRICED), max_size=700), min_size=1, max_size=8),
       st.data())
@settings(max_examples=200, deadline=None, derandomize=True, database=None)
def test_bounded_costs_are_exact_near_the_best_and_bounds_elsewhere(
    texts: list[str], data: st.DataObject
) -> None:
    """Every text ranked within the margin of the best gets its exact cost; the others a
    bound no higher than their cost (equal texts with different offsets included)."""
    texts += [texts[0]]
    offsets = data.draw(st.lists(st.sampled_from([0.0, 8.0, -2.0, 6.0]),
                                 min_size=len(texts), max_size=len(texts)))
    costs = [_plain_cost(text) for text in texts]
    floors = [cost * data.draw(st.sampled_from([0.0, 0.5, 1.0])) for cost in costs]
    margin = data.draw(st.sampled_from([0.0, 64.0, 128.0]))
    results = bounds.bounded_costs(texts, offsets, margin, floors)
    best = min(cost - offset for cost, offset in zip(costs, offsets, strict=True))
    for cost, offset, (value, exact) in zip(costs, offsets, results, strict=True):
        assert value == cost if exact else value <= cost
        assert exact or value - offset > best + margin


@given(st.one_of(
    st.binary(max_size=600),
    st.tuples(st.text(st.sampled_from(PRICED[:-4]), max_size=200),
              st.sampled_from(["gb18030", "big5hkscs", "utf-8", "utf-16-le"]),
              st.binary(max_size=3), st.integers(0, 400))
    .map(lambda t: _spliced(t[0].encode(t[1], "ignore"), t[2], t[3])),
))
@settings(max_examples=300, deadline=None, derandomize=True, database=None)
def test_byte_floors_never_exceed_the_cost_of_the_reading(data: bytes) -> None:
    """The floors put under UTF-8 and UTF-16 readings from their bytes alone are lower bounds."""
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "gb18030", "cp950"):
        text = decode_marked(data, codec)
        assert _cost_floor(data, codec, text) <= _plain_cost(text)


def _spliced(data: bytes, junk: bytes, at: int) -> bytes:
    return data[:at] + junk + data[at:]


@pytest.mark.parametrize("rival_gap", [20.0, 45.0, 300.0])
@pytest.mark.parametrize("bound_gap", [30.0, 47.0, 60.0, 700.0, 800.0])
def test_settling_bounded_readings_keeps_margin_and_posterior(
    rival_gap: float, bound_gap: float
) -> None:
    """With lower-bounded costs settled, the margin decision and the posterior are those of
    exact costs, whether a close rival makes the posterior depend on every cost or not."""
    from qsreport.decoding.rank import _CLEAR_MARGIN, _margin, _posterior, _Reading, _settle

    texts = ["质量监督" * 20, "質量監督" * 20 + "龘", "abc" * 40 + "\ue000" * 30]
    costs = [score.text_cost(text) for text in texts]
    best = _Reading("gb18030", texts[0], costs[0], costs[0], "simplified")
    rival = _Reading("cp950", texts[1], costs[0] + rival_gap, costs[1], "traditional")
    far = _Reading("utf-16-le", texts[2], costs[2], costs[2])
    bounded = _Reading("utf-16-le", texts[2], min(costs[2], costs[0] + bound_gap),
                       min(costs[2], costs[0] + bound_gap), exact=False)
    exact = [best, rival, far]
    settled = [best, rival, *_settle([best, rival], [bounded], None)]
    assert (_margin(settled) > _CLEAR_MARGIN) == (_margin(exact) > _CLEAR_MARGIN)
    assert _posterior(settled) == _posterior(exact)


def test_a_charset_declared_outside_the_bytes_counts_as_a_declaration() -> None:
    """A web archive's part header names the page's charset: decode() weighs it as it weighs
    the page's own <meta>, and says so in ``declared``."""
    page = "<html><body><p>全市新增中国名牌产品五个，省名牌产品十二个。</p></body></html>"
    data = page.encode("gbk")
    with_meta = decode(b'<meta charset="gbk">' + data)
    told = decode(data, "GBK")
    assert told.declared == with_meta.declared is not None
    assert told.text == page
    assert decode(data).declared is None
