"""The words that, right after 稽查 (an audit, Taiwan's word for a check), make it a body's
name and no check: 稽查局, 稽查支队, 稽查小组, 稽查人员, 稽查办公室 (read by
:mod:`.special_equipment`, :mod:`.supervision_lead` and :mod:`.supervision_actions`)."""

from __future__ import annotations

# An office, a team or its officers: put in a lookahead, (?!{AUDIT_BODY}). (Not the verbs
# that open on the same character: 稽查处理, 稽查处置, 稽查组织 go on with the check.)
AUDIT_BODY = r"局|厅|处(?!理|置|罚)|科|中心|机构|办公室|支队|大队|队|小组|组(?!织)|人员|员"
