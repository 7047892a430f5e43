-- Leads, appointments and the centres' opening hours (issue 16, items 2, 3 and 6).
-- No foreign key crosses into another module: customer_id, opportunity_id, centre_id (a BRANCH org unit),
-- consultant_id, owner_id and the catalogue ids are checked through the owning module's API when written.

-- status: NEW, CONTACTED, APPOINTMENT_BOOKED, ARRIVED, CONVERTED, DISQUALIFIED.
-- source: WEB_FORM, PHONE, WALK_IN, REFERRAL, EVENT, IMPORT, API, OTHER.
-- phone and phone_other in E.164 (the customer module's normalisation), email lower-cased.
CREATE TABLE marketing_lead (
    id                    UUID           NOT NULL,
    campaign_id           UUID,
    source                VARCHAR(12)    NOT NULL,
    name                  VARCHAR(200)   NOT NULL,
    phone                 VARCHAR(40),
    phone_other           VARCHAR(40),
    email                 VARCHAR(254),
    interest_product_id   UUID,
    interest_category_id  UUID,
    centre_id             UUID,
    notes                 VARCHAR(2000),
    status                VARCHAR(20)    NOT NULL,
    disqualify_reason     VARCHAR(20),
    disqualify_note       VARCHAR(500),
    consent_email         BOOLEAN        NOT NULL,
    consent_sms           BOOLEAN        NOT NULL,
    consent_phone         BOOLEAN        NOT NULL,
    consent_at            TIMESTAMP WITH TIME ZONE,
    customer_id           UUID,
    opportunity_id        UUID,
    owner_id              UUID           NOT NULL,
    org_unit_id           UUID           NOT NULL,
    created_by            UUID,
    version               BIGINT         NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    converted_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_marketing_lead PRIMARY KEY (id),
    CONSTRAINT fk_marketing_lead_campaign FOREIGN KEY (campaign_id) REFERENCES marketing_campaign (id),
    CONSTRAINT ck_marketing_lead_reachable CHECK (phone IS NOT NULL OR phone_other IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX ix_marketing_lead_created ON marketing_lead (created_at, id);
CREATE INDEX ix_marketing_lead_campaign ON marketing_lead (campaign_id, created_at);
CREATE INDEX ix_marketing_lead_org_unit ON marketing_lead (org_unit_id, created_at);
CREATE INDEX ix_marketing_lead_owner ON marketing_lead (owner_id, status);
CREATE INDEX ix_marketing_lead_phone ON marketing_lead (phone);
CREATE INDEX ix_marketing_lead_phone_other ON marketing_lead (phone_other);
CREATE INDEX ix_marketing_lead_email ON marketing_lead (email);
CREATE INDEX ix_marketing_lead_customer ON marketing_lead (customer_id);

-- What happened to a lead, oldest first: created, contacted, status moves, appointment booked, arrival,
-- disqualified, converted, changes. kind is the lead module's own code; note a short text.
CREATE TABLE marketing_lead_event (
    id           UUID          NOT NULL,
    lead_id      UUID          NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20),
    actor_id     UUID,
    note         VARCHAR(500),
    CONSTRAINT pk_marketing_lead_event PRIMARY KEY (id),
    CONSTRAINT fk_marketing_lead_event_lead FOREIGN KEY (lead_id) REFERENCES marketing_lead (id) ON DELETE CASCADE
);
CREATE INDEX ix_marketing_lead_event_lead ON marketing_lead_event (lead_id, at);

-- status: BOOKED, ARRIVED, NO_SHOW, CANCELLED. An appointment is for a lead or a customer (or both once the
-- lead is converted); campaign_id is the lead's, copied when booked, for the funnel.
-- booked_by: the agent who booked it; received_by: who recorded the arrival (the front desk).
-- outcome of the consultation: ENROLLED, THINKING, NOT_INTERESTED, OTHER (null until recorded).
CREATE TABLE marketing_appointment (
    id                      UUID          NOT NULL,
    lead_id                 UUID,
    customer_id             UUID,
    campaign_id             UUID,
    centre_id               UUID          NOT NULL,
    consultant_id           UUID          NOT NULL,
    starts_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    status                  VARCHAR(12)   NOT NULL,
    note                    VARCHAR(1000),
    booked_by               UUID          NOT NULL,
    received_by             UUID,
    arrived_at              TIMESTAMP WITH TIME ZONE,
    no_show_at              TIMESTAMP WITH TIME ZONE,
    cancelled_at            TIMESTAMP WITH TIME ZONE,
    consultation_record_id  UUID,
    outcome                 VARCHAR(20),
    confirmation_sent_at    TIMESTAMP WITH TIME ZONE,
    reminder_sent_at        TIMESTAMP WITH TIME ZONE,
    version                 BIGINT        NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_marketing_appointment PRIMARY KEY (id),
    CONSTRAINT fk_marketing_appointment_lead FOREIGN KEY (lead_id) REFERENCES marketing_lead (id),
    CONSTRAINT fk_marketing_appointment_campaign FOREIGN KEY (campaign_id) REFERENCES marketing_campaign (id),
    CONSTRAINT ck_marketing_appointment_for CHECK (lead_id IS NOT NULL OR customer_id IS NOT NULL),
    CONSTRAINT ck_marketing_appointment_time CHECK (ends_at > starts_at)
);
CREATE INDEX ix_marketing_appointment_centre ON marketing_appointment (centre_id, starts_at);
CREATE INDEX ix_marketing_appointment_consultant ON marketing_appointment (consultant_id, starts_at);
CREATE INDEX ix_marketing_appointment_booked_by ON marketing_appointment (booked_by, starts_at);
CREATE INDEX ix_marketing_appointment_lead ON marketing_appointment (lead_id);
CREATE INDEX ix_marketing_appointment_customer ON marketing_appointment (customer_id);
CREATE INDEX ix_marketing_appointment_reminder ON marketing_appointment (status, reminder_sent_at, starts_at);

-- Every change of an appointment, oldest first: booked, rescheduled (old and new time and consultant),
-- cancelled, arrived, no-show, consultation recorded.
CREATE TABLE marketing_appointment_change (
    id                 UUID          NOT NULL,
    appointment_id     UUID          NOT NULL,
    at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    actor_id           UUID,
    old_starts_at      TIMESTAMP WITH TIME ZONE,
    new_starts_at      TIMESTAMP WITH TIME ZONE,
    old_consultant_id  UUID,
    new_consultant_id  UUID,
    note               VARCHAR(500),
    CONSTRAINT pk_marketing_appointment_change PRIMARY KEY (id),
    CONSTRAINT fk_marketing_appointment_change FOREIGN KEY (appointment_id) REFERENCES marketing_appointment (id) ON DELETE CASCADE
);
CREATE INDEX ix_marketing_appointment_change ON marketing_appointment_change (appointment_id, at);

-- A centre's opening hours per ISO weekday (1 Monday … 7 Sunday), in the centre's own time zone; a day
-- without a row is closed. A centre without any row uses the configured default hours.
CREATE TABLE marketing_centre_hours (
    centre_id  UUID     NOT NULL,
    weekday    INTEGER  NOT NULL,
    opens_at   TIME     NOT NULL,
    closes_at  TIME     NOT NULL,
    CONSTRAINT pk_marketing_centre_hours PRIMARY KEY (centre_id, weekday),
    CONSTRAINT ck_marketing_centre_hours_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_marketing_centre_hours_order CHECK (closes_at > opens_at)
);
