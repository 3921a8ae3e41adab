"""A government document's page names no 来源; its metadata table names the body that issued
it (发文机关), which is its publisher (pages written for the test)."""

from __future__ import annotations

import pytest

from .page_helpers import page, read

TEXT = ("<div class='doc'><p>各县（市、区）人民政府，市政府各部门：</p><p>青禾河治理工程即将动工，"
        "工程范围内的新增建设项目须按下列规定办理。</p><p>一、本通告公布以后，工程范围内的新建、"
        "扩建项目一律停止审批。</p></div>")


def _table(issuer: str, publish: str = "") -> str:
    cells = [("索 引 号：", "114400-2023-00017"), ("发文机关：", issuer), ("成文日期：", "2023年03月02日"),
             ("发文字号：", "青政通〔2023〕3号"), ("发布日期：", "2023年03月06日")]
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in cells)
    return (f"<h1>青禾市人民政府关于禁止在青禾河治理工程范围内新增建设项目的通告</h1>{publish}"
            f"<table class='meta'>{rows}</table>{TEXT}")


TITLE = "<title>青禾市人民政府关于禁止在青禾河治理工程范围内新增建设项目的通告</title>"


@pytest.mark.parametrize(
    ("issuer", "source"),
    [("青禾市人民政府", "青禾市人民政府"), ("青禾市市场监管局 青禾市财政局", "青禾市市场监管局")],
)
def test_the_issuing_body_in_the_table_is_the_publisher(issuer: str, source: str) -> None:
    _, head = read(page(TITLE, _table(issuer)))
    assert head.source == source
    assert head.date == "2023-03-06"


def test_a_labelled_source_outranks_the_issuer() -> None:
    """A publish line under the headline that names its 来源 keeps it."""
    _, head = read(page(TITLE, _table("青禾市人民政府", "<p>2023-03-06 来源：青禾市水利局</p>")))
    assert head.source == "青禾市水利局"
