-- RFM counts at month ends (issue 14): customers and net revenue per R, F and M score and per owner and org unit the
-- customers had at the month end, written with the snapshot, so RFM counts of any reach are a sum over a few rows.
CREATE TABLE analytics_rfm_count (
    scheme_id    UUID           NOT NULL,
    period_end   DATE           NOT NULL,
    r_score      SMALLINT       NOT NULL,
    f_score      SMALLINT       NOT NULL,
    m_score      SMALLINT       NOT NULL,
    owner_id     UUID,
    org_unit_id  UUID,
    customers    INTEGER        NOT NULL,
    revenue      DECIMAL(24,6)  NOT NULL
);
CREATE INDEX ix_analytics_rfm_count_period ON analytics_rfm_count (scheme_id, period_end);
