-- Tier snapshots (issue 14): each scheme's tiers as of a period end (the last day of a month), kept as
-- history for the migration matrix, a customer's tier path and fast pyramids.
--   analytics_tier_period: which period ends of a scheme are snapshotted, and when.
--   analytics_tier_snapshot: one row per customer active in the window, with their tier, their rank
--     (1 = the highest basis; ties by code) and net revenue and cost over the window.
--   analytics_tier_count: customers, net revenue and cost per tier (INACTIVE, PROSPECT and SUSPECT
--     too) and per owner and org unit the customers had at the period end, so a pyramid of any reach
--     is a sum over a few rows.
-- A scheme's audience: the customers of one org unit and the units below it (NULL: every customer).
ALTER TABLE analytics_pyramid_scheme ADD COLUMN audience_org_unit_id UUID;

CREATE TABLE analytics_tier_period (
    scheme_id         UUID         NOT NULL,
    period_end        DATE         NOT NULL,
    active_customers  INTEGER      NOT NULL,
    taken_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_tier_period PRIMARY KEY (scheme_id, period_end)
);

CREATE TABLE analytics_tier_snapshot (
    scheme_id    UUID           NOT NULL,
    period_end   DATE           NOT NULL,
    customer_id  UUID           NOT NULL,
    tier         VARCHAR(10)    NOT NULL,
    tier_rank    INTEGER        NOT NULL,
    revenue      DECIMAL(21,6)  NOT NULL,
    cost         DECIMAL(21,6)  NOT NULL,
    CONSTRAINT pk_analytics_tier_snapshot PRIMARY KEY (scheme_id, period_end, customer_id)
);
CREATE INDEX ix_analytics_tier_snapshot_rank ON analytics_tier_snapshot (scheme_id, period_end, tier_rank);
CREATE INDEX ix_analytics_tier_snapshot_customer ON analytics_tier_snapshot (customer_id, scheme_id, period_end);

CREATE TABLE analytics_tier_count (
    scheme_id    UUID           NOT NULL,
    period_end   DATE           NOT NULL,
    tier         VARCHAR(10)    NOT NULL,
    owner_id     UUID,
    org_unit_id  UUID,
    customers    INTEGER        NOT NULL,
    revenue      DECIMAL(21,6)  NOT NULL,
    cost         DECIMAL(21,6)  NOT NULL
);
CREATE INDEX ix_analytics_tier_count_period ON analytics_tier_count (scheme_id, period_end);
