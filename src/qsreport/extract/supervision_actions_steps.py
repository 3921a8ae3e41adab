"""Supervision campaigns: the campaigns that are steps of another one the report names, read
by :mod:`.supervision_actions` once a report's campaigns are chosen."""

from __future__ import annotations

from ..models import SupervisionAction
from .lexicon.supervision_actions import BARE_SPOT_CHECK, HOST_KINDS


def without_steps(view: str, actions: list[SupervisionAction]) -> list[SupervisionAction]:
    """``actions`` less the bare spot checks (监督抽查 named by its word alone) of a report that
    names a check or a rectification campaign: there the sampling is a step of that campaign
    (对辖区建材企业开展专项检查，… 进行了监督抽查), never a campaign of its own. A spot check
    with a subject, a time or a level in its title (水泥产品质量监督抽查, 省级监督抽查) stays,
    and so does a bare one beside campaigns of other kinds only (打假, a named 行动)."""
    if not any(action.kind in HOST_KINDS for action in actions):
        return actions
    return [action for action in actions if action.kind != "spot_check"
            or not BARE_SPOT_CHECK.fullmatch(view, *action.span)]
