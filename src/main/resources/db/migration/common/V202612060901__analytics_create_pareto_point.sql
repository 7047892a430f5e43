-- The Pareto curve of a month-end snapshot over every active customer (issue 14, item 2), kept when the snapshot
-- is taken so that the pyramid page does not read every active customer's revenue on each view: for each whole
-- percent p of the active customers, the top ceil(p % x n) in rank order (customers) and their net revenue
-- (revenue); the share is revenue / the revenue at 100 %. Callers whose reach is narrower than the company's get
-- their curve from the snapshot's rows instead. A retake of the snapshot replaces its points.
CREATE TABLE analytics_pareto_point (
    scheme_id         UUID           NOT NULL,
    period_end        DATE           NOT NULL,
    customer_percent  INTEGER        NOT NULL,
    customers         INTEGER        NOT NULL,
    revenue           DECIMAL(24,6)  NOT NULL,
    CONSTRAINT pk_analytics_pareto_point PRIMARY KEY (scheme_id, period_end, customer_percent),
    CONSTRAINT fk_analytics_pareto_point_scheme FOREIGN KEY (scheme_id)
        REFERENCES analytics_pyramid_scheme (id) ON DELETE CASCADE,
    CONSTRAINT ck_analytics_pareto_point_percent CHECK (customer_percent BETWEEN 1 AND 100)
);
