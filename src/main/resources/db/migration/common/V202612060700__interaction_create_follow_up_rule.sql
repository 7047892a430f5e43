-- Follow-up rules (issue 14, item 8) become data, the interaction module's: each rule is for one value tier
-- (TOP, HIGH, MIDDLE, LOW, as analytics_customer_value_view publishes it) or one ABC grade (A, B, C), never both,
-- and gives a customer's owner a task when the customer's latest contact record is more than max_days old (or
-- there is none); the task is due due_in_days after the job. One rule per tier and per grade at most. Shipped:
-- the tiers as pyra.interaction.tier-follow-up.max-days had them (TOP 30, HIGH 60, MIDDLE 120, LOW 182 days),
-- and seed 004's grades ("grade A visited monthly, C twice a year": A 30, B 90, C 182 days).
CREATE TABLE interaction_follow_up_rule (
    id           UUID          NOT NULL,
    tier         VARCHAR(10),
    grade        VARCHAR(1),
    max_days     INTEGER       NOT NULL,
    due_in_days  INTEGER       NOT NULL,
    active       BOOLEAN       NOT NULL,
    note         VARCHAR(500),
    version      BIGINT        NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interaction_follow_up_rule PRIMARY KEY (id),
    CONSTRAINT uq_interaction_follow_up_rule_tier UNIQUE (tier),
    CONSTRAINT uq_interaction_follow_up_rule_grade UNIQUE (grade),
    CONSTRAINT ck_interaction_follow_up_rule_target
        CHECK ((tier IS NOT NULL AND grade IS NULL) OR (tier IS NULL AND grade IS NOT NULL)),
    CONSTRAINT ck_interaction_follow_up_rule_tier CHECK (tier IN ('TOP', 'HIGH', 'MIDDLE', 'LOW')),
    CONSTRAINT ck_interaction_follow_up_rule_grade CHECK (grade IN ('A', 'B', 'C')),
    CONSTRAINT ck_interaction_follow_up_rule_days CHECK (max_days BETWEEN 1 AND 730),
    CONSTRAINT ck_interaction_follow_up_rule_due CHECK (due_in_days BETWEEN 0 AND 365)
);

INSERT INTO interaction_follow_up_rule (id, tier, grade, max_days, due_in_days, active, note, version, updated_at)
VALUES ('01a24a00-0000-7000-8000-000000000701', 'TOP', NULL, 30, 1, TRUE, NULL, 0, CURRENT_TIMESTAMP),
       ('01a24a00-0000-7000-8000-000000000702', 'HIGH', NULL, 60, 1, TRUE, NULL, 0, CURRENT_TIMESTAMP),
       ('01a24a00-0000-7000-8000-000000000703', 'MIDDLE', NULL, 120, 1, TRUE, NULL, 0, CURRENT_TIMESTAMP),
       ('01a24a00-0000-7000-8000-000000000704', 'LOW', NULL, 182, 1, TRUE, NULL, 0, CURRENT_TIMESTAMP),
       ('01a24a00-0000-7000-8000-000000000711', NULL, 'A', 30, 1, TRUE, NULL, 0, CURRENT_TIMESTAMP),
       ('01a24a00-0000-7000-8000-000000000712', NULL, 'B', 90, 1, TRUE, NULL, 0, CURRENT_TIMESTAMP),
       ('01a24a00-0000-7000-8000-000000000713', NULL, 'C', 182, 1, TRUE, NULL, 0, CURRENT_TIMESTAMP);

-- The tasks the rules created replace interaction_tier_follow_up: which rule (kept as it was when the task was
-- created: its tier or grade and its days; rule_id NULL once the rule is removed). The customer is the task's
-- own (interaction_task.customer_id, which a merge moves), so that a customer never has a second open task
-- from follow-up rules, whichever rule created the first.
CREATE TABLE interaction_follow_up_task (
    task_id     UUID         NOT NULL,
    rule_id     UUID,
    tier        VARCHAR(10),
    grade       VARCHAR(1),
    max_days    INTEGER      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interaction_follow_up_task PRIMARY KEY (task_id),
    CONSTRAINT fk_interaction_follow_up_task_task FOREIGN KEY (task_id) REFERENCES interaction_task (id),
    CONSTRAINT fk_interaction_follow_up_task_rule FOREIGN KEY (rule_id) REFERENCES interaction_follow_up_rule (id)
        ON DELETE SET NULL
);
CREATE INDEX ix_interaction_follow_up_task_rule ON interaction_follow_up_task (rule_id);

INSERT INTO interaction_follow_up_task (task_id, rule_id, tier, grade, max_days, created_at)
SELECT f.task_id, r.id, f.tier, NULL, r.max_days, f.created_at
  FROM interaction_tier_follow_up f
  JOIN interaction_follow_up_rule r ON r.tier = f.tier;

DROP TABLE interaction_tier_follow_up;
