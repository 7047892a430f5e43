-- Contact records, jobs, tasks, the follow-up policy and notifications (issue 4).

CREATE TABLE interaction_type (
    id            UUID         NOT NULL,
    parent_id     UUID,
    code          VARCHAR(60)  NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    name_zh       VARCHAR(200) NOT NULL,
    sort_order    INTEGER      NOT NULL,
    return_visit  BOOLEAN      NOT NULL,
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_interaction_type PRIMARY KEY (id),
    CONSTRAINT uq_interaction_type_code UNIQUE (code),
    CONSTRAINT fk_interaction_type_parent FOREIGN KEY (parent_id) REFERENCES interaction_type (id)
);

CREATE TABLE interaction_service_category (
    id          UUID         NOT NULL,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_interaction_service_category PRIMARY KEY (id),
    CONSTRAINT uq_interaction_service_category_code UNIQUE (code)
);

CREATE SEQUENCE interaction_job_code_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE interaction_job (
    id                  UUID         NOT NULL,
    code                VARCHAR(30)  NOT NULL,
    customer_id         UUID         NOT NULL,
    name                VARCHAR(300) NOT NULL,
    country             VARCHAR(2)   NOT NULL,
    office              VARCHAR(100),
    service_category_id UUID         NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    org_unit_id         UUID         NOT NULL,
    created_by          UUID         NOT NULL,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interaction_job PRIMARY KEY (id),
    CONSTRAINT uq_interaction_job_code UNIQUE (code),
    CONSTRAINT fk_interaction_job_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id),
    CONSTRAINT fk_interaction_job_service_category FOREIGN KEY (service_category_id) REFERENCES interaction_service_category (id),
    CONSTRAINT fk_interaction_job_org_unit FOREIGN KEY (org_unit_id) REFERENCES identity_org_unit (id),
    CONSTRAINT fk_interaction_job_created_by FOREIGN KEY (created_by) REFERENCES identity_user (id)
);
CREATE INDEX ix_interaction_job_customer ON interaction_job (customer_id, created_at);

-- One contact with a customer: a call, a visit, an email … entered where it happened.
CREATE TABLE interaction_record (
    id                     UUID          NOT NULL,
    customer_id            UUID          NOT NULL,
    contact_id             UUID,
    job_id                 UUID,
    type_id                UUID          NOT NULL,
    channel                VARCHAR(10)   NOT NULL,
    direction              VARCHAR(8)    NOT NULL,
    subject                VARCHAR(300)  NOT NULL,
    notes                  VARCHAR(8000),
    outcome                VARCHAR(2000),
    duration_minutes       INTEGER,
    occurred_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    country                VARCHAR(2),
    office                 VARCHAR(100),
    author_id              UUID          NOT NULL,
    org_unit_id            UUID          NOT NULL,
    override_by            UUID,
    override_reason        VARCHAR(500),
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interaction_record PRIMARY KEY (id),
    CONSTRAINT fk_interaction_record_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id),
    CONSTRAINT fk_interaction_record_contact FOREIGN KEY (contact_id) REFERENCES customer_contact (id),
    CONSTRAINT fk_interaction_record_job FOREIGN KEY (job_id) REFERENCES interaction_job (id),
    CONSTRAINT fk_interaction_record_type FOREIGN KEY (type_id) REFERENCES interaction_type (id),
    CONSTRAINT fk_interaction_record_author FOREIGN KEY (author_id) REFERENCES identity_user (id),
    CONSTRAINT fk_interaction_record_org_unit FOREIGN KEY (org_unit_id) REFERENCES identity_org_unit (id),
    CONSTRAINT fk_interaction_record_override_by FOREIGN KEY (override_by) REFERENCES identity_user (id)
);
CREATE INDEX ix_interaction_record_customer ON interaction_record (customer_id, occurred_at, id);
CREATE INDEX ix_interaction_record_author ON interaction_record (author_id, occurred_at);
CREATE INDEX ix_interaction_record_org_unit ON interaction_record (org_unit_id, occurred_at);
CREATE INDEX ix_interaction_record_job ON interaction_record (job_id);

CREATE TABLE interaction_task (
    id              UUID          NOT NULL,
    customer_id     UUID,
    record_id       UUID,
    job_id          UUID,
    title           VARCHAR(300)  NOT NULL,
    type            VARCHAR(30)   NOT NULL,
    assignee_id     UUID          NOT NULL,
    created_by      UUID          NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    priority        VARCHAR(8)    NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    notes           VARCHAR(4000),
    completed_at    TIMESTAMP WITH TIME ZONE,
    reminded_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interaction_task PRIMARY KEY (id),
    CONSTRAINT fk_interaction_task_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id),
    CONSTRAINT fk_interaction_task_record FOREIGN KEY (record_id) REFERENCES interaction_record (id),
    CONSTRAINT fk_interaction_task_job FOREIGN KEY (job_id) REFERENCES interaction_job (id),
    CONSTRAINT fk_interaction_task_assignee FOREIGN KEY (assignee_id) REFERENCES identity_user (id),
    CONSTRAINT fk_interaction_task_created_by FOREIGN KEY (created_by) REFERENCES identity_user (id)
);
CREATE INDEX ix_interaction_task_assignee ON interaction_task (assignee_id, status, due_at);
CREATE INDEX ix_interaction_task_customer ON interaction_task (customer_id, created_at, id);
CREATE INDEX ix_interaction_task_due ON interaction_task (status, due_at);

-- Per role: at most max_return_visits return visits to one customer within period_days.
CREATE TABLE interaction_follow_up_policy (
    id                 UUID    NOT NULL,
    role_id            UUID    NOT NULL,
    max_return_visits  INTEGER NOT NULL,
    period_days        INTEGER NOT NULL,
    version            BIGINT  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interaction_follow_up_policy PRIMARY KEY (id),
    CONSTRAINT uq_interaction_follow_up_policy_role UNIQUE (role_id),
    CONSTRAINT fk_interaction_follow_up_policy_role FOREIGN KEY (role_id) REFERENCES identity_role (id),
    CONSTRAINT ck_interaction_follow_up_policy_max CHECK (max_return_visits >= 0),
    CONSTRAINT ck_interaction_follow_up_policy_period CHECK (period_days >= 1)
);

-- What a user is told: a task fell due, a task was assigned to them, …
CREATE TABLE interaction_notification (
    id          UUID          NOT NULL,
    user_id     UUID          NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    task_id     UUID,
    customer_id UUID,
    title       VARCHAR(300)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE,
    emailed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_interaction_notification PRIMARY KEY (id),
    CONSTRAINT fk_interaction_notification_user FOREIGN KEY (user_id) REFERENCES identity_user (id),
    CONSTRAINT fk_interaction_notification_task FOREIGN KEY (task_id) REFERENCES interaction_task (id)
);
CREATE INDEX ix_interaction_notification_user ON interaction_notification (user_id, created_at);

INSERT INTO interaction_type (id, parent_id, code, name_en, name_zh, sort_order, return_visit, active, version) VALUES
    ('00000000-0000-7000-8004-000000000001', NULL, 'INQUIRY', 'Inquiry', '咨询', 1, FALSE, TRUE, 0),
    ('00000000-0000-7000-8004-000000000002', '00000000-0000-7000-8004-000000000001', 'COURSE_INQUIRY', 'Course inquiry', '课程咨询', 1, FALSE, TRUE, 0),
    ('00000000-0000-7000-8004-000000000003', '00000000-0000-7000-8004-000000000001', 'PRICE_INQUIRY', 'Price inquiry', '价格咨询', 2, FALSE, TRUE, 0),
    ('00000000-0000-7000-8004-000000000004', NULL, 'ORDER', 'Order', '订单', 2, FALSE, TRUE, 0),
    ('00000000-0000-7000-8004-000000000005', NULL, 'COMPLAINT', 'Complaint', '投诉', 3, FALSE, TRUE, 0),
    ('00000000-0000-7000-8004-000000000006', NULL, 'INFORMATION_GATHERING', 'Information gathering and classification', '信息收集与分类', 4, FALSE, TRUE, 0),
    ('00000000-0000-7000-8004-000000000007', NULL, 'HELP_REQUEST', 'Daily help request', '日常求助', 5, FALSE, TRUE, 0),
    ('00000000-0000-7000-8004-000000000008', NULL, 'CONSULTATION', 'Consultation', '顾问咨询', 6, FALSE, TRUE, 0),
    ('00000000-0000-7000-8004-000000000009', NULL, 'VISIT', 'Visit', '来访', 7, FALSE, TRUE, 0),
    ('00000000-0000-7000-8004-00000000000a', NULL, 'RETURN_VISIT', 'Return visit', '回访', 8, TRUE, TRUE, 0);

INSERT INTO interaction_service_category (id, code, name_en, name_zh, sort_order, active, version) VALUES
    ('00000000-0000-7000-8005-000000000001', 'CONSULTING', 'Consulting', '咨询服务', 1, TRUE, 0),
    ('00000000-0000-7000-8005-000000000002', 'MANAGEMENT_SUPPORT', 'Management and business support', '管理及业务支持', 2, TRUE, 0),
    ('00000000-0000-7000-8005-000000000003', 'MAINTENANCE_CONSTRUCTION', 'Maintenance and construction', '维护与施工', 3, TRUE, 0);

INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('interaction.create',    'interaction', 'create',    300),
    ('interaction.override',  'interaction', 'override',  301),
    ('interaction.configure', 'interaction', 'configure', 302),
    ('job.manage',            'job',         'manage',    310),
    ('task.assign',           'task',        'assign',    320),
    ('supervision.read',      'supervision', 'read',      330),
    ('contact-analysis.read', 'contact-analysis', 'read', 340);

-- interaction.create / interaction.override / job.manage reach customers (as customer.update does);
-- task.assign reaches the assignee; supervision.read and contact-analysis.read reach people and org units.
INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'ADMINISTRATOR' AND p.resource IN ('interaction', 'job', 'task', 'supervision', 'contact-analysis');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'MANAGEMENT' AND p.code IN ('interaction.override', 'supervision.read', 'contact-analysis.read');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'CENTRE_PRINCIPAL'
   AND p.code IN ('interaction.create', 'interaction.override', 'job.manage', 'task.assign', 'supervision.read',
                  'contact-analysis.read');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ORG_UNIT' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code IN ('FRONT_DESK', 'CALL_CENTRE_AGENT', 'CUSTOMER_SERVICE_ASSISTANT', 'ENROLMENT_SPECIALIST', 'MARKETING',
                  'TUTOR', 'TEACHER', 'TECHNICIAN', 'COURSE_CONSULTANT')
   AND p.code IN ('interaction.create', 'task.assign');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, 'job.manage', 'ORG_UNIT' FROM identity_role r
 WHERE r.code IN ('CUSTOMER_SERVICE_ASSISTANT', 'ENROLMENT_SPECIALIST');

-- Seed 001: a course consultant makes at most two return visits to one customer a week.
INSERT INTO interaction_follow_up_policy (id, role_id, max_return_visits, period_days, version, updated_at)
SELECT '00000000-0000-7000-8006-000000000001', r.id, 2, 7, 0, CURRENT_TIMESTAMP FROM identity_role r
 WHERE r.code = 'COURSE_CONSULTANT';
