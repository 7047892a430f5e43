-- The migration matrix between two snapshotted month ends of a scheme (issue 14), kept once computed:
-- customers, net revenue at the later month end and at the earlier one per cell (from_tier × to_tier) and per
-- owner and org unit the customers had when it was computed, so a matrix of any reach is a sum over a few
-- rows. analytics_migration_pair says which pairs are computed; taking a snapshot again drops the pairs that
-- name its month end. Consecutive month ends are computed when the later one is taken.
CREATE TABLE analytics_migration_pair (
    scheme_id    UUID  NOT NULL,
    from_end     DATE  NOT NULL,
    to_end       DATE  NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_migration_pair PRIMARY KEY (scheme_id, from_end, to_end)
);

CREATE TABLE analytics_migration_count (
    scheme_id         UUID           NOT NULL,
    from_end          DATE           NOT NULL,
    to_end            DATE           NOT NULL,
    from_tier         VARCHAR(10)    NOT NULL,
    to_tier           VARCHAR(10)    NOT NULL,
    owner_id          UUID,
    org_unit_id       UUID,
    customers         INTEGER        NOT NULL,
    revenue           DECIMAL(24,6)  NOT NULL,
    previous_revenue  DECIMAL(24,6)  NOT NULL
);
CREATE INDEX ix_analytics_migration_count_pair ON analytics_migration_count (scheme_id, from_end, to_end);

-- The figures are read by customer (a refresh, a window's sums grouped by customer): the index by day is not
-- used by the window's scan of about half the rows, and it doubled the cost of the full rebuild.
DROP INDEX ix_analytics_customer_day_day;
