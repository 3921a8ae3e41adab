"""稽查 right before a body's word (稽查局, 稽查支队, 稽查小组, 稽查人员) names an office or
its officers, no check: one word list read by the check words of special equipment, the lead
check of a campaign and the joint audit. Every phrase here was written for these tests."""

from __future__ import annotations

import re

import pytest

from qsreport.extract.lexicon import special_equipment as equipment
from qsreport.extract.lexicon.audit_bodies import AUDIT_BODY
from qsreport.extract.lexicon.supervision_actions import ACTION_KIND
from qsreport.extract.lexicon.supervision_lead import LEAD_CHECK

BODIES = ("局", "支队", "大队", "小组", "组", "人员", "员", "办公室", "中心", "科", "处", "厅",
          "机构")


def test_every_body_word_is_in_the_shared_list() -> None:
    assert set(BODIES) <= {word.split("(")[0] for word in AUDIT_BODY.split("|")}


@pytest.mark.parametrize("body", BODIES)
def test_no_equipment_check_of_a_body(body: str) -> None:
    inspected = re.compile(equipment._INSPECTED)
    assert inspected.fullmatch("稽查") is not None
    assert inspected.match("稽查" + body) is None


@pytest.mark.parametrize("body", BODIES)
def test_no_lead_check_of_a_body(body: str) -> None:
    assert LEAD_CHECK.search("县局对辖区14家加气站进行稽查。") is not None
    found = LEAD_CHECK.search(f"县局对辖区14家加气站进行稽查{body}")
    assert found is None or found.group("word") != "稽查"


@pytest.mark.parametrize("body", BODIES)
def test_no_joint_audit_of_a_body(body: str) -> None:
    assert ACTION_KIND.search("两局上月进行联合稽查，") is not None
    assert ACTION_KIND.search(f"两局上月进行联合稽查{body}") is None
    assert ACTION_KIND.search(f"两局上月执行桶装燃气全面稽查{body}") is None
