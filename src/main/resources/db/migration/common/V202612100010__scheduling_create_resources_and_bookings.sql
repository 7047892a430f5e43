-- Scheduling (issue 17): resources, their availability, and bookings that hold them for an interval.

-- kind: ROOM (capacity = people; equipment), PC_SET (capacity = seats), PROJECTOR, INSTRUCTOR (user_id: the
-- identity user; skills), HARDWARE (spare hardware). org_unit_id: the centre it belongs to.
CREATE TABLE scheduling_resource (
    id           UUID          NOT NULL,
    kind         VARCHAR(12)   NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    org_unit_id  UUID          NOT NULL,
    capacity     INTEGER,
    equipment    VARCHAR(500),
    user_id      UUID,
    skills       VARCHAR(500),
    note         VARCHAR(1000),
    active       BOOLEAN       NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_resource PRIMARY KEY (id),
    CONSTRAINT uq_scheduling_resource_code UNIQUE (code),
    CONSTRAINT uq_scheduling_resource_user UNIQUE (user_id),
    CONSTRAINT ck_scheduling_resource_kind CHECK (kind IN ('ROOM', 'PC_SET', 'PROJECTOR', 'INSTRUCTOR', 'HARDWARE')),
    CONSTRAINT ck_scheduling_resource_capacity CHECK (capacity IS NULL OR capacity > 0),
    CONSTRAINT ck_scheduling_resource_instructor CHECK ((kind = 'INSTRUCTOR') = (user_id IS NOT NULL))
);
CREATE INDEX ix_scheduling_resource_unit ON scheduling_resource (org_unit_id, kind, code);

-- The courses (catalogue products of sales) an instructor teaches.
CREATE TABLE scheduling_instructor_course (
    resource_id  UUID  NOT NULL,
    product_id   UUID  NOT NULL,
    CONSTRAINT pk_scheduling_instructor_course PRIMARY KEY (resource_id, product_id),
    CONSTRAINT fk_scheduling_instructor_course FOREIGN KEY (resource_id) REFERENCES scheduling_resource (id) ON DELETE CASCADE
);

-- Opening hours per ISO weekday (1 Monday … 7 Sunday) in the centre's time zone: of a centre (org_unit_id, for
-- all its resources) or of one resource (resource_id: an instructor's own hours, which replace the centre's).
-- Several rows a day are several intervals (a lunch break). A centre without rows is open every day 08:00–22:00.
CREATE TABLE scheduling_hours (
    id           UUID     NOT NULL,
    org_unit_id  UUID,
    resource_id  UUID,
    weekday      INTEGER  NOT NULL,
    opens_at     TIME     NOT NULL,
    closes_at    TIME     NOT NULL,
    CONSTRAINT pk_scheduling_hours PRIMARY KEY (id),
    CONSTRAINT fk_scheduling_hours_resource FOREIGN KEY (resource_id) REFERENCES scheduling_resource (id) ON DELETE CASCADE,
    CONSTRAINT ck_scheduling_hours_owner CHECK ((org_unit_id IS NULL) <> (resource_id IS NULL)),
    CONSTRAINT ck_scheduling_hours_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_scheduling_hours_order CHECK (closes_at > opens_at)
);
CREATE INDEX ix_scheduling_hours_unit ON scheduling_hours (org_unit_id, weekday);
CREATE INDEX ix_scheduling_hours_resource ON scheduling_hours (resource_id, weekday);

-- Times nothing can be booked: a centre's closure or holiday (org_unit_id), a resource's closure or an
-- instructor's leave (resource_id), or the whole company's holiday (both null). kind: CLOSURE, HOLIDAY, LEAVE.
-- external_uid: the UID of the iCalendar event it was imported from (an import does not add it twice).
CREATE TABLE scheduling_closure (
    id            UUID          NOT NULL,
    org_unit_id   UUID,
    resource_id   UUID,
    kind          VARCHAR(10)   NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(200),
    external_uid  VARCHAR(255),
    created_by    UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_closure PRIMARY KEY (id),
    CONSTRAINT fk_scheduling_closure_resource FOREIGN KEY (resource_id) REFERENCES scheduling_resource (id) ON DELETE CASCADE,
    CONSTRAINT ck_scheduling_closure_kind CHECK (kind IN ('CLOSURE', 'HOLIDAY', 'LEAVE')),
    CONSTRAINT ck_scheduling_closure_time CHECK (ends_at > starts_at)
);
CREATE INDEX ix_scheduling_closure_unit ON scheduling_closure (org_unit_id, starts_at);
CREATE INDEX ix_scheduling_closure_resource ON scheduling_closure (resource_id, starts_at);

-- A weekly series of bookings: on the given ISO weekdays ("1,3" Monday and Wednesday) every interval_weeks weeks
-- from first_day to last_day, from starts_time to ends_time in time_zone; its exceptions (skipped_day) are days left out.
CREATE TABLE scheduling_series (
    id              UUID         NOT NULL,
    weekdays        VARCHAR(20)  NOT NULL,
    interval_weeks  INTEGER      NOT NULL,
    first_day       DATE         NOT NULL,
    last_day        DATE         NOT NULL,
    starts_time     TIME         NOT NULL,
    ends_time       TIME         NOT NULL,
    time_zone       VARCHAR(40)  NOT NULL,
    created_by      UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_series PRIMARY KEY (id),
    CONSTRAINT ck_scheduling_series_days CHECK (last_day >= first_day),
    CONSTRAINT ck_scheduling_series_interval CHECK (interval_weeks BETWEEN 1 AND 52)
);
CREATE TABLE scheduling_series_exception (
    series_id  UUID  NOT NULL,
    skipped_day  DATE  NOT NULL,
    CONSTRAINT pk_scheduling_series_exception PRIMARY KEY (series_id, skipped_day),
    CONSTRAINT fk_scheduling_series_exception FOREIGN KEY (series_id) REFERENCES scheduling_series (id) ON DELETE CASCADE
);

-- A booking holds one or more resources from starts_at to ends_at (exclusive). purpose: CLASS_SESSION, EVENT
-- (a marketing event), MEETING, MAINTENANCE, EXTERNAL (imported from another calendar). status: CONFIRMED,
-- CANCELLED. ical_uid and sequence: the iCalendar UID and SEQUENCE of its invitations (sequence grows with each
-- change). external_uid: the UID of the imported event it came from.
CREATE TABLE scheduling_booking (
    id             UUID          NOT NULL,
    purpose        VARCHAR(16)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    org_unit_id    UUID          NOT NULL,
    booked_by      UUID          NOT NULL,
    series_id      UUID,
    note           VARCHAR(1000),
    ical_uid       VARCHAR(255)  NOT NULL,
    sequence       INTEGER       NOT NULL,
    external_uid   VARCHAR(255),
    cancelled_at   TIMESTAMP WITH TIME ZONE,
    cancelled_by   UUID,
    cancel_reason  VARCHAR(500),
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_booking PRIMARY KEY (id),
    CONSTRAINT uq_scheduling_booking_ical_uid UNIQUE (ical_uid),
    CONSTRAINT uq_scheduling_booking_external_uid UNIQUE (external_uid),
    CONSTRAINT fk_scheduling_booking_series FOREIGN KEY (series_id) REFERENCES scheduling_series (id),
    CONSTRAINT ck_scheduling_booking_purpose CHECK (purpose IN ('CLASS_SESSION', 'EVENT', 'MEETING', 'MAINTENANCE', 'EXTERNAL')),
    CONSTRAINT ck_scheduling_booking_status CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    CONSTRAINT ck_scheduling_booking_time CHECK (ends_at > starts_at)
);
CREATE INDEX ix_scheduling_booking_unit ON scheduling_booking (org_unit_id, starts_at);
CREATE INDEX ix_scheduling_booking_booker ON scheduling_booking (booked_by, starts_at);
CREATE INDEX ix_scheduling_booking_series ON scheduling_booking (series_id, starts_at);

-- The resources a booking holds, with the booking's interval copied so that no two active rows of one resource
-- overlap: on PostgreSQL an exclusion constraint says so; on H2 a booking locks its resources' rows first.
-- active is false once the booking is cancelled.
CREATE TABLE scheduling_booking_resource (
    booking_id   UUID     NOT NULL,
    resource_id  UUID     NOT NULL,
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    active       BOOLEAN  NOT NULL,
    CONSTRAINT pk_scheduling_booking_resource PRIMARY KEY (booking_id, resource_id),
    CONSTRAINT fk_scheduling_booking_resource_booking FOREIGN KEY (booking_id) REFERENCES scheduling_booking (id) ON DELETE CASCADE,
    CONSTRAINT fk_scheduling_booking_resource_resource FOREIGN KEY (resource_id) REFERENCES scheduling_resource (id),
    CONSTRAINT ck_scheduling_booking_resource_time CHECK (ends_at > starts_at)
);
CREATE INDEX ix_scheduling_booking_resource_time ON scheduling_booking_resource (resource_id, starts_at, ends_at);
