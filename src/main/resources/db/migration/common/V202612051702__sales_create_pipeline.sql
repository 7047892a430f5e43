-- Pipelines, stages, opportunities and their stage history (issue 13).
-- outcome of a stage: OPEN, WON, LOST; an opportunity's status follows the outcome of its stage.

CREATE TABLE sales_pipeline (
    id          UUID         NOT NULL,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_sales_pipeline PRIMARY KEY (id),
    CONSTRAINT uq_sales_pipeline_code UNIQUE (code)
);

CREATE TABLE sales_pipeline_stage (
    id           UUID         NOT NULL,
    pipeline_id  UUID         NOT NULL,
    code         VARCHAR(60)  NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    name_zh      VARCHAR(200) NOT NULL,
    sort_order   INTEGER      NOT NULL,
    probability  INTEGER      NOT NULL,
    outcome      VARCHAR(8)   NOT NULL,
    active       BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT pk_sales_pipeline_stage PRIMARY KEY (id),
    CONSTRAINT uq_sales_pipeline_stage_code UNIQUE (pipeline_id, code),
    CONSTRAINT fk_sales_pipeline_stage_pipeline FOREIGN KEY (pipeline_id) REFERENCES sales_pipeline (id),
    CONSTRAINT ck_sales_pipeline_stage_probability CHECK (probability BETWEEN 0 AND 100)
);

-- Taxonomies: reasons a deal is lost, and where opportunities and orders come from.
CREATE TABLE sales_lost_reason (
    id          UUID         NOT NULL,
    parent_id   UUID,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_sales_lost_reason PRIMARY KEY (id),
    CONSTRAINT uq_sales_lost_reason_code UNIQUE (code),
    CONSTRAINT fk_sales_lost_reason_parent FOREIGN KEY (parent_id) REFERENCES sales_lost_reason (id)
);

CREATE TABLE sales_source (
    id          UUID         NOT NULL,
    parent_id   UUID,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_sales_source PRIMARY KEY (id),
    CONSTRAINT uq_sales_source_code UNIQUE (code),
    CONSTRAINT fk_sales_source_parent FOREIGN KEY (parent_id) REFERENCES sales_source (id)
);

CREATE SEQUENCE sales_opportunity_code_seq START WITH 1 INCREMENT BY 1;

-- status: OPEN, WON, LOST. probability is the stage's unless probability_overridden.
CREATE TABLE sales_opportunity (
    id                     UUID           NOT NULL,
    code                   VARCHAR(40)    NOT NULL,
    title                  VARCHAR(200)   NOT NULL,
    customer_id            UUID,
    contact_id             UUID,
    owner_id               UUID           NOT NULL,
    org_unit_id            UUID           NOT NULL,
    pipeline_id            UUID           NOT NULL,
    stage_id               UUID           NOT NULL,
    status                 VARCHAR(8)     NOT NULL,
    amount                 DECIMAL(21,6)  NOT NULL,
    currency               VARCHAR(3)     NOT NULL,
    expected_close         DATE,
    source_id              UUID,
    competitor             VARCHAR(200),
    probability            INTEGER        NOT NULL,
    probability_overridden BOOLEAN        NOT NULL,
    product_id             UUID,
    lost_reason_id         UUID,
    lost_note              VARCHAR(1000),
    won_order_id           UUID,
    engaged_on             DATE,
    closed_on              DATE,
    stage_entered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    notes                  VARCHAR(2000),
    import_id              UUID,
    created_by             UUID,
    version                BIGINT         NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sales_opportunity PRIMARY KEY (id),
    CONSTRAINT uq_sales_opportunity_code UNIQUE (code),
    CONSTRAINT fk_sales_opportunity_pipeline FOREIGN KEY (pipeline_id) REFERENCES sales_pipeline (id),
    CONSTRAINT fk_sales_opportunity_stage FOREIGN KEY (stage_id) REFERENCES sales_pipeline_stage (id),
    CONSTRAINT fk_sales_opportunity_source FOREIGN KEY (source_id) REFERENCES sales_source (id),
    CONSTRAINT fk_sales_opportunity_product FOREIGN KEY (product_id) REFERENCES sales_product (id),
    CONSTRAINT fk_sales_opportunity_lost_reason FOREIGN KEY (lost_reason_id) REFERENCES sales_lost_reason (id),
    CONSTRAINT fk_sales_opportunity_won_order FOREIGN KEY (won_order_id) REFERENCES sales_order (id),
    CONSTRAINT ck_sales_opportunity_probability CHECK (probability BETWEEN 0 AND 100)
);
CREATE INDEX ix_sales_opportunity_board ON sales_opportunity (pipeline_id, stage_id, expected_close);
CREATE INDEX ix_sales_opportunity_customer ON sales_opportunity (customer_id, created_at);
CREATE INDEX ix_sales_opportunity_owner ON sales_opportunity (owner_id, status, expected_close);
CREATE INDEX ix_sales_opportunity_org_unit ON sales_opportunity (org_unit_id, status, expected_close);

-- Every stage change: time spent in a stage = entered_at of the next change − entered_at of this one.
CREATE TABLE sales_opportunity_stage_change (
    id              UUID     NOT NULL,
    opportunity_id  UUID     NOT NULL,
    from_stage_id   UUID,
    to_stage_id     UUID     NOT NULL,
    entered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      UUID,
    CONSTRAINT pk_sales_opportunity_stage_change PRIMARY KEY (id),
    CONSTRAINT fk_sales_opportunity_stage_change_opportunity FOREIGN KEY (opportunity_id) REFERENCES sales_opportunity (id) ON DELETE CASCADE,
    CONSTRAINT fk_sales_opportunity_stage_change_from FOREIGN KEY (from_stage_id) REFERENCES sales_pipeline_stage (id),
    CONSTRAINT fk_sales_opportunity_stage_change_to FOREIGN KEY (to_stage_id) REFERENCES sales_pipeline_stage (id)
);
CREATE INDEX ix_sales_opportunity_stage_change ON sales_opportunity_stage_change (opportunity_id, entered_at);
