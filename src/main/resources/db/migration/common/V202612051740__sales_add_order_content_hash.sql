-- The import of order lines (issue 13): a digest of what the file said about an order (its customer, kind, time,
-- currency, rate and lines), so that re-importing a file skips the orders it would leave as they are.
ALTER TABLE sales_order ADD COLUMN content_hash VARCHAR(64);
