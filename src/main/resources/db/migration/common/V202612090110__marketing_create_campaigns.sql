-- Campaigns and their actual costs (issue 16, item 1), and the channel taxonomy.
-- A campaign is reached by owner_id (own) and org_unit_id (identity's visibility rule); no foreign key
-- crosses into identity: the ids are checked through IdentityApi when written.

CREATE TABLE marketing_channel (
    id          UUID         NOT NULL,
    parent_id   UUID,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_marketing_channel PRIMARY KEY (id),
    CONSTRAINT uq_marketing_channel_code UNIQUE (code),
    CONSTRAINT fk_marketing_channel_parent FOREIGN KEY (parent_id) REFERENCES marketing_channel (id)
);

-- status: PLANNED, ACTIVE, PAUSED, COMPLETED, CANCELLED (the aggregate allows the moves).
-- audience: a description for now; audience_org_unit_id an optional org unit it is aimed at.
CREATE TABLE marketing_campaign (
    id                    UUID           NOT NULL,
    code                  VARCHAR(40)    NOT NULL,
    name                  VARCHAR(200)   NOT NULL,
    channel_id            UUID           NOT NULL,
    budget_amount         DECIMAL(19,4)  NOT NULL,
    budget_currency       VARCHAR(3)     NOT NULL,
    starts_on             DATE           NOT NULL,
    ends_on               DATE,
    audience              VARCHAR(500),
    audience_org_unit_id  UUID,
    owner_id              UUID           NOT NULL,
    org_unit_id           UUID           NOT NULL,
    status                VARCHAR(12)    NOT NULL,
    created_by            UUID,
    version               BIGINT         NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_marketing_campaign PRIMARY KEY (id),
    CONSTRAINT uq_marketing_campaign_code UNIQUE (code),
    CONSTRAINT fk_marketing_campaign_channel FOREIGN KEY (channel_id) REFERENCES marketing_channel (id),
    CONSTRAINT ck_marketing_campaign_budget CHECK (budget_amount >= 0),
    CONSTRAINT ck_marketing_campaign_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX ix_marketing_campaign_start ON marketing_campaign (starts_on, id);
CREATE INDEX ix_marketing_campaign_org_unit ON marketing_campaign (org_unit_id, starts_on);
CREATE INDEX ix_marketing_campaign_owner ON marketing_campaign (owner_id, starts_on);

-- Actual costs: several entries per campaign (at most 500), each in its own currency.
CREATE TABLE marketing_campaign_cost (
    id           UUID           NOT NULL,
    campaign_id  UUID           NOT NULL,
    spent_on     DATE           NOT NULL,
    amount       DECIMAL(19,4)  NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    note         VARCHAR(300),
    created_by   UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_marketing_campaign_cost PRIMARY KEY (id),
    CONSTRAINT fk_marketing_campaign_cost_campaign FOREIGN KEY (campaign_id) REFERENCES marketing_campaign (id) ON DELETE CASCADE,
    CONSTRAINT ck_marketing_campaign_cost_amount CHECK (amount >= 0)
);
CREATE INDEX ix_marketing_campaign_cost ON marketing_campaign_cost (campaign_id, spent_on);
