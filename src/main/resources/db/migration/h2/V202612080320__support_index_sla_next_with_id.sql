-- The SLA job reads the due cases in the order (next instant, id): with the id in the index no sort is needed.
CREATE INDEX ix_support_case_sla_next_id ON support_case (sla_next_at, id);
DROP INDEX ix_support_case_sla_next;
