-- The queues read only open cases (a few of a million): a team's and a person's, by priority then the
-- nearest deadline; the SLA job reads the open cases whose next SLA instant has come.
CREATE INDEX ix_support_case_team_queue ON support_case (org_unit_id, priority, resolution_due_at, id)
    WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER');
CREATE INDEX ix_support_case_assignee_queue ON support_case (assignee_id, priority, resolution_due_at, id)
    WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER');
CREATE INDEX ix_support_case_sla_next ON support_case (sla_next_at) WHERE sla_next_at IS NOT NULL;
