-- Pyramid schemes (issue 14): how an analyst splits the customers active in a window into TOP, HIGH,
-- MIDDLE and LOW. basis: NET_REVENUE or PROFIT (net revenue less cost) over the window; method:
-- THRESHOLDS (TOP above threshold_top, HIGH above threshold_high, MIDDLE above threshold_middle) or
-- RANK_SHARES (percent shares of the ranked customers, adding up to 100). window_months: the months that
-- end with the as-of day.
CREATE TABLE analytics_pyramid_scheme (
    id                UUID           NOT NULL,
    code              VARCHAR(40)    NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    basis             VARCHAR(20)    NOT NULL,
    method            VARCHAR(20)    NOT NULL,
    threshold_top     DECIMAL(21,6),
    threshold_high    DECIMAL(21,6),
    threshold_middle  DECIMAL(21,6),
    share_top         DECIMAL(9,4),
    share_high        DECIMAL(9,4),
    share_middle      DECIMAL(9,4),
    share_low         DECIMAL(9,4),
    window_months     INTEGER        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_pyramid_scheme PRIMARY KEY (id),
    CONSTRAINT uq_analytics_pyramid_scheme_code UNIQUE (code),
    CONSTRAINT ck_analytics_pyramid_scheme_window CHECK (window_months BETWEEN 1 AND 120)
);

-- Shipped: rank shares 1 / 4 / 15 / 80 %, and seed 003's limits (TOP above 500,000, HIGH above 200,000,
-- MIDDLE above 100,000), both on net revenue over 12 months.
INSERT INTO analytics_pyramid_scheme (id, code, name, basis, method, share_top, share_high, share_middle,
    share_low, window_months, created_at)
VALUES ('01a24900-0000-7000-8000-000000000001', 'REVENUE_SHARES', 'Revenue pyramid by rank shares',
    'NET_REVENUE', 'RANK_SHARES', 1, 4, 15, 80, 12, CURRENT_TIMESTAMP);
INSERT INTO analytics_pyramid_scheme (id, code, name, basis, method, threshold_top, threshold_high,
    threshold_middle, window_months, created_at)
VALUES ('01a24900-0000-7000-8000-000000000002', 'REVENUE_LIMITS', 'Revenue pyramid by limits',
    'NET_REVENUE', 'THRESHOLDS', 500000, 200000, 100000, 12, CURRENT_TIMESTAMP);
