"""Supervision: the value of goods seized, named after the goods as their 金额 or 价值
(查封劣质化肥36吨，总金额达10万余元; 查获一车伪劣棉絮，重约2吨，价值9000余元): the
goods value of the case, though no 货值 word names it."""

from __future__ import annotations

from .. import regex_cache as rx
from .common import Doc

# The figure's own context: the value word right before it, little else.
_VALUE_WORD = rx.compile(
    r"[^，,。；;：:\d]{0,8}?(?:总)?(?:金额|价值)(?:共|约|达|为|计|合计|达到|高达)*(?:人民币)?\s*"
)
# A seizure earlier in the sentence.
_SEIZED = rx.compile(r"查获|查封|扣押|查扣|缴获|封存|收缴|检获|充公")
# Money that is not the goods' worth: losses recovered, sales, output, fines, rewards.
_NOT_GOODS = rx.compile(r"挽回|损失|销售|产值|罚|奖|投资|补贴")


def seized_value(doc: Doc, sentence_start: int, context_start: int, start: int,
                 unit: str) -> bool:
    """Whether a money figure is the worth of goods seized before it in its sentence."""
    view = doc.view
    if not unit.endswith("元") or not _VALUE_WORD.fullmatch(view, context_start, start):
        return False
    seized = _SEIZED.search(view, sentence_start, context_start)
    return seized is not None and not _NOT_GOODS.search(view, seized.start(), start)
