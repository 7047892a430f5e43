-- Published view: when an opportunity was opened for a customer, so analytics can count a customer with
-- an opportunity as a PROSPECT (contact established). Columns are only ever added.
CREATE VIEW sales_customer_opportunity_view AS
SELECT customer_id, created_at FROM sales_opportunity WHERE customer_id IS NOT NULL;
