-- Published view: when each customer was contacted (one row per contact record), so analytics can tell a
-- PROSPECT (contact established) from a SUSPECT (known, no contact yet). Columns are only ever added.
CREATE VIEW interaction_customer_contact_view AS
SELECT customer_id, occurred_at FROM interaction_record;
