"""The words that, right after 稽查 (an audit, Taiwan's word for a check), make it a body's
name and no check: 稽查局, 稽查支队, 稽查小组, 稽查人员, 稽查办公室 (read by
:mod:`.special_equipment`, :mod:`.supervision_checks` and :mod:`.supervision_actions`)."""

from __future__ import annotations

# An office, a team or its officers: put in a lookahead, (?!{AUDIT_BODY}).
AUDIT_BODY = r"局|厅|处|科|中心|机构|办公室|支队|大队|队|小组|组|人员|员"
