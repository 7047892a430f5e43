-- Named RFM segments (issue 14), editable by an analyst: by recency and frequency score ranges (1–5), tried in
-- position order, the first that matches wins; together they must cover every pair of scores. Shipped: the
-- usual map from champions down to hibernating.
CREATE TABLE analytics_rfm_segment (
    code      VARCHAR(40)   NOT NULL,
    name      VARCHAR(100)  NOT NULL,
    position  INTEGER       NOT NULL,
    r_from    SMALLINT      NOT NULL,
    r_to      SMALLINT      NOT NULL,
    f_from    SMALLINT      NOT NULL,
    f_to      SMALLINT      NOT NULL,
    CONSTRAINT pk_analytics_rfm_segment PRIMARY KEY (code),
    CONSTRAINT ck_analytics_rfm_segment_scores CHECK (r_from BETWEEN 1 AND 5 AND r_to BETWEEN r_from AND 5
        AND f_from BETWEEN 1 AND 5 AND f_to BETWEEN f_from AND 5)
);
INSERT INTO analytics_rfm_segment (code, name, position, r_from, r_to, f_from, f_to) VALUES
    ('CHAMPIONS', 'Champions', 1, 4, 5, 4, 5),
    ('CANNOT_LOSE', 'Cannot lose them', 2, 1, 1, 4, 5),
    ('NEED_ATTENTION', 'Need attention', 3, 3, 3, 3, 3),
    ('LOYAL', 'Loyal', 4, 3, 5, 3, 5),
    ('AT_RISK', 'At risk', 5, 1, 2, 2, 5),
    ('NEW', 'New', 6, 4, 5, 1, 1),
    ('POTENTIAL', 'Potential loyalists', 7, 3, 5, 1, 2),
    ('ABOUT_TO_SLEEP', 'About to sleep', 8, 2, 2, 1, 1),
    ('HIBERNATING', 'Hibernating', 9, 1, 1, 1, 1);
