"""Schema 2 places: a province that heads a research institute's name (某省标准化研究院) is the
institute's, not where the figures its staff helped with belong. Texts written for the test."""

from __future__ import annotations

import pytest

from .report_helpers import report_json


@pytest.mark.parametrize("text", [
    "林芝市标准化工作\n近日，浙江省标准化研究院专家组多次进企业调研，帮助起草地方标准草案6项。\n",
    "襄阳市标准化工作\n湖北省农业科学研究院课题组协助当地企业，共制定团体标准3项。\n",
    "林芝市标准化工作\n山东省质量与标准化研究院课题组多次赴企业，研制了3项地方标准草案。\n",
])
def test_a_province_heading_a_research_institute_s_name_is_no_place(text: str) -> None:
    """The standards are the report's city's (null), not the institute's province's."""
    report = report_json(text)
    assert [item["place"] for item in report["standards"]["counts"]] == [None]
