-- The customer timeline lists a customer's orders newest first: (customer_id, ordered_at, id) lets
-- it read the index backwards from a position and stop at the page's limit.
CREATE INDEX ix_sales_order_customer_timeline ON sales_order (customer_id, ordered_at, id);
