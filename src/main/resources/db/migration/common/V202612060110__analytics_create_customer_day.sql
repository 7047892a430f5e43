-- Analytics' own copy of what each customer bought per day (see sales_customer_day_view): the pyramid,
-- RFM and grades read these rows, never the order lines. Rebuilt from the view by the recompute job and
-- one customer at a time after each sales event. `sales` counts sales (not credit notes); `net_revenue`
-- is sales less credit notes and refunds and `cost` the cost of what was sold and returned, both in the
-- base currency.
CREATE TABLE analytics_customer_day (
    customer_id  UUID           NOT NULL,
    sale_day     DATE           NOT NULL,
    sales        INTEGER        NOT NULL,
    net_revenue  DECIMAL(24,6)  NOT NULL,
    cost         DECIMAL(24,6)  NOT NULL,
    CONSTRAINT pk_analytics_customer_day PRIMARY KEY (customer_id, sale_day)
);
CREATE INDEX ix_analytics_customer_day_day ON analytics_customer_day (sale_day, customer_id);
