-- Business calendars (issue 15): the working time SLA deadlines run on. A calendar has a code, a name in English
-- and Chinese, an IANA time zone, and belongs to one org unit (at most one calendar per org unit) or, with
-- company = TRUE and no org unit, is the company's calendar (exactly one; it cannot be deleted). An org unit uses
-- its own calendar, else its nearest ancestor's, else the company's. The company's calendar (Monday to Friday
-- 09:00-18:00, in pyra.time-zone, no holidays) is stored at start-up when missing, so that it takes the configured
-- zone; org_unit_id names identity's org unit and is checked through IdentityApi (no foreign key across modules).
CREATE TABLE support_business_calendar (
    id           UUID          NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    name_en      VARCHAR(100)  NOT NULL,
    name_zh      VARCHAR(100),
    time_zone    VARCHAR(60)   NOT NULL,
    org_unit_id  UUID,
    company      BOOLEAN,
    version      BIGINT        NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_support_business_calendar PRIMARY KEY (id),
    CONSTRAINT uq_support_business_calendar_code UNIQUE (code),
    CONSTRAINT uq_support_business_calendar_org_unit UNIQUE (org_unit_id),
    -- TRUE or NULL: a unique column allows one TRUE and any number of NULLs, on H2 as on PostgreSQL
    CONSTRAINT uq_support_business_calendar_company UNIQUE (company),
    CONSTRAINT ck_support_business_calendar_owner
        CHECK ((company = TRUE AND org_unit_id IS NULL) OR (company IS NULL AND org_unit_id IS NOT NULL))
);

-- Weekly working hours: any number of intervals a weekday (1 = Monday ... 7 = Sunday), in minutes of the local
-- day, end 1440 = midnight at the end of the day; intervals of one day do not overlap (checked on write).
CREATE TABLE support_business_calendar_hours (
    calendar_id   UUID     NOT NULL,
    day_of_week   INTEGER  NOT NULL,
    start_minute  INTEGER  NOT NULL,
    end_minute    INTEGER  NOT NULL,
    CONSTRAINT fk_support_business_calendar_hours_calendar FOREIGN KEY (calendar_id)
        REFERENCES support_business_calendar (id) ON DELETE CASCADE,
    CONSTRAINT ck_support_business_calendar_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_support_business_calendar_hours_span
        CHECK (start_minute >= 0 AND end_minute <= 1440 AND end_minute > start_minute)
);
CREATE INDEX ix_support_business_calendar_hours_calendar ON support_business_calendar_hours (calendar_id);

-- Holidays: whole local days, first to last inclusive; the holidays of one calendar do not overlap (checked on
-- write), at most 366 a calendar.
CREATE TABLE support_business_calendar_holiday (
    calendar_id  UUID          NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    first_day    DATE          NOT NULL,
    last_day     DATE          NOT NULL,
    CONSTRAINT fk_support_business_calendar_holiday_calendar FOREIGN KEY (calendar_id)
        REFERENCES support_business_calendar (id) ON DELETE CASCADE,
    CONSTRAINT ck_support_business_calendar_holiday_days CHECK (last_day >= first_day)
);
CREATE INDEX ix_support_business_calendar_holiday_calendar ON support_business_calendar_holiday (calendar_id);
