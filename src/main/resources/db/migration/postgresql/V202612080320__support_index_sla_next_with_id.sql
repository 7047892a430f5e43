-- The SLA job reads the due cases in the order (next instant, id): with the id in the index no sort is needed, even
-- when many cases share an instant (a batch imported or opened at once).
CREATE INDEX ix_support_case_sla_next_id ON support_case (sla_next_at, id) WHERE sla_next_at IS NOT NULL;
DROP INDEX ix_support_case_sla_next;
