-- The seven steps of complaint handling (issue 15, seed 004). A complaint is a support_case of type
-- COMPLAINT; each step it has been through is one row, done in order (a step only after the ones
-- before it). COMPENSATION may be passed over ("no compensation", with the reason in the note).
CREATE TABLE support_complaint_step (
    case_id   UUID         NOT NULL,
    step      VARCHAR(30)  NOT NULL,
    done_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    done_by   UUID,
    note      VARCHAR(4000),
    skipped   BOOLEAN      NOT NULL,
    mailed_to VARCHAR(254),
    CONSTRAINT pk_support_complaint_step PRIMARY KEY (case_id, step),
    CONSTRAINT fk_support_complaint_step_case FOREIGN KEY (case_id) REFERENCES support_case (id),
    CONSTRAINT ck_support_complaint_step_step CHECK (step IN ('ACKNOWLEDGEMENT', 'APOLOGY_AND_EXPLANATION',
        'RESOLUTION_PROPOSAL', 'COMPENSATION', 'RESOLUTION', 'FOLLOW_UP', 'PREVENTION'))
);

-- What a complaint's customer was offered: its value counts in the support reports (amount in
-- currency; status PENDING_APPROVAL above the limit until a manager approves or rejects it). A
-- REFUND names the customer's order and, once approved, the refund sales recorded.
CREATE TABLE support_compensation (
    id               UUID           NOT NULL,
    case_id          UUID           NOT NULL,
    customer_id      UUID           NOT NULL,
    type             VARCHAR(20)    NOT NULL,
    amount           NUMERIC(14, 2) NOT NULL,
    currency         VARCHAR(3)     NOT NULL,
    note             VARCHAR(2000),
    order_number     VARCHAR(40),
    refund_id        UUID,
    status           VARCHAR(20)    NOT NULL,
    requested_by     UUID           NOT NULL,
    approved_by      UUID,
    approved_at      TIMESTAMP WITH TIME ZONE,
    rejection_reason VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT pk_support_compensation PRIMARY KEY (id),
    CONSTRAINT fk_support_compensation_case FOREIGN KEY (case_id) REFERENCES support_case (id),
    CONSTRAINT ck_support_compensation_type CHECK (type IN ('REFUND', 'CREDIT', 'FREE_SESSION', 'GIFT')),
    CONSTRAINT ck_support_compensation_status CHECK (status IN ('PENDING_APPROVAL', 'APPROVED', 'REJECTED')),
    CONSTRAINT ck_support_compensation_amount CHECK (amount >= 0)
);
CREATE INDEX ix_support_compensation_case ON support_compensation (case_id, created_at);
CREATE INDEX ix_support_compensation_created ON support_compensation (created_at);

-- Tasks a complaint made in interaction: the satisfaction check after its resolution and the
-- prevention actions; their state is the task's.
CREATE TABLE support_complaint_task (
    id          UUID         NOT NULL,
    case_id     UUID         NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    task_id     UUID         NOT NULL,
    title       VARCHAR(200) NOT NULL,
    assignee_id UUID         NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_support_complaint_task PRIMARY KEY (id),
    CONSTRAINT fk_support_complaint_task_case FOREIGN KEY (case_id) REFERENCES support_case (id),
    CONSTRAINT ck_support_complaint_task_kind CHECK (kind IN ('SATISFACTION_CHECK', 'PREVENTION'))
);
CREATE INDEX ix_support_complaint_task_case ON support_complaint_task (case_id, created_at);
