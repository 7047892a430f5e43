-- Cases (issue 15): a customer's complaint, request, inquiry, refund, technical support or maintenance
-- request, worked by an assignee in a team (an org unit) against the SLA of the customer's grade.
-- Visibility: the assignee (own) and the team (org unit), like a customer's owner and org unit.
-- The SLA's instants are kept on the row (computed on the team's business calendar when the case is
-- opened, paused, resumed, or its grade, severity or policy change), so that the queue and the SLA job
-- read them without a calendar; sla_next_at is the next instant the SLA job has something to do.
CREATE SEQUENCE support_case_code_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE support_case (
    id                      UUID          NOT NULL,
    code                    VARCHAR(20)   NOT NULL,
    customer_id             UUID          NOT NULL,
    contact_id              UUID,
    type                    VARCHAR(20)   NOT NULL,
    category_id             UUID,
    root_cause_id           UUID,
    severity                VARCHAR(10)   NOT NULL,
    channel                 VARCHAR(20)   NOT NULL,
    subject                 VARCHAR(200)  NOT NULL,
    description             VARCHAR(10000),
    service_category        VARCHAR(40),
    assignee_id             UUID,
    org_unit_id             UUID          NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    resolution              VARCHAR(4000),
    grade                   VARCHAR(1)    NOT NULL,
    priority                INTEGER       NOT NULL,
    priority_override       INTEGER,
    priority_reason         VARCHAR(500),
    policy_id               UUID,
    response_target_s       BIGINT        NOT NULL,
    resolution_target_s     BIGINT        NOT NULL,
    paused_work_s           BIGINT        DEFAULT 0 NOT NULL,
    paused_at               TIMESTAMP WITH TIME ZONE,
    first_responded_at      TIMESTAMP WITH TIME ZONE,
    first_response_warn_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_due_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolution_warn_at      TIMESTAMP WITH TIME ZONE,
    resolution_due_at       TIMESTAMP WITH TIME ZONE,
    resolved_at             TIMESTAMP WITH TIME ZONE,
    closed_at               TIMESTAMP WITH TIME ZONE,
    response_warned_at      TIMESTAMP WITH TIME ZONE,
    response_breached_at    TIMESTAMP WITH TIME ZONE,
    resolution_warned_at    TIMESTAMP WITH TIME ZONE,
    resolution_breached_at  TIMESTAMP WITH TIME ZONE,
    second_escalation_at    TIMESTAMP WITH TIME ZONE,
    sla_next_at             TIMESTAMP WITH TIME ZONE,
    escalation_level        INTEGER       DEFAULT 0 NOT NULL,
    reopen_count            INTEGER       DEFAULT 0 NOT NULL,
    satisfaction            INTEGER,
    created_by              UUID          NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT pk_support_case PRIMARY KEY (id),
    CONSTRAINT uq_support_case_code UNIQUE (code),
    CONSTRAINT ck_support_case_type CHECK (type IN ('COMPLAINT', 'REQUEST', 'INQUIRY', 'REFUND', 'TECHNICAL_SUPPORT', 'MAINTENANCE')),
    CONSTRAINT ck_support_case_severity CHECK (severity IN ('SERIOUS', 'MINOR')),
    CONSTRAINT ck_support_case_status CHECK (status IN ('NEW', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED')),
    CONSTRAINT ck_support_case_grade CHECK (grade IN ('A', 'B', 'C')),
    CONSTRAINT ck_support_case_priority CHECK (priority BETWEEN 1 AND 6),
    CONSTRAINT ck_support_case_priority_override CHECK (priority_override BETWEEN 1 AND 6),
    CONSTRAINT ck_support_case_satisfaction CHECK (satisfaction BETWEEN 1 AND 5)
);
CREATE INDEX ix_support_case_customer ON support_case (customer_id, created_at, id);
CREATE INDEX ix_support_case_created ON support_case (created_at, id);

-- Everything that happened to a case, in order: its history, and the customer's timeline.
CREATE TABLE support_case_event (
    id          UUID          NOT NULL,
    case_id     UUID          NOT NULL,
    customer_id UUID          NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    from_value  VARCHAR(200),
    to_value    VARCHAR(200),
    detail      VARCHAR(4000),
    actor_id    UUID,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_support_case_event PRIMARY KEY (id),
    CONSTRAINT fk_support_case_event_case FOREIGN KEY (case_id) REFERENCES support_case (id)
);
CREATE INDEX ix_support_case_event_case ON support_case_event (case_id, occurred_at, id);
CREATE INDEX ix_support_case_event_customer ON support_case_event (customer_id, occurred_at, id);
