CREATE TABLE identity_org_unit (
    id          UUID          NOT NULL,
    parent_id   UUID,
    kind        VARCHAR(20)   NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    time_zone   VARCHAR(60)   NOT NULL,
    path        VARCHAR(2000) NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_identity_org_unit PRIMARY KEY (id),
    CONSTRAINT uq_identity_org_unit_code UNIQUE (code),
    CONSTRAINT fk_identity_org_unit_parent FOREIGN KEY (parent_id) REFERENCES identity_org_unit (id)
);
CREATE INDEX ix_identity_org_unit_parent ON identity_org_unit (parent_id);
CREATE INDEX ix_identity_org_unit_path ON identity_org_unit (path);

CREATE TABLE identity_permission (
    code        VARCHAR(60)  NOT NULL,
    resource    VARCHAR(40)  NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT pk_identity_permission PRIMARY KEY (code)
);

CREATE TABLE identity_role (
    id          UUID         NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500),
    system_role BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_identity_role PRIMARY KEY (id),
    CONSTRAINT uq_identity_role_code UNIQUE (code)
);

CREATE TABLE identity_role_permission (
    role_id         UUID        NOT NULL,
    permission_code VARCHAR(60) NOT NULL,
    scope           VARCHAR(20) NOT NULL,
    CONSTRAINT pk_identity_role_permission PRIMARY KEY (role_id, permission_code),
    CONSTRAINT fk_identity_role_permission_role FOREIGN KEY (role_id) REFERENCES identity_role (id),
    CONSTRAINT fk_identity_role_permission_permission FOREIGN KEY (permission_code) REFERENCES identity_permission (code)
);

CREATE TABLE identity_user (
    id                  UUID         NOT NULL,
    username            VARCHAR(60)  NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    email               VARCHAR(254) NOT NULL,
    phone               VARCHAR(20),
    org_unit_id         UUID         NOT NULL,
    supervisor_id       UUID,
    locale              VARCHAR(10)  NOT NULL,
    active              BOOLEAN      NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_identity_user PRIMARY KEY (id),
    CONSTRAINT uq_identity_user_username UNIQUE (username),
    CONSTRAINT uq_identity_user_email UNIQUE (email),
    CONSTRAINT fk_identity_user_org_unit FOREIGN KEY (org_unit_id) REFERENCES identity_org_unit (id),
    CONSTRAINT fk_identity_user_supervisor FOREIGN KEY (supervisor_id) REFERENCES identity_user (id)
);
CREATE INDEX ix_identity_user_org_unit ON identity_user (org_unit_id);

CREATE TABLE identity_user_role (
    user_id UUID NOT NULL,
    role_id UUID NOT NULL,
    CONSTRAINT pk_identity_user_role PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_identity_user_role_user FOREIGN KEY (user_id) REFERENCES identity_user (id),
    CONSTRAINT fk_identity_user_role_role FOREIGN KEY (role_id) REFERENCES identity_role (id)
);
CREATE INDEX ix_identity_user_role_role ON identity_user_role (role_id);

CREATE TABLE identity_api_token (
    id            UUID         NOT NULL,
    user_id       UUID         NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    prefix        VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    first_used_at TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_identity_api_token PRIMARY KEY (id),
    CONSTRAINT uq_identity_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_identity_api_token_user FOREIGN KEY (user_id) REFERENCES identity_user (id)
);
CREATE INDEX ix_identity_api_token_user ON identity_api_token (user_id);

CREATE TABLE identity_sign_in_throttle (
    username        VARCHAR(254) NOT NULL,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_identity_sign_in_throttle PRIMARY KEY (username)
);

INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('org-unit.read',   'org-unit', 'read',   100),
    ('org-unit.manage', 'org-unit', 'manage', 101),
    ('role.read',       'role',     'read',   110),
    ('role.manage',     'role',     'manage', 111),
    ('user.read',       'user',     'read',   120),
    ('user.manage',     'user',     'manage', 121),
    ('audit.read',      'audit',    'read',   130);

INSERT INTO identity_role (id, code, name, description, system_role, version, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000000001', 'ADMINISTRATOR',              'Administrator',              NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000002', 'MANAGEMENT',                 'Management',                 NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000003', 'CENTRE_PRINCIPAL',           'Centre principal',           NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000004', 'FRONT_DESK',                 'Front desk',                 NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000005', 'CALL_CENTRE_AGENT',          'Call-centre agent',          NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000006', 'COURSE_CONSULTANT',          'Course consultant',          NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000007', 'ENROLMENT_SPECIALIST',       'Enrolment specialist',       NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000008', 'CUSTOMER_SERVICE_ASSISTANT', 'Customer-service assistant', NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-000000000009', 'TUTOR',                      'Tutor',                      NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-00000000000a', 'TEACHER',                    'Teacher',                    NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-00000000000b', 'TECHNICIAN',                 'Technician',                 NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-00000000000c', 'MARKETING',                  'Marketing',                  NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-7000-8000-00000000000d', 'FINANCE',                    'Finance',                    NULL, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p WHERE r.code = 'ADMINISTRATOR';

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'MANAGEMENT' AND p.code IN ('org-unit.read', 'role.read', 'user.read', 'audit.read');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'CENTRE_PRINCIPAL' AND p.code IN ('org-unit.read', 'user.read');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, 'user.read', 'ORG_UNIT' FROM identity_role r
 WHERE r.code NOT IN ('ADMINISTRATOR', 'MANAGEMENT', 'CENTRE_PRINCIPAL');
