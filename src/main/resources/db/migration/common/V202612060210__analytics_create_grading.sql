-- ABC grades (issue 14). A grading scheme weighs four indicators, each scored 0-100 by its percent rank
-- among the graded customers (those with a sale in the window): credit (days paid late and share of the
-- amount paid late, fewer is better), amount (net revenue), profit (net revenue less cost) and growth
-- prospect (0-100, entered per customer). Weights are percents adding up to 100. method RANK_SHARES: A the
-- first share_a % of the customers by score, B up to share_a + share_b %, C the rest; SCORE_LIMITS: A at or
-- above limit_a, B at or above limit_b, C the rest. audience_org_unit_id: only the customers of that org
-- unit and the units below it (NULL: all customers).
CREATE TABLE analytics_grading_scheme (
    id                   UUID           NOT NULL,
    code                 VARCHAR(40)    NOT NULL,
    name                 VARCHAR(200)   NOT NULL,
    weight_credit        DECIMAL(9,4)   NOT NULL,
    weight_amount        DECIMAL(9,4)   NOT NULL,
    weight_profit        DECIMAL(9,4)   NOT NULL,
    weight_growth        DECIMAL(9,4)   NOT NULL,
    method               VARCHAR(20)    NOT NULL,
    share_a              DECIMAL(9,4),
    share_b              DECIMAL(9,4),
    share_c              DECIMAL(9,4),
    limit_a              DECIMAL(9,4),
    limit_b              DECIMAL(9,4),
    window_months        INTEGER        NOT NULL,
    audience_org_unit_id UUID,
    version              BIGINT         NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_grading_scheme PRIMARY KEY (id),
    CONSTRAINT uq_analytics_grading_scheme_code UNIQUE (code),
    CONSTRAINT ck_analytics_grading_scheme_window CHECK (window_months BETWEEN 1 AND 120)
);

INSERT INTO analytics_grading_scheme (id, code, name, weight_credit, weight_amount, weight_profit,
    weight_growth, method, share_a, share_b, share_c, window_months, version, created_at, updated_at)
VALUES ('01a24900-0000-7000-8000-000000000101', 'ABC', 'ABC grades by credit, amount and profit',
    10, 30, 60, 0, 'RANK_SHARES', 20, 30, 50, 12, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- The growth prospect of a customer (0-100), entered by the customer's owner or a manager.
CREATE TABLE analytics_growth_prospect (
    customer_id  UUID          NOT NULL,
    prospect     INTEGER       NOT NULL,
    set_by       UUID,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_growth_prospect PRIMARY KEY (customer_id),
    CONSTRAINT ck_analytics_growth_prospect_range CHECK (prospect BETWEEN 0 AND 100)
);

-- The grades of a scheme's last computation: one row per graded customer, in rank order (position 1 the
-- highest score). late_days: days paid late on average (weighted by amount); late_share: the fraction of
-- the amount due in the window paid late or still unpaid past its due day.
CREATE TABLE analytics_customer_grade (
    scheme_id     UUID           NOT NULL,
    customer_id   UUID           NOT NULL,
    as_of         DATE           NOT NULL,
    position      INTEGER        NOT NULL,
    late_days     DECIMAL(12,2)  NOT NULL,
    late_share    DECIMAL(9,6)   NOT NULL,
    amount        DECIMAL(21,6)  NOT NULL,
    profit        DECIMAL(21,6)  NOT NULL,
    growth        INTEGER,
    credit_score  DECIMAL(5,2)   NOT NULL,
    amount_score  DECIMAL(5,2)   NOT NULL,
    profit_score  DECIMAL(5,2)   NOT NULL,
    growth_score  DECIMAL(5,2)   NOT NULL,
    score         DECIMAL(5,2)   NOT NULL,
    grade         VARCHAR(1)     NOT NULL,
    computed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_customer_grade PRIMARY KEY (scheme_id, customer_id),
    CONSTRAINT fk_analytics_customer_grade_scheme FOREIGN KEY (scheme_id)
        REFERENCES analytics_grading_scheme (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_analytics_customer_grade_position ON analytics_customer_grade (scheme_id, position);
CREATE INDEX ix_analytics_customer_grade_customer ON analytics_customer_grade (customer_id);

-- A manager's grade for a customer, in every scheme, with the reason, until expires_on (included;
-- NULL: until removed). The automatic grade stays stored beside it.
CREATE TABLE analytics_grade_override (
    customer_id  UUID           NOT NULL,
    grade        VARCHAR(1)     NOT NULL,
    reason       VARCHAR(500)   NOT NULL,
    expires_on   DATE,
    set_by       UUID,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_analytics_grade_override PRIMARY KEY (customer_id),
    CONSTRAINT ck_analytics_grade_override_grade CHECK (grade IN ('A', 'B', 'C'))
);
