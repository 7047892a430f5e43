-- Published view: when each customer was contacted and by which type of contact record (one row per contact
-- record), so analytics can tell a PROSPECT (contact established) from a SUSPECT (known, no contact yet) and rank
-- customers by activity (the count of contact records of chosen types). Columns are only ever added.
CREATE VIEW interaction_customer_contact_view AS
SELECT customer_id, occurred_at, type_id FROM interaction_record;
