-- The customer timeline shows won and lost opportunities newest first: read by customer and the
-- time the opportunity entered its won or lost stage.
CREATE INDEX ix_sales_opportunity_customer_closed ON sales_opportunity (customer_id, status, stage_entered_at, id);
