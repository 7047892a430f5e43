-- Scheduling calendars (issue 17): the invitations mailed per booking, and the secret iCalendar feeds.

-- One row per invitation mailed: a booking's REQUEST (made or changed) or CANCEL of a given SEQUENCE to one
-- address (lower case). Written before the mail goes out, so a redelivered event does not mail anyone twice.
CREATE TABLE scheduling_notice (
    booking_id  UUID          NOT NULL,
    sequence    INTEGER       NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    method      VARCHAR(8)    NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_scheduling_notice PRIMARY KEY (booking_id, sequence, recipient),
    CONSTRAINT fk_scheduling_notice_booking FOREIGN KEY (booking_id) REFERENCES scheduling_booking (id) ON DELETE CASCADE,
    CONSTRAINT ck_scheduling_notice_method CHECK (method IN ('REQUEST', 'CANCEL'))
);

-- A subscribable iCalendar feed: of a user (the bookings they made or teach in), of a resource, or of a centre
-- (org_unit_id). Only the SHA-256 of its secret token is kept (hex); revoked_at set once revoked.
CREATE TABLE scheduling_feed (
    id           UUID          NOT NULL,
    token_hash   VARCHAR(64)   NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    user_id      UUID,
    resource_id  UUID,
    org_unit_id  UUID,
    name         VARCHAR(200)  NOT NULL,
    created_by   UUID          NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_scheduling_feed PRIMARY KEY (id),
    CONSTRAINT uq_scheduling_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_scheduling_feed_resource FOREIGN KEY (resource_id) REFERENCES scheduling_resource (id) ON DELETE CASCADE,
    CONSTRAINT ck_scheduling_feed_kind CHECK (kind IN ('USER', 'RESOURCE', 'CENTRE')),
    CONSTRAINT ck_scheduling_feed_target CHECK ((kind = 'USER' AND user_id IS NOT NULL)
        OR (kind = 'RESOURCE' AND resource_id IS NOT NULL) OR (kind = 'CENTRE' AND org_unit_id IS NOT NULL))
);
CREATE INDEX ix_scheduling_feed_creator ON scheduling_feed (created_by, created_at);
