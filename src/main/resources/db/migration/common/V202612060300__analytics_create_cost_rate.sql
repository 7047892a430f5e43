-- Customer-based accounting (issue 14, item 6): what the administrator prices effort at.
--   CHANNEL: cost of one contact record (or other unit) through the channel named by rate_key;
--   ROLE:    cost of one hour of a person of the role whose code is rate_key (the dearest of their
--            roles counts);
--   MINUTES: standard minutes counted for one item of the effort kind named by rate_key (TASK), on
--            top of any minutes the item records itself.
CREATE TABLE analytics_cost_rate (
    kind        VARCHAR(10)    NOT NULL,
    rate_key    VARCHAR(60)    NOT NULL,
    amount      DECIMAL(14, 2) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_cost_rate PRIMARY KEY (kind, rate_key),
    CONSTRAINT ck_analytics_cost_rate_kind CHECK (kind IN ('CHANNEL', 'ROLE', 'MINUTES')),
    CONSTRAINT ck_analytics_cost_rate_amount CHECK (amount >= 0)
);

INSERT INTO analytics_cost_rate (kind, rate_key, amount, updated_at) VALUES
    ('MINUTES', 'TASK', 15, CURRENT_TIMESTAMP);
