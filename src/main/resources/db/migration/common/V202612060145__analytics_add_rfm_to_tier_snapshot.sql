-- RFM at month ends (issue 14): each snapshot row also keeps the customer's last sale's day in the window,
-- the number of sales, and the R, F and M scores (1–5, ntile(5) over the scheme's active customers from worst
-- to best, ties by code), so RFM counts of a snapshotted month end are read, not computed.
ALTER TABLE analytics_tier_snapshot ADD COLUMN last_sale_day DATE;
ALTER TABLE analytics_tier_snapshot ADD COLUMN frequency INTEGER;
ALTER TABLE analytics_tier_snapshot ADD COLUMN r_score SMALLINT;
ALTER TABLE analytics_tier_snapshot ADD COLUMN f_score SMALLINT;
ALTER TABLE analytics_tier_snapshot ADD COLUMN m_score SMALLINT;
