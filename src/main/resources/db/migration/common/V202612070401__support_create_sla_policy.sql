-- SLA policies (issue 15, item 3): a first-response and a resolution target per customer grade (A, B, C) x case
-- severity (SERIOUS, MINOR) x service category (a code of interaction's service categories, or NULL for any
-- category). A row with a category beats the general row (NULL) of its grade and severity. Targets are durations
-- of working time in seconds (the API shows them as ISO-8601, PT2H); "3 business days" is PT27H on a 9-hour day.
-- The six general rows are shipped and may be changed but not removed (shipped = TRUE). Two general rows of the
-- same grade and severity are refused by the application (a NULL category escapes the unique constraint).
CREATE TABLE support_sla_policy (
    id                   UUID        NOT NULL,
    grade                VARCHAR(1)  NOT NULL,
    severity             VARCHAR(10) NOT NULL,
    service_category     VARCHAR(60),
    first_response_secs  BIGINT      NOT NULL,
    resolution_secs      BIGINT      NOT NULL,
    active               BOOLEAN     NOT NULL,
    shipped              BOOLEAN     NOT NULL,
    version              BIGINT      NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_support_sla_policy PRIMARY KEY (id),
    CONSTRAINT uq_support_sla_policy_key UNIQUE (grade, severity, service_category),
    CONSTRAINT ck_support_sla_policy_grade CHECK (grade IN ('A', 'B', 'C')),
    CONSTRAINT ck_support_sla_policy_severity CHECK (severity IN ('SERIOUS', 'MINOR')),
    CONSTRAINT ck_support_sla_policy_targets
        CHECK (first_response_secs > 0 AND resolution_secs >= first_response_secs AND resolution_secs <= 31536000)
);

INSERT INTO support_sla_policy (id, grade, severity, service_category, first_response_secs, resolution_secs,
                                active, shipped, version, updated_at) VALUES
    ('01a25c00-0000-7000-8000-000000002001', 'A', 'SERIOUS', NULL,  7200,  97200, TRUE, TRUE, 0, CURRENT_TIMESTAMP),
    ('01a25c00-0000-7000-8000-000000002002', 'A', 'MINOR',   NULL, 14400, 129600, TRUE, TRUE, 0, CURRENT_TIMESTAMP),
    ('01a25c00-0000-7000-8000-000000002003', 'B', 'SERIOUS', NULL, 14400, 129600, TRUE, TRUE, 0, CURRENT_TIMESTAMP),
    ('01a25c00-0000-7000-8000-000000002004', 'B', 'MINOR',   NULL, 32400, 162000, TRUE, TRUE, 0, CURRENT_TIMESTAMP),
    ('01a25c00-0000-7000-8000-000000002005', 'C', 'SERIOUS', NULL, 14400, 129600, TRUE, TRUE, 0, CURRENT_TIMESTAMP),
    ('01a25c00-0000-7000-8000-000000002006', 'C', 'MINOR',   NULL, 32400, 162000, TRUE, TRUE, 0, CURRENT_TIMESTAMP);

-- The settings of every policy, one row: the assignee is warned at warning_percent of a target; at a breach the
-- case escalates to the assignee's supervisor (when escalate_on_breach), a second level second_escalation_secs of
-- working time later; breach_team_id, an org unit of identity's (no foreign key across modules: checked on write,
-- guarded against deletion), is the team a breached case may be reassigned to.
CREATE TABLE support_sla_setting (
    id                      UUID     NOT NULL,
    warning_percent         INTEGER  NOT NULL,
    escalate_on_breach      BOOLEAN  NOT NULL,
    second_escalation_secs  BIGINT   NOT NULL,
    breach_team_id          UUID,
    version                 BIGINT   NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_support_sla_setting PRIMARY KEY (id),
    CONSTRAINT ck_support_sla_setting_warning CHECK (warning_percent BETWEEN 1 AND 99),
    CONSTRAINT ck_support_sla_setting_second CHECK (second_escalation_secs > 0 AND second_escalation_secs <= 31536000)
);

INSERT INTO support_sla_setting (id, warning_percent, escalate_on_breach, second_escalation_secs, breach_team_id,
                                 version, updated_at)
VALUES ('01a25c00-0000-7000-8000-000000002100', 75, TRUE, 14400, NULL, 0, CURRENT_TIMESTAMP);
