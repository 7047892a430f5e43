-- Audiences, mailings and their recipients, the unsubscribe secret and the campaign counters (issue 16, items 1
-- and 5). No foreign key crosses into another module: owner_id, org_unit_id and the customers' ids are checked
-- through the owning module's API when written.

-- An audience: the customers matching a saved customer filter (customers = true; filter_query holds the
-- /customers page's query parameters, e.g. "stage=ACTIVE&tag=vip", empty for all customers), and/or the
-- leads of a campaign (lead_campaign_id). Evaluated with the reach of whoever uses it, when it is used.
CREATE TABLE marketing_audience (
    id                UUID           NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    customers         BOOLEAN        NOT NULL,
    filter_query      VARCHAR(2000),
    lead_campaign_id  UUID,
    owner_id          UUID           NOT NULL,
    org_unit_id       UUID           NOT NULL,
    version           BIGINT         NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_marketing_audience PRIMARY KEY (id),
    CONSTRAINT fk_marketing_audience_campaign FOREIGN KEY (lead_campaign_id) REFERENCES marketing_campaign (id),
    CONSTRAINT ck_marketing_audience_someone CHECK (customers OR lead_campaign_id IS NOT NULL)
);
CREATE INDEX ix_marketing_audience_name ON marketing_audience (name, id);

-- A campaign's target audience.
ALTER TABLE marketing_campaign ADD COLUMN audience_id UUID;
ALTER TABLE marketing_campaign ADD CONSTRAINT fk_marketing_campaign_audience
    FOREIGN KEY (audience_id) REFERENCES marketing_audience (id);

-- channel: EMAIL, SMS. status: DRAFT, SENDING, SENT, CANCELLED. language: en or zh-CN (the unsubscribe footer).
CREATE TABLE marketing_mailing (
    id            UUID           NOT NULL,
    campaign_id   UUID           NOT NULL,
    audience_id   UUID           NOT NULL,
    channel       VARCHAR(5)     NOT NULL,
    language      VARCHAR(5)     NOT NULL,
    subject       VARCHAR(200),
    body          VARCHAR(5000)  NOT NULL,
    status        VARCHAR(10)    NOT NULL,
    owner_id      UUID           NOT NULL,
    org_unit_id   UUID           NOT NULL,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_marketing_mailing PRIMARY KEY (id),
    CONSTRAINT fk_marketing_mailing_campaign FOREIGN KEY (campaign_id) REFERENCES marketing_campaign (id),
    CONSTRAINT fk_marketing_mailing_audience FOREIGN KEY (audience_id) REFERENCES marketing_audience (id)
);
CREATE INDEX ix_marketing_mailing_campaign ON marketing_mailing (campaign_id, created_at);
CREATE INDEX ix_marketing_mailing_status ON marketing_mailing (status, started_at);

-- One row per person of the audience when the sending starts. kind: CUSTOMER, LEAD; person_id the customer's
-- or lead's id. state: PENDING, SENDING (claimed by a pass), SENT, FAILED, BOUNCED, NO_CONSENT, NO_ADDRESS,
-- CANCELLED. address: the e-mail address or E.164 phone. message_id: the Message-ID of the mail or the SMS
-- gateway's id; unsubscribed_at when the person followed this mail's unsubscribe link.
CREATE TABLE marketing_mailing_recipient (
    id           UUID           NOT NULL,
    mailing_id   UUID           NOT NULL,
    kind         VARCHAR(8)     NOT NULL,
    person_id    UUID           NOT NULL,
    name         VARCHAR(300)   NOT NULL,
    address      VARCHAR(254),
    language     VARCHAR(5)     NOT NULL,
    state        VARCHAR(10)    NOT NULL,
    message_id   VARCHAR(300),
    failure      VARCHAR(500),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    unsubscribed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_marketing_mailing_recipient PRIMARY KEY (id),
    CONSTRAINT uq_marketing_mailing_recipient UNIQUE (mailing_id, kind, person_id),
    CONSTRAINT fk_marketing_mailing_recipient FOREIGN KEY (mailing_id) REFERENCES marketing_mailing (id)
);
CREATE INDEX ix_marketing_mailing_recipient_state ON marketing_mailing_recipient (mailing_id, state, id);
CREATE INDEX ix_marketing_mailing_recipient_message ON marketing_mailing_recipient (message_id);

-- A campaign's figures: kind SENT, FAILED, BOUNCED, UNSUBSCRIBED, LANDING_PAGE_OPENED, SIGNED_UP.
CREATE TABLE marketing_campaign_counter (
    campaign_id  UUID          NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    count        BIGINT        NOT NULL,
    CONSTRAINT pk_marketing_campaign_counter PRIMARY KEY (campaign_id, kind),
    CONSTRAINT fk_marketing_campaign_counter FOREIGN KEY (campaign_id) REFERENCES marketing_campaign (id)
);

-- Secrets of the marketing module generated once (the unsubscribe links' HMAC key when none is configured).
CREATE TABLE marketing_secret (
    name        VARCHAR(60)    NOT NULL,
    secret      VARCHAR(200)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_marketing_secret PRIMARY KEY (name)
);
