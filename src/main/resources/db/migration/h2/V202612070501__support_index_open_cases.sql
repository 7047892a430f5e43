-- H2 has no partial indexes: the same columns, over every case.
CREATE INDEX ix_support_case_team_queue ON support_case (org_unit_id, status, priority, resolution_due_at, id);
CREATE INDEX ix_support_case_assignee_queue ON support_case (assignee_id, status, priority, resolution_due_at, id);
CREATE INDEX ix_support_case_sla_next ON support_case (sla_next_at);
