CREATE SEQUENCE customer_code_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE customer_sector (
    id          UUID         NOT NULL,
    parent_id   UUID,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_customer_sector PRIMARY KEY (id),
    CONSTRAINT uq_customer_sector_code UNIQUE (code),
    CONSTRAINT fk_customer_sector_parent FOREIGN KEY (parent_id) REFERENCES customer_sector (id)
);

CREATE TABLE customer_customer (
    id                UUID          NOT NULL,
    code              VARCHAR(30)   NOT NULL,
    kind              VARCHAR(12)   NOT NULL,
    name              VARCHAR(300)  NOT NULL,
    name_key          VARCHAR(300)  NOT NULL,
    stage             VARCHAR(12)   NOT NULL,
    owner_id          UUID          NOT NULL,
    org_unit_id       UUID          NOT NULL,
    sector_id         UUID,
    country           VARCHAR(2),
    province          VARCHAR(100),
    city              VARCHAR(100),
    street            VARCHAR(300),
    postal_code       VARCHAR(20),
    education         VARCHAR(200),
    interests         VARCHAR(1000),
    industry          VARCHAR(200),
    employee_count    INTEGER,
    core_competencies VARCHAR(1000),
    competitors       VARCHAR(1000),
    background        VARCHAR(4000),
    merged_into_id    UUID,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_customer_customer PRIMARY KEY (id),
    CONSTRAINT uq_customer_customer_code UNIQUE (code),
    CONSTRAINT fk_customer_customer_owner FOREIGN KEY (owner_id) REFERENCES identity_user (id),
    CONSTRAINT fk_customer_customer_org_unit FOREIGN KEY (org_unit_id) REFERENCES identity_org_unit (id),
    CONSTRAINT fk_customer_customer_sector FOREIGN KEY (sector_id) REFERENCES customer_sector (id),
    CONSTRAINT fk_customer_customer_merged_into FOREIGN KEY (merged_into_id) REFERENCES customer_customer (id)
);
CREATE INDEX ix_customer_customer_owner ON customer_customer (owner_id, name_key, id);
CREATE INDEX ix_customer_customer_org_unit ON customer_customer (org_unit_id, name_key, id);
CREATE INDEX ix_customer_customer_name_key ON customer_customer (name_key, id);
CREATE INDEX ix_customer_customer_stage ON customer_customer (stage, name_key, id);
CREATE INDEX ix_customer_customer_city ON customer_customer (city, name_key);

CREATE TABLE customer_phone (
    customer_id UUID        NOT NULL,
    position    INTEGER     NOT NULL,
    number      VARCHAR(20) NOT NULL,
    label       VARCHAR(20),
    CONSTRAINT pk_customer_phone PRIMARY KEY (customer_id, position),
    CONSTRAINT fk_customer_phone_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id) ON DELETE CASCADE
);
CREATE INDEX ix_customer_phone_number ON customer_phone (number);

CREATE TABLE customer_email (
    customer_id UUID         NOT NULL,
    position    INTEGER      NOT NULL,
    address     VARCHAR(254) NOT NULL,
    label       VARCHAR(20),
    CONSTRAINT pk_customer_email PRIMARY KEY (customer_id, position),
    CONSTRAINT fk_customer_email_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id) ON DELETE CASCADE
);
CREATE INDEX ix_customer_email_address ON customer_email (address);

CREATE TABLE customer_tag (
    customer_id UUID        NOT NULL,
    tag         VARCHAR(60) NOT NULL,
    CONSTRAINT pk_customer_tag PRIMARY KEY (customer_id, tag),
    CONSTRAINT fk_customer_tag_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id) ON DELETE CASCADE
);
CREATE INDEX ix_customer_tag_tag ON customer_tag (tag, customer_id);

CREATE TABLE customer_consent (
    customer_id UUID         NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    granted     BOOLEAN      NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    source      VARCHAR(200),
    CONSTRAINT pk_customer_consent PRIMARY KEY (customer_id, channel),
    CONSTRAINT fk_customer_consent_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id) ON DELETE CASCADE
);

CREATE TABLE customer_contact (
    id          UUID         NOT NULL,
    customer_id UUID         NOT NULL,
    name        VARCHAR(200) NOT NULL,
    title       VARCHAR(200),
    phone       VARCHAR(20),
    email       VARCHAR(254),
    notes       VARCHAR(2000),
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_customer_contact PRIMARY KEY (id),
    CONSTRAINT fk_customer_contact_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id)
);
CREATE INDEX ix_customer_contact_customer ON customer_contact (customer_id);
CREATE INDEX ix_customer_contact_phone ON customer_contact (phone);
CREATE INDEX ix_customer_contact_email ON customer_contact (email);

CREATE TABLE customer_field (
    id         UUID          NOT NULL,
    code       VARCHAR(60)   NOT NULL,
    label_en   VARCHAR(200)  NOT NULL,
    label_zh   VARCHAR(200)  NOT NULL,
    type       VARCHAR(20)   NOT NULL,
    required   BOOLEAN       NOT NULL,
    choices    VARCHAR(4000),
    position   INTEGER       NOT NULL,
    active     BOOLEAN       NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT pk_customer_field PRIMARY KEY (id),
    CONSTRAINT uq_customer_field_code UNIQUE (code)
);

CREATE TABLE customer_field_value (
    customer_id  UUID           NOT NULL,
    field_id     UUID           NOT NULL,
    position     INTEGER        NOT NULL,
    text_value   VARCHAR(2000),
    number_value DECIMAL(20, 4),
    date_value   DATE,
    bool_value   BOOLEAN,
    CONSTRAINT pk_customer_field_value PRIMARY KEY (customer_id, field_id, position),
    CONSTRAINT fk_customer_field_value_customer FOREIGN KEY (customer_id) REFERENCES customer_customer (id) ON DELETE CASCADE,
    CONSTRAINT fk_customer_field_value_field FOREIGN KEY (field_id) REFERENCES customer_field (id)
);
CREATE INDEX ix_customer_field_value_text ON customer_field_value (field_id, text_value);
CREATE INDEX ix_customer_field_value_number ON customer_field_value (field_id, number_value);
CREATE INDEX ix_customer_field_value_date ON customer_field_value (field_id, date_value);

INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('customer.read',     'customer', 'read',     200),
    ('customer.create',   'customer', 'create',   201),
    ('customer.update',   'customer', 'update',   202),
    ('customer.delete',   'customer', 'delete',   203),
    ('customer.merge',    'customer', 'merge',    204),
    ('customer.transfer', 'customer', 'transfer', 205),
    ('customer.import',   'customer', 'import',   206),
    ('customer.export',   'customer', 'export',   207),
    ('customer.configure','customer', 'configure',208);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'ADMINISTRATOR' AND p.resource = 'customer';

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'MANAGEMENT' AND p.code IN ('customer.read', 'customer.export', 'customer.transfer');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'CENTRE_PRINCIPAL'
   AND p.code IN ('customer.read', 'customer.create', 'customer.update', 'customer.merge', 'customer.transfer',
                  'customer.import', 'customer.export');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ORG_UNIT' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code IN ('FRONT_DESK', 'CALL_CENTRE_AGENT', 'CUSTOMER_SERVICE_ASSISTANT', 'ENROLMENT_SPECIALIST', 'FINANCE',
                  'MARKETING', 'TUTOR', 'TEACHER')
   AND p.code IN ('customer.read');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ORG_UNIT' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code IN ('FRONT_DESK', 'CALL_CENTRE_AGENT', 'CUSTOMER_SERVICE_ASSISTANT', 'MARKETING')
   AND p.code IN ('customer.create', 'customer.update');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'OWN' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'COURSE_CONSULTANT' AND p.code IN ('customer.read', 'customer.create', 'customer.update');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, 'customer.export', 'ORG_UNIT' FROM identity_role r WHERE r.code = 'MARKETING';
