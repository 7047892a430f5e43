-- Resource allocation (issue 14, item 7; seed 000): the planned share of effort, in percent, per
-- group of tiers; the shares add up to 100. Effort on INACTIVE and SUSPECT customers is "other",
-- never planned.
CREATE TABLE analytics_allocation_plan (
    tier_group  VARCHAR(20)   NOT NULL,
    share       DECIMAL(7, 4) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_allocation_plan PRIMARY KEY (tier_group),
    CONSTRAINT ck_analytics_allocation_plan_group CHECK (tier_group IN ('TOP_HIGH_MIDDLE', 'LOW', 'PROSPECT')),
    CONSTRAINT ck_analytics_allocation_plan_share CHECK (share >= 0 AND share <= 100)
);

INSERT INTO analytics_allocation_plan (tier_group, share, updated_at) VALUES
    ('TOP_HIGH_MIDDLE', 70, CURRENT_TIMESTAMP),
    ('LOW',             20, CURRENT_TIMESTAMP),
    ('PROSPECT',        10, CURRENT_TIMESTAMP);
