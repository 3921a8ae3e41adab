"""The scorer against hand-written keys: a field a key leaves out matches nothing, and never
stops the run."""

from __future__ import annotations

import json
from pathlib import Path

from qsreport.evaluate import Result, evaluate, score_document

FOUND = {"standards": {"counts": [{"level": "national", "role": "drafted", "value": 3,
                                   "unit": "项"}]}}


def test_a_key_item_without_a_field_is_a_miss_not_a_crash() -> None:
    """A standards count keyed without its level (the text gives none) is missed, and the
    reported one it does not match is an invention."""
    result = Result()
    score_document("a.txt", FOUND, {"standards": {"counts": [{"role": "drafted", "value": 60}]}},
                   result)
    score = result.scores["standards counts"]
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)
    assert "a.txt: standards counts: missed (None, 'drafted', 60.0)" in result.misses


def test_a_folder_with_such_a_key_is_scored(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("某县质监局简报\n全县企业参与制定国家标准3项。\n", encoding="utf-8")
    (tmp_path / "r.expected.json").write_text(json.dumps(
        {"standards": {"counts": [{"role": "drafted", "value": 3}]}}), encoding="utf-8")
    result = evaluate([tmp_path])
    assert result.documents == 1
    assert result.scores["standards counts"].fn == 1
